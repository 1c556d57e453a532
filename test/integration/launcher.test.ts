// The launcher behind `npm run steadfast` and `npm run serve` (scripts/steadfast.mjs): it builds the
// CLI bundle once and again only when its sources' bytes change, and checks a file to serve first.
import { readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, steadfast } from '../fixtures/cli-process';

const bundle = join(ROOT, 'out', 'cli', 'steadfast.mjs');
const stamp = join(ROOT, 'out', 'cli.stamp.json');
const builtAt = () => statSync(bundle).mtimeMs;

describe('steadfast launcher', () => {
  it('reuses the bundle while the sources are unchanged, even when one is touched', async () => {
    expect((await steadfast(['--version'])).code).toBe(0);
    const first = builtAt();
    expect((await steadfast(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(builtAt()).toBe(first);

    // A CLI-only source (the renderer does not use it), given a new time but the same bytes.
    const source = join(ROOT, 'electron', 'cli', 'verify.ts');
    const now = new Date();
    utimesSync(source, now, now);
    expect((await steadfast(['--version'])).code).toBe(0);
    expect(builtAt()).toBe(first);
    const recorded = (JSON.parse(readFileSync(stamp, 'utf8')) as { files: Record<string, number[]> }).files;
    expect(recorded['electron/cli/verify.ts']?.[1]).toBe(statSync(source).mtimeMs);
  }, 120_000);

  it('reports a missing or unreadable file to serve before building anything', async () => {
    const missing = join(ROOT, '.tmp', 'no-such-workspace.steadfast');
    const r = await steadfast(['serve', missing, '--port', '0']);
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: `steadfast: ${missing} does not exist.\n` });
    const dir = await steadfast(['serve', join(ROOT, 'electron')]);
    expect(dir).toMatchObject({ code: 2, stderr: `steadfast: ${join(ROOT, 'electron')} is not a file.\n` });
  }, 60_000);
});
