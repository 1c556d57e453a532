// A thin layer over pdfkit that keeps the pack's layout rules in one place. Pages are either
// buffered, so "page n of N" can be filled in at the end (footers(); a runbook print), or, with
// `flush`, finished (running header and footer drawn by `decorate`) and flushed to the file before
// the next begins, so memory stays flat in the page count: the evidence pack, whose page count and
// contents come from a first, measuring pass (render.ts). Text is placed with explicit
// positions and never broken past the bottom margin by pdfkit itself (a long name can never add a
// runaway page): paragraphs and table rows longer than what is left of a page continue on the next
// one here.
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import { fontFiles } from './fonts';
import { FONT, INK, PAGE, SIZE } from './theme';

export interface OutlineEntry {
  title: string;
  level: 1 | 2;
  /** 0-based page index. */
  page: number;
}

export type Layout = 'portrait' | 'landscape';

export interface Column {
  header: string;
  /** Points. The last column takes what is left when omitted. */
  width?: number;
  align?: 'left' | 'right' | 'center';
}

export interface TableRow {
  cells: string[];
  /** Ink for the whole row (a conflict in red, say). */
  ink?: string;
  bold?: boolean;
}

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  readonly outline: OutlineEntry[] = [];
  private layout: Layout = 'portrait';

  /** Draws on the current page just before it is flushed (header, footer); given its 0-based index. */
  decorate?: (pageIndex: number) => void;

  constructor(meta: { at: Date; title: string; author: string; subject: string; flush?: boolean }) {
    // Fixed dates make the bytes depend on the data only: pdfkit derives the trailer /ID from the
    // info dictionary, and the font subset tags from the font ids, so nothing else varies by run.
    this.doc = new PDFDocument({
      size: PAGE.size,
      margins: PAGE.margin,
      // Buffered pages stay in memory until the end (about 0.15 MB each: 450 MB at 2,127 pages).
      bufferPages: !meta.flush,
      autoFirstPage: false,
      compress: true,
      info: {
        Title: meta.title,
        Author: meta.author,
        Subject: meta.subject,
        Creator: 'Steadfast',
        Producer: 'Steadfast (pdfkit)',
        CreationDate: meta.at,
        ModDate: meta.at,
      },
    });
    const fonts = fontFiles();
    this.doc.registerFont(FONT.regular, fonts.regular);
    this.doc.registerFont(FONT.bold, fonts.bold);
  }

  /**
   * Streams the document into `path` while `draw` lays it out, then ends it and waits for the file.
   * On any error the half-written file is removed.
   */
  async saveTo(path: string | null, draw: () => Promise<void> | void): Promise<{ pages: number }> {
    // No path: a measuring pass, whose bytes are thrown away as they come.
    const out = path === null ? new Writable({ write: (_c, _e, done) => done() }) : createWriteStream(path);
    this.doc.pipe(out);
    try {
      await draw();
      const pages = this.pageIndex + 1;
      this.finishPage();
      this.doc.end();
      await finished(out);
      return { pages };
    } catch (err) {
      this.doc.unpipe(out);
      out.destroy();
      if (path !== null) await rm(path, { force: true });
      throw err;
    }
  }

  /** "label · page n of N" at the foot of the current page. */
  footer(label: string, index: number, count: number): void {
    const doc = this.doc;
    // Writing below the bottom margin would make pdfkit add a page; the footer sits there.
    doc.page.margins.bottom = 0;
    this.font(false, SIZE.tiny, INK.muted);
    const page = `page ${index + 1} of ${count}`;
    const width = doc.page.width - PAGE.margin.left - PAGE.margin.right;
    const left = this.fit(label, width - doc.widthOfString(page) - 20);
    doc.text(`${left} · ${page}`, PAGE.margin.left, doc.page.height - PAGE.footerOffset, {
      lineBreak: false,
    });
  }

  /** "label · page n of N" at the foot of every buffered page (call once, when the pages are done). */
  footers(label: string): void {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      this.footer(label, i - range.start, range.count);
    }
  }

  /** Decorates the current page, once, before pdfkit flushes it. */
  private finishPage(): void {
    if (this.pageIndex < 0 || this.decorated === this.pageIndex) return;
    this.decorated = this.pageIndex;
    if (!this.decorate) return;
    // The next page must lay out as in the measuring pass, which drew no decoration: put back the
    // position and the font (pdfkit measures text with its current font; these fields are its own).
    const doc = this.doc as unknown as { x: number; y: number; _font: unknown; _fontSize: unknown };
    const saved = { x: doc.x, y: doc.y, font: doc._font, size: doc._fontSize };
    this.decorate(this.pageIndex);
    doc.x = saved.x;
    doc.y = saved.y;
    doc._font = saved.font;
    doc._fontSize = saved.size;
  }
  private decorated = -1;

  get pageIndex(): number {
    const r = this.doc.bufferedPageRange();
    return r.start + r.count - 1;
  }
  get left(): number {
    return PAGE.margin.left;
  }
  get right(): number {
    return this.doc.page.width - PAGE.margin.right;
  }
  get width(): number {
    return this.right - this.left;
  }
  get top(): number {
    return PAGE.margin.top;
  }
  get bottom(): number {
    return this.doc.page.height - PAGE.margin.bottom;
  }
  get y(): number {
    return this.doc.y;
  }
  set y(v: number) {
    this.doc.y = v;
  }

  newPage(layout: Layout = 'portrait'): void {
    this.finishPage();
    this.compactCurrentPage();
    this.layout = layout;
    this.doc.addPage({ size: PAGE.size, layout, margins: PAGE.margin });
    this.doc.x = this.left;
    this.doc.y = this.top;
  }

  /**
   * pdfkit keeps every drawing operation of a buffered page as its own small Uint8Array until the
   * document ends (about 0.4 MB of overhead per busy page: 390 MB for a 534-page pack). Joining the
   * finished page's chunks into one keeps the same bytes in a fraction of the memory. `content` and
   * `buffer` are pdfkit internals, so this checks their shape and does nothing when they differ.
   */
  private compactCurrentPage(): void {
    const content = (this.doc as unknown as { page?: { content?: { buffer?: unknown } } }).page?.content;
    const chunks = content?.buffer;
    if (!content || !Array.isArray(chunks) || chunks.length < 2) return;
    if (!chunks.every((c) => c instanceof Uint8Array)) return;
    content.buffer = [Buffer.concat(chunks as Uint8Array[])];
  }

  /** Starts a new page (same orientation) when less than `height` is left. */
  ensure(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage(this.layout);
  }

  mark(title: string, level: 1 | 2): void {
    this.outline.push({ title, level, page: this.pageIndex });
  }

  font(bold: boolean, size: number, ink: string = INK.text): this {
    this.doc
      .font(bold ? FONT.bold : FONT.regular)
      .fontSize(size)
      .fillColor(ink);
    return this;
  }

  /** A section heading on the current page, recorded in the contents. */
  heading(title: string, level: 1 | 2 = 1): void {
    const size = level === 1 ? SIZE.h1 : SIZE.h2;
    this.ensure(size * 3);
    this.mark(title, level);
    this.font(true, size, INK.accent);
    // pdfkit does not advance y for text placed with lineBreak: false; every line sets it itself.
    const y = this.doc.y;
    this.doc.text(this.fit(title, this.width), this.left, y, { lineBreak: false });
    this.doc.y = y + size * 1.45;
    if (level === 1) {
      this.doc
        .moveTo(this.left, this.doc.y)
        .lineTo(this.right, this.doc.y)
        .lineWidth(0.8)
        .strokeColor(INK.accent)
        .stroke();
      this.doc.y += 8;
    }
  }

  subheading(title: string): void {
    this.ensure(40);
    this.font(true, SIZE.h2 - 2);
    const y = this.doc.y + 4;
    this.doc.text(this.fit(title, this.width), this.left, y, { lineBreak: false });
    this.doc.y = y + (SIZE.h2 - 2) * 1.5;
  }

  /**
   * Wrapped text within the margins. Text that fits on a page is kept together (a page is started
   * first when it would not fit); longer text flows on to as many pages as it needs.
   */
  paragraph(
    text: string,
    opts: { size?: number; ink?: string; bold?: boolean; gap?: number; indent?: number } = {},
  ): void {
    const style = () => this.font(opts.bold ?? false, opts.size ?? SIZE.body, opts.ink ?? INK.text);
    style();
    const x = this.left + (opts.indent ?? 0);
    const width = this.right - x;
    text = this.breakLongWords(text, width, opts.size ?? SIZE.body);
    const h = this.doc.heightOfString(text, { width });
    if (h <= this.bottom - this.top) this.ensure(h);
    else this.ensure(this.doc.currentLineHeight(true) * 3);
    let rest = text;
    for (;;) {
      const y = this.doc.y;
      const piece = this.splitToFit(rest, width, this.bottom - y);
      const ph = this.doc.heightOfString(piece.head, { width });
      this.doc.text(piece.head, x, y, { width, lineBreak: true });
      this.doc.y = y + ph;
      if (piece.tail === '') break;
      rest = piece.tail;
      this.newPage(this.layout);
      style();
    }
    this.doc.y += opts.gap ?? 4;
  }

  /**
   * The longest head of `text` that fits in `height` at `width`, cut where a line wraps (at a line
   * break or a space), and what is left. Lines are measured one at a time, so the cost grows with
   * the text, not with the text times the pages it fills.
   */
  private splitToFit(text: string, width: number, height: number): { head: string; tail: string } {
    const lines = text.split('\n');
    let used = 0;
    let i = 0;
    for (; i < lines.length; i++) {
      // A blank line is a line of its own height in the block, as pdfkit lays it out.
      const h = this.doc.heightOfString(lines[i] || ' ', { width });
      if (used + h > height + 0.01) break;
      used += h;
    }
    if (i === lines.length) return { head: text, tail: '' };
    const line = lines[i]!;
    const spaces: number[] = [];
    for (let k = 1; k < line.length; k++) if (line[k] === ' ') spaces.push(k);
    // Binary search over the line's spaces: its head grows with the cut, and so does its height.
    let lo = -1;
    let hi = spaces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (used + this.doc.heightOfString(line.slice(0, spaces[mid]), { width }) <= height + 0.01) lo = mid;
      else hi = mid - 1;
    }
    const before = lines.slice(0, i);
    const after = lines.slice(i + 1);
    if (lo >= 0) {
      const cut = spaces[lo]!;
      return {
        head: [...before, line.slice(0, cut)].join('\n'),
        tail: [line.slice(cut + 1), ...after].join('\n'),
      };
    }
    // Not even the line's first word fits below the lines above: it starts the next page. A page
    // with nothing on it would never end the flow, so then the line goes here whole.
    if (i > 0) return { head: before.join('\n'), tail: [line, ...after].join('\n') };
    return { head: line, tail: after.join('\n') };
  }

  /**
   * Words too long for any line (a pasted key, a data URL) broken into pieces that fit, one to a
   * line: pdfkit would break them too, but in time quadratic in their length.
   */
  private breakLongWords(text: string, width: number, size: number): string {
    // No glyph of the body fonts is narrower than 0.15 em: a piece never holds more characters.
    const window = Math.ceil(width / (size * 0.15)) + 1;
    return text.replace(/\S{64,}/g, (word) => {
      // Shorter words are left to pdfkit, which fills the rest of a line with their first part.
      if (word.length <= window) return word;
      const pieces: string[] = [];
      let rest = word;
      while (rest !== '') {
        const part = rest.slice(0, window);
        let lo = 1;
        let hi = part.length;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (this.doc.widthOfString(part.slice(0, mid)) <= width) lo = mid;
          else hi = mid - 1;
        }
        pieces.push(rest.slice(0, lo));
        rest = rest.slice(lo);
      }
      return pieces.join('\n');
    });
  }

  /** Label–value pairs in two columns. */
  facts(pairs: [string, string][], labelWidth = 120): void {
    const size = SIZE.body;
    for (const [label, value] of pairs) {
      this.ensure(size + 6);
      const y = this.doc.y;
      this.font(true, size, INK.muted).doc.text(label, this.left, y, { lineBreak: false });
      this.font(false, size).doc.text(this.fit(value, this.width - labelWidth), this.left + labelWidth, y, {
        lineBreak: false,
      });
      this.doc.y = y + size + 5;
    }
  }

  /** The text cut with an ellipsis to fit `width` at the current font and size. */
  fit(text: string, width: number): string {
    const clean = text.replace(/[\r\n\t]+/g, ' ');
    if (this.doc.widthOfString(clean) <= width) return clean;
    let lo = 0;
    let hi = clean.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.doc.widthOfString(`${clean.slice(0, mid)}…`) <= width) lo = mid;
      else hi = mid - 1;
    }
    return `${clean.slice(0, lo)}…`;
  }

  /**
   * A table with a header row repeated on every page it spans. A cell too long for its column wraps
   * within it (the row grows); a row taller than what is left of a page continues on the next one.
   */
  table(columns: Column[], rows: TableRow[], opts: { size?: number } = {}): void {
    const size = opts.size ?? SIZE.small;
    const rowH = size + 7;
    // Above and below the text of a row: what a one-line row has around its line.
    const pad = rowH - size * 1.2;
    const fixed = columns.reduce((s, c) => s + (c.width ?? 0), 0);
    const flexible = columns.filter((c) => c.width === undefined).length;
    const widths = columns.map((c) => c.width ?? Math.max(30, (this.width - fixed) / Math.max(1, flexible)));
    const header = () => {
      const y = this.doc.y;
      this.doc.rect(this.left, y, this.width, rowH).fill(INK.accent);
      this.font(true, size, '#ffffff');
      this.cells(
        columns.map((c, i) => this.fit(c.header, (widths[i] ?? 40) - 6)),
        widths,
        columns,
        y,
        size,
      );
      this.doc.y = y + rowH;
    };
    this.ensure(rowH * 3);
    header();
    rows.forEach((row, i) => {
      const style = () => this.font(row.bold ?? false, size, row.ink ?? INK.text);
      style();
      let cells = row.cells.map((v, c) => {
        const one = v.replace(/[\r\n\t]+/g, ' ');
        const w = (widths[c] ?? 40) - 6;
        return this.doc.widthOfString(one) <= w ? one : this.breakLongWords(one, w, size);
      });
      for (;;) {
        const textH = Math.max(size * 1.2, ...cells.map((v, c) => this.cellHeight(v, (widths[c] ?? 40) - 6)));
        const fullPage = this.bottom - this.top - rowH;
        if (this.doc.y + Math.min(textH + pad, fullPage) > this.bottom) {
          this.newPage(this.layout);
          header();
          style();
        }
        const y = this.doc.y;
        const room = this.bottom - y - pad;
        const split = textH > room;
        const pieces = split
          ? cells.map((v, c) => this.splitToFit(v, (widths[c] ?? 40) - 6, room))
          : cells.map((v) => ({ head: v, tail: '' }));
        const h = (split ? room : textH) + pad;
        if (i % 2 === 1) this.doc.rect(this.left, y, this.width, h).fill(INK.zebra);
        style();
        this.cells(
          pieces.map((p) => p.head),
          widths,
          columns,
          y,
          size,
        );
        this.doc.y = y + h;
        if (!split) break;
        cells = pieces.map((p) => p.tail);
        this.newPage(this.layout);
        header();
        style();
      }
    });
    this.doc.y += 8;
  }

  /** A wrapped cell's text height; 0 for one that fits on its line (the common case, measured cheaply). */
  private cellHeight(text: string, width: number): number {
    if (this.doc.widthOfString(text) <= width) return 0;
    return this.doc.heightOfString(text, { width });
  }

  private cells(values: string[], widths: number[], columns: Column[], y: number, size: number): void {
    let x = this.left;
    values.forEach((v, i) => {
      const w = widths[i] ?? 40;
      const align = columns[i]?.align ?? 'left';
      const top = y + (size + 7 - size * 1.2) / 2 + 0.5;
      const tw = this.doc.widthOfString(v);
      if (tw <= w - 6) {
        const tx = align === 'right' ? x + w - 3 - tw : align === 'center' ? x + (w - tw) / 2 : x + 3;
        this.doc.text(v, tx, top, { lineBreak: false });
      } else {
        this.doc.text(v, x + 3, top, { width: w - 6, align, lineBreak: true });
      }
      x += w;
    });
  }
}
