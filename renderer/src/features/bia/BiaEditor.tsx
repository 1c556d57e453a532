// One process's BIA: sign-off, the impact matrix with financial loss, the other workshop answers,
// and everything derived from them, refreshed from the API's answer to every edit.
import type { BiaStatus, Registers } from '../../../../shared/contract';
import { api } from '../../api/client';
import { ErrorNotice } from '../../components/Notice';
import { ConflictNotice } from '../filelock/ConflictNotice';
import { BiaFields, type BiaPatch } from './BiaFields';
import { IssueList, KeyFigures, ToleranceLimits } from './DerivedFigures';
import { ImpactCurveChart } from './ImpactCurveChart';
import { ImpactMatrix } from './ImpactMatrix';
import { LossRow } from './LossRow';
import { SignOff } from './SignOff';
import { useBiaDetail } from './use-bia-detail';

export function BiaEditor(props: { processId: string; registers: Registers; onWorkshop: () => void }) {
  const { processId, registers } = props;
  const edit = useBiaDetail(processId, registers);
  const d = edit.detail;
  if (edit.loadError) return <ErrorNotice message={edit.loadError} />;
  if (!d) return <p aria-busy="true">Loading…</p>;
  const o = d.objectives;
  const update = (patch: BiaPatch) =>
    void edit.run(() => api['bia.update']({ processId, ...patch, basedOn: edit.basedOn() }));
  const move = (to: BiaStatus) => void edit.run(() => api['bia.transition']({ processId, to }));

  return (
    <article className="bia-editor" aria-labelledby="bia-title">
      <header className="row spread">
        <div>
          <h1 id="bia-title">{d.process.name}</h1>
          <p className="muted">
            {d.process.department || 'No department'}
            {d.process.owner && ` · owner ${d.process.owner}`}
          </p>
        </div>
        <div className="row">
          <span className="muted small" role="status">
            {edit.pending > 0 ? 'Saving…' : 'All changes saved'}
          </span>
          <button type="button" onClick={props.onWorkshop}>
            Workshop mode
          </button>
        </div>
      </header>
      <SignOff bia={d.bia} busy={edit.pending > 0} onMove={move} />
      {edit.stale ? (
        <ConflictNotice fields={edit.stale} onReload={edit.reload} onDismiss={edit.clearError} />
      ) : (
        <ErrorNotice message={edit.error} onDismiss={edit.clearError} />
      )}
      <KeyFigures o={o} categories={registers.categories} />
      <section aria-labelledby="matrix-title">
        <h2 id="matrix-title">Impact over time</h2>
        <ImpactMatrix
          categories={registers.categories}
          buckets={registers.buckets}
          ratings={edit.ratings}
          toleranceLimits={o.toleranceLimits}
          mtdBucketId={registers.buckets.find((b) => b.minutes === o.mtd)?.id ?? null}
          onRate={edit.rate}
          footer={
            <LossRow
              key={processId}
              buckets={registers.buckets}
              losses={d.losses}
              onSet={(bucketId, amount) =>
                void edit.run(() => api['bia.setLoss']({ processId, bucketId, amount }))
              }
            />
          }
        />
      </section>
      <div className="bia-grid">
        <section aria-labelledby="curve-title">
          <h2 id="curve-title">Impact curve</h2>
          <ImpactCurveChart
            categories={registers.categories}
            buckets={registers.buckets}
            ratings={edit.ratings}
            objectives={o}
          />
        </section>
        <section aria-labelledby="issues-title">
          <h2 id="issues-title">Conflicts and warnings</h2>
          <IssueList o={o} />
          <h3>Tolerance limits</h3>
          <ToleranceLimits o={o} categories={registers.categories} buckets={registers.buckets} />
        </section>
      </div>
      <div className="bia-grid wide-left">
        <section aria-labelledby="answers-title">
          <h2 id="answers-title">Recovery answers</h2>
          <BiaFields key={processId} bia={d.bia} registers={registers} onUpdate={update} />
        </section>
        <section aria-labelledby="support-title">
          <h2 id="support-title">Supported by</h2>
          {d.supportedBy.length === 0 ? (
            <p className="muted">No resources linked yet (Registers → Resources → Supports).</p>
          ) : (
            <ul className="supported">
              {d.supportedBy.map((s) => (
                <li key={s.nodeId}>
                  {s.name} <span className="muted small">{s.kind}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </article>
  );
}
