// The critical path of one node: from it down to the provider that finishes last, each step with its
// own restore time and the time by which it can be back.
import type { RecoveryTime } from '../../../../shared/domain/graph';
import { formatDuration } from '../../../../shared/format/duration';
import { navigate } from '../../routing/navigate';
import { conflictKey } from '../../../../shared/domain/exceptions';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { AcceptButton, AcceptanceMark } from '../exceptions/AcceptanceMark';

const SOURCE: Record<RecoveryTime['ownSource'], string> = {
  proven: 'proven in a DR test',
  estimate: 'estimate',
  none: 'no estimate, counted as 0',
};

export function CriticalPathPanel(props: { time: RecoveryTime; times: ReadonlyMap<string, RecoveryTime> }) {
  const t = props.time;
  // A node that misses its RTO is a conflict an exception can accept.
  const key = t.meetsRto === false ? conflictKey('cannot-meet-rto', [t.id]) : undefined;
  const register = useApi(() => api['exceptions.list']({}), []);
  const acceptance = register.data?.conflicts.find((c) => c.key === key)?.acceptance;
  return (
    <section className="card recovery-path" aria-labelledby="recovery-path-title">
      <div className="row spread">
        <h2 id="recovery-path-title">Critical path of {t.name}</h2>
        <span>
          <button type="button" className="link" onClick={() => navigate({ area: 'map', id: t.id })}>
            Show on the map
          </button>{' '}
          <button type="button" className="link" onClick={() => navigate({ area: 'recovery' })}>
            Close
          </button>
        </span>
      </div>
      <p className="small">{t.explanation}</p>
      {key && (
        <p className="small">
          <AcceptanceMark acceptance={acceptance} />{' '}
          <AcceptButton conflictKey={key} acceptance={acceptance} />
        </p>
      )}
      <ol className="recovery-path-steps" aria-label="Critical path">
        {t.criticalPath.map((id) => {
          const step = props.times.get(id);
          if (!step) return null;
          return (
            <li key={id} className={step.meetsRto === false ? 'recovery-miss-text' : undefined}>
              <strong>{step.name}</strong>: {formatDuration(step.ownMinutes)} own ({SOURCE[step.ownSource]}),
              back after {formatDuration(step.achievableMinutes)}
              {step.rtoMinutes !== undefined && ` against an RTO of ${formatDuration(step.rtoMinutes)}`}
            </li>
          );
        })}
      </ol>
      {t.pathTruncated && <p className="small muted">The path is cut at its first 100 nodes.</p>}
    </section>
  );
}
