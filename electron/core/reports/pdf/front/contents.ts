// The table of contents. Its pages are reserved before the sections render (their count follows from
// the sections' declared entries) and filled in at the end, when every page number is known.
import { INK, SIZE } from '../theme';
import type { OutlineEntry, PdfWriter } from '../writer';

const LINE = 15;
/** Lines that fit under the heading on the first page and on each following page. */
const FIRST_PAGE_LINES = 44;
const PAGE_LINES = 47;

export function contentsPageCount(entries: number): number {
  return entries <= FIRST_PAGE_LINES ? 1 : 1 + Math.ceil((entries - FIRST_PAGE_LINES) / PAGE_LINES);
}

/** Adds the blank pages the contents will occupy; returns the index of the first. */
export function reserveContents(w: PdfWriter, entries: number): number {
  const first = w.pageIndex + 1;
  for (let i = 0; i < contentsPageCount(entries); i++) w.newPage();
  return first;
}

export function fillContents(w: PdfWriter, firstPage: number, outline: OutlineEntry[]): void {
  const doc = w.doc;
  let page = firstPage;
  doc.switchToPage(page);
  w.font(true, SIZE.h1, INK.accent);
  doc.text('Contents', w.left, w.top, { lineBreak: false });
  let y = w.top + 36;
  let onPage = 0;
  for (const entry of outline) {
    const limit = page === firstPage ? FIRST_PAGE_LINES : PAGE_LINES;
    if (onPage >= limit) {
      doc.switchToPage(++page);
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
}
