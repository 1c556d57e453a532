// The audit log: every write, newest first, named by what it touched (raw ids on request and in the
// details of an entry), with chain verification.
import { plural } from '../../../../shared/format/plural';
import { formatDateTime } from '../../../../shared/format/datetime';
import { AllCommunityModule, ModuleRegistry, themeQuartz } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo, useState } from 'react';
import type { AuditEntryView, ChainVerification } from '../../../../shared/contract';
import { api, errorMessage } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/Notice';
import { auditColumns, entityLabel } from './columns';
import { refreshIntegrity, useIntegrity } from '../integrity/use-integrity';
import { VerificationDetails } from './VerificationDetails';

ModuleRegistry.registerModules([AllCommunityModule]);

export function AuditLogView({ workspaceId }: { workspaceId: string }) {
  const page = useApi(() => api['audit.list']({ limit: 10_000 }), []);
  const [selected, setSelected] = useState<AuditEntryView>();
  const [verification, setVerification] = useState<ChainVerification>();
  const [error, setError] = useState<string>();
  const [showIds, setShowIds] = useState(false);
  const columns = useMemo(() => auditColumns(showIds), [showIds]);
  // Until Verify is pressed here, the check that ran when the workspace opened is the one shown.
  const integrity = useIntegrity(workspaceId);
  const shown = verification ?? (integrity?.status === 'done' ? integrity.verification : undefined);

  async function verify() {
    setError(undefined);
    try {
      setVerification(await api['audit.verify']({}));
      refreshIntegrity();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <section className="audit" aria-labelledby="audit-title">
      <div className="row spread">
        <h1 id="audit-title">Audit log</h1>
        <button type="button" className="primary" onClick={() => void verify()}>
          Verify chain
        </button>
      </div>
      <ErrorNotice message={error ?? page.error} />
      {shown && (
        <>
          <div
            className={`notice ${shown.ok ? 'notice-ok' : 'notice-error'}`}
            role="status"
            data-testid="verify-result"
          >
            {verification ? '' : 'When the workspace opened: '}
            {shown.summary}
          </div>
          {!shown.ok && <VerificationDetails verification={shown} />}
        </>
      )}
      <div className="row spread">
        <p className="muted">{page.data ? plural(page.data.total, 'entry', 'entries') : 'Loading…'}</p>
        <label className="check">
          <input type="checkbox" checked={showIds} onChange={(e) => setShowIds(e.target.checked)} /> Show ids
        </label>
      </div>
      <div className="audit-body">
        <div className="grid" style={{ height: 420 }}>
          <AgGridReact<AuditEntryView>
            theme={themeQuartz}
            rowData={page.data?.entries ?? []}
            columnDefs={columns}
            defaultColDef={{ sortable: true, resizable: true }}
            getRowId={(p) => String(p.data.seq)}
            rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
            onSelectionChanged={(e) => setSelected(e.api.getSelectedRows()[0])}
            onCellKeyDown={(e) => {
              const key = (e.event as KeyboardEvent | null)?.key;
              if (key === 'Enter' && e.data) setSelected(e.data);
            }}
          />
        </div>
        {selected && <EntryDetails entry={selected} />}
      </div>
    </section>
  );
}

function EntryDetails({ entry }: { entry: AuditEntryView }) {
  return (
    <aside className="card details" aria-label={`Audit entry ${entry.seq}`}>
      <h2>Entry #{entry.seq}</h2>
      <p>
        <strong>{entry.action}</strong> on {entry.entity} <strong>{entityLabel(entry)}</strong>
        <br />
        id <span className="mono">{entry.entityId}</span>
        <br />
        by {entry.actorName} ({entry.actorRole}), {formatDateTime(entry.at)}
      </p>
      <h3>Before</h3>
      <pre>{JSON.stringify(entry.before, null, 2)}</pre>
      <h3>After</h3>
      <pre>{JSON.stringify(entry.after, null, 2)}</pre>
      <p className="mono small">
        prev {entry.prevHash.slice(0, 24)}…<br />
        hash {entry.hash.slice(0, 24)}…
      </p>
    </aside>
  );
}
