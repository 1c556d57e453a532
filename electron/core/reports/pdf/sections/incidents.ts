// Incidents and reviews: the register with time to restore (MTTR with its count and the median
// beside it), then each review with its actions (owner, due date, status).
import { formatDuration } from '../../../../../shared/format/duration';
import { isoDateTime } from '../../../../../shared/format/datetime';
import type { IncidentEvidence } from '../../evidence-data';
import { INK, SIZE } from '../theme';
import { wholeTable } from '../whole-columns';
import { defineSection } from './section';

const when = (ms: number | null): string => (ms === null ? '—' : isoDateTime(new Date(ms)));
const minutes = (m: number | null): string => (m === null ? '—' : formatDuration(Math.round(m)));

export const incidentsSection = defineSection<IncidentEvidence>({
  id: 'incidents',
  title: 'Incidents and reviews',
  load: (e) => e.incidents,
  entries: (d) => 1 + d.reviews.length,
  render(w, d) {
    w.heading('Incidents and reviews');
    const major = d.incidents.filter((i) => i.major).length;
    const overdue = d.incidents.filter((i) => i.reviewOverdue).length;
    w.paragraph(
      `${d.incidents.length} incident${d.incidents.length === 1 ? '' : 's'}, ${major} major. ` +
        `MTTR ${minutes(d.mttr.meanMinutes)} (median ${minutes(d.mttr.medianMinutes)}) over ${d.mttr.count} restored ` +
        `incident${d.mttr.count === 1 ? '' : 's'}${d.mttr.openCount > 0 ? `, ${d.mttr.openCount} not yet restored` : ''}; ` +
        `time to restore is measured from the outage's start. ${overdue} major incident review${overdue === 1 ? ' is' : 's are'} overdue.`,
      { gap: 8 },
    );
    if (d.incidents.length > 0)
      wholeTable(
        w,
        [
          { header: 'Incident' },
          { header: 'Sev', width: 34 },
          { header: 'Started', width: 100 },
          { header: 'Restored', width: 100 },
          { header: 'To restore', width: 60, align: 'right' },
          { header: 'Cause', width: 62 },
        ],
        d.incidents.map((i) => ({
          cells: [
            `${i.title}${i.major ? ' (major)' : ''}${i.reviewOverdue ? ' — review overdue' : ''}`,
            i.severity,
            when(i.startedAt),
            when(i.restoredAt),
            minutes(i.timeToRestoreMinutes),
            i.rootCause,
          ],
          ...(i.reviewOverdue ? { ink: INK.danger } : {}),
        })),
        [1, 2, 3, 4],
      );
    for (const r of d.reviews) {
      w.heading(
        `${r.subject === 'incident' ? 'Post-incident review' : 'Post-implementation review'}: ${r.title}`,
        2,
      );
      w.facts([
        ['Completed', r.completedAt === null ? 'not yet' : when(r.completedAt)],
        ['Facilitator', r.facilitator || '—'],
        ['What happened', r.whatHappened || '—'],
        ['Contributing factors', r.contributingFactors || '—'],
        ['What went well', r.wentWell || '—'],
      ]);
      if (r.actions.length === 0) w.paragraph('No actions.', { size: SIZE.small, ink: INK.muted });
      else
        wholeTable(
          w,
          [
            { header: 'Action' },
            { header: 'Owner', width: 110 },
            { header: 'Due', width: 64 },
            { header: 'Status', width: 64 },
          ],
          r.actions.map((a) => ({ cells: [a.title, a.owner, a.dueDate ?? '—', a.status.replace('_', ' ')] })),
          [2, 3],
        );
    }
  },
});
