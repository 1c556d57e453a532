// The parts of an .xlsx's ZIP package, shared by the container check (zip-guard.ts) and the reader
// (xlsx-read.ts): the ZIP is opened with yauzl from its central directory (never by a streaming
// pass over local headers, which is how exceljs's reader lost entries, exceljs issue #3064), parts
// are opened by name, and their XML goes through saxes, a streaming, non-validating parser that
// expands no DTD entities.
import type { Readable } from 'node:stream';
import { SaxesParser } from 'saxes';
import { reason, type ZipParts } from '../zip/read';

export const WORKBOOK_PART = 'xl/workbook.xml';
export const WORKBOOK_RELS_PART = 'xl/_rels/workbook.xml.rels';

// ---------------------------------------------------------------------------------------------
// XML

export interface XmlHandlers {
  /** Element names arrive without their namespace prefix: `<x:c>` is `c`. */
  open?(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

export interface XmlWriter {
  write(text: string): void;
  close(): void;
}

const localName = (name: string) => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/** A saxes parser whose errors name the part: "xl/worksheets/sheet1.xml is not well-formed XML (3:15: …)". */
export function xmlParser(part: string, handlers: XmlHandlers): XmlWriter {
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  // Thrown from the handler, the error leaves write() at once, before any further event.
  parser.on('error', (err) => {
    throw new Error(`${part} is not well-formed XML (${err.message})`);
  });
  const { open, close, text } = handlers;
  if (open) parser.on('opentag', (tag) => open(localName(tag.name), tag.attributes));
  if (close) parser.on('closetag', (tag) => close(localName(tag.name)));
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  return {
    write: (chunk) => void parser.write(chunk),
    close: () => void parser.close(),
  };
}

/**
 * A part's inflated bytes as text, chunk by chunk, decoding UTF-8 across chunk boundaries; a failure
 * to inflate names the part. Stopping early destroys the stream.
 */
export async function* partText(part: string, stream: Readable): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  try {
    for (;;) {
      let next: IteratorResult<Buffer>;
      try {
        next = await chunks.next();
      } catch (err) {
        throw new Error(`${part} cannot be unpacked: ${reason(err)}`, { cause: err });
      }
      if (next.done) break;
      yield decoder.decode(next.value, { stream: true });
    }
    yield decoder.decode();
  } finally {
    stream.destroy();
  }
}

/** Feeds a whole part to a parser, chunk by chunk. */
export async function parseStream(part: string, stream: Readable, handlers: XmlHandlers): Promise<void> {
  const xml = xmlParser(part, handlers);
  for await (const text of partText(part, stream)) xml.write(text);
  xml.close();
}

// ---------------------------------------------------------------------------------------------
// The workbook part and its relationships

export interface WorkbookSheet {
  name: string;
  /** The part holding the sheet, resolved to a ZIP entry name ("xl/worksheets/sheet1.xml"). */
  part: string;
  /** The relationship type's last segment: "worksheet", "chartsheet", "dialogsheet"… */
  type: string;
}

export interface WorkbookInfo {
  /** Every sheet the workbook lists, in workbook (tab) order. */
  sheets: WorkbookSheet[];
  /** Serial dates count from 1904-01-01 instead of 1900-01-00. */
  date1904: boolean;
  sharedStringsPart?: string;
  stylesPart?: string;
}

interface Relationship {
  target: string;
  type: string;
}

/** A relationship's target as a ZIP entry name: relative to xl/, or absolute with a leading slash. */
export function resolveTarget(baseDir: string, target: string): string {
  let path = target;
  try {
    path = decodeURI(target);
  } catch {
    // not percent-encoded after all
  }
  const segments = path.startsWith('/') ? [] : baseDir.split('/').filter(Boolean);
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') segments.pop();
    else segments.push(seg);
  }
  return segments.join('/');
}

export function parseWorkbookRels(relsXml: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  const xml = xmlParser(WORKBOOK_RELS_PART, {
    open(name, a) {
      if (name !== 'Relationship' || a.TargetMode === 'External') return;
      if (a.Id && a.Target) rels.set(a.Id, { target: resolveTarget('xl/', a.Target), type: a.Type ?? '' });
    },
  });
  xml.write(relsXml);
  xml.close();
  return rels;
}

const lastSegment = (type: string) => type.slice(type.lastIndexOf('/') + 1);

/** The sheets in tab order with their parts, from xl/workbook.xml and xl/_rels/workbook.xml.rels. */
export function parseWorkbook(workbookXml: string, relsXml: string): WorkbookInfo {
  const rels = parseWorkbookRels(relsXml);
  const listed: { name: string; rId: string }[] = [];
  let date1904 = false;
  let inSheets = false;
  const xml = xmlParser(WORKBOOK_PART, {
    open(name, a) {
      if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      else if (name === 'sheets') inSheets = true;
      else if (name === 'sheet' && inSheets) {
        // The relationship id is r:id, whatever the prefix of the relationships namespace is.
        const idAttr = Object.keys(a).find((k) => k.endsWith(':id'));
        listed.push({ name: a.name ?? '', rId: idAttr ? a[idAttr]! : '' });
      }
    },
    close(name) {
      if (name === 'sheets') inSheets = false;
    },
  });
  xml.write(workbookXml);
  xml.close();

  const sheets = listed.map(({ name, rId }): WorkbookSheet => {
    if (!name) throw new Error(`${WORKBOOK_PART} lists a sheet without a name`);
    const rel = rels.get(rId);
    if (!rel) {
      throw new Error(
        `${WORKBOOK_PART} lists the sheet "${name}" with the relationship "${rId}", which ${WORKBOOK_RELS_PART} does not define`,
      );
    }
    return { name, part: rel.target, type: lastSegment(rel.type) };
  });
  let sharedStringsPart: string | undefined;
  let stylesPart: string | undefined;
  for (const rel of rels.values()) {
    const type = lastSegment(rel.type);
    if (type === 'sharedStrings') sharedStringsPart ??= rel.target;
    else if (type === 'styles') stylesPart ??= rel.target;
  }
  return { sheets, date1904, sharedStringsPart, stylesPart };
}

/** Reads a small part (the workbook, its relationships, styles) whole, as text. */
export async function readPartText(parts: ZipParts, name: string, what: string): Promise<string> {
  let text = '';
  for await (const chunk of partText(name, await parts.open(name, what))) text += chunk;
  return text;
}
