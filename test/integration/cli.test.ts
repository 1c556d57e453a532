import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { tempDir } from '../fixtures/session';

const dir = tempDir();
afterAll(() => dir.cleanup());
const env = { STEADFAST_DATA_DIR: join(dir.path, 'data'), STEADFAST_PASSPHRASE: 'correct horse battery' };

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('steadfast CLI', () => {
  beforeAll(async () => {
    const made = await cli('identity', 'new', '--name', 'Ana Souza', '--role', 'Lead');
    expect(made).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^Created the identity of Ana Souza \(Lead\): SHA256:/),
    });
  });

  it('refuses to write without a passphrase, and with a wrong one', async () => {
    const file = join(dir.path, 'nopass.steadfast');
    const noPass = await runCli(['new', file], {
      out: () => {},
      err: () => {},
      env: { STEADFAST_DATA_DIR: env.STEADFAST_DATA_DIR },
    });
    expect(noPass).toBe(2);
    const wrong: string[] = [];
    const code = await runCli(['new', file], {
      out: () => {},
      err: (l) => wrong.push(l),
      env: { ...env, STEADFAST_PASSPHRASE: 'not my passphrase' },
    });
    expect(code).toBe(2);
    expect(wrong.join('\n')).toMatch(/Wrong passphrase for Ana Souza/);
  });

  it('creates the demo and verifies its chain (exit 0)', async () => {
    const file = join(dir.path, 'd.steadfast');
    const demo = await cli('demo', file);
    expect(demo).toMatchObject({
      code: 0,
      out: expect.stringMatching(/Created the demo workspace "Meridian Freight/),
    });
    const verify = await cli('audit', 'verify', file);
    expect(verify).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^Audit chain intact: \d+ entries verified/),
    });
  });

  it('exits 1 and names the entry when the chain is broken', async () => {
    const file = join(dir.path, 'tampered.steadfast');
    expect((await cli('new', file, '--name', 'Tamper')).code).toBe(0);
    const db = new Database(file);
    db.exec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor_name = 'Mallory' WHERE seq = 1;");
    db.close();
    const v = await cli('audit', 'verify', file);
    expect(v).toMatchObject({
      code: 1,
      err: expect.stringMatching(/broken at entry 1: entry 1 was altered/),
    });
  });

  it('exits 2 with one line on stderr for errors', async () => {
    for (const argv of [
      ['audit', 'verify', join(dir.path, 'missing.steadfast')],
      ['bogus'],
      ['demo'],
      ['new', '--nope'],
    ]) {
      const r = await cli(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err.split('\n')).toHaveLength(1);
      expect(r.err).toMatch(/^steadfast: /);
    }
    expect((await cli('demo', join(dir.path, 'd.steadfast'))).err).toMatch(/already exists/);
  });

  it('has --help for every command', async () => {
    for (const c of ['new', 'demo', 'serve', 'audit verify']) {
      const r = await cli(...c.split(' '), '--help');
      expect(r.code).toBe(0);
      expect(r.out).toMatch(new RegExp(`^Usage: steadfast ${c}`));
    }
    expect((await cli('--help')).out).toMatch(/Commands:/);
  });

  it('runs as a real process with the same exit codes', async () => {
    const run = promisify(execFile);
    const file = join(dir.path, 'proc.steadfast');
    const ok = await run('npx', ['tsx', 'electron/cli/index.ts', 'new', file], {
      env: { ...process.env, ...env },
    });
    expect(ok.stdout).toMatch(/Created .*proc\.steadfast/);
    await expect(
      run('npx', ['tsx', 'electron/cli/index.ts', 'audit', 'verify', join(dir.path, 'x.steadfast')], {
        env: { ...process.env, ...env },
      }),
    ).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/x\.steadfast does not exist/) });
    // Each run starts a fresh Node process compiling TypeScript: slow on a loaded machine.
  }, 120_000);
});
