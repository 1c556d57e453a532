// Formula-like text in an exported workbook keeps its exact value and is marked with the
// quotePrefix cell style: openpyxl and LibreOffice read back exactly what was written, as text,
// and a value that really starts with a quote stays distinguishable from a neutralised one.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { EvidenceData } from '../../electron/core/reports/evidence-data';
import { writeXlsx } from '../../electron/core/reports/xlsx/render';
import type { SheetSpec } from '../../electron/core/reports/xlsx/sheet';
import { tempDir } from '../fixtures/session';

const dir = tempDir();
afterAll(() => dir.cleanup());

const VALUES = [
  '=1+1',
  "'=1+1",
  '@SUM(A1)',
  '+44 20 7946 0000',
  '-2+3',
  "'quoted",
  'plain',
  '=HYPERLINK("http://x")',
];
const FORMULA_LIKE = new Set(['=1+1', '@SUM(A1)', '+44 20 7946 0000', '-2+3', '=HYPERLINK("http://x")']);

async function workbook(): Promise<string> {
  const path = join(dir.path, 'quote-prefix.xlsx');
  const sheet: SheetSpec = {
    name: 'T',
    columns: [{ header: 'Value', key: 'v', width: 30 }],
    rows: () => VALUES.map((v) => ({ v })),
  };
  await writeXlsx({ at: new Date('2026-03-02T09:00:00Z') } as EvidenceData, path, {}, [sheet]);
  return path;
}

describe('quotePrefix round trip', () => {
  it('openpyxl reads every value exactly, as text, with quotePrefix exactly on the formula-like ones', async () => {
    const path = await workbook();
    const script = [
      'import json, sys, openpyxl',
      'ws = openpyxl.load_workbook(sys.argv[1])["T"]',
      'print(json.dumps([[c.value, c.data_type, bool(c.quotePrefix)] for (c,) in ws.iter_rows(min_row=2, max_col=1)]))',
    ].join('\n');
    const out = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, path], { encoding: 'utf8' })) as [
      string,
      string,
      boolean,
    ][];
    expect(out).toEqual(VALUES.map((v) => [v, 's', FORMULA_LIKE.has(v)]));
  });

  it('LibreOffice reads every value exactly as text, never as a formula result', async () => {
    const path = await workbook();
    const out = join(dir.path, 'csv');
    mkdirSync(out, { recursive: true });
    execFileSync(
      'libreoffice',
      [
        '--headless',
        `-env:UserInstallation=file://${join(dir.path, 'lo-profile')}`,
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1',
        '--outdir',
        out,
        path,
      ],
      { timeout: 120_000, stdio: 'ignore' },
    );
    const files = readdirSync(out);
    const csv = readFileSync(
      join(
        out,
        files.find((f) => f.endsWith('.csv'))!,
      ),
      'utf8',
    );
    const cells = csv
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((line) => (line.startsWith('"') ? line.slice(1, -1).replace(/""/g, '"') : line));
    expect(cells).toEqual(VALUES);
  }, 150_000);
});
