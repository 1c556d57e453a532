// The README as a newcomer uses it: every `npm run steadfast -- …` and `npm run serve …` command in its
// code blocks, in the order written, in one fresh folder with a fresh data folder, must end as the
// README says (exit 0; 0 or 1 where it shows `|| …` after a check). `serve` is started, asked for
// the app's page and stopped.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LAUNCHER, ROOT, runProcess } from '../fixtures/cli-process';
import { tempDir } from '../fixtures/session';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

interface ReadmeCommand {
  /** As written (continuation lines joined). */
  text: string;
  /** The steadfast arguments as shell words, e.g. `export d.steadfast --pdf evidence.pdf`. */
  args: string;
  /** The README follows it with `|| …`: a check that may fail (exit 1) without being an error. */
  mayFail: boolean;
}

function readmeCommands(markdown: string): ReadmeCommand[] {
  const blocks = [...markdown.matchAll(/^```(?:sh|bash|shell)\n([\s\S]*?)^```/gm)].map((m) => m[1]!);
  const lines = blocks.flatMap((b) => b.replace(/\\\n\s*/g, '').split('\n'));
  return lines
    .map((line) => line.replace(/\s+#\s.*$/, '').trim())
    .filter((line) => /^npm run (steadfast|serve)\b/.test(line))
    .map((text) => {
      const [command, fallback] = text.split(/\s*\|\|\s*/);
      const args = command!
        .replace(/^npm run steadfast --\s*/, '')
        .replace(/^npm run serve(\s+--)?/, 'serve');
      return { text, args: args.trim(), mayFail: fallback !== undefined };
    });
}

const commands = readmeCommands(readme);
const dir = tempDir('steadfast-readme-');
// The README exports STEADFAST_PASSPHRASE for the commands that sign; the shell lines here do not
// carry `export`, so the environment does.
const env = {
  ...process.env,
  STEADFAST_DATA_DIR: join(dir.path, 'data'),
  STEADFAST_PASSPHRASE: /STEADFAST_PASSPHRASE='([^']+)'/.exec(readme)?.[1] ?? '',
  NODE: process.execPath,
  LAUNCHER,
};
afterAll(() => dir.cleanup());

// The words after `steadfast`, as the shell splits them (quotes and all).
const shell = (args: string, exec = '') =>
  `steadfast() { ${exec} "$NODE" "$LAUNCHER" "$@"; }; steadfast ${args}`;

async function serveOnce(args: string): Promise<{ code: number | null; html: string }> {
  const child = spawn('bash', ['-c', shell(args, 'exec')], { cwd: dir.path, env });
  let out = '';
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    void exited.then((code) => reject(new Error(`serve ended (${code}) before serving:\n${out}`)));
  });
  const token = new URL(url).searchParams.get('token');
  const page = await fetch(new URL('/', url), { headers: { authorization: `Bearer ${token}` } });
  const html = page.ok ? await page.text() : `HTTP ${page.status}`;
  child.kill('SIGTERM');
  return { code: await exited, html };
}

describe('the README commands, run as written on the demo', () => {
  it('are found: the CLI, serve, export, verify and gate examples', () => {
    const args = commands.map((c) => c.args.split(' ')[0]);
    for (const name of ['--help', 'new', 'demo', 'audit', 'analyze', 'serve', 'export', 'verify', 'gate']) {
      expect(args, name).toContain(name);
    }
  });

  it('link nothing outside the repository', () => {
    expect(readme).not.toMatch(/\]\(\.\.\//);
    expect(readme).not.toMatch(/`\.\.\/shared/);
  });

  for (const c of commands) {
    it(
      c.text,
      async () => {
        if (c.args.split(' ')[0] === 'serve') {
          const r = await serveOnce(c.args);
          expect(r.html).toMatch(/<div id="root">/);
          expect(r.code).toBe(0);
          return;
        }
        const r = await runProcess('bash', ['-c', shell(c.args)], { cwd: dir.path, env });
        const allowed = c.mayFail ? [0, 1] : [0];
        expect(allowed, `exit ${r.code}: ${r.stderr}`).toContain(r.code);
      },
      120_000,
    );
  }
});
