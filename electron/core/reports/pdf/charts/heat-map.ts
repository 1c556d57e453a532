// A BIA heat map: impact categories down, time buckets across, each cell filled by its severity.
import { SEVERITY_LABELS } from '../../../../../shared/domain/model';
import { severityFill, severityInk } from '../../../../../shared/presentation/palette';
import { INK, SIZE } from '../theme';
import type { PdfWriter } from '../writer';

export interface HeatMapInput {
  rows: { label: string; values: (number | null)[] }[];
  columns: string[];
}

const CELL_H = 18;
const LABEL_W = 130;

export function heatMapHeight(input: HeatMapInput): number {
  return CELL_H * (input.rows.length + 1) + 26;
}

export function drawHeatMap(w: PdfWriter, input: HeatMapInput): void {
  const doc = w.doc;
  const cellW = (w.width - LABEL_W) / Math.max(1, input.columns.length);
  let y = w.y;
  w.font(true, SIZE.small, INK.muted);
  input.columns.forEach((c, i) => {
    const label = w.fit(c, cellW - 2);
    const tw = doc.widthOfString(label);
    doc.text(label, w.left + LABEL_W + i * cellW + (cellW - tw) / 2, y + 4, { lineBreak: false });
  });
  y += CELL_H;
  for (const row of input.rows) {
    w.font(false, SIZE.small);
    doc.text(w.fit(row.label, LABEL_W - 6), w.left, y + 4, { lineBreak: false });
    row.values.forEach((v, i) => {
      const x = w.left + LABEL_W + i * cellW;
      const sev = v !== null && v >= 0 && v <= 4 ? Math.round(v) : null;
      doc.rect(x + 0.5, y + 0.5, cellW - 1, CELL_H - 1).fill(severityFill(sev));
      w.font(sev !== null && sev >= 3, SIZE.small, severityInk(sev));
      const t = sev === null ? '–' : String(sev);
      doc.text(t, x + (cellW - doc.widthOfString(t)) / 2, y + 4, { lineBreak: false });
    });
    y += CELL_H;
  }
  // Legend.
  y += 6;
  let x = w.left + LABEL_W;
  w.font(false, SIZE.tiny, INK.muted);
  for (let s = 0; s <= 4; s++) {
    doc.rect(x, y, 9, 9).fill(severityFill(s));
    w.font(false, SIZE.tiny, INK.muted);
    const label = `${s} ${SEVERITY_LABELS[s as 0 | 1 | 2 | 3 | 4]}`;
    doc.text(label, x + 12, y + 1, { lineBreak: false });
    x += 12 + doc.widthOfString(label) + 12;
  }
  doc.rect(x, y, 9, 9).fill(severityFill(null));
  w.font(false, SIZE.tiny, INK.muted);
  doc.text('not rated', x + 12, y + 1, { lineBreak: false });
  w.y = y + 20;
}
