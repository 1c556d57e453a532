// DR tests: for each test its plan, the measured recovery time (RTC) and data loss per node against
// the RTO and RPO, the timeline of planned against actual, and its findings; then the overdue list.
import type { DrTestDetail } from '../../../../../shared/contract';
import type { ContinuityEvidence } from '../../evidence-data';
import { formatDuration } from '../../../../../shared/format/duration';
import { isoDate, isoDateTime } from '../../../../../shared/format/datetime';
import { drawExerciseTimeline } from '../charts/exercise-timeline';
import { INK, SIZE } from '../theme';
import type { PdfWriter } from '../writer';
import { wholeTable } from '../whole-columns';
import { defineSection } from './section';

export const drTestsSection = defineSection<ContinuityEvidence>({
  id: 'drtests',
  title: 'DR tests and findings',
  load: (e) => e.continuity,
  entries: (c) => 2 + c.drTests.length,
  render(w, c) {
    w.heading('DR tests and findings');
    const passed = c.drTests.filter((t) => t.plan.verdict === 'pass').length;
    const failed = c.drTests.filter((t) => t.plan.verdict === 'fail').length;
    const open = c.findings.filter((f) => f.status !== 'closed');
    w.paragraph(
      `${c.drTests.length} DR test${c.drTests.length === 1 ? '' : 's'}: ${passed} passed, ${failed} failed, ` +
        `${c.drTests.length - passed - failed} not concluded. ${open.length} open finding${open.length === 1 ? '' : 's'} ` +
        `(${open.filter((f) => f.severity === 'critical').length} critical). ${c.overdue.length} node${c.overdue.length === 1 ? ' is' : 's are'} overdue for a test.`,
      { gap: 8 },
    );
    for (const t of c.drTests) renderTest(w, t, c);

    w.heading('Overdue tests and open findings', 2);
    if (c.overdue.length === 0) w.paragraph('No node is overdue for a DR test.');
    else
      wholeTable(
        w,
        [
          { header: 'Node' },
          { header: 'Tier', width: 50 },
          { header: 'Every', width: 50, align: 'right' },
          { header: 'Last passed test', width: 100 },
          { header: 'Days overdue', width: 64, align: 'right' },
        ],
        c.overdue.map((o) => ({
          cells: [
            o.name,
            o.tierName,
            `${o.testFrequencyDays} d`,
            o.lastPassedAt ? isoDateTime(o.lastPassedAt) : 'never',
            o.daysOverdue === null ? '—' : String(o.daysOverdue),
          ],
          ink: INK.danger,
        })),
        [2, 3],
      );
    findingsTable(w, open);
  },
});

function renderTest(w: PdfWriter, t: DrTestDetail, c: ContinuityEvidence): void {
  const p = t.plan;
  w.heading(`${p.name} (${p.type.replace('-', ' ')})`, 2);
  w.facts([
    ['Scheduled', p.scheduledAt ? isoDateTime(p.scheduledAt) : '—'],
    [
      'Status',
      `${p.status}${p.verdict ? `, ${p.verdict === 'pass' ? 'passed' : p.verdict === 'fail' ? 'failed' : 'incomplete'}` : ''}`,
    ],
    ['Scope', p.scopeNodeIds.map((id) => c.nodeNames.get(id) ?? id).join(', ') || '—'],
    [
      'Runbooks',
      t.runbooks
        .map(
          (r) =>
            `${c.runbooks.find((x) => x.summary.id === r.runbookId)?.summary.name ?? 'runbook'} v${r.version}`,
        )
        .join(', ') || '—',
    ],
    ['Participants', p.participants || '—'],
  ]);
  if (p.scenario) w.paragraph(p.scenario, { size: SIZE.small, ink: INK.muted, gap: 6 });
  const r = t.result;
  if (!r) {
    w.paragraph('Not run yet.', { size: SIZE.small, gap: 8 });
    return;
  }
  const names = new Map(t.nodes.map((n) => [n.id, n.name]));
  wholeTable(
    w,
    [
      { header: 'Node' },
      { header: 'RTO', width: 46, align: 'right' },
      { header: 'RTC', width: 58, align: 'right' },
      { header: 'Gap', width: 62, align: 'right' },
      { header: 'RPO', width: 46, align: 'right' },
      { header: 'Data loss', width: 50, align: 'right' },
      { header: 'Verdict', width: 50 },
    ],
    r.nodes.map((n) => ({
      cells: [
        names.get(n.nodeId) ?? n.nodeId,
        formatDuration(n.rtoMinutes),
        formatDuration(n.rtcMinutes === undefined ? null : Math.round(n.rtcMinutes)),
        n.gapMinutes === undefined ? '—' : signed(n.gapMinutes),
        formatDuration(n.rpoMinutes),
        formatDuration(n.dataLossMinutes),
        n.verdict,
      ],
      ink: n.verdict === 'pass' ? undefined : INK.danger,
    })),
    [1, 2, 3, 4, 5],
  );
  for (const n of r.nodes)
    for (const reason of n.reasons) w.paragraph(reason, { size: SIZE.small, ink: INK.danger, gap: 2 });
  const rto = Math.min(...r.nodes.map((n) => n.rtoMinutes));
  if (r.timeline.length > 0) drawExerciseTimeline(w, r.timeline, Number.isFinite(rto) ? rto : null);
  const findings = c.findings.filter((f) => f.testId === p.id);
  if (findings.length > 0) findingsTable(w, findings);
}

function signed(minutes: number): string {
  const m = Math.round(minutes);
  return m > 0 ? `+${formatDuration(m)}` : m < 0 ? `−${formatDuration(-m)}` : '0';
}

function findingsTable(w: PdfWriter, findings: ContinuityEvidence['findings']): void {
  if (findings.length === 0) return;
  w.table(
    [
      { header: 'Finding' },
      { header: 'Severity', width: 50 },
      { header: 'Owner', width: 90 },
      { header: 'Due', width: 60 },
      { header: 'Status', width: 56 },
    ],
    findings.map((f) => ({
      cells: [f.title, f.severity, f.owner || '—', isoDate(f.dueDate), f.status.replace('_', ' ')],
      ink: f.severity === 'critical' && f.status !== 'closed' ? INK.danger : undefined,
    })),
  );
}
