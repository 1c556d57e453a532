// Export an evidence pack: choose the scope (whole workspace, processes or tiers) and the files (PDF
// report, Excel workbook), then follow the job's progress. The pack arrives as one zip with its
// signed manifest; `steadfast verify` checks it offline.
import { useState, type FormEvent } from 'react';
import type { EvidenceScope } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorNotice, InfoNotice } from '../../components/Notice';
import { useExportJob } from './use-export-job';
import './evidence.css';

type ScopeKind = EvidenceScope['kind'];

const PHASES: Record<string, string> = {
  queued: 'Starting…',
  loading: 'Reading the workspace…',
  pdf: 'Writing the PDF report…',
  xlsx: 'Writing the workbook…',
  signing: 'Signing the manifest…',
  delivering: 'Handing over the pack…',
  done: 'Done.',
};

export function ExportView({ onClose }: { onClose?: () => void }) {
  const overview = useApi(() => api['objectives.overview']({}), []);
  const registers = useApi(() => api['registers.get']({}), []);
  const job = useExportJob();
  const [kind, setKind] = useState<ScopeKind>('workspace');
  const [processIds, setProcessIds] = useState<string[]>([]);
  const [tierNames, setTierNames] = useState<string[]>([]);
  const [pdf, setPdf] = useState(true);
  const [xlsx, setXlsx] = useState(true);
  const [formError, setFormError] = useState<string>();
  const [query, setQuery] = useState('');
  const q = query.trim().toLowerCase();
  const processes = (overview.data?.rows ?? []).filter(
    (r) => q === '' || r.name.toLowerCase().includes(q) || r.department.toLowerCase().includes(q),
  );

  const toggle = (list: string[], value: string) =>
    list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

  function submit(e: FormEvent) {
    e.preventDefault();
    setFormError(undefined);
    if (!pdf && !xlsx) return setFormError('Choose the PDF report, the workbook or both.');
    if (kind === 'processes' && processIds.length === 0) return setFormError('Choose at least one process.');
    if (kind === 'tiers' && tierNames.length === 0) return setFormError('Choose at least one tier.');
    const scope: EvidenceScope =
      kind === 'processes'
        ? { kind, processIds }
        : kind === 'tiers'
          ? { kind, tierNames }
          : { kind: 'workspace' };
    job.start({ scope, pdf, xlsx });
  }

  const progress = job.status?.progress ?? 0;
  return (
    <section aria-labelledby="export-title">
      <h1 id="export-title">Export evidence</h1>
      <p className="muted">
        A PDF report and an Excel workbook with a manifest of SHA-256 digests, signed with the workspace’s
        key.
      </p>
      <form className="card export-form" onSubmit={submit} aria-label="Evidence export">
        <fieldset disabled={job.running}>
          <legend>Scope</legend>
          {(
            [
              ['workspace', 'The whole workspace'],
              ['processes', 'Chosen processes and what they depend on'],
              ['tiers', 'The processes of chosen tiers'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="check">
              <input type="radio" name="scope" checked={kind === value} onChange={() => setKind(value)} />
              {label}
            </label>
          ))}
          {kind === 'processes' && (
            <div className="export-processes">
              <div className="row spread">
                <label className="inline">
                  Find a process
                  <input
                    type="search"
                    value={query}
                    onChange={(e) => setQuery(e.target.value)}
                    placeholder="Name or department"
                  />
                </label>
                <span className="muted small" data-testid="export-chosen">
                  {processIds.length} chosen
                </span>
              </div>
              <div role="group" aria-label="Processes" className="choice-list">
                {processes.map((r) => (
                  <label key={r.processId} className="check">
                    <input
                      type="checkbox"
                      checked={processIds.includes(r.processId)}
                      onChange={() => setProcessIds(toggle(processIds, r.processId))}
                    />
                    {r.name} <span className="muted">{r.department}</span>
                  </label>
                ))}
                {processes.length === 0 && <p className="muted">No process matches “{query}”.</p>}
              </div>
            </div>
          )}
          {kind === 'tiers' && (
            <div role="group" aria-label="Tiers" className="choice-list">
              {(registers.data?.tiers ?? []).map((t) => (
                <label key={t.id} className="check">
                  <input
                    type="checkbox"
                    checked={tierNames.includes(t.name)}
                    onChange={() => setTierNames(toggle(tierNames, t.name))}
                  />
                  {t.name}
                </label>
              ))}
            </div>
          )}
        </fieldset>
        <fieldset disabled={job.running}>
          <legend>Files</legend>
          <label className="check">
            <input type="checkbox" checked={pdf} onChange={(e) => setPdf(e.target.checked)} />
            PDF report
          </label>
          <label className="check">
            <input type="checkbox" checked={xlsx} onChange={(e) => setXlsx(e.target.checked)} />
            Excel workbook
          </label>
        </fieldset>
        {job.status && (
          <div aria-live="polite">
            <progress value={progress} max={1} aria-label="Export progress" style={{ width: '100%' }} />
            <p className="muted">
              {PHASES[job.status.phase] ?? job.status.phase} {Math.round(progress * 100)}%
            </p>
          </div>
        )}
        <ErrorNotice message={formError ?? job.error ?? overview.error ?? registers.error} />
        <InfoNotice message={job.message} />
        <div className="row">
          <button type="submit" className="primary" disabled={job.running}>
            Export
          </button>
          {job.running && (
            <button type="button" onClick={job.cancel}>
              Cancel
            </button>
          )}
          {onClose && (
            <button type="button" onClick={onClose} disabled={job.running}>
              Close
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
