// The desktop app's backend transport in plain Node: the main side and the backend side talk over a
// real MessageChannel (structured clone, asynchronous delivery), as Electron's MessagePortMain and
// the utility process's parent port do. Electron itself is not needed to prove the protocol.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppInfo, Envelope, WorkspaceSummary } from '../../shared/contract';
import { DataDir } from '../../electron/core/app/data-dir';
import { handlers } from '../../electron/core/handlers';
import { startBackend } from '../../electron/core/transport/backend';
import { connectBackend, type BackendClient, type Dialogs } from '../../electron/core/transport/main-client';
import type { PortLike } from '../../electron/core/transport/protocol';
import { SteppingClock, tempDir } from '../fixtures/session';

const adapt = (p: MessagePort): PortLike => ({
  post: (m) => p.postMessage(m),
  onMessage: (l) => p.on('message', l),
});

let dir: ReturnType<typeof tempDir>;
let channel: MessageChannel;
let client: BackendClient;
let asked: string[];
let answer: (dialog: string, name: string) => string | null;
let shutDown: boolean;

beforeEach(() => {
  dir = tempDir();
  channel = new MessageChannel();
  asked = [];
  shutDown = false;
  answer = (_d, name) => join(dir.path, `${name}.steadfast`);
  startBackend({
    port: adapt(channel.port2),
    handlers,
    dataDir: new DataDir(join(dir.path, 'data')),
    clock: new SteppingClock(),
    appVersion: '0.0.0-test',
    onShutdown: () => (shutDown = true),
  });
  const dialog =
    (name: keyof Dialogs) =>
    async (suggested: string): Promise<string | null> => {
      asked.push(`${name}:${suggested}`);
      return answer(name, suggested);
    };
  client = connectBackend(adapt(channel.port1), {
    chooseNewWorkspacePath: dialog('chooseNewWorkspacePath'),
    chooseWorkspaceToOpen: dialog('chooseWorkspaceToOpen'),
    chooseSavePath: dialog('chooseSavePath'),
  });
});
afterEach(async () => {
  if (!shutDown) await client.shutdown();
  channel.port1.close();
  dir.cleanup();
});

async function ok<T>(p: Promise<Envelope<unknown>>): Promise<T> {
  const env = await p;
  if (!env.ok) throw new Error(`${env.error.code}: ${env.error.message}`);
  return env.value as T;
}

describe('backend transport over a MessageChannel', () => {
  it('forwards API calls, shows the dialogs main owns, and tracks the open workspace', async () => {
    await ok(
      client.call('identity.create', {
        name: 'Ana Souza',
        role: 'BCM lead',
        passphrase: 'correct horse battery',
      }),
    );
    const ws = await ok<WorkspaceSummary>(client.call('workspace.create', { name: 'Ported' }));
    expect(asked).toEqual(['chooseNewWorkspacePath:Ported']);
    expect(ws.name).toBe('Ported');
    expect(client.state()).toEqual({
      workspacePath: join(dir.path, 'Ported.steadfast'),
      workspaceName: 'Ported',
    });

    await ok(client.call('workspace.update', { organisation: 'Zoë & Søren' }));
    const info = await ok<AppInfo>(client.call('app.info', {}));
    expect(info.transport).toBe('electron');
    // The creator's member.add and workspace.create, then the update.
    expect(info.workspace?.chain.seq).toBe(3);
  });

  it('a save goes to the path main chose, written by the backend; the open workspace is refused', async () => {
    await ok(
      client.call('identity.create', {
        name: 'Ana Souza',
        role: 'BCM lead',
        passphrase: 'correct horse battery',
      }),
    );
    await ok(client.call('workspace.create', { name: 'Copied' }));
    answer = () => join(dir.path, 'copy.steadfast');
    await ok(client.call('workspace.saveCopy', {}));
    expect(existsSync(join(dir.path, 'copy.steadfast'))).toBe(true);

    answer = () => join(dir.path, 'Copied.steadfast');
    const refused = await client.call('workspace.saveCopy', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    answer = () => null;
    expect(await ok(client.call('workspace.saveCopy', {}))).toMatchObject({ kind: 'cancelled' });
  });

  it('errors cross as envelopes: unknown methods, bad input, a missing file, a malformed message', async () => {
    expect(await client.call('no.such', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await client.call('profile.set', { name: 7 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    channel.port1.postMessage({ kind: 'call', id: 'not a number' });
    channel.port1.postMessage('garbage');
    const missing = await client.openPath(join(dir.path, 'nowhere.steadfast'));
    expect(missing.ok).toBe(false);
    // The backend still answers after the garbage.
    expect(await ok(client.call('workspace.current', {}))).toBeNull();
  });

  it('opens a file the OS named, and shutdown closes the workspace and lets the backend exit', async () => {
    await ok(
      client.call('identity.create', {
        name: 'Ana Souza',
        role: 'BCM lead',
        passphrase: 'correct horse battery',
      }),
    );
    await ok(client.call('workspace.create', { name: 'Named' }));
    await ok(client.call('workspace.close', {}));
    expect(client.state().workspacePath).toBeNull();
    const opened = await client.openPath(join(dir.path, 'Named.steadfast'));
    expect(opened).toMatchObject({ ok: true, value: { name: 'Named' } });
    expect((await client.refresh()).workspaceName).toBe('Named');

    await client.shutdown();
    expect(shutDown).toBe(true);
    expect(client.state().workspacePath).toBeNull();
  });

  it('calls still waiting when the backend dies are answered, not left hanging', async () => {
    const lost = new MessageChannel();
    const orphan = connectBackend(adapt(lost.port1), {
      chooseNewWorkspacePath: async () => null,
      chooseWorkspaceToOpen: async () => null,
      chooseSavePath: async () => null,
    });
    const pending = orphan.call('app.info', {});
    orphan.fail('The Steadfast backend stopped. Restart Steadfast.');
    expect(await pending).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    lost.port1.close();
  });
});
