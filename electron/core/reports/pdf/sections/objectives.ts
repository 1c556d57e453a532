// Objectives and conflicts: every process's MTD, RTO, RPO, WRT and tier in one table, then every
// conflict and warning with its message (dependency conflicts include the chain of names).
import type { ObjectivesConflict, ObjectivesRow } from '../../../../../shared/contract';
import { formatDuration } from '../../../../../shared/format/duration';
import { INK, SIZE } from '../theme';
import { wholeTable } from '../whole-columns';
import { defineSection } from './section';

interface ObjectivesData {
  rows: ObjectivesRow[];
  conflicts: ObjectivesConflict[];
}

export const objectivesSection = defineSection<ObjectivesData>({
  id: 'objectives',
  title: 'Objectives and conflicts',
  load: (e) => ({ rows: e.overview.rows, conflicts: e.overview.conflicts }),
  entries: () => 2,
  render(w, d) {
    w.heading('Objectives and conflicts');
    wholeTable(
      w,
      [
        { header: 'Process' },
        { header: 'Department', width: 80 },
        { header: 'Status', width: 52 },
        { header: 'MTD', width: 50, align: 'right' },
        { header: 'RTO', width: 50, align: 'right' },
        { header: 'RPO', width: 50, align: 'right' },
        { header: 'WRT', width: 44, align: 'right' },
        { header: 'Tier', width: 44 },
        { header: 'Conflicts', width: 44, align: 'right' },
      ],
      d.rows.map((r) => ({
        cells: [
          r.name,
          r.department,
          r.status.replace('_', ' '),
          formatDuration(r.mtd),
          formatDuration(r.rto),
          formatDuration(r.rpo),
          formatDuration(r.wrt),
          r.tierName ?? '—',
          String(r.conflictCount),
        ],
        ink: r.conflictCount > 0 ? INK.danger : undefined,
      })),
      [3, 4, 5, 6],
    );
    w.heading('Conflicts', 2);
    const errors = d.conflicts.filter((c) => c.severity === 'error').length;
    w.paragraph(
      d.conflicts.length === 0
        ? 'No conflicts or warnings.'
        : `${errors} conflict${errors === 1 ? '' : 's'} and ${d.conflicts.length - errors} warning${d.conflicts.length - errors === 1 ? '' : 's'}.`,
      { ink: INK.muted, gap: 8 },
    );
    for (const c of d.conflicts) {
      const path = c.path && c.path.length > 0 ? `\nPath: ${c.path.join(' → ')}` : '';
      const a = c.acceptance;
      const accepted = a?.status === 'accepted';
      const label = accepted ? 'Accepted' : c.severity === 'error' ? 'Conflict' : 'Warning';
      const note = !a
        ? ''
        : accepted
          ? `\nAccepted as exception by ${a.owner} until ${a.expiresOn}.`
          : a.status === 'expired'
            ? `\nException expired ${a.expiresOn}: open again.`
            : `\nException proposed, awaiting sign-off.`;
      w.paragraph(`${label} · ${c.processName}: ${c.message}${path}${note}`, {
        size: SIZE.small,
        ink: accepted ? INK.muted : c.severity === 'error' ? INK.danger : INK.text,
        gap: 5,
      });
    }
  },
});
