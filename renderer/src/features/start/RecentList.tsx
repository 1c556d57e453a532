// Recently opened workspaces, each with the folder that holds it.
import { formatDateTime } from '../../../../shared/format/datetime';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/Notice';
import type { Run } from './StartScreen';

export function RecentList(props: { busy: boolean; run: Run }) {
  const recent = useApi(() => api['workspace.recent']({}), []);
  return (
    <section className="card" aria-labelledby="recent-title">
      <h2 id="recent-title">Recent</h2>
      <ErrorNotice message={recent.error} />
      {recent.data?.length === 0 && <p className="muted">No recent workspaces yet.</p>}
      <ul className="recent">
        {recent.data?.map((r) => (
          <li key={r.id}>
            <button
              type="button"
              className="link"
              disabled={props.busy || !r.available}
              onClick={() => void props.run(() => api['workspace.openRecent']({ id: r.id }))}
            >
              {r.name}
            </button>
            {!r.available && <span className="badge-missing"> missing</span>}
            <div className="muted small">
              {r.fileName} · {formatDateTime(r.lastOpenedAt)}
            </div>
            <div className="muted small mono path" title={r.folder}>
              {r.folder}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
