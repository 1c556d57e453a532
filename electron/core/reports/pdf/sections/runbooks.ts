// Runbooks with their approvals: which version is in force, who wrote and who approved it (never the
// same person), the critical path and the simulated probability of meeting the RTO.
import type { RunbookDetail } from '../../../../../shared/contract';
import { formatDuration } from '../../../../../shared/format/duration';
import { isoDateTime } from '../../../../../shared/format/datetime';
import { INK, SIZE } from '../theme';
import { wholeTable } from '../whole-columns';
import { defineSection } from './section';

export const runbooksSection = defineSection<RunbookDetail[]>({
  id: 'runbooks',
  title: 'Runbooks and approvals',
  load: (e) => e.continuity.runbooks,
  entries: () => 1,
  render(w, runbooks, e) {
    w.heading('Runbooks and approvals');
    w.paragraph(
      'Each runbook is shown at its approved version, else its latest draft. The critical path sums the ' +
        'likely step durations along the longest chain of dependent steps; P50, P90 and P(≤ RTO) come from a ' +
        'seeded Monte Carlo over Beta-PERT step estimates. The approver is never the author.',
      { ink: INK.muted, gap: 8 },
    );
    if (runbooks.length === 0) {
      w.paragraph('No runbooks in scope.');
      return;
    }
    wholeTable(
      w,
      [
        { header: 'Runbook' },
        { header: 'Kind', width: 54 },
        { header: 'Version', width: 62 },
        { header: 'Steps', width: 32, align: 'right' },
        { header: 'Critical path', width: 56, align: 'right' },
        { header: 'P90', width: 58, align: 'right' },
        { header: 'RTO', width: 40, align: 'right' },
        { header: 'P(≤ RTO)', width: 44, align: 'right' },
      ],
      runbooks.map((r) => {
        const t = r.timing;
        const p = t?.monteCarlo.pMeetRto;
        return {
          cells: [
            r.summary.name,
            r.summary.kind,
            `v${r.version.version} ${r.version.status.replace('_', ' ')}`,
            String(r.version.steps.length),
            formatDuration(t?.criticalPath.total),
            formatDuration(t ? Math.round(t.monteCarlo.p90) : null),
            formatDuration(t?.rtoMinutes),
            p === undefined ? '—' : `${Math.round(p * 100)}%`,
          ],
          ink: r.version.status !== 'approved' || (p !== undefined && p < 0.9) ? INK.danger : undefined,
        };
      }),
      [4, 5, 6],
    );
    w.subheading('Approvals');
    wholeTable(
      w,
      [
        { header: 'Runbook' },
        { header: 'Version', width: 44 },
        { header: 'Author', width: 100 },
        { header: 'Approved by', width: 100 },
        { header: 'Approved at', width: 90 },
      ],
      runbooks.map((r) => ({
        cells: [
          r.summary.name,
          `v${r.version.version}`,
          r.version.authorName,
          r.version.approvedBy ?? 'not approved',
          r.version.approvedAt ? isoDateTime(r.version.approvedAt) : '—',
        ],
        ink: r.version.approvedBy ? undefined : INK.danger,
      })),
      [4],
    );
    const targets = runbooks.filter((r) => r.version.targetNodeIds.length > 0);
    if (targets.length > 0)
      for (const r of targets)
        w.paragraph(
          `${r.summary.name}: recovers ${r.version.targetNodeIds.map((id) => e.continuity.nodeNames.get(id) ?? id).join(', ')}.`,
          { size: SIZE.small, ink: INK.muted, gap: 2 },
        );
  },
});
