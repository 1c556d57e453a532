// A DR exercise's timeline: per step, the planned bar (critical-path schedule at likely durations)
// above the actual bar (active minutes from the disruption), with the RTO as a red line, so an
// auditor sees where the exercise fell behind the plan.
import type { TimelineRow } from '../../../../../shared/domain/drtest/types';
import { formatDuration } from '../../../../../shared/format/duration';
import { STATUS } from '../../../../../shared/presentation/palette';
import { INK, SIZE } from '../theme';
import type { PdfWriter } from '../writer';

const ROW = 15;
const LABEL = 150;
const PLANNED = '#b9cde8';
const ACTUAL: Record<string, string> = { ok: STATUS.ok, failed: STATUS.danger, skipped: '#9aa3b2' };

export function timelineHeight(rows: number): number {
  return 34 + rows * ROW;
}

export function drawExerciseTimeline(w: PdfWriter, rows: TimelineRow[], rtoMinutes: number | null): void {
  const doc = w.doc;
  w.ensure(timelineHeight(rows.length));
  const top = w.y + 4;
  const left = w.left + LABEL;
  const right = w.right - 10;
  const ends = rows.flatMap((r) => [r.plannedFinish, r.actualFinish ?? r.actualStart ?? 0]);
  const span = Math.max(1, rtoMinutes ?? 0, ...ends) * 1.05;
  const x = (m: number) => left + (m / span) * (right - left);

  rows.forEach((r, i) => {
    const y = top + i * ROW;
    w.font(false, SIZE.tiny, INK.text);
    doc.text(w.fit(r.title, LABEL - 8), w.left, y + 3, { lineBreak: false });
    doc
      .rect(x(r.plannedStart), y + 1, Math.max(0.8, x(r.plannedFinish) - x(r.plannedStart)), 5)
      .fill(PLANNED);
    if (r.actualStart !== undefined) {
      const finish = r.actualFinish ?? r.actualStart;
      doc
        .rect(x(r.actualStart), y + 7, Math.max(0.8, x(finish) - x(r.actualStart)), 5)
        .fill(ACTUAL[r.outcome ?? 'ok'] ?? INK.ok);
    }
  });
  const bottom = top + rows.length * ROW;
  doc.lineWidth(0.5).strokeColor(INK.rule).moveTo(left, bottom).lineTo(right, bottom).stroke();
  w.font(false, SIZE.tiny, INK.muted);
  for (let k = 0; k <= 4; k++) {
    const m = (span / 4) * k;
    doc.text(formatDuration(Math.round(m)), x(m) - 8, bottom + 3, { lineBreak: false });
  }
  if (rtoMinutes !== null) {
    doc
      .lineWidth(1)
      .strokeColor(INK.danger)
      .moveTo(x(rtoMinutes), top - 2)
      .lineTo(x(rtoMinutes), bottom)
      .stroke();
    w.font(true, SIZE.tiny, INK.danger);
    doc.text(`RTO ${formatDuration(rtoMinutes)}`, x(rtoMinutes) + 2, top - 8, { lineBreak: false });
  }
  // Legend.
  const ly = bottom + 14;
  doc.rect(w.left, ly, 10, 5).fill(PLANNED);
  w.font(false, SIZE.tiny, INK.muted);
  doc.text('planned (likely durations)', w.left + 14, ly - 1, { lineBreak: false });
  doc.rect(w.left + 120, ly, 10, 5).fill(ACTUAL.ok!);
  doc.text('actual', w.left + 134, ly - 1, { lineBreak: false });
  doc.rect(w.left + 170, ly, 10, 5).fill(ACTUAL.failed!);
  doc.text('failed step', w.left + 184, ly - 1, { lineBreak: false });
  w.y = ly + 14;
}
