// Reads the pack's Audit log sheet back into audit records, every column of the audit row that the
// sheet carries (audit-columns.ts), so `verify` can recompute each entry's hash. exceljs's streaming
// reader (4.4) stops emitting worksheets after the first few small ones, and its in-memory reader
// needs about 1 GB for 100,000 rows; this reads only the worksheet XML with yauzl and picks the cells
// out of it. The workbook is the one the pack wrote (inline strings), and its digest has already been
// checked against the signed manifest.
import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { openZip, zipParts, type ZipParts } from '../zip/read';
import { AUDIT_RECORD_COLUMNS, type AuditField } from './audit-columns';
import { decodeCell } from './xlsx/exact-text';

export type SheetRecord = Record<AuditField, string | number | null>;

export interface AuditSheet {
  /** Oldest first, in the order the sheet lists them. */
  records: SheetRecord[];
  /** Problems reading the sheet itself (a missing column, a Seq that is not a number). */
  problems: string[];
}

const ROW = /<row\b[^>]*>([\s\S]*?)<\/row>/g;
const CELL = /<c\b[^>]*\br="([A-Z]+)\d+"[^>]*?(?:\/>|>([\s\S]*?)<\/c>)/g;
const ENTITY = /&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#\d+);/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** A cell's text, or null for a cell with no value (written for null, never for ''). */
function cellText(inner: string | undefined): string | null {
  if (!inner) return null;
  const m = /<t\b[^>]*>([\s\S]*?)<\/t>/.exec(inner) ?? /<v>([\s\S]*?)<\/v>/.exec(inner);
  if (m) return unescapeXml(m[1]!);
  return /<t\b[^>]*\/>/.test(inner) ? '' : null;
}

export function unescapeXml(s: string): string {
  return s.replace(ENTITY, (_, e: string) =>
    e.startsWith('#x')
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith('#')
        ? String.fromCodePoint(parseInt(e.slice(1), 10))
        : NAMED[e]!,
  );
}

/** A worksheet's rows, each as column letter → cell text (also read by verify --recompute). */
export function* rows(xml: string): Generator<Map<string, string | null>> {
  for (const row of xml.matchAll(ROW)) {
    const cells = new Map<string, string | null>();
    for (const c of row[1]!.matchAll(CELL)) cells.set(c[1]!, cellText(c[2]));
    yield cells;
  }
}

export async function readAuditSheet(path: string): Promise<AuditSheet | null> {
  const zip = await openZip(await readFile(path));
  try {
    const parts = await zipParts(zip);
    return await auditSheetIn(parts);
  } finally {
    zip.close();
  }
}

/** The first worksheet whose header row has a Seq and a Hash column; null when there is none. */
async function auditSheetIn(parts: ZipParts): Promise<AuditSheet | null> {
  const seqHeader = AUDIT_RECORD_COLUMNS.find((c) => c.key === 'seq')!.header;
  const hashHeader = AUDIT_RECORD_COLUMNS.find((c) => c.key === 'hash')!.header;
  for (let n = 1; parts.get(`xl/worksheets/sheet${n}.xml`); n++) {
    const xml = await text(await parts.open(`xl/worksheets/sheet${n}.xml`, 'Worksheet'));
    let letters: Map<AuditField, string> | null = null;
    const sheet: AuditSheet = { records: [], problems: [] };
    for (const cells of rows(xml)) {
      if (letters === null) {
        const byHeader = new Map([...cells].map(([letter, v]) => [v, letter]));
        if (!byHeader.has(seqHeader) || !byHeader.has(hashHeader)) continue;
        letters = new Map();
        for (const c of AUDIT_RECORD_COLUMNS) {
          const letter = byHeader.get(c.header);
          if (letter) letters.set(c.key, letter);
          else
            sheet.problems.push(
              `the Audit log sheet has no "${c.header}" column, which each entry's hash covers`,
            );
        }
        if (sheet.problems.length > 0) return sheet;
        continue;
      }
      const seqCell = cells.get(letters.get('seq')!) ?? null;
      const last = sheet.records[sheet.records.length - 1];
      if (seqCell === null && last) {
        // A continuation row: the rest of the entry above's long texts.
        for (const c of AUDIT_RECORD_COLUMNS) {
          const piece = cells.get(letters.get(c.key)!) ?? null;
          if (piece !== null && !c.numeric) last[c.key] = `${last[c.key] ?? ''}${decodeCell(piece)}`;
        }
        continue;
      }
      const record = {} as SheetRecord;
      for (const c of AUDIT_RECORD_COLUMNS) {
        const raw = cells.get(letters.get(c.key)!) ?? null;
        if (c.numeric) {
          const n = raw === null || raw === '' ? NaN : Number(raw);
          record[c.key] = Number.isFinite(n) ? n : raw;
        } else record[c.key] = raw === null ? (c.nullable ? null : '') : decodeCell(raw);
      }
      if (typeof record.seq !== 'number' || !Number.isInteger(record.seq)) {
        sheet.problems.push(
          `the Audit log sheet has a row whose Seq is "${String(record.seq ?? '')}", not an entry number`,
        );
        return sheet;
      }
      sheet.records.push(record);
    }
    if (letters !== null) return sheet;
  }
  return null;
}
