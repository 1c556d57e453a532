// Reads named sheets of the pack's workbook back as rows of header → cell text, with the same yauzl
// reader and row parser as the Audit log sheet (audit-sheet-read.ts): the workbook is the one the pack wrote,
// and its digest has already been checked against the signed manifest.
import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { openZip, zipParts } from '../zip/read';
import { rows, unescapeXml } from '../reports/audit-sheet-read';

export interface SheetRow {
  /** The row's number in the sheet, for naming it. */
  row: number;
  cells: Map<string, string>;
}

const SHEET = /<sheet\b[^>]*\bname="([^"]*)"/g;

/**
 * @param wanted sheet name → its column headers; the header row is the first row holding them all.
 * @returns sheet name → its rows below the header; a sheet missing from the workbook is absent.
 */
export async function readSheets(
  path: string,
  wanted: ReadonlyMap<string, readonly string[]>,
): Promise<Map<string, SheetRow[]>> {
  const zip = await openZip(await readFile(path));
  try {
    const parts = await zipParts(zip);
    const names = [...(await text(await parts.open('xl/workbook.xml', 'Workbook'))).matchAll(SHEET)].map(
      (m) => unescapeXml(m[1]!),
    );
    const out = new Map<string, SheetRow[]>();
    for (const [i, name] of names.entries()) {
      const headers = wanted.get(name);
      if (!headers) continue;
      const xml = await text(await parts.open(`xl/worksheets/sheet${i + 1}.xml`, 'Worksheet'));
      let letters: Map<string, string> | null = null;
      const list: SheetRow[] = [];
      let n = 0;
      for (const cells of rows(xml)) {
        n++;
        if (letters === null) {
          const byText = new Map([...cells].map(([letter, v]) => [v, letter]));
          if (headers.every((h) => byText.has(h))) letters = new Map(headers.map((h) => [h, byText.get(h)!]));
          continue;
        }
        list.push({ row: n, cells: new Map([...letters].map(([h, l]) => [h, cells.get(l) ?? ''])) });
      }
      out.set(name, list);
    }
    return out;
  } finally {
    zip.close();
  }
}
