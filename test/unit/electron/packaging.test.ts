// The packaged app's Electron fuses (issue 16, item 5): each is named in electron-builder.yml with
// the value a hardened desktop app needs, and every key is one electron-builder's own schema knows
// (a misspelt fuse would be ignored silently by a build that cannot run on this machine).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

/** The `electronFuses:` block of the packaging config, as key → boolean. */
function fuses(): Record<string, boolean> {
  const lines = readFileSync('electron-builder.yml', 'utf8').split('\n');
  const start = lines.indexOf('electronFuses:');
  expect(start, 'electronFuses block').toBeGreaterThanOrEqual(0);
  const out: Record<string, boolean> = {};
  for (const line of lines.slice(start + 1)) {
    const m = /^ {2}(\w+): (true|false)$/.exec(line);
    if (!m) break;
    out[m[1]!] = m[2] === 'true';
  }
  return out;
}

it('sets the fuses a hardened app needs', () => {
  expect(fuses()).toMatchObject({
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableCookieEncryption: true,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
  });
});

it("names only fuses electron-builder's schema knows", () => {
  const scheme = JSON.parse(readFileSync(join('node_modules', 'app-builder-lib', 'scheme.json'), 'utf8')) as {
    definitions: Record<string, { properties: Record<string, unknown> }>;
  };
  const known = Object.keys(scheme.definitions.FuseOptionsV1!.properties);
  for (const key of Object.keys(fuses())) expect(known, key).toContain(key);
});
