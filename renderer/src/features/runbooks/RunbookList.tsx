// The runbook list: what each one is, where its latest version stands, and P(meet RTO).
import type { NodeView, RunbookListRow } from '../../../../shared/contract';
import { formatDuration } from '../../../../shared/format/duration';
import { RunbookStatus } from './RunbookStatus';
import { percent } from './format';

export function RunbookList(props: {
  rows: RunbookListRow[];
  nodes: NodeView[];
  loading: boolean;
  onOpen: (id: string) => void;
}) {
  const names = new Map(props.nodes.map((n) => [n.id, n.name]));
  if (props.rows.length === 0)
    return (
      <p className="muted">{props.loading ? 'Loading…' : 'No runbooks yet: create one from a template.'}</p>
    );
  return (
    <table className="rb-table" aria-label="Runbooks">
      <thead>
        <tr>
          <th>Name</th>
          <th>Kind</th>
          <th>Status</th>
          <th className="num">Version</th>
          <th>Targets</th>
          <th className="num">Critical path</th>
          <th className="num">P(meet RTO)</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr key={r.id}>
            <td>
              <button type="button" className="link" onClick={() => props.onOpen(r.id)}>
                {r.name}
              </button>
            </td>
            <td>{r.kind}</td>
            <td>
              <RunbookStatus status={r.latest.status} />
              {r.approved && r.approved.version !== r.latest.version && (
                <span className="muted small"> (v{r.approved.version} approved)</span>
              )}
            </td>
            <td className="num">{r.latest.version}</td>
            <td>{r.targetNodeIds.map((id) => names.get(id) ?? id).join(', ') || '—'}</td>
            <td className="num">{formatDuration(r.criticalPathMinutes)}</td>
            <td className={`num ${r.pMeetRto !== null && r.pMeetRto < 0.9 ? 'rb-risk' : ''}`}>
              {r.pMeetRto === null ? '—' : percent(r.pMeetRto)}
              {r.rtoMinutes !== null && (
                <span className="muted small"> of {formatDuration(r.rtoMinutes)}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
