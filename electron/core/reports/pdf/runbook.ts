// One runbook as a printable PDF for the on-call binder: what it restores, its timing against the
// RTO, every step with role, estimate, verification and rollback points, and the approval record.
import type { RunbookDetail } from '../../../../shared/contract';
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

/** Markdown reduced to plain lines: a binder page has no links to click and no emphasis to need. */
export function plainMarkdown(md: string): string {
  return md
    .replace(/\r\n?/g, '\n')
    .replace(/^\s*[-*+]\s+/gm, '• ')
    .replace(/\[([^\]]*)\]\(([^)]*)\)/g, '$1 ($2)')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(\*|_)(.+?)\1/g, '$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/^#+\s*/gm, '')
    .trim();
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
    if (v.description) w.paragraph(plainMarkdown(v.description), { gap: 8 });

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
      if (s.instructions) w.paragraph(plainMarkdown(s.instructions));
      if (s.verification) w.paragraph(`Verify: ${plainMarkdown(s.verification)}`, { bold: true });
      w.paragraph('Done at ____:____   by ______________', { size: SIZE.small, ink: INK.muted, gap: 8 });
    });
    w.footers(`${detail.summary.name} v${v.version} · ${p.workspaceName}`);
  });
}
