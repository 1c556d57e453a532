// Printing a runbook for the on-call binder, read back with poppler's pdftotext; and the list's
// P(meet RTO), which must be the same seeded figure the editor shows.
import { formatDuration } from '../../shared/format/duration';
import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Delivery, NodeView, RunbookDetail, RunbookListRow } from '../../shared/contract';
import type { testShell } from '../fixtures/session';
import { tempDir, testSession } from '../fixtures/session';

let dir: ReturnType<typeof tempDir>;
let t: ReturnType<typeof testSession>;
let rb: RunbookDetail;

beforeEach(async () => {
  dir = tempDir();
  t = testSession(dir.path);
  await t.as('Rita Author', 'Release lead');
  await t.call('workspace.create', { name: 'Binder' });
  const app = await t.call<NodeView>('nodes.save', {
    kind: 'application',
    name: 'Booking API',
    rtoMinutes: 120,
  });
  rb = await t.call<RunbookDetail>('runbooks.create', {
    name: 'Booking: restore/東京',
    templateId: 'restore-from-backup',
    targetNodeIds: [app.id],
  });
});
afterEach(() => {
  t.session.replaceWorkspace(null);
  dir.cleanup();
});

describe('runbooks.print', () => {
  it('writes a PDF with steps, estimates, roles, verification, rollback points and the approval record', async () => {
    const { id: _id, position: _p, ...first } = rb.version.steps[0]!;
    await t.call('runbooks.saveStep', {
      runbookId: rb.summary.id,
      step: {
        ...first,
        instructions: 'Run **pg_restore** with `--clean`:\n- check [the wiki](https://x.example)',
      },
    });
    await t.call('runbooks.transition', { runbookId: rb.summary.id, to: 'in_review' });
    await t.as('Quinn Approver', 'Head of ops');
    rb = await t.call<RunbookDetail>('runbooks.transition', { runbookId: rb.summary.id, to: 'approved' });

    const d = await t.call<Delivery>('runbooks.print', { runbookId: rb.summary.id });
    expect(d).toEqual({ kind: 'saved', fileName: 'Booking restore 東京 v1.pdf' });
    const path = `${dir.path}/${d.kind === 'saved' ? d.fileName : ''}`;
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text).toContain('Booking: restore/東京');
    expect(text).toContain('Approved');
    expect(text).toContain('Quinn Approver');
    expect(text).toMatch(/Quinn Approver, \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
    expect(text).toContain('Rita Author');
    expect(text).toMatch(/P\(meet RTO\)\s+\d+\.\d %/);
    expect(text).toContain('Run pg_restore with --clean:');
    expect(text).toContain('• check the wiki (https://x.example)');
    expect(text).not.toContain('NOT APPROVED');
    for (const s of rb.version.steps) {
      expect(text).toContain(
        `${formatDuration(s.minMinutes)} / ${formatDuration(s.likelyMinutes)} / ${formatDuration(s.maxMinutes)}`,
      );
      if (s.role) expect(text).toContain(s.role);
    }
    if (rb.version.steps.some((s) => s.rollbackPoint)) expect(text).toContain('[ROLLBACK POINT]');
    expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/Pages:\s+[1-9]/);
  });

  it('marks an unapproved version, and refuses an unknown runbook', async () => {
    await t.call('runbooks.print', { runbookId: rb.summary.id });
    const shell = t.session.shell as ReturnType<typeof testShell>;
    const text = execFileSync('pdftotext', [shell.delivered.at(-1)!, '-'], { encoding: 'utf8' });
    expect(text).toContain('NOT APPROVED');
    await expect(t.call('runbooks.print', { runbookId: 'nope' })).rejects.toThrow(/does not exist/);
  });

  it('lists each runbook with the editor’s P(meet RTO)', async () => {
    const [row] = await t.call<RunbookListRow[]>('runbooks.list');
    expect(row!.pMeetRto).toBe(rb.timing!.monteCarlo.pMeetRto);
    expect(row!).toMatchObject({ rtoMinutes: 120, criticalPathMinutes: rb.timing!.criticalPath.total });
  });
});

describe('runbooks.print: Markdown and long steps', () => {
  async function printWith(instructions: string, verification = '') {
    const { id: _id, position: _p, ...first } = rb.version.steps[0]!;
    await t.call('runbooks.saveStep', {
      runbookId: rb.summary.id,
      step: { ...first, instructions, verification },
    });
    const d = await t.call<Delivery>('runbooks.print', { runbookId: rb.summary.id });
    const path = `${dir.path}/${d.kind === 'saved' ? d.fileName : ''}`;
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1]);
    return { pages, text: execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }) };
  }

  it('keeps identifiers, code spans and arithmetic, nests lists, and prints raw HTML as text', async () => {
    const { text } = await printWith(
      [
        'Run `pg_ctl` on DB_HOST with 2*3 *pods*.',
        '',
        '- stop the app',
        '  1. drain `web_1`',
        '  2. wait for <b>zero</b> sessions',
        '- start',
        '',
        '<script>alert(1)</script>',
      ].join('\n'),
      'SELECT count(*) FROM job_queue is 0',
    );
    expect(text).toContain('Run pg_ctl on DB_HOST with 2*3 pods.');
    expect(text).toMatch(
      /\n {2,}• stop the app\n {4,}1\. drain web_1\n {4,}2\. wait for <b>zero<\/b> sessions\n {2,}• start/,
    );
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('Verify: SELECT count(*) FROM job_queue is 0');
  });

  it('prints every line of a 190-line step across pages, and a short step as before', async () => {
    const lines = Array.from(
      { length: 190 },
      (_, i) => `Line ${String(i + 1).padStart(3, '0')}: check the replica`,
    );
    const long = await printWith(lines.join('  \n'));
    for (const l of lines) expect(long.text).toContain(l);
    expect(long.text).not.toContain('…');
    expect(long.text.indexOf('Line 190')).toBeGreaterThan(long.text.indexOf('Line 001'));

    const short = await printWith('One short line.');
    expect(short.text).toContain('One short line.');
    // The long step took the pages it needed, and no page was added by pdfkit on its own:
    // every page carries its own "page n of N" footer.
    expect(long.pages).toBeGreaterThan(short.pages);
    for (let n = 1; n <= long.pages; n++) expect(long.text).toContain(`page ${n} of ${long.pages}`);
  });
});
