// Writes the PDF pack: cover, reserved contents pages, every registered section, then a second pass
// over the buffered pages fills the contents and puts the header and "page n of N" footer on each.
import { checkpoint, type ExportHooks } from '../progress';
import type { EvidenceData } from '../evidence-data';
import { renderCover } from './front/cover';
import { fillContents, reserveContents } from './front/contents';
import { PDF_SECTIONS } from './sections/registry';
import { INK, PAGE, SIZE } from './theme';
import { PdfWriter } from './writer';

export async function writePdf(
  e: EvidenceData,
  path: string,
  hooks: ExportHooks = {},
): Promise<{ pages: number }> {
  const w = new PdfWriter({
    at: e.at,
    title: `Evidence pack: ${e.workspace.name}`,
    author: `${e.preparedBy.name} (${e.preparedBy.role})`,
    subject: e.scopeLabel,
  });
  const result = await w.saveTo(path, async () => {
    const sections = PDF_SECTIONS.map((s) => s.forEvidence(e));
    const total = sections.reduce((n, s) => n + s.entries, 0);
    w.newPage();
    renderCover(w, e);
    const contentsAt = reserveContents(w, total);
    let done = 0;
    for (const s of sections) {
      w.newPage(s.layout);
      const steps = s.render(w);
      if (steps) {
        for (const _ of steps) {
          hooks.onProgress?.(Math.min(0.95, ++done / total));
          await checkpoint(hooks);
        }
      }
      done = Math.max(done, w.outline.length);
      hooks.onProgress?.(Math.min(0.95, done / total));
      await checkpoint(hooks);
    }
    fillContents(w, contentsAt, w.outline);
    headers(w, e.workspace.name);
    w.footers(`Steadfast evidence pack · ${e.workspace.name}`);
  });
  hooks.onProgress?.(1);
  return result;
}

/** The running header on every page but the cover. */
function headers(w: PdfWriter, workspaceName: string): void {
  const doc = w.doc;
  const range = doc.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const right = doc.page.width - PAGE.margin.right;
    w.font(false, SIZE.tiny, INK.muted);
    doc.text(
      w.fit(`Steadfast evidence pack · ${workspaceName}`, right - PAGE.margin.left),
      PAGE.margin.left,
      PAGE.headerY,
      {
        lineBreak: false,
      },
    );
    doc
      .moveTo(PAGE.margin.left, PAGE.headerY + 12)
      .lineTo(right, PAGE.headerY + 12)
      .lineWidth(0.4)
      .strokeColor(INK.rule)
      .stroke();
  }
}
