// The table of contents. Its page count follows from the sections' declared entries; its page
// numbers come from a first, measuring pass (render.ts), so it is drawn in place in the second,
// before the sections, and no page has to be revisited.
import { INK, SIZE } from '../theme';
import type { OutlineEntry, PdfWriter } from '../writer';

const LINE = 15;
/** Lines that fit under the heading on the first page and on each following page. */
const FIRST_PAGE_LINES = 44;
const PAGE_LINES = 47;

export function contentsPageCount(entries: number): number {
  return entries <= FIRST_PAGE_LINES ? 1 : 1 + Math.ceil((entries - FIRST_PAGE_LINES) / PAGE_LINES);
}

/**
 * Adds the contents pages: blank in the measuring pass (`outline` undefined), else filled with
 * `outline`. Either way exactly contentsPageCount(entries) pages.
 */
export function writeContents(w: PdfWriter, entries: number, outline?: OutlineEntry[]): void {
  const pages = contentsPageCount(entries);
  const doc = w.doc;
  w.newPage();
  let page = 0;
  if (outline) {
    w.font(true, SIZE.h1, INK.accent);
    doc.text('Contents', w.left, w.top, { lineBreak: false });
  }
  let y = w.top + 36;
  let onPage = 0;
  for (const entry of outline ?? []) {
    const limit = page === 0 ? FIRST_PAGE_LINES : PAGE_LINES;
    if (onPage >= limit) {
      // More entries than declared would spill onto the next section's pages: stop at the pages kept.
      if (page + 1 >= pages) break;
      w.newPage();
      page++;
      y = w.top;
      onPage = 0;
    }
    const indent = entry.level === 1 ? 0 : 16;
    const number = String(entry.page + 1);
    w.font(entry.level === 1, entry.level === 1 ? SIZE.body + 0.5 : SIZE.body);
    const numberWidth = doc.widthOfString(number);
    const title = w.fit(entry.title, w.width - indent - numberWidth - 40);
    doc.text(title, w.left + indent, y, { lineBreak: false });
    const titleEnd = w.left + indent + doc.widthOfString(title) + 4;
    doc
      .moveTo(titleEnd, y + 9)
      .lineTo(w.right - numberWidth - 4, y + 9)
      .dash(0.5, { space: 2.5 })
      .lineWidth(0.5)
      .strokeColor(INK.rule)
      .stroke()
      .undash();
    doc.text(number, w.right - numberWidth, y, { lineBreak: false });
    y += LINE;
    onPage++;
  }
  while (page + 1 < pages) {
    w.newPage();
    page++;
  }
}
