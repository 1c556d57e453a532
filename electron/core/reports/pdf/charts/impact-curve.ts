// The impact curve: worst severity over time as a line (left axis, 0–4) and the financial loss per
// bucket as bars (right axis), buckets spaced evenly because their minutes span orders of magnitude.
import { amount } from '../../format';
import { severityFill } from '../../../../../shared/presentation/palette';
import { INK, SIZE } from '../theme';
import type { PdfWriter } from '../writer';

export interface ImpactCurveInput {
  buckets: string[];
  worstSeverity: (number | null)[];
  losses: (number | null)[] | null;
  /** Where the MTD falls, as a bucket index, to mark it. */
  mtdBucket: number | null;
}

export const CURVE_HEIGHT = 190;

export function drawImpactCurve(w: PdfWriter, input: ImpactCurveInput): void {
  const doc = w.doc;
  const top = w.y + 14;
  const plotH = CURVE_HEIGHT - 58;
  const left = w.left + 34;
  const right = w.right - 60;
  const bottom = top + plotH;
  const n = Math.max(1, input.buckets.length);
  const step = (right - left) / n;
  const cx = (i: number) => left + step * (i + 0.5);

  // Axes and grid.
  doc.lineWidth(0.5).strokeColor(INK.rule);
  for (let s = 0; s <= 4; s++) {
    const y = bottom - (s / 4) * plotH;
    doc.moveTo(left, y).lineTo(right, y).stroke();
    w.font(false, SIZE.tiny, INK.muted);
    doc.text(String(s), left - 12, y - 3, { lineBreak: false });
  }
  w.font(false, SIZE.tiny, INK.muted);
  doc.text('severity', w.left, top - 12, { lineBreak: false });

  // Loss bars on the right axis.
  const losses = input.losses ?? [];
  const maxLoss = Math.max(0, ...losses.map((l) => l ?? 0));
  if (maxLoss > 0) {
    losses.forEach((l, i) => {
      if (l === null || l <= 0) return;
      const h = (l / maxLoss) * plotH;
      doc.rect(cx(i) - step * 0.2, bottom - h, step * 0.4, h).fill('#b9cde8');
    });
    w.font(false, SIZE.tiny, INK.muted);
    for (const f of [0, 0.5, 1]) {
      doc.text(amount(maxLoss * f), right + 4, bottom - f * plotH - 3, { lineBreak: false });
    }
    doc.text('financial loss', right + 4, top - 12, { lineBreak: false });
  }

  // MTD marker.
  if (input.mtdBucket !== null) {
    const x = cx(input.mtdBucket);
    doc
      .moveTo(x, top - 4)
      .lineTo(x, bottom)
      .dash(3, { space: 2 })
      .lineWidth(1)
      .strokeColor(INK.danger)
      .stroke()
      .undash();
    w.font(true, SIZE.tiny, INK.danger);
    doc.text('MTD', x + 3, top - 4, { lineBreak: false });
  }

  // Worst-severity line.
  const points = input.worstSeverity
    .map((s, i) => (s === null ? null : { x: cx(i), y: bottom - (s / 4) * plotH, s }))
    .filter((p): p is { x: number; y: number; s: number } => p !== null);
  if (points.length > 1) {
    doc.moveTo(points[0]!.x, points[0]!.y);
    for (const p of points.slice(1)) doc.lineTo(p.x, p.y);
    doc.lineWidth(1.6).strokeColor(INK.text).stroke();
  }
  for (const p of points) {
    doc.circle(p.x, p.y, 3.2).fillAndStroke(severityFill(Math.round(p.s)), INK.text);
  }

  // Bucket labels.
  w.font(false, SIZE.tiny, INK.muted);
  input.buckets.forEach((b, i) => {
    const label = w.fit(b, step - 2);
    doc.text(label, cx(i) - doc.widthOfString(label) / 2, bottom + 4, { lineBreak: false });
  });
  w.font(false, SIZE.tiny, INK.muted);
  doc.text('Line: worst severity across categories.  Bars: financial loss.', left, bottom + 16, {
    lineBreak: false,
  });
  doc.lineWidth(1);
  w.y = top + CURVE_HEIGHT - 14;
}
