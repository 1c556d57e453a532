// The PDF writer never drops text: a paragraph or a table cell longer than what is left of a page
// continues on the next (the table's header repeated), and text that fits is laid out as before.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PdfWriter } from '../../../electron/core/reports/pdf/writer';

const dir = mkdtempSync(join(tmpdir(), 'steadfast-pdf-flow-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const at = new Date('2026-03-02T09:00:00Z');

async function pdf(name: string, draw: (w: PdfWriter) => void) {
  const w = new PdfWriter({ at, title: 'Flow', author: 'Test', subject: 'Flow' });
  const path = join(dir, name);
  const { pages } = await w.saveTo(path, () => {
    w.newPage();
    draw(w);
    w.footers('Flow');
  });
  return { pages, path, text: execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }) };
}

const words = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag}${i + 1}`).join(' ');

describe('PdfWriter flow', () => {
  it('a paragraph of 190 lines continues over pages, every line kept', async () => {
    const lines = Array.from({ length: 190 }, (_, i) => `Line ${i + 1} of the step`);
    const r = await pdf('para.pdf', (w) => w.paragraph(lines.join('\n')));
    expect(r.pages).toBeGreaterThanOrEqual(3);
    for (const l of lines) expect(r.text).toContain(l);
    expect(r.text).not.toContain('…');
    for (let n = 1; n <= r.pages; n++) expect(r.text).toContain(`page ${n} of ${r.pages}`);
  });

  it('one long line without breaks (a hash, a URL) is cut between characters, not dropped', async () => {
    const long = 'x'.repeat(30_000);
    const r = await pdf('word.pdf', (w) => w.paragraph(long));
    expect(r.text.replace(/[^x]/g, '').length).toBe(30_000);
  });

  it('a short paragraph and a short table stay on one page, as before', async () => {
    const r = await pdf('short.pdf', (w) => {
      w.paragraph('One short line.');
      w.table([{ header: 'Name', width: 120 }, { header: 'Owner' }], [{ cells: ['Billing', 'Kim'] }]);
    });
    expect(r.pages).toBe(1);
    expect(r.text).toMatch(/Name\s+Owner\n\s*Billing\s+Kim/);
  });

  it('a long cell wraps within its column, and a row taller than a page continues under a repeated header', async () => {
    const long = words(2500, 'w');
    const r = await pdf('table.pdf', (w) =>
      w.table(
        [{ header: 'Step', width: 60 }, { header: 'Instructions' }],
        [{ cells: ['1', `Short ${words(40, 's')}`] }, { cells: ['2', long] }, { cells: ['3', 'after'] }],
      ),
    );
    expect(r.pages).toBeGreaterThan(1);
    const text = r.text.replace(/\s+/g, ' ');
    for (let i = 1; i <= 40; i++) expect(text).toContain(` s${i} `.trimStart());
    for (let i = 1; i <= 2500; i++) expect(text).toContain(`w${i} `);
    expect(text).toContain('after');
    expect(r.text).not.toContain('…');
    // The header row is drawn again on each page the table reaches.
    expect(r.text.match(/Step\s+Instructions/g)).toHaveLength(r.pages);
  });

  it('writes the same bytes for the same content', async () => {
    const draw = (w: PdfWriter) => w.paragraph(words(3000, 'p'));
    const a = await pdf('a.pdf', draw);
    const b = await pdf('b.pdf', draw);
    expect(readFileSync(b.path).equals(readFileSync(a.path))).toBe(true);
  });
});
