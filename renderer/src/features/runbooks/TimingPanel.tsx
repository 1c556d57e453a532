// How long the runbook takes: the critical path at likely durations, and the seeded Monte Carlo's
// P50, P90 and chance of finishing within the tightest RTO of the target nodes.
import type { RunbookDetail } from '../../../../shared/contract';
import { formatDuration } from '../../../../shared/format/duration';
import { DistributionChart } from './DistributionChart';
import { percent } from './format';

export function TimingPanel({ detail }: { detail: RunbookDetail }) {
  const t = detail.timing;
  if (!t)
    return (
      <aside className="card rb-timing" aria-label="Timing">
        <h2>Timing</h2>
        <p className="muted">
          {detail.version.steps.length === 0
            ? 'Add steps to see the timing.'
            : 'Fix the problems listed to see the timing.'}
        </p>
      </aside>
    );
  const mc = t.monteCarlo;
  const risky = mc.pMeetRto !== undefined && mc.pMeetRto < 0.9;
  return (
    <aside className="card rb-timing" aria-label="Timing">
      <h2>Timing</h2>
      <dl className="rb-figures">
        <div>
          <dt>Critical path</dt>
          <dd data-testid="rb-critical">{formatDuration(t.criticalPath.total)}</dd>
        </div>
        <div>
          <dt>P50</dt>
          <dd data-testid="rb-p50">{formatDuration(Math.round(mc.p50))}</dd>
        </div>
        <div>
          <dt>P90</dt>
          <dd data-testid="rb-p90">{formatDuration(Math.round(mc.p90))}</dd>
        </div>
        <div className={risky ? 'rb-risk' : ''}>
          <dt>P(≤ RTO)</dt>
          <dd data-testid="rb-pmeet">{mc.pMeetRto === undefined ? '—' : percent(mc.pMeetRto)}</dd>
        </div>
      </dl>
      <p className="muted small">
        {t.rtoMinutes === null
          ? 'No target node has an RTO: set targets to see the chance of meeting it.'
          : `RTO ${formatDuration(t.rtoMinutes)}, the tightest among the targets (${t.rtoFrom ?? ''}).`}{' '}
        {mc.runs.toLocaleString()} seeded runs (seed {mc.seed}), Beta-PERT per step.
      </p>
      <DistributionChart mc={mc} rtoMinutes={t.rtoMinutes} />
    </aside>
  );
}
