// `steadfast gate` as a CI pipeline calls it: exit 0 go, 1 no-go, 2 error, one line on stderr.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import type { GateView, ReleaseView } from '../../shared/contract';
import { as, releaseWorld, saveRelease } from '../fixtures/releases';
import { tempDir, testSession } from '../fixtures/session';

const dir = tempDir();
const env = { STEADFAST_DATA_DIR: join(dir.path, 'data') };
const file = join(dir.path, 'Release_world.steadfast');
const clock = { now: () => new Date('2026-03-20T12:00:00Z') };
let go: ReleaseView;

beforeAll(async () => {
  const t = testSession(dir.path);
  const w = await releaseWorld(t);
  await t.call('slos.addMeasurement', {
    sloId: w.sloId,
    measurement: { start: '2026-03-01T00:00:00Z', end: '2026-03-02T00:00:00Z', good: 999, total: 1000 },
  });
  go = await saveRelease(t, {
    name: 'Booking 2.4',
    nodeIds: [w.api],
    rollbackRunbookId: w.runbookId,
    start: '2026-03-25T08:00:00Z',
    end: '2026-03-25T09:00:00Z',
  });
  await saveRelease(t, {
    name: 'Website 9',
    nodeIds: [w.web],
    start: '2026-03-26T08:00:00Z',
    end: '2026-03-26T09:00:00Z',
  });
  await as(t, 'Ann Approver');
  await t.call('releases.approve', { releaseId: go.id });
  t.session.replaceWorkspace(null);
});
afterAll(() => dir.cleanup());

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env, clock });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('steadfast gate', () => {
  it('exits 0 for go and prints each check as a sentence', async () => {
    const r = await cli('gate', file, '--release', 'Booking 2.4');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^PASS {3}Approved rollback runbook: Rollback runbook "Booking rollback" is approved\.$/m,
    );
    expect(r.out).toMatch(/^N\/A {4}Canary verdict: No canary analysis/m);
    expect(r.out.split('\n').at(-1)).toMatch(/^GO\. Go: \d+ passed/);
  });

  it('exits 1 for no-go, by id, and --json gives the whole gate', async () => {
    const byName = await cli('gate', file, '--release', 'Website 9');
    expect(byName.code).toBe(1);
    expect(byName.out).toMatch(/^FAIL {3}Approved rollback runbook: No rollback runbook is linked\.$/m);
    const json = await cli('gate', file, '--release', go.id, '--json');
    expect(json.code).toBe(0);
    const g = JSON.parse(json.out) as GateView;
    expect(g).toMatchObject({ go: true, release: { id: go.id } });
    expect(g.checks).toHaveLength(10);
  });

  it('exits 2 with one line on stderr for an unknown release or a missing flag', async () => {
    const unknown = await cli('gate', file, '--release', 'Nope');
    expect(unknown).toMatchObject({ code: 2, err: 'steadfast: No release has the id or name "Nope".' });
    const missing = await cli('gate', file);
    expect(missing).toMatchObject({ code: 2, err: 'steadfast: Name the release: --release <id or name>.' });
  });
});
