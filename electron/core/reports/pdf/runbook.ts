// One runbook as a printable PDF for the on-call binder: what it restores, its timing against the
// RTO, every step with role, estimate, verification and rollback points, and the approval record.
import type { RunbookDetail } from '../../../../shared/contract';
import { inlineText, parseMarkdown, type MdBlock } from '../../../../shared/markdown/parse';
import { isoDateTime } from '../../../../shared/format/datetime';
import { formatDuration } from '../../../../shared/format/duration';
import { INK, SIZE } from './theme';
import { PdfWriter } from './writer';

export interface RunbookPrint {
  detail: RunbookDetail;
  workspaceName: string;
  nodeNames: Map<string, string>;
  printedBy: string;
  at: Date;
}

/**
 * Runbook Markdown (the tree the app renders too) as paragraphs: a binder page has no links to click
 * and no emphasis to need, so inline markup becomes plain text (code and links kept as written),
 * while lists keep their markers and nesting.
 */
export function drawMarkdown(
  w: PdfWriter,
  source: string,
  opts: { lead?: string; bold?: boolean; indent?: number } = {},
): void {
  let lead = opts.lead ?? '';
  const draw = (blocks: readonly MdBlock[], indent: number) => {
    for (const b of blocks) {
      const first = lead;
      lead = '';
      switch (b.t) {
        case 'p':
          w.paragraph(first + inlineText(b.children), { indent, bold: opts.bold, gap: 2 });
          break;
        case 'heading':
          w.paragraph(first + inlineText(b.children), { indent, bold: true, gap: 2 });
          break;
        case 'pre':
          w.paragraph(first + b.text, { indent: indent + 8, ink: INK.muted, gap: 2 });
          break;
        case 'quote':
          lead = first;
          draw(b.children, indent + 10);
          break;
        case 'rule':
          w.paragraph(first + '———', { indent, ink: INK.muted, gap: 2 });
          break;
        case 'list':
          b.items.forEach((item, i) => {
            lead = `${first && i === 0 ? first : ''}${b.ordered ? `${b.start + i}.` : '•'} `;
            draw(item, indent + 10);
          });
          break;
      }
    }
  };
  draw(parseMarkdown(source), opts.indent ?? 0);
  w.y += 2;
}

export async function writeRunbookPdf(p: RunbookPrint, path: string): Promise<{ pages: number }> {
  const { detail } = p;
  const v = detail.version;
  const w = new PdfWriter({
    at: p.at,
    title: `Runbook: ${detail.summary.name} v${v.version}`,
    author: p.printedBy,
    subject: p.workspaceName,
  });
  return w.saveTo(path, () => {
    w.newPage();
    w.heading(detail.summary.name);
    const targets = v.targetNodeIds.map((id) => p.nodeNames.get(id) ?? id).join(', ') || '—';
    const t = detail.timing;
    w.facts([
      ['Version', `${v.version} (${v.status.replace('_', ' ')})`],
      ['Kind / strategy', `${detail.summary.kind} / ${detail.summary.strategy}`],
      ['Restores', targets],
      ['Critical path', t ? formatDuration(t.criticalPath.total) : '—'],
      ['P50 / P90', t ? `${formatDuration(t.monteCarlo.p50)} / ${formatDuration(t.monteCarlo.p90)}` : '—'],
      [
        'P(meet RTO)',
        t?.monteCarlo.pMeetRto !== undefined && t.rtoMinutes !== null
          ? `${(t.monteCarlo.pMeetRto * 100).toFixed(1)} % against RTO ${formatDuration(t.rtoMinutes)} (${t.rtoFrom ?? ''})`
          : 'no RTO on the targets',
      ],
    ]);
    if (v.description) drawMarkdown(w, v.description);

    w.heading('Approval record', 2);
    w.facts([
      ['Author', v.authorName],
      ['Submitted', v.submittedBy ? `${v.submittedBy}, ${isoDateTime(v.submittedAt)}` : '—'],
      ['Approved', v.approvedBy ? `${v.approvedBy}, ${isoDateTime(v.approvedAt)}` : 'NOT APPROVED'],
      ['Printed', `${p.printedBy}, ${isoDateTime(p.at)}`],
    ]);
    if (v.status !== 'approved')
      w.paragraph('This version is not approved: do not use it in an incident without the approver.', {
        bold: true,
        ink: INK.danger,
      });

    w.heading('Steps', 2);
    const keyTitle = new Map(v.steps.map((s, i) => [s.key, `${i + 1}`]));
    v.steps.forEach((s, i) => {
      w.ensure(70);
      w.subheading(`${i + 1}. ${s.title}${s.rollbackPoint ? '   [ROLLBACK POINT]' : ''}`);
      w.facts(
        [
          ['Role', s.role || '—'],
          [
            'Estimate',
            `${formatDuration(s.minMinutes)} / ${formatDuration(s.likelyMinutes)} / ${formatDuration(s.maxMinutes)} (min / likely / max)`,
          ],
          ['After steps', s.dependsOn.map((k) => keyTitle.get(k) ?? k).join(', ') || 'start'],
        ],
        90,
      );
      if (s.instructions) drawMarkdown(w, s.instructions);
      if (s.verification) drawMarkdown(w, s.verification, { lead: 'Verify: ', bold: true });
      w.paragraph('Done at ____:____   by ______________', { size: SIZE.small, ink: INK.muted, gap: 8 });
    });
    w.footers(`${detail.summary.name} v${v.version} · ${p.workspaceName}`);
  });
}
