// What the exercise measured: RTC per node against its RTO (the gap), data loss against the RPO,
// the verdict with its reasons, and the planned-against-actual timeline.
import type { DrTestDetail } from '../../../../shared/contract';
import { formatDuration } from '../../../../shared/format/duration';
import { TimelineChart } from './TimelineChart';

export function ResultsPanel({ detail }: { detail: DrTestDetail }) {
  const r = detail.result!;
  const name = new Map(detail.nodes.map((n) => [n.id, n.name]));
  return (
    <section className="card dr-results" aria-labelledby="dr-results-title">
      <div className="row spread">
        <h2 id="dr-results-title">Results</h2>
        <span className={`badge verdict-${r.verdict}`} data-testid="dr-verdict">
          {r.verdict}
        </span>
      </div>
      <p className="muted small">
        Active time {formatDuration(r.elapsedActiveMinutes)}
        {r.pausedMinutes > 0 && `, paused ${formatDuration(r.pausedMinutes)} (not counted)`}.
      </p>
      <table className="rb-table" aria-label="Recovery per node">
        <thead>
          <tr>
            <th>Node</th>
            <th className="num">RTC</th>
            <th className="num">RTO</th>
            <th className="num">Gap</th>
            <th className="num">Data loss</th>
            <th className="num">RPO</th>
            <th>Verdict</th>
          </tr>
        </thead>
        <tbody>
          {r.nodes.map((n) => (
            <tr key={n.nodeId} data-testid={`dr-node-${name.get(n.nodeId) ?? n.nodeId}`}>
              <td>
                {name.get(n.nodeId) ?? n.nodeId}
                {n.reasons.length > 0 && <div className="muted small">{n.reasons.join(' ')}</div>}
              </td>
              <td className="num">{formatDuration(n.rtcMinutes)}</td>
              <td className="num">{formatDuration(n.rtoMinutes)}</td>
              <td className={`num ${(n.gapMinutes ?? 0) > 0 ? 'dr-over' : 'dr-under'}`}>
                {n.gapMinutes === undefined
                  ? '—'
                  : `${n.gapMinutes > 0 ? '+' : ''}${formatDuration(n.gapMinutes)}`}
              </td>
              <td className={`num ${(n.dataLossGapMinutes ?? 0) > 0 ? 'dr-over' : ''}`}>
                {formatDuration(n.dataLossMinutes)}
              </td>
              <td className="num">{Number.isFinite(n.rpoMinutes) ? formatDuration(n.rpoMinutes) : '—'}</td>
              <td>
                <span className={`badge verdict-${n.verdict}`}>{n.verdict}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <TimelineChart result={r} rtoMinutes={Math.min(...r.nodes.map((n) => n.rtoMinutes))} />
      {r.timeline.some((t) => t.notes || (t.outcome && t.outcome !== 'ok')) && (
        <>
          <h3>Step notes and outcomes</h3>
          <ul className="dr-step-notes">
            {r.timeline
              .filter((t) => t.notes || (t.outcome && t.outcome !== 'ok'))
              .map((t) => (
                <li key={t.stepId}>
                  <strong>{t.title}</strong> ({t.outcome ?? 'not finished'}
                  {t.varianceMinutes !== undefined && `, ${formatDuration(t.varianceMinutes)} against likely`}
                  ){t.notes && `: ${t.notes}`}
                </li>
              ))}
          </ul>
        </>
      )}
    </section>
  );
}
