// The audit-trail excerpt: the chain verification result and the latest entries.
import { plural } from '../../../../../shared/format/plural';
import { isoDateTime } from '../../../../../shared/format/datetime';
import type { EvidenceData } from '../../evidence-data';
import { INK, SIZE } from '../theme';
import { wholeTable } from '../whole-columns';
import { defineSection } from './section';

export const auditTrailSection = defineSection<EvidenceData>({
  id: 'audit',
  title: 'Audit trail',
  load: (e) => e,
  entries: () => 1,
  render(w, e) {
    w.heading('Audit trail');
    w.paragraph(e.chain.ok ? 'Audit chain intact' : 'Audit chain BROKEN', {
      bold: true,
      size: SIZE.h2,
      ink: e.chain.ok ? INK.ok : INK.danger,
    });
    w.paragraph(e.chain.summary, { gap: 6 });
    w.facts([
      ['Entries', String(e.auditTotal)],
      ['Head', `entry ${e.chain.head.seq}`],
      ['Head hash', e.chain.head.hash],
    ]);
    w.y += 4;
    w.paragraph(
      `The latest ${Math.min(e.auditTail.length, e.auditTotal)} of ${plural(e.auditTotal, 'entry', 'entries')}, newest first. ` +
        'Each hash covers the previous hash and the entry; the workbook’s Audit log sheet holds every entry.',
      { ink: INK.muted, size: SIZE.small, gap: 6 },
    );
    wholeTable(
      w,
      [
        { header: 'Seq', width: 34, align: 'right' },
        { header: 'When', width: 84 },
        { header: 'Who', width: 96 },
        { header: 'Action', width: 92 },
        { header: 'Entity' },
        { header: 'Hash', width: 82 },
      ],
      e.auditTail.map((a) => ({
        cells: [
          String(a.seq),
          isoDateTime(a.at),
          a.actorName,
          a.action,
          `${a.entity} ${a.entityId}`,
          a.hash.slice(0, 12),
        ],
      })),
      [1],
      { size: SIZE.tiny + 0.5 },
    );
  },
});
