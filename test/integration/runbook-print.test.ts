// Printing a runbook for the on-call binder, read back with poppler's pdftotext; and the list's
// P(meet RTO), which must be the same seeded figure the editor shows.
import { formatDuration } from '../../shared/format/duration';
import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Delivery, NodeView, RunbookDetail, RunbookListRow } from '../../shared/contract';
import { plainMarkdown } from '../../electron/core/reports/pdf/runbook';
import type { testShell } from '../fixtures/session';
import { tempDir, testSession } from '../fixtures/session';

let dir: ReturnType<typeof tempDir>;
let t: ReturnType<typeof testSession>;
let rb: RunbookDetail;

beforeEach(async () => {
  dir = tempDir();
  t = testSession(dir.path);
  await t.call('profile.set', { name: 'Rita Author', role: 'Release lead' });
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
    await t.call('profile.set', { name: 'Quinn Approver', role: 'Head of ops' });
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

describe('plainMarkdown', () => {
  it('keeps the words and drops the markup', () => {
    expect(plainMarkdown('# Title\n*a* and __b__ `c`\n* item')).toBe('Title\na and b c\n• item');
  });
});
