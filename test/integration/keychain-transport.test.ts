// The desktop app's keychain crosses the backend's port: the backend (which has no Electron API) asks
// the main process to seal and open a passphrase, and main answers with its cipher (safeStorage in
// the app; a fake here, for tests only). A keychain that fails is an error, never a silent unlock.
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope, Profile } from '../../shared/contract';
import { DataDir } from '../../electron/core/app/data-dir';
import { handlers } from '../../electron/core/handlers';
import { startBackend } from '../../electron/core/transport/backend';
import {
  connectBackend,
  type BackendClient,
  type KeychainCipher,
} from '../../electron/core/transport/main-client';
import type { PortLike } from '../../electron/core/transport/protocol';
import { SteppingClock, tempDir } from '../fixtures/session';

const adapt = (p: MessagePort): PortLike => ({
  post: (m) => p.postMessage(m),
  onMessage: (l) => p.on('message', l),
});
const noDialog = async () => null;
let broken = false;
const keychain: KeychainCipher = {
  encrypt: (plain) => Buffer.from(`kc:${plain}`).toString('base64'),
  decrypt: (sealed) => {
    if (broken) throw new Error('The keychain is locked.');
    return Buffer.from(sealed, 'base64').toString().replace(/^kc:/, '');
  },
};

let dir: ReturnType<typeof tempDir>;
let channel: MessageChannel;
let client: BackendClient;
beforeEach(() => {
  dir = tempDir();
  channel = new MessageChannel();
  broken = false;
  startBackend({
    port: adapt(channel.port2),
    handlers,
    dataDir: new DataDir(join(dir.path, 'data')),
    clock: new SteppingClock(),
    appVersion: '0.0.0-test',
    canEncrypt: true,
  });
  client = connectBackend(
    adapt(channel.port1),
    { chooseNewWorkspacePath: noDialog, chooseWorkspaceToOpen: noDialog, chooseSavePath: noDialog },
    () => {},
    keychain,
  );
});
afterEach(async () => {
  await client.shutdown();
  channel.port1.close();
  dir.cleanup();
});

async function ok<T>(p: Promise<Envelope<unknown>>): Promise<T> {
  const env = await p;
  if (!env.ok) throw new Error(`${env.error.code}: ${env.error.message}`);
  return env.value as T;
}

describe('the keychain over the backend port', () => {
  it('seals a passphrase through main and unlocks with it; a failing keychain unlocks nothing', async () => {
    const passphrase = 'correct horse battery';
    const me = await ok<Profile>(client.call('identity.create', { name: 'Ana', role: 'Lead', passphrase }));
    await ok(client.call('identity.lock', {}));
    await ok(client.call('identity.unlock', { fingerprint: me.fingerprint, passphrase, remember: true }));
    await ok(client.call('identity.lock', {}));
    expect(await ok(client.call('identity.remembered', {}))).toEqual({
      available: true,
      fingerprints: [me.fingerprint],
    });
    const again = await ok<Profile>(
      client.call('identity.unlockRemembered', { fingerprint: me.fingerprint }),
    );
    expect(again.fingerprint).toBe(me.fingerprint);
    await ok(client.call('identity.lock', {}));
    broken = true;
    const refused = await client.call('identity.unlockRemembered', { fingerprint: me.fingerprint });
    expect(refused.ok).toBe(false);
    expect(await ok(client.call('profile.get', {}))).toBeNull();
  });
});
