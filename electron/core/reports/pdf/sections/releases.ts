// Release readiness: the go/no-go gate of every release still ahead with each check's reason, the
// release history with outcome times, calendar conflicts, error budgets and delivery metrics with
// the counts behind every rate.
import type { GateView } from '../../../../../shared/contract';
import type { ReleaseEvidence } from '../../evidence-data';
import { DELIVERY_DAYS } from '../../evidence-data';
import { formatDuration } from '../../../../../shared/format/duration';
import { isoDateTime } from '../../../../../shared/format/datetime';
import { plural } from '../../../../../shared/format/plural';
import { INK, SIZE } from '../theme';
import type { PdfWriter } from '../writer';
import { wholeTable } from '../whole-columns';
import { defineSection } from './section';

const MARK = { pass: 'PASS', fail: 'FAIL', waived: 'WAIVED', 'not-applicable': 'N/A' } as const;
const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
const rate = (x: number | null) => (x === null ? '—' : `${x.toFixed(2)}×`);

export const releasesSection = defineSection<ReleaseEvidence>({
  id: 'releases',
  title: 'Releases, gates and delivery',
  load: (e) => e.releases,
  entries: (r) => 5 + r.gates.length,
  render(w, r) {
    w.heading('Releases, gates and delivery');
    const go = r.gates.filter((g) => g.go).length;
    w.paragraph(
      `${plural(r.releases.length, 'release')} recorded; ${plural(r.gates.length, 'release')} ahead, ${go} of them go. ` +
        `${plural(r.conflicts.filter((c) => c.status === 'conflict').length, 'calendar conflict')}. ` +
        `${plural(r.slos.length, 'SLO')}, ${r.slos.filter((s) => !s.budget.meetsPolicy).length} below the error-budget policy.`,
      { gap: 8 },
    );
    w.heading('Go/no-go gates', 2);
    if (r.gates.length === 0) w.paragraph('No release is planned, approved or in progress.');
    for (const g of r.gates) renderGate(w, g);

    w.heading('Release history', 2);
    if (r.releases.length === 0) w.paragraph('No releases recorded.');
    else
      wholeTable(
        w,
        [
          { header: 'Release' },
          { header: 'Start', width: 70 },
          { header: 'Services', width: 84 },
          { header: 'Change', width: 54 },
          { header: 'Status', width: 54 },
          { header: 'Deployed', width: 70 },
          { header: 'Restored', width: 70 },
        ],
        r.releases.map((x) => ({
          cells: [
            `${x.name} ${x.version}`,
            isoDateTime(x.windowStart),
            x.nodeNames.join(', '),
            `${x.changeType}, ${x.changeSize}/5`,
            x.status,
            isoDateTime(x.deployedAt),
            isoDateTime(x.restoredAt),
          ],
          ink: x.status === 'failed' || x.status === 'rolled-back' ? INK.danger : undefined,
        })),
        [1, 5, 6],
      );
    for (const x of r.releases.filter((y) => y.override))
      w.paragraph(`${x.name}: emergency override by ${x.override!.by}: ${x.override!.justification}`, {
        size: SIZE.small,
        ink: INK.muted,
      });

    w.heading('Calendar conflicts', 2);
    if (r.conflicts.length === 0) w.paragraph('No calendar conflicts.');
    for (const c of r.conflicts)
      w.paragraph(`${c.status === 'overridden' ? 'Overridden' : 'Conflict'}: ${c.message}`, {
        size: SIZE.small,
        ink: c.status === 'conflict' ? INK.danger : INK.muted,
      });

    w.heading('Error budgets', 2);
    if (r.slos.length === 0) w.paragraph('No SLOs recorded.');
    else
      w.table(
        [
          { header: 'SLO' },
          { header: 'Service', width: 90 },
          { header: 'Target', width: 62, align: 'right' },
          { header: 'Bad / events', width: 72, align: 'right' },
          { header: 'Budget left', width: 56, align: 'right' },
          { header: 'Burn 1 d', width: 44, align: 'right' },
          { header: 'Burn 7 d', width: 44, align: 'right' },
          { header: 'Policy', width: 40, align: 'right' },
        ],
        r.slos.map((s) => ({
          cells: [
            s.name,
            s.nodeName,
            `${s.targetPercent}% / ${s.windowDays} d`,
            `${s.budget.badEvents} / ${s.budget.totalEvents}`,
            pct(s.budget.remainingFraction),
            rate(s.burn.short.burnRate),
            rate(s.burn.long.burnRate),
            pct(s.budget.policy),
          ],
          ink: s.budget.meetsPolicy ? undefined : INK.danger,
        })),
      );

    const d = r.delivery;
    w.heading(`Delivery metrics (${DELIVERY_DAYS} days to ${isoDateTime(new Date(d.period.end))})`, 2);
    w.facts([
      [
        'Deployment frequency',
        `${d.deployments.perWeek.toFixed(2)} per week (${d.deployments.count} in ${d.deployments.weeks.toFixed(1)} weeks)`,
      ],
      [
        'Change failure rate',
        `${pct(d.changeFailureRate.rate)}: ${d.changeFailureRate.failed} failed of ${d.changeFailureRate.deployed} deployed${d.changeFailureRate.reason ? ` (${d.changeFailureRate.reason})` : ''}`,
      ],
      [
        'Time to restore',
        `median ${formatDuration(d.timeToRestore.medianMinutes)}, P90 ${formatDuration(d.timeToRestore.p90Minutes)} (${d.timeToRestore.count} of ${d.timeToRestore.of} failed deployments measured)`,
      ],
      [
        'Lead time',
        `median ${formatDuration(d.leadTime.medianMinutes)}, P90 ${formatDuration(d.leadTime.p90Minutes)} (${d.leadTime.count} of ${d.leadTime.of} deployments with a commit time)`,
      ],
    ]);
    if (d.monthly.length > 0)
      wholeTable(
        w,
        [
          { header: 'Month', width: 70 },
          { header: 'Deployments', width: 80, align: 'right' },
          { header: 'Failed', width: 60, align: 'right' },
          { header: 'Change failure rate', width: 110, align: 'right' },
          { header: 'Median time to restore' },
        ],
        d.monthly.map((m) => ({
          cells: [
            m.month,
            String(m.deployments),
            String(m.changeFailureRate.failed),
            pct(m.changeFailureRate.rate),
            formatDuration(m.medianTimeToRestoreMinutes),
          ],
        })),
        [4],
      );
  },
});

function renderGate(w: PdfWriter, g: GateView): void {
  const r = g.release;
  w.subheading(`${r.name} ${r.version}: ${g.go ? 'GO' : 'NO-GO'}`);
  w.facts([
    ['Window', `${isoDateTime(r.windowStart)} – ${isoDateTime(r.windowEnd)}`],
    ['Services', r.nodeNames.join(', ')],
    ['Owner', r.owner],
    ['Risk', `${g.risk.level} (${g.risk.score.toFixed(0)}/100): needs ${g.risk.approvals.description}`],
    [
      'Approved by',
      r.approvals.map((a) => `${a.approver} (${isoDateTime(a.at)})`).join(', ') || 'nobody yet',
    ],
  ]);
  for (const c of g.checks)
    w.paragraph(`${MARK[c.status]}  ${c.label}: ${c.reason}`, {
      size: SIZE.small,
      ink: c.status === 'fail' ? INK.danger : c.status === 'waived' ? INK.muted : INK.text,
      gap: 2,
    });
  w.paragraph('', { gap: 6 });
}
