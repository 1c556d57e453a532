// Hostile files within bounds (issue 16): each is refused or answered with problems naming sheet,
// row and column, and neither the file nor the workspace changes; Excel's "Unicode text" imports.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportCommitResult } from '../../shared/contract';
import {
  handWrittenWorkbook,
  hugeCellCsv,
  inlineRow,
  sparseXfdWorkbook,
  utf16Text,
  wideHeaderCsv,
} from '../fixtures/hostile-files';
import { importCalls } from '../fixtures/import-files';
import { tempDir, testSession } from '../fixtures/session';

let dir: ReturnType<typeof tempDir>;
let t: ReturnType<typeof testSession>;

beforeEach(async () => {
  dir = tempDir();
  t = testSession(dir.path);
  await t.as('Ana Souza', 'BCM analyst');
  await t.call('workspace.create', { name: 'Bounds' });
});
afterEach(() => {
  t.session.replaceWorkspace(null);
  dir.cleanup();
});

const { preview, snapshot } = importCalls(() => t);
const sha = (path: string) =>
  existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : null;

/** The import file on disk and the workspace file (with its WAL) before and after. */
function hashes(file: string) {
  const ws = t.session.workspace!.path;
  return { file: sha(file), workspace: sha(ws), wal: sha(`${ws}-wal`) };
}

/** Previews a file written to disk; nothing may change, whether it is refused or has problems. */
async function check(fileName: string, data: Buffer) {
  const path = join(dir.path, fileName);
  writeFileSync(path, data);
  const before = { rows: await snapshot(), files: hashes(path) };
  const outcome = await preview(fileName, readFileSync(path)).then(
    (p) => ({ problems: p.problems, canCommit: p.canCommit, error: null }),
    (err: unknown) => ({ problems: [], canCommit: false, error: String(err) }),
  );
  expect(outcome.canCommit).toBe(false);
  expect({ rows: await snapshot(), files: hashes(path) }).toEqual(before);
  return outcome;
}

describe('import: files within bounds', () => {
  it('a workbook whose rows each hold one cell in column XFD: problems name the cells, nothing is allocated for them', async () => {
    const o = await check('sparse.xlsx', sparseXfdWorkbook(2_000));
    expect(o.error).toBeNull();
    expect(o.problems.find((p) => p.row === 2)).toEqual({
      sheet: 'Ratings',
      row: 2,
      column: 'XFD',
      message: expect.stringMatching(
        /^Sheet "Ratings" row 2 column XFD holds a value, but an import reads only columns A to [A-Z]+ /,
      ) as unknown,
    });
    // 100 listed, the rest counted in one more.
    expect(o.problems.filter((p) => p.column === 'XFD')).toHaveLength(100);
    expect(o.problems.some((p) => /…and 1,900 more cells of sheet "Ratings"/.test(p.message))).toBe(true);
  });

  it('a used range of more rows than an import may hold is refused before any cell is read', async () => {
    const o = await check(
      'range.xlsx',
      handWrittenWorkbook(
        'Ratings',
        `<dimension ref="A1:XFD1048576"/><sheetData>${inlineRow(1, ['Process', 'Category', 'Bucket', 'Severity'])}</sheetData>`,
      ),
    );
    expect(o.error).toMatch(
      /Sheet "Ratings" declares a used range of A1:XFD1048576 \(1,048,576 rows\); an import may hold at most 1,000,000 data rows\./,
    );
  });

  it('a cell over 32,767 characters is a problem naming sheet, row and column', async () => {
    const long = 'x'.repeat(40_000);
    const o = await check(
      'long.xlsx',
      handWrittenWorkbook(
        'Processes',
        `<sheetData>${inlineRow(1, ['Name', 'Description'])}${inlineRow(2, ['Billing', long])}</sheetData>`,
      ),
    );
    expect(o.problems).toContainEqual({
      sheet: 'Processes',
      row: 2,
      column: 'B',
      message:
        'Sheet "Processes" row 2 column B holds 40,000 characters; a cell may hold at most 32,767 (Excel\'s own limit).',
    });
  });

  it('a CSV header of 1,000,000 columns is a problem, not an exception', async () => {
    const o = await check('processes.csv', wideHeaderCsv(1_000_000));
    expect(o.error).toBeNull();
    expect(o.problems).toHaveLength(1);
    expect(o.problems[0]).toMatchObject({ sheet: 'processes.csv', row: 1 });
    expect(o.problems[0]!.message).toMatch(/is longer than an import reads/);
  });

  it('a CSV with one 40 MB cell stops at the record limit with a problem naming the row and column', async () => {
    const o = await check('processes.csv', hugeCellCsv(40 * 1024 * 1024));
    expect(o.error).toBeNull();
    expect(o.problems).toEqual([
      {
        sheet: 'processes.csv',
        row: 2,
        column: 'B (Description)',
        message: expect.stringMatching(
          /^Row 2 \(from line 2\) is longer than an import reads .*a cell holds more than 32,767 characters/,
        ) as unknown,
      },
    ]);
  });

  it('a CSV cell of 40,000 characters is a problem; the row limit is not reached', async () => {
    const o = await check('processes.csv', hugeCellCsv(40_000));
    expect(o.problems).toContainEqual({
      sheet: 'processes.csv',
      row: 2,
      column: 'B (Description)',
      message: "Row 2 column B holds 40,000 characters; a cell may hold at most 32,767 (Excel's own limit).",
    });
  });
});

describe('import: Excel "Unicode text"', () => {
  it('a UTF-16LE, tab-separated file with a byte-order mark is read and committed', async () => {
    const data = utf16Text([
      ['Name', 'Department', 'Description'],
      ['Zahlungsverkehr', 'Finanz', 'Überweisungen, Lastschriften'],
      // Excel quotes a cell holding a quote and doubles the quote.
      ['出荷', 'Logistics', '"""quoted"" text"'],
    ]);
    const p = await preview('processes.txt', data);
    expect(p.problems.map((x) => x.message)).toEqual([]);
    expect(p.canCommit).toBe(true);
    const done = await t.call<ImportCommitResult>('import.commit', { token: p.token });
    expect(done.created).toBe(2);
    const names = t.session
      .workspace!.db.prepare(`SELECT name FROM node WHERE kind = 'process' ORDER BY name`)
      .pluck()
      .all();
    expect(names).toEqual(['Zahlungsverkehr', '出荷']);
    const description = t.session
      .workspace!.db.prepare(`SELECT description FROM node WHERE name = '出荷'`)
      .pluck()
      .get();
    expect(description).toBe('"quoted" text');
  });
});
