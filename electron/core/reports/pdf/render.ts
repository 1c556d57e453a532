// Writes the PDF pack: cover, reserved contents pages, every registered section, then a second pass
// over the buffered pages fills the contents and puts the header and "page n of N" footer on each.
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { checkpoint, type ExportHooks } from '../progress';
import type { EvidenceData } from '../source';
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
  const out = createWriteStream(path);
  w.doc.pipe(out);
  try {
    const sections = PDF_SECTIONS.map((s) => s.prepare(e));
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
    decorate(w, e.workspace.name);
    const pages = w.doc.bufferedPageRange().count;
    w.doc.end();
    await finished(out);
    hooks.onProgress?.(1);
    return { pages };
  } catch (err) {
    w.doc.unpipe(out);
    out.destroy();
    await rm(path, { force: true });
    throw err;
  }
}

/** Header and footer on every page but the cover's header band. */
function decorate(w: PdfWriter, workspaceName: string): void {
  const doc = w.doc;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would make pdfkit add a page; the footer sits there.
    doc.page.margins.bottom = 0;
    const right = doc.page.width - PAGE.margin.right;
    const width = right - PAGE.margin.left;
    if (i > range.start) {
      w.font(false, SIZE.tiny, INK.muted);
      doc.text(w.fit(`Steadfast evidence pack · ${workspaceName}`, width), PAGE.margin.left, PAGE.headerY, {
        lineBreak: false,
      });
      doc
        .moveTo(PAGE.margin.left, PAGE.headerY + 12)
        .lineTo(right, PAGE.headerY + 12)
        .lineWidth(0.4)
        .strokeColor(INK.rule)
        .stroke();
    }
    const y = doc.page.height - PAGE.footerOffset;
    w.font(false, SIZE.tiny, INK.muted);
    const page = `page ${i - range.start + 1} of ${range.count}`;
    const left = w.fit(`Steadfast evidence pack · ${workspaceName}`, width - doc.widthOfString(page) - 20);
    doc.text(`${left} · ${page}`, PAGE.margin.left, y, { lineBreak: false });
  }
}
