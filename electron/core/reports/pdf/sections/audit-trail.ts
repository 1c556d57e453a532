// The audit trail over the whole period of the pack: the chain verification result, then every
// entry when the trail is short, or a summary per day and per entity when it is long (audit-digest.ts).
import { plural } from '../../../../../shared/format/plural';
import { isoDateTime } from '../../../../../shared/format/datetime';
import type { EvidenceData } from '../../evidence-data';
import { INK, SIZE } from '../theme';
import type { PdfWriter } from '../writer';
import { wholeTable } from '../whole-columns';
import { auditDigest, type AuditDigest } from './audit-digest';
import { defineSection } from './section';

function entriesTable(w: PdfWriter, d: Extract<AuditDigest, { kind: 'entries' }>): void {
  w.paragraph(
    `All ${plural(d.total, 'entry', 'entries')} of the chain, oldest first. Each hash covers the previous hash and the entry; ` +
      'the workbook’s Audit log sheet holds every entry in full, and “steadfast verify” recomputes each hash from it.',
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
    d.lines.map((a) => ({
      cells: [
        String(a.seq),
        isoDateTime(a.at),
        a.actor,
        a.action,
        a.entityName ? `${a.entity}: ${a.entityName}` : a.entity,
        a.hash.slice(0, 12),
      ],
    })),
    [1],
    { size: SIZE.tiny + 0.5 },
  );
}

function summaryTable(w: PdfWriter, d: Exclude<AuditDigest, { kind: 'entries' }>): void {
  const span = d.first && d.last ? ` from ${isoDateTime(d.first)} to ${isoDateTime(d.last)}` : '';
  w.paragraph(
    `All ${plural(d.total, 'entry', 'entries')} of the chain${span}, summarised per day and per ` +
      `${d.kind === 'per-entity' ? 'entity' : 'kind of entity (too many entities changed to list each)'}: ` +
      'how many of each action, which entries and by whom. The workbook’s Audit log sheet holds every entry in full, ' +
      'and “steadfast verify” recomputes each hash from it.',
    { ink: INK.muted, size: SIZE.small, gap: 6 },
  );
  wholeTable(
    w,
    [
      { header: 'Day', width: 58 },
      { header: 'Entity', width: 130 },
      { header: 'Actions' },
      { header: 'Entries', width: 70 },
      { header: 'Who', width: 90 },
    ],
    d.lines.map((l) => ({
      cells: [
        l.day,
        l.what,
        l.actions,
        l.firstSeq === l.lastSeq ? String(l.firstSeq) : `${l.firstSeq}–${l.lastSeq} (${l.count})`,
        l.actors,
      ],
    })),
    [0, 3],
    { size: SIZE.tiny + 0.5 },
  );
}

export const auditTrailSection = defineSection<{ e: EvidenceData; digest: AuditDigest }>({
  id: 'audit',
  title: 'Audit trail',
  load: (e) => ({
    e,
    digest: auditDigest(e.store.audit.upTo(e.workspace.chain.seq), e.workspace.chain.seq, e.entityName),
  }),
  entries: () => 1,
  render(w, { e, digest }) {
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
    if (digest.kind === 'entries') entriesTable(w, digest);
    else summaryTable(w, digest);
  },
});
