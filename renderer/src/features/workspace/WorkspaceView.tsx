// The Workspace page is the programme's home: BIA coverage, what waits for whose signature, DR tests
// due, open findings, conflicts and the next two weeks' releases, each number opening its list; the
// workspace's own settings below.
import type { WorkspaceSummary } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/Notice';
import { CriticalFindingsLine } from '../drtests/CriticalFindingsLine';
import { ConflictsCard } from './ConflictsCard';
import { AwaitingYouCard } from './AwaitingYouCard';
import { CoverageCard } from './CoverageCard';
import { DrTestsCard } from './DrTestsCard';
import { ExceptionsDueCard } from '../exceptions/ExceptionsDueCard';
import { FindingsCard } from './FindingsCard';
import { ReleasesCard } from './ReleasesCard';
import { SignaturesCard } from './SignaturesCard';
import { WorkspaceSettings } from './WorkspaceSettings';
import './dashboard.css';

export function WorkspaceView({ workspace }: { workspace: WorkspaceSummary }) {
  const dash = useApi(() => api['dashboard.get']({}), []);
  const d = dash.data;
  return (
    <div className="dashboard">
      <header className="row spread dash-head">
        <div>
          <h1 id="ws-title">{workspace.name}</h1>
          {workspace.organisation && <p className="muted dash-org">{workspace.organisation}</p>}
        </div>
        <button
          type="button"
          className="link"
          onClick={() =>
            document.getElementById('workspace-settings')?.scrollIntoView({ behavior: 'smooth' })
          }
        >
          Workspace settings
        </button>
      </header>
      <CriticalFindingsLine />
      <ErrorNotice message={dash.error} />
      {!d ? (
        <p className="muted" aria-busy="true">
          {dash.loading ? 'Reading the programme…' : ''}
        </p>
      ) : (
        <div className="dash-grid-layout" aria-label="Programme overview" role="region">
          <AwaitingYouCard signatures={d.signatures} />
          <CoverageCard coverage={d.coverage} processCount={d.processCount} />
          <SignaturesCard signatures={d.signatures} />
          <ConflictsCard conflicts={d.conflicts} />
          <DrTestsCard drTests={d.drTests} />
          <ExceptionsDueCard />
          <FindingsCard findings={d.findings} />
          <ReleasesCard releases={d.releases} />
        </div>
      )}
      <WorkspaceSettings workspace={workspace} />
    </div>
  );
}
