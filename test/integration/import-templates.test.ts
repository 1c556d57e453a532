// Import templates, written by the app's own workbook writer: LibreOffice opens them, and a template
// with a row filled in (as a person would in a spreadsheet) imports that row.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { NodeView } from '../../shared/contract';
import { importCalls } from '../fixtures/import-files';
import { workspacePerTest } from '../fixtures/workspace-per-test';

const run = promisify(execFile);
const f = workspacePerTest('Templates');

const { preview } = importCalls(() => f.t);

async function template(kind: string): Promise<Buffer> {
  const d = await f.t.call<{ kind: string; fileName: string }>('import.template', { kind, format: 'xlsx' });
  return readFileSync(join(f.dir, d.fileName));
}

describe('import templates', () => {
  it('a processes template with a row filled in imports that row', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await template('processes')) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Processes')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const row: unknown[] = header.map(() => null);
    row[header.indexOf('Name')] = 'Night payroll run';
    row[header.indexOf('Owner')] = 'Tomás Ólafsson';
    sheet.addRow(row);
    const filled = Buffer.from(await wb.xlsx.writeBuffer());

    const p = await preview('steadfast-processes.xlsx', filled);
    expect(p.problems).toEqual([]);
    await f.t.call('import.commit', { token: p.token });
    const nodes = await f.t.call<NodeView[]>('nodes.list', { kind: 'process' });
    expect(nodes.find((n) => n.name === 'Night payroll run')).toMatchObject({ owner: 'Tomás Ólafsson' });
  });

  it('is the same file every time it is downloaded', async () => {
    const a = await template('workbook');
    expect((await template('workbook')).equals(a)).toBe(true);
  });

  it('opens in LibreOffice: every sheet, header first, and the explanations', async () => {
    const path = join(f.dir, 'steadfast-import.xlsx');
    await template('workbook');
    const out = join(f.dir, 'csv');
    mkdirSync(out);
    await run(
      'libreoffice',
      [
        '--headless',
        `-env:UserInstallation=file://${join(f.dir, 'lo-profile')}`,
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1',
        '--outdir',
        out,
        path,
      ],
      { timeout: 120_000 },
    );
    const ratings = readFileSync(join(out, 'steadfast-import-Ratings.csv'), 'utf8');
    expect(ratings.split('\n')[0]).toBe('Process,Category,Bucket,Severity,Financial loss');
    const readMe = readFileSync(join(out, 'steadfast-import-Read me.csv'), 'utf8');
    expect(readMe).toMatch(/^"?Fill in the sheets you need/);
    expect(readMe).toContain('Sheet,Column,Required,What it holds');
  }, 150_000);
});
