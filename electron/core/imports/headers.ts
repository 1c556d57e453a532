// Recognises what a sheet holds (by its name, else by its header row) and maps its columns,
// reporting missing required headers, unknown headers and headers given twice.
import { IMPORT_KINDS, type ImportKind, type ImportProblem } from '../../../shared/contract';
import { matchColumn, normaliseHeader, SHEETS, type ColumnSpec, type SheetSpec } from './columns';
import { columnLetter } from '../csv/column-letter';
import { isBlankCell, type RawCell } from './raw';

export interface MappedColumn {
  spec: ColumnSpec;
  index: number;
  /** "D (Severity)": the column letter and the header as the file spells it. */
  label: string;
}

export interface SheetLayout {
  spec: SheetSpec;
  headerRow: number;
  columns: Map<string, MappedColumn>;
  problems: ImportProblem[];
}

/** By sheet name ("Ratings", "ratings.csv"), else undefined. */
export function kindFromName(name: string): ImportKind | undefined {
  const n = normaliseHeader(name.replace(/\.[a-z]+$/i, ''));
  return IMPORT_KINDS.find(
    (k) => n === k || n === k.replace(/s$/, '') || n === normaliseHeader(SHEETS[k].sheetName),
  );
}

/** The kind whose columns the header row matches best; undefined when it matches none. */
export function kindFromHeader(cells: RawCell[]): ImportKind | undefined {
  let best: { kind: ImportKind; score: number } | undefined;
  for (const kind of IMPORT_KINDS) {
    const spec = SHEETS[kind];
    const matched = new Set<string>();
    for (const c of cells)
      if (typeof c === 'string') {
        const col = matchColumn(spec, c);
        if (col) matched.add(col.key);
      }
    // Required columns weigh more: "Process, Category, Bucket" says Ratings even with a typo elsewhere.
    const score = [...matched].reduce(
      (s, key) => s + (spec.columns.find((c) => c.key === key)!.required ? 2 : 1),
      0,
    );
    if (score > 0 && (!best || score > best.score)) best = { kind, score };
  }
  return best?.kind;
}

export function layoutSheet(
  sheet: string,
  kind: ImportKind,
  headerRow: number,
  cells: RawCell[],
): SheetLayout {
  const spec = SHEETS[kind];
  const columns = new Map<string, MappedColumn>();
  const problems: ImportProblem[] = [];
  const expected = spec.columns.map((c) => c.header).join(', ');
  cells.forEach((cell, index) => {
    if (isBlankCell(cell)) return;
    const header = String(cell).trim();
    const label = `${columnLetter(index)} (${header})`;
    const col = matchColumn(spec, header);
    if (!col) {
      problems.push({
        sheet,
        row: headerRow,
        column: label,
        message: `Unknown column "${header}" in a ${spec.sheetName} sheet. Expected: ${expected}.`,
      });
      return;
    }
    const first = columns.get(col.key);
    if (first) {
      problems.push({
        sheet,
        row: headerRow,
        column: label,
        message: `Column "${col.header}" appears twice: already in column ${columnLetter(first.index)}.`,
      });
      return;
    }
    columns.set(col.key, { spec: col, index, label });
  });
  for (const col of spec.columns) {
    if (col.required && !columns.has(col.key)) {
      problems.push({
        sheet,
        row: headerRow,
        column: col.header,
        message: `Required column "${col.header}" is missing from the header row. A ${spec.sheetName} sheet needs: ${spec.columns
          .filter((c) => c.required)
          .map((c) => c.header)
          .join(', ')}.`,
      });
    }
  }
  return { spec, headerRow, columns, problems };
}
