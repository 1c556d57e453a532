// Writes the PDF pack: cover, contents, every registered section; each page gets its running header
// and "page n of N" footer before it is flushed to the file.
import { checkpoint, type ExportHooks } from '../progress';
import type { EvidenceData } from '../evidence-data';
import { renderCover } from './front/cover';
import { writeContents } from './front/contents';
import { PDF_SECTIONS } from './sections/registry';
import { INK, PAGE, SIZE } from './theme';
import { PdfWriter, type OutlineEntry } from './writer';

export async function writePdf(
  e: EvidenceData,
  path: string,
  hooks: ExportHooks = {},
): Promise<{ pages: number }> {
  // Two passes over the same data, each flushing pages as it goes (memory flat in the page count):
  // the first measures (page count, where each heading lands), the second writes the file with the
  // contents and "page n of N" known from the first.
  const first = await pass(e, null, hooks, [0, 0.45]);
  const result = await pass(e, path, hooks, [0.45, 0.95], first);
  if (result.pages !== first.pages) {
    throw new Error(`the PDF pack laid out ${result.pages} pages, but its measuring pass ${first.pages}`);
  }
  hooks.onProgress?.(1);
  return { pages: result.pages };
}

interface Measured {
  pages: number;
  outline: OutlineEntry[];
}

async function pass(
  e: EvidenceData,
  path: string | null,
  hooks: ExportHooks,
  [from, to]: [number, number],
  measured?: Measured,
): Promise<Measured> {
  const w = new PdfWriter({
    at: e.at,
    title: `Evidence pack: ${e.workspace.name}`,
    author: `${e.preparedBy.name} (${e.preparedBy.role})`,
    subject: e.scopeLabel,
    flush: true,
  });
  const label = `Steadfast evidence pack · ${e.workspace.name}`;
  if (measured) {
    w.decorate = (index) => {
      if (index > 0) header(w, e.workspace.name);
      w.footer(label, index, measured.pages);
    };
  }
  const progress = (f: number) => hooks.onProgress?.(from + (to - from) * Math.min(1, f));
  const { pages } = await w.saveTo(path, async () => {
    const sections = PDF_SECTIONS.map((s) => s.forEvidence(e));
    const total = sections.reduce((n, s) => n + s.entries, 0);
    w.newPage();
    renderCover(w, e);
    writeContents(w, total, measured?.outline);
    let done = 0;
    for (const s of sections) {
      w.newPage(s.layout);
      const steps = s.render(w);
      if (steps) {
        for (const _ of steps) {
          progress(++done / total);
          await checkpoint(hooks);
        }
      }
      done = Math.max(done, w.outline.length);
      progress(done / total);
      await checkpoint(hooks);
    }
  });
  return { pages, outline: w.outline };
}

/** The running header on every page but the cover. */
function header(w: PdfWriter, workspaceName: string): void {
  const doc = w.doc;
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
