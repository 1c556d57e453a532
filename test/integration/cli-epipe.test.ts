// A reader that stops early (`steadfast analyze d.steadfast | head`) closes the pipe: the command ends
// quietly with its own exit code, with no EPIPE stack trace on stderr.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProcess, steadfast, LAUNCHER } from '../fixtures/cli-process';
import { tempDir } from '../fixtures/session';

const dir = tempDir('steadfast-epipe-');
const env = { ...process.env, STEADFAST_DATA_DIR: join(dir.path, 'data') };
const file = join(dir.path, 'd.steadfast');

beforeAll(async () => {
  const demo = await steadfast(['demo', file], { env });
  expect(demo.code, demo.stderr).toBe(0);
}, 180_000);
afterAll(() => dir.cleanup());

describe('steadfast writing into a closed pipe', () => {
  it('analyze --json | head -n 1: one line out, exit 0, nothing on stderr', async () => {
    // The JSON (about 90 KB) outgrows the pipe's buffer, so the write after head exits meets EPIPE.
    const script = `"${process.execPath}" "${LAUNCHER}" analyze "${file}" --json 2>"${dir.path}/err" | head -n 1; echo "exit=\${PIPESTATUS[0]}"; cat "${dir.path}/err"`;
    const r = await runProcess('bash', ['-c', script], { env });
    expect(r.stdout).toBe('{\nexit=0\n');
    expect(r.stderr).toBe('');
  }, 60_000);

  it('analyze into a reader that closed before the first line: exit 0, nothing on stderr', async () => {
    const script = `"${process.execPath}" "${LAUNCHER}" analyze "${file}" 2>"${dir.path}/err2" | (exec 0<&-; sleep 0.1); echo "exit=\${PIPESTATUS[0]}"; cat "${dir.path}/err2"`;
    const r = await runProcess('bash', ['-c', script], { env });
    expect(r.stdout).toBe('exit=0\n');
    expect(r.stderr).toBe('');
  }, 60_000);
});
