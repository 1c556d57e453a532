// Reads the Seq / Previous hash / Hash columns of the pack's Audit log sheet back, from a given seq
// on. exceljs's streaming reader (4.4) stops emitting worksheets after the first few small ones, and
// its in-memory reader needs about 1 GB for 100,000 rows; this reads only the worksheet XML with
// yauzl and picks the three columns out of it. The workbook is the one the pack wrote (inline
// strings), and its digest has already been checked against the signed manifest.
import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { openZip, zipParts } from '../zip/read';
import { AUDIT_COLUMNS } from './xlsx/sheets/audit-log';

export interface AuditLink {
  seq: number;
  prev: string;
  hash: string;
}

const ROW = /<row\b[^>]*>([\s\S]*?)<\/row>/g;
const CELL = /<c\b[^>]*\br="([A-Z]+)\d+"[^>]*?(?:\/>|>([\s\S]*?)<\/c>)/g;

function cellText(inner: string | undefined): string {
  if (!inner) return '';
  const m = /<t\b[^>]*>([\s\S]*?)<\/t>/.exec(inner) ?? /<v>([\s\S]*?)<\/v>/.exec(inner);
  return m ? unescapeXml(m[1]!) : '';
}

export function unescapeXml(s: string): string {
  return s.replace(
    /&(lt|gt|amp|quot|apos);/g,
    (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e]!,
  );
}

/** A worksheet's rows, each as column letter → cell text (also read by verify --recompute). */
export function rows(xml: string): Iterable<Map<string, string>> {
  return {
    *[Symbol.iterator]() {
      for (const row of xml.matchAll(ROW)) {
        const cells = new Map<string, string>();
        for (const c of row[1]!.matchAll(CELL)) cells.set(c[1]!, cellText(c[2]));
        yield cells;
      }
    },
  };
}

export async function readAuditLinks(path: string, fromSeq: number): Promise<AuditLink[]> {
  const zip = await openZip(await readFile(path));
  try {
    return await auditLinksIn(zip, fromSeq);
  } finally {
    zip.close();
  }
}

async function auditLinksIn(zip: Awaited<ReturnType<typeof openZip>>, fromSeq: number): Promise<AuditLink[]> {
  const parts = await zipParts(zip);
  for (let n = 1; parts.get(`xl/worksheets/sheet${n}.xml`); n++) {
    const xml = await text(await parts.open(`xl/worksheets/sheet${n}.xml`, 'Worksheet'));
    let cols: { seq: string; prev: string; hash: string } | null = null;
    const links: AuditLink[] = [];
    for (const cells of rows(xml)) {
      if (cols === null) {
        const find = (h: string) => [...cells.entries()].find(([, v]) => v === h)?.[0];
        const seq = find(AUDIT_COLUMNS.seq);
        const prev = find(AUDIT_COLUMNS.prev);
        const hash = find(AUDIT_COLUMNS.hash);
        if (!seq || !prev || !hash) break;
        cols = { seq, prev, hash };
        continue;
      }
      const seq = Number(cells.get(cols.seq));
      if (!Number.isInteger(seq) || seq < fromSeq) continue;
      links.push({ seq, prev: cells.get(cols.prev) ?? '', hash: cells.get(cols.hash) ?? '' });
    }
    if (cols !== null) return links;
  }
  return [];
}
