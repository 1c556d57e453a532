// The SpreadsheetML parts of the evidence workbook, as text: cells, sheet header and footer,
// workbook, styles, relationships and properties. Only what the workbook uses: inline strings,
// numbers, booleans, dates as serial numbers, one bold header style, a number format per column,
// frozen header rows, filters and one highlight rule for gaps.

import { isFormulaLike, NOT_IN_XML } from './neutralise';

/** cellXfs index of formula-like text: quotePrefix="1" shows it as text, never evaluated. */
export const QUOTE_PREFIX_STYLE = 2;
/** cellXfs index of the first number format. */
export const FIRST_NUMBER_STYLE = 3;

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** XML text: escaped, and without the control characters XML 1.0 cannot carry. */
// eslint-disable-next-line no-control-regex -- the characters xml() must act on
const NEEDS_WORK = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

export function xml(text: string): string {
  // Most cells (names, ids, hashes) need nothing: one test instead of five replacements.
  if (!NEEDS_WORK.test(text)) return text;
  return text
    .replace(NOT_IN_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let v = n; v > 0; v = Math.floor((v - 1) / 26)) s = String.fromCharCode(65 + ((v - 1) % 26)) + s;
  return s;
}

/** Days since 1899-12-30 in UTC: Excel's 1900 date system. */
export function excelSerial(d: Date): number {
  return d.getTime() / 86_400_000 + 25_569;
}

export type CellValue = string | number | boolean | Date | null;

/** One cell; `style` is a cellXfs index (0 for none). Formula-like text gets the quotePrefix style. */
export function cellXml(ref: string, value: CellValue, style: number): string {
  const s = style > 0 ? ` s="${style}"` : '';
  if (value === null) return style > 0 ? `<c r="${ref}"${s}/>` : '';
  if (typeof value === 'string') {
    // The header style is kept (bold); any other style is a number format, which text does not use.
    const q = isFormulaLike(value) && style !== 1 ? ` s="${QUOTE_PREFIX_STYLE}"` : s;
    return `<c r="${ref}"${q} t="inlineStr"><is><t xml:space="preserve">${xml(value)}</t></is></c>`;
  }
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  const n = value instanceof Date ? excelSerial(value) : value;
  return Number.isFinite(n) ? `<c r="${ref}"${s}><v>${n}</v></c>` : '';
}

export interface SheetLayout {
  widths: number[];
  /** cellXfs index per column, 0 for none. */
  styles: number[];
  /** The header row's number (1 unless lines of text come first); the rows above it stay in view. */
  headerRow?: number;
}

export function sheetStart(layout: SheetLayout): string {
  const h = layout.headerRow ?? 1;
  const cols = layout.widths
    .map(
      (w, i) =>
        `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"${layout.styles[i] ? ` style="${layout.styles[i]}"` : ''}/>`,
    )
    .join('');
  return (
    `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${h}" topLeftCell="A${h + 1}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="A${h + 1}" sqref="A${h + 1}"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>`
  );
}

export interface Highlight {
  /** 1-based column. */
  column: number;
  above: number;
}

/** Closes the sheet: the filter over header and rows, and the gap highlights (dxf 0). */
export function sheetEnd(columns: number, rows: number, highlights: Highlight[], headerRow = 1): string {
  const last = columnLetter(columns);
  const end = headerRow + rows;
  let out = `</sheetData><autoFilter ref="A${headerRow}:${last}${end}"/>`;
  highlights.forEach((h, i) => {
    if (rows === 0) return;
    const col = columnLetter(h.column);
    out +=
      `<conditionalFormatting sqref="${col}${headerRow + 1}:${col}${end}"><cfRule type="cellIs" dxfId="0" priority="${i + 1}" operator="greaterThan">` +
      `<formula>${h.above}</formula></cfRule></conditionalFormatting>`;
  });
  return `${out}</worksheet>`;
}

export interface SheetEntry {
  name: string;
  columns: number;
  rows: number;
  /** 1 unless lines of text come before the header. */
  headerRow?: number;
}

export function workbookXml(sheets: SheetEntry[]): string {
  const list = sheets
    .map((s, i) => `<sheet name="${xml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  const filters = sheets
    .map(
      (s, i) =>
        `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${xml(s.name.replace(/'/g, "''"))}'!$A$${s.headerRow ?? 1}:$${columnLetter(s.columns)}$${(s.headerRow ?? 1) + s.rows}</definedName>`,
    )
    .join('');
  return (
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews>` +
    `<sheets>${list}</sheets><definedNames>${filters}</definedNames></workbook>`
  );
}

export function workbookRels(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join('');
  return (
    `${HEAD}<Relationships xmlns="${PKG_REL}">${sheets}` +
    `<Relationship Id="rId${sheetCount + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`
  );
}

export function contentTypes(sheetCount: number): string {
  const sheet = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
  const overrides = Array.from(
    { length: sheetCount },
    (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${sheet}"/>`,
  ).join('');
  return (
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    `${overrides}</Types>`
  );
}

export function packageRels(): string {
  return (
    `${HEAD}<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    '</Relationships>'
  );
}

export function coreProps(creator: string, at: Date): string {
  const when = at.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${xml(creator)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  );
}

/**
 * Styles: cellXfs 0 is plain, 1 the bold header, 2 quotePrefix text (formula-like values), then
 * one per number format (ids from 164, in the order given); dxf 0 is the gap highlight (bold dark
 * red on pale red).
 */
export function stylesXml(numFmts: string[]): string {
  const fmts = numFmts.map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${xml(f)}"/>`).join('');
  const xfs = numFmts
    .map(
      (_, i) =>
        `<xf numFmtId="${164 + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
    )
    .join('');
  const font = '<sz val="11"/><name val="Calibri"/><family val="2"/>';
  return (
    `${HEAD}<styleSheet xmlns="${MAIN}">` +
    (numFmts.length > 0 ? `<numFmts count="${numFmts.length}">${fmts}</numFmts>` : '') +
    `<fonts count="2"><font>${font}</font><font><b/>${font}</font></fonts>` +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${FIRST_NUMBER_STYLE + numFmts.length}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
    `<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" quotePrefix="1"/>${xfs}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '<dxfs count="1"><dxf><font><b/><color rgb="FF8B1A1A"/></font><fill><patternFill><bgColor rgb="FFF8D7D4"/></patternFill></fill></dxf></dxfs>' +
    '</styleSheet>'
  );
}
