// Operational resilience (PRA SS1/21): important business services with their impact tolerances and
// why, the flags on them, the severe-but-plausible scenarios with their assumptions, and the
// scenario × service matrix with each breach's path.
import { formatDuration } from '../../../../../shared/format/duration';
import { resilienceEvidence, type ResilienceEvidence } from '../../resilience-evidence';
import { INK, SIZE } from '../theme';
import { wholeTable } from '../whole-columns';
import { defineSection } from './section';

const pct = (p: number | null) => (p === null ? '—' : `${(p * 100).toFixed(1)} %`);

export const operationalResilienceSection = defineSection<ResilienceEvidence>({
  id: 'operational-resilience',
  title: 'Important business services and scenarios',
  load: (e) => resilienceEvidence(e),
  entries: () => 3,
  render(w, r) {
    const { overview: o, matrix } = r;
    w.heading('Important business services and scenarios');
    w.paragraph(
      `${o.services.length} important business service${o.services.length === 1 ? '' : 's'} and ${o.scenarios.length} severe-but-plausible scenario${o.scenarios.length === 1 ? '' : 's'} (PRA SS1/21 §3, §6).`,
      { gap: 8 },
    );
    if (o.services.length === 0) w.paragraph('No important business service is recorded: a gap, not a pass.');
    for (const s of o.services) {
      w.heading(s.name, 2);
      w.facts([
        ['Owner', s.owner],
        ['Serves', s.customers || '—'],
        ['Delivered by', s.nodeNames.join(', ') || '—'],
        ['Last reviewed', s.review.lastReviewedAt?.slice(0, 10) ?? 'never'],
      ]);
      if (s.tolerances.length === 0) w.paragraph('No impact tolerance set.', { ink: INK.danger });
      for (const t of s.tolerances) {
        const extra = [
          t.customersAffected !== null ? `${t.customersAffected.toLocaleString('en-GB')} customers` : '',
          t.transactionsNotProcessed !== null
            ? `${t.transactionsNotProcessed.toLocaleString('en-GB')} transactions`
            : '',
          t.valueNotProcessed !== null ? `value ${t.valueNotProcessed.toLocaleString('en-GB')}` : '',
          t.dataLossMinutes !== null ? `data loss ${formatDuration(t.dataLossMinutes)}` : '',
        ].filter(Boolean);
        w.paragraph(
          `${t.label}: ${formatDuration(t.maxDisruptionMinutes)}${extra.length ? ` (${extra.join(', ')})` : ''}. ${t.rationale}`,
          { size: SIZE.small, gap: 4 },
        );
      }
    }
    for (const f of o.toleranceFlags) w.paragraph(f.message, { size: SIZE.small, ink: INK.danger });
    for (const s of o.sharedResources.slice(0, 10))
      w.paragraph(s.message, { size: SIZE.small, ink: INK.muted });

    w.heading('Scenarios', 2);
    for (const sc of o.scenarios) {
      w.subheading(`${sc.name} (${sc.source.replace('-', ' ')})`);
      w.facts([
        ['What fails', sc.failureLabels.join('; ')],
        ['Assumptions', sc.assumptions || '—'],
      ]);
      if (sc.description) w.paragraph(sc.description, { size: SIZE.small, ink: INK.muted, gap: 4 });
    }

    w.heading('Scenario × service matrix', 2);
    w.paragraph(
      `Achievable recovery along the critical path (likely estimates) and P(recover within tolerance) from ${matrix.runs.toLocaleString('en-GB')} seeded Monte Carlo runs (seed ${matrix.seed}) over the runbooks' three-point estimates.`,
      { size: SIZE.small, gap: 6 },
    );
    const rows = matrix.scenarios.flatMap((sc) =>
      sc.cells.map((c) => ({
        cells: [
          r.scenarioName.get(sc.scenarioId) ?? sc.scenarioId,
          r.serviceName.get(c.serviceId) ?? c.serviceId,
          c.status,
          c.achievableMinutes === null ? '—' : formatDuration(c.achievableMinutes),
          formatDuration(c.toleranceMinutes),
          pct(c.probability),
          c.status === 'breach' ? c.path.map((p) => p.name).join(' → ') : '',
        ],
        ...(c.status === 'breach' ? { ink: INK.danger } : {}),
      })),
    );
    if (rows.length === 0) w.paragraph('No scenario or no service to run.');
    else
      wholeTable(
        w,
        [
          { header: 'Scenario' },
          { header: 'Service' },
          { header: 'Status', width: 60 },
          { header: 'Achievable', width: 60, align: 'right' },
          { header: 'Tolerance', width: 56, align: 'right' },
          { header: 'P(within)', width: 52, align: 'right' },
          { header: 'Breaching path' },
        ],
        rows,
        [2, 3, 4, 5],
      );
  },
});
