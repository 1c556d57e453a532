// One runbook: its approval state, details, steps, timing and versions. Older versions open read-only;
// editing an approved version makes the backend start a new draft, which this view then shows.
import { useState } from 'react';
import type { NodeView } from '../../../../shared/contract';
import { api, errorMessage } from '../../api/client';
import { finishDelivery } from '../../api/deliver';
import { useApi } from '../../api/use-api';
import { ErrorNotice, InfoNotice } from '../../components/Notice';
import { ApprovalBar } from './ApprovalBar';
import { CompareVersions } from './CompareVersions';
import { RunbookDetails } from './RunbookDetails';
import { RunbookStatus } from './RunbookStatus';
import { StepsPanel } from './StepsPanel';
import { TimingPanel } from './TimingPanel';

export function RunbookEditor(props: {
  runbookId: string;
  nodes: NodeView[];
  onOpen: (id: string | null) => void;
}) {
  const [versionId, setVersionId] = useState<string | undefined>();
  const detail = useApi(
    () => api['runbooks.get']({ runbookId: props.runbookId, ...(versionId ? { versionId } : {}) }),
    [props.runbookId, versionId],
  );
  const [error, setError] = useState<string>();
  const [info, setInfo] = useState<string>();
  const [comparing, setComparing] = useState(false);

  const run = async (fn: () => Promise<unknown>, done?: string) => {
    setError(undefined);
    setInfo(undefined);
    try {
      await fn();
      if (done) setInfo(done);
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const d = detail.data;
  if (!d)
    return (
      <section>
        <ErrorNotice message={detail.error} />
        <p className="muted">Loading…</p>
      </section>
    );
  const latest = d.version.id === d.summary.latest.id;
  const readOnly = !latest || d.version.status === 'retired';
  const duplicate = () =>
    run(async () => {
      const copy = await api['runbooks.duplicate']({
        runbookId: d.summary.id,
        name: `${d.summary.name} (copy)`,
      });
      props.onOpen(copy.summary.id);
    });
  const print = () =>
    run(async () => {
      setInfo(
        finishDelivery(await api['runbooks.print']({ runbookId: d.summary.id, versionId: d.version.id })),
      );
    });

  return (
    <section className="rb-editor" aria-labelledby="rb-name">
      <button type="button" className="link" onClick={() => props.onOpen(null)}>
        ← All runbooks
      </button>
      <header className="rb-header">
        <div className="row rb-title">
          <h1 id="rb-name">{d.summary.name}</h1>
          <RunbookStatus status={d.version.status} />
          <span className="muted">version {d.version.version}</span>
        </div>
        <div className="row rb-actions">
          <label className="inline">
            Version
            <select
              value={d.version.id}
              onChange={(e) =>
                setVersionId(e.target.value === d.summary.latest.id ? undefined : e.target.value)
              }
            >
              {d.versions.map((v) => (
                <option key={v.id} value={v.id}>
                  v{v.version} · {v.status.replace('_', ' ')}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => setComparing((c) => !c)} disabled={d.versions.length < 2}>
            Compare versions
          </button>
          <button type="button" onClick={duplicate}>
            Duplicate
          </button>
          <button type="button" onClick={print}>
            Print PDF
          </button>
        </div>
      </header>
      <ErrorNotice message={error ?? detail.error} onDismiss={() => setError(undefined)} />
      <InfoNotice message={info} />
      {!latest && <p className="notice notice-warn">An earlier version, shown read-only.</p>}
      {latest && d.version.status === 'approved' && (
        <p className="muted small">
          Version {d.version.version} is approved and frozen: an edit starts version {d.version.version + 1}{' '}
          as a draft.
        </p>
      )}
      {comparing && <CompareVersions detail={d} onClose={() => setComparing(false)} />}
      <ApprovalBar detail={d} readOnly={!latest} run={run} />
      <div className="rb-grid">
        <div className="rb-main">
          <RunbookDetails key={d.version.id} detail={d} nodes={props.nodes} readOnly={readOnly} run={run} />
          <StepsPanel detail={d} nodes={props.nodes} readOnly={readOnly} run={run} />
        </div>
        <TimingPanel detail={d} />
      </div>
    </section>
  );
}
