// The app frame: sidebar navigation to the areas that exist, the current view, and the status bar.
import { useEffect, type ReactNode } from 'react';
import type { Profile, WorkspaceSummary } from '../../../../shared/contract';
import { AuditLogView } from '../audit/AuditLogView';
import { ExportView } from '../evidence/ExportView';
import { ExceptionsView } from '../exceptions/ExceptionsView';
import { BiaView } from '../bia/BiaView';
import { ImportView } from '../import/ImportView';
import { MapView } from '../map/MapView';
import { MembersView } from '../members/MembersView';
import { ObjectivesView } from '../objectives/ObjectivesView';
import { RecoveryOrderView } from '../recovery/RecoveryOrderView';
import { RegistersView } from '../registers/RegistersView';
import { QuestionnairesView } from '../questionnaires/QuestionnairesView';
import { ReleasesView } from '../releases/ReleasesView';
import { RunbooksView } from '../runbooks/RunbooksView';
import { DrTestsView } from '../drtests/DrTestsView';
import { ThirdPartiesView } from '../thirdparties/ThirdPartiesView';
import { IncidentsView } from '../incidents/IncidentsView';
import { ResilienceView } from '../resilience/ResilienceView';
import { WorkshopView } from '../workshop/WorkshopView';
import { navigate, useRoute } from '../../routing/navigate';
import type { AreaId } from '../../routing/route';
import { WorkspaceView } from '../workspace/WorkspaceView';
import { StatusBar } from './StatusBar';
import { ReadOnlyBanner } from '../filelock/ReadOnlyBanner';
import { PacketBanner } from '../packets/PacketBanner';
import { PacketsView } from '../packets/PacketsView';

interface Area {
  id: AreaId;
  label: string;
  render: (ws: WorkspaceSummary) => ReactNode;
}

const AREAS: Area[] = [
  { id: 'workspace', label: 'Workspace', render: (ws) => <WorkspaceView key={ws.id} workspace={ws} /> },
  { id: 'objectives', label: 'Objectives', render: () => <ObjectivesView /> },
  { id: 'bia', label: 'BIA', render: () => <BiaView /> },
  { id: 'workshop', label: 'Workshop', render: () => <WorkshopView /> },
  { id: 'map', label: 'Dependency map', render: (ws) => <MapView key={ws.id} title={ws.name} /> },
  { id: 'recovery', label: 'Recovery order', render: () => <RecoveryOrderView /> },
  { id: 'runbooks', label: 'Runbooks', render: () => <RunbooksView /> },
  { id: 'drtests', label: 'DR tests', render: () => <DrTestsView /> },
  { id: 'incidents', label: 'Incidents', render: () => <IncidentsView /> },
  { id: 'resilience', label: 'Resilience', render: () => <ResilienceView /> },
  { id: 'releases', label: 'Releases', render: () => <ReleasesView /> },
  { id: 'registers', label: 'Registers', render: () => <RegistersView /> },
  { id: 'thirdparties', label: 'Third parties', render: () => <ThirdPartiesView /> },
  { id: 'questionnaires', label: 'Questionnaires', render: () => <QuestionnairesView /> },
  { id: 'import', label: 'Import', render: () => <ImportView /> },
  { id: 'members', label: 'Members', render: () => <MembersView /> },
  { id: 'audit', label: 'Audit log', render: (ws) => <AuditLogView workspaceId={ws.id} /> },
  { id: 'evidence', label: 'Export evidence', render: () => <ExportView /> },
  { id: 'exceptions', label: 'Exceptions', render: () => <ExceptionsView /> },
  { id: 'packets', label: 'Workshop packets', render: () => <PacketsView /> },
];

export function Frame(props: {
  workspace: WorkspaceSummary;
  profile: Profile;
  onClose: () => void;
  onSwitchPerson: () => void;
}) {
  // The address says which area is shown; views open other areas and records by navigating.
  const route = useRoute();
  const area = AREAS.find((a) => a.id === route.area) ?? AREAS[0]!;
  useEffect(() => {
    document.title = `${area.label} · ${props.workspace.name} · Steadfast`;
  }, [area.label, props.workspace.name]);
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
                onClick={() => navigate({ area: a.id })}
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
        <ReadOnlyBanner workspace={props.workspace} />
        <PacketBanner workspace={props.workspace} />
        {area.render(props.workspace)}
      </main>
      <StatusBar workspace={props.workspace} profile={props.profile} onSwitchPerson={props.onSwitchPerson} />
    </div>
  );
}
