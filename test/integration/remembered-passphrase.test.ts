// "Remember on this computer", on the core side: the passphrase is kept only through the injected
// cipher (the desktop app's safeStorage; here a fake that reverses and tags the text), in a 0600 file
// per identity, unlocks at the next start, and is forgotten on request. Without a cipher (the
// browser host, the CLI) nothing is offered and nothing is written.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Profile } from '../../shared/contract';
import {
  RememberedPassphrases,
  type PassphraseCipher,
} from '../../electron/core/trust/remembered-passphrase';
import { TEST_PASSPHRASE, tempDir, testSession } from '../fixtures/session';

/** A stand-in for safeStorage, for tests only: reversible, and visibly not the plain text. */
const fakeCipher: PassphraseCipher = {
  encrypt: async (plain) => Buffer.from(`sealed:${[...plain].reverse().join('')}`),
  decrypt: async (sealed) => {
    const text = sealed.toString();
    if (!text.startsWith('sealed:')) throw new Error('not sealed by this keychain');
    return [...text.slice('sealed:'.length)].reverse().join('');
  },
};

let dir: ReturnType<typeof tempDir>;
beforeEach(() => (dir = tempDir()));
afterEach(() => dir.cleanup());

function desktop() {
  const t = testSession(dir.path);
  t.session.passphrases = new RememberedPassphrases(t.dataDir.root, fakeCipher);
  return t;
}

describe('remembered passphrase', () => {
  it('keeps the passphrase sealed in a 0600 file and unlocks with it at the next start', async () => {
    const first = desktop();
    const ana = await first.as('Ana Souza', 'BCM lead');
    await first.call('identity.lock');
    await first.call('identity.unlock', {
      fingerprint: ana.fingerprint,
      passphrase: TEST_PASSPHRASE,
      remember: true,
    });
    const folder = join(first.dataDir.root, 'remembered');
    const [file] = readdirSync(folder);
    expect(file).toBeDefined();
    expect(statSync(join(folder, file!)).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(folder, file!), 'utf8')).not.toContain(TEST_PASSPHRASE);

    const next = desktop(); // the next start: a new session on the same data folder
    expect(await next.call('identity.remembered')).toEqual({
      available: true,
      fingerprints: [ana.fingerprint],
    });
    const me = await next.call<Profile>('identity.unlockRemembered', { fingerprint: ana.fingerprint });
    expect(me.fingerprint).toBe(ana.fingerprint);
    expect(next.session.identity?.fingerprint).toBe(ana.fingerprint);

    await next.call('identity.forget', { fingerprint: ana.fingerprint });
    expect(await next.call('identity.remembered')).toEqual({ available: true, fingerprints: [] });
    await expect(next.call('identity.unlockRemembered', { fingerprint: ana.fingerprint })).rejects.toThrow(
      /NOT_FOUND/,
    );
  });

  it('keeps nothing for a wrong passphrase', async () => {
    const t = desktop();
    const ana = await t.as('Ana Souza', 'BCM lead');
    await expect(
      t.call('identity.unlock', { fingerprint: ana.fingerprint, passphrase: 'not it', remember: true }),
    ).rejects.toThrow();
    expect(await t.call('identity.remembered')).toEqual({ available: true, fingerprints: [] });
  });

  it('offers nothing, and refuses to remember, where there is no keychain', async () => {
    const t = testSession(dir.path);
    const ana = await t.as('Ana Souza', 'BCM lead');
    expect(await t.call('identity.remembered')).toEqual({ available: false, fingerprints: [] });
    await expect(
      t.call('identity.unlock', {
        fingerprint: ana.fingerprint,
        passphrase: TEST_PASSPHRASE,
        remember: true,
      }),
    ).rejects.toThrow(/INVALID_INPUT: This app cannot remember/);
  });
});
