// Which processes a resource supports: each tick is an edge consumer = process → provider = resource.
import { plural } from '../../../../shared/format/plural';
import { useState } from 'react';
import type { EdgeView, NodeView } from '../../../../shared/contract';
import { api, errorMessage } from '../../api/client';
import { ErrorNotice } from '../../components/Notice';

export function SupportsPanel(props: { resource: NodeView; processes: NodeView[]; edges: EdgeView[] }) {
  const { resource } = props;
  const [filter, setFilter] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const edgeTo = new Map(
    props.edges.filter((e) => e.providerId === resource.id).map((e) => [e.consumerId, e] as const),
  );
  const f = filter.trim().toLowerCase();
  const shown = props.processes.filter((p) => !f || p.name.toLowerCase().includes(f)).slice(0, 200);

  async function toggle(processId: string) {
    setBusy(true);
    setError(undefined);
    try {
      const edge = edgeTo.get(processId);
      if (edge) await api['edges.retire']({ id: edge.id });
      else await api['edges.save']({ consumerId: processId, providerId: resource.id });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <aside className="card supports" aria-label={`Processes ${resource.name} supports`}>
      <h2>{resource.name} supports</h2>
      <p className="muted small">
        {plural(edgeTo.size, 'process', 'processes')} {edgeTo.size === 1 ? 'needs' : 'need'} it. Tick the
        processes that need it.
      </p>
      <input
        type="search"
        aria-label="Filter processes to link"
        placeholder="Filter processes…"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      <ErrorNotice message={error} onDismiss={() => setError(undefined)} />
      <ul>
        {shown.map((p) => (
          <li key={p.id}>
            <label className="check">
              <input
                type="checkbox"
                checked={edgeTo.has(p.id)}
                disabled={busy}
                onChange={() => void toggle(p.id)}
              />
              {p.name}
            </label>
          </li>
        ))}
      </ul>
      {props.processes.length === 0 && <p className="muted">No processes yet.</p>}
    </aside>
  );
}
