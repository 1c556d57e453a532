// The data folder cleans up after a writer that was killed between writing a temporary file and
// renaming it into place (issue 16: heads.json.<pid>.tmp files were left behind after a kill).
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { DataDir } from '../../electron/core/app/data-dir';
import { tempDir } from '../fixtures/session';

const dir = tempDir();
afterEach(() => dir.cleanup());

it("removes a dead writer's temporary files and keeps a live one's", () => {
  // A process that has exited: its pid names no running process (pids are not reused this quickly).
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  }).stdout;
  const stale = join(dir.path, `heads.json.${dead}.tmp`);
  const live = join(dir.path, `profile.json.${process.pid}.tmp`);
  const unrelated = join(dir.path, 'notes.tmp');
  for (const p of [stale, live, unrelated]) writeFileSync(p, '{}');
  new DataDir(dir.path);
  expect(existsSync(stale)).toBe(false);
  expect(existsSync(live)).toBe(true);
  expect(existsSync(unrelated)).toBe(true);
});
