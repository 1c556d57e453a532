// The test plans: name, type, schedule, scope and where each stands.
import type { DrTestPlan, NodeView } from '../../../../shared/contract';

export function TestList(props: {
  tests: DrTestPlan[];
  nodes: NodeView[];
  loading: boolean;
  onOpen: (id: string) => void;
}) {
  const names = new Map(props.nodes.map((n) => [n.id, n.name]));
  if (props.tests.length === 0)
    return <p className="muted">{props.loading ? 'Loading…' : 'No DR tests planned yet.'}</p>;
  return (
    <table className="rb-table" aria-label="DR tests">
      <thead>
        <tr>
          <th>Name</th>
          <th>Type</th>
          <th>Scheduled</th>
          <th>Scope</th>
          <th>Status</th>
        </tr>
      </thead>
      <tbody>
        {props.tests.map((t) => (
          <tr key={t.id}>
            <td>
              <button type="button" className="link" onClick={() => props.onOpen(t.id)}>
                {t.name}
              </button>
            </td>
            <td>{t.type}</td>
            <td>{t.scheduledAt ?? '—'}</td>
            <td>{t.scopeNodeIds.map((id) => names.get(id) ?? id).join(', ') || '—'}</td>
            <td>
              <span className={`badge verdict-${t.verdict ?? t.status}`}>{t.verdict ?? t.status}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
