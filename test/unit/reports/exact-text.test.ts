// The Audit log sheet gives back every audit row exactly as it was hashed, whatever its text holds:
// formula triggers, leading quotes, control characters, CR, lone surrogates, U+FFFE, and texts far
// longer than a cell, through the product's own writer and the sheet reader `verify` uses.
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readAuditSheet } from '../../../electron/core/reports/audit-sheet-read';
import { decodeCell, exactCells } from '../../../electron/core/reports/xlsx/exact-text';
import { CELL_TEXT_LIMIT, neutralise } from '../../../electron/core/reports/xlsx/neutralise';
import { writeWorkbook } from '../../../electron/core/reports/xlsx/render';
import type { SheetSpec } from '../../../electron/core/reports/xlsx/sheet';
import { auditLogSheet, auditRows } from '../../../electron/core/reports/xlsx/sheets/audit-log';
import type { AuditRecord } from '../../../electron/core/store/audit-chain';
import { tempDir } from '../../fixtures/session';

const dir = tempDir();
afterAll(() => dir.cleanup());

const awkward = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '',
    "'",
    "''=x",
    "'=x",
    '=x',
    '"quoted"',
    '\r\n',
    'a\u0001b',
    '\ufffe',
    '\ud800',
    'x\udc00',
  ),
  fc
    .tuple(fc.constantFrom('=', '+', '-', '@', "'", '\t', '\r', '\n', '"'), fc.string())
    .map(([a, b]) => a + b),
);

describe('exact cells', () => {
  it('decode back to the text, never start with a formula trigger, and fit a cell (5,000 cases)', () => {
    fc.assert(
      fc.property(awkward, (s) => {
        const cells = exactCells(s);
        for (const c of cells) {
          expect(neutralise(c)).toBe(c);
          expect(c.length).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
        }
        expect(cells.map(decodeCell).join('')).toBe(s);
      }),
      { numRuns: 5_000 },
    );
  });

  it('survive the workbook writer and the sheet reader, long texts on continuation rows', async () => {
    const texts = [
      ...fc.sample(awkward, { numRuns: 200, seed: 7 }),
      'y'.repeat(100_000),
      `'${'\u0001é😀'.repeat(40_000)}`,
      JSON.stringify({ steps: Array.from({ length: 3000 }, (_, i) => ({ i, title: `Step ${i} "=SUM"` })) }),
    ];
    const records: AuditRecord[] = texts.map((t, i) => ({
      seq: i + 1,
      at: '2026-03-02T09:00:00.123Z',
      actorName: t,
      actorRole: i % 2 ? t : 'Role',
      action: 'test.write',
      entity: 'node',
      entityId: `id-${i}`,
      beforeJson: i % 3 === 0 ? null : t,
      afterJson: t,
      signer: null,
      signature: null,
      prevHash: '0'.repeat(64),
      hash: 'f'.repeat(64),
    }));
    const sheet: SheetSpec<null> = {
      name: auditLogSheet.name,
      columns: auditLogSheet.columns,
      rows: () => records.flatMap((r) => [...auditRows(r, 'a name')]),
    };
    const path = join(dir.path, 'exact.xlsx');
    await writeWorkbook(null, new Date(0), path, [sheet]);
    const back = await readAuditSheet(path);
    expect(back?.problems).toEqual([]);
    expect(back?.records).toEqual(records);
  });
});
