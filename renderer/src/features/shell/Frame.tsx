// The app frame: sidebar navigation to the areas that exist, the current view, and the status bar.
import { useState, type ReactNode } from 'react';
import type { Profile, WorkspaceSummary } from '../../../../shared/contract';
import { AuditLogView } from '../audit/AuditLogView';
import { WorkspaceView } from '../workspace/WorkspaceView';
import { StatusBar } from './StatusBar';

interface Area {
  id: string;
  label: string;
  render: (ws: WorkspaceSummary) => ReactNode;
}

const AREAS: Area[] = [
  { id: 'workspace', label: 'Workspace', render: (ws) => <WorkspaceView key={ws.id} workspace={ws} /> },
  { id: 'audit', label: 'Audit log', render: () => <AuditLogView /> },
];

export function Frame(props: {
  workspace: WorkspaceSummary;
  profile: Profile;
  onClose: () => void;
  onChangeProfile: () => void;
}) {
  const [areaId, setAreaId] = useState(AREAS[0]!.id);
  const area = AREAS.find((a) => a.id === areaId) ?? AREAS[0]!;
  return (
    <div className="frame">
      <nav className="sidebar" aria-label="Areas">
        <div className="brand" title={props.workspace.name}>
          Steadfast
        </div>
        <ul>
          {AREAS.map((a) => (
            <li key={a.id}>
              <button
                type="button"
                className={a.id === area.id ? 'nav active' : 'nav'}
                aria-current={a.id === area.id ? 'page' : undefined}
                onClick={() => setAreaId(a.id)}
              >
                {a.label}
              </button>
            </li>
          ))}
        </ul>
        <div className="sidebar-foot">
          <button type="button" className="nav" onClick={props.onClose}>
            Close workspace
          </button>
        </div>
      </nav>
      <main className="content" aria-label={area.label}>
        {area.render(props.workspace)}
      </main>
      <StatusBar
        workspace={props.workspace}
        profile={props.profile}
        onChangeProfile={props.onChangeProfile}
      />
    </div>
  );
}
