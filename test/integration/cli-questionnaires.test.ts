// `steadfast questionnaires` and `steadfast answers` on the demo: workbooks per owner, a return
// filled in by openpyxl, reviewed and accepted, and a campaign created from the command line.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { tempDir } from '../fixtures/session';

const dir = tempDir();
afterAll(() => dir.cleanup());
const env = { STEADFAST_DATA_DIR: join(dir.path, 'data'), STEADFAST_PASSPHRASE: 'correct horse battery' };
const file = join(dir.path, 'demo.steadfast');
const FILL = join(import.meta.dirname, '../fixtures/fill-questionnaire.py');

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('steadfast questionnaires / answers', () => {
  beforeAll(async () => {
    expect((await cli('identity', 'new', '--name', 'Ana Souza', '--role', 'Analyst')).code).toBe(0);
    expect((await cli('demo', file)).code).toBe(0);
  }, 120_000);

  it('writes a workbook per owner, reviews a return and accepts it', async () => {
    const out = join(dir.path, 'out');
    const made = await cli('questionnaires', file, '--campaign', 'Annual BIA refresh', '--out', out);
    expect(made.code, made.err).toBe(0);
    expect(made.out).toMatch(/Wrote \d+ workbook\(s\) for campaign "Annual BIA refresh"/);
    const books = readdirSync(out).filter((f) => f.endsWith('.xlsx'));
    expect(books.length).toBeGreaterThan(0);
    const sheets = execFileSync('/usr/bin/python3', [
      '-c',
      'import openpyxl,sys; print("|".join(openpyxl.load_workbook(sys.argv[1]).sheetnames))',
      join(out, books[0]!),
    ])
      .toString()
      .trim()
      .split('|');
    const sheet = sheets.find((s) => s !== 'steadfast')!;
    const filled = join(dir.path, 'filled.xlsx');
    execFileSync('/usr/bin/python3', [
      FILL,
      join(out, books[0]!),
      filled,
      JSON.stringify({ cells: { [sheet]: { B13: 0.25, A19: 'Mainframe' } } }),
    ]);
    const review = await cli('answers', file, filled, '--campaign', 'Annual BIA refresh');
    expect(review.code, review.err).toBe(0);
    expect(review.out).toContain(`${sheet}!B13  Data-loss tolerance (min):`);
    expect(review.out).toContain('→ 15');
    expect(review.out).toContain('dependencies named: Mainframe');
    expect(review.out).toMatch(/before: MTD .*, RTO .*, tier/);
    const accepted = await cli('answers', file, filled, '--accept');
    expect(accepted.code, accepted.err).toBe(0);
    expect(accepted.out).toMatch(/Accepted \d+ questionnaire\(s\) as Ana Souza/);
    const again = await cli('answers', file, filled, '--accept');
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/already accepted/);
  }, 120_000);

  it('creates a campaign with --due', async () => {
    const out = join(dir.path, 'out2');
    const r = await cli(
      'questionnaires',
      file,
      '--campaign',
      'Payroll check',
      '--due',
      '2027-01-15',
      '--processes',
      'Payroll',
      '--out',
      out,
    );
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/1 process\(es\), due 2027-01-15/);
  }, 60_000);
});
