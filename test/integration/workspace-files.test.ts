// Opening a workspace by a typed path (the browser's Open…): every refusal names the reason and leaves
// the open workspace and the recent list as they were; the data folder's workspaces are listed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../electron/core/app/router';
import { handlers } from '../../electron/core/handlers';
import type { RecentWorkspace, WorkspaceFolderListing, WorkspaceSummary } from '../../shared/contract';
import { tempDir, testSession } from '../fixtures/session';

describe('workspace.files and workspace.openFile', () => {
  const dir = tempDir();
  const t = testSession(dir.path);
  let created: WorkspaceSummary;
  let path: string;

  beforeAll(async () => {
    await t.as('Pat Path', 'Analyst');
    created = await t.call<WorkspaceSummary>('workspace.create', { name: 'Port plan' });
    path = t.session.workspace!.path;
    await t.call('workspace.close');
  });
  afterAll(() => dir.cleanup());

  const refusal = async (input: unknown) => {
    const recent = await t.call<RecentWorkspace[]>('workspace.recent');
    const env = await t.router('workspace.openFile', input, { session: t.session });
    expect(env.ok).toBe(false);
    expect(t.session.workspace).toBeNull();
    expect(await t.call<RecentWorkspace[]>('workspace.recent')).toEqual(recent);
    return env.ok ? undefined : env.error;
  };

  it('lists the .steadfast files of a folder, with the name known from the recent list', async () => {
    writeFileSync(join(dir.path, 'notes.txt'), 'not a workspace');
    const listing = await t.call<WorkspaceFolderListing>('workspace.files', { folder: dir.path });
    expect(listing.folder).toBe(dir.path);
    expect(listing.files.map((f) => [f.fileName, f.knownAs])).toEqual([['Port_plan.steadfast', 'Port plan']]);
    const recent = await t.call<RecentWorkspace[]>('workspace.recent');
    expect(recent[0]?.folder).toBe(dir.path);
  });

  it('opens a typed path', async () => {
    const ws = await t.call<WorkspaceSummary>('workspace.openFile', { path });
    expect(ws.id).toBe(created.id);
    await t.call('workspace.close');
  });

  it('refuses, with the reason, what is not a readable workspace file', async () => {
    expect(await refusal({ path: join(dir.path, 'missing.steadfast') })).toMatchObject({
      code: 'FILE_NOT_FOUND',
      message: `There is no file at ${join(dir.path, 'missing.steadfast')}.`,
    });
    expect((await refusal({ path: 'plans/x.steadfast' }))?.message).toMatch(/Type the full path.*relative/);
    mkdirSync(join(dir.path, 'folder.steadfast'));
    expect((await refusal({ path: join(dir.path, 'folder.steadfast') }))?.message).toMatch(/is a folder/);
    expect((await refusal({ path: join(dir.path, 'notes.txt') }))?.message).toMatch(
      /must end in \.steadfast/,
    );
    writeFileSync(join(dir.path, 'fake.steadfast'), 'hello');
    expect(await refusal({ path: join(dir.path, 'fake.steadfast') })).toMatchObject({
      code: 'FILE_NOT_SQLITE',
    });
    expect(await refusal({ path: '' })).toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('refuses a missing folder', async () => {
    const env = await t.router(
      'workspace.files',
      { folder: join(dir.path, 'nowhere') },
      { session: t.session },
    );
    expect(env.ok ? null : env.error.message).toBe(`There is no folder at ${join(dir.path, 'nowhere')}.`);
  });

  it('is refused in the desktop app, where the native dialog opens files', async () => {
    const session = Object.create(t.session, {
      shell: { value: { ...t.session.shell, transport: 'electron' } },
    }) as typeof t.session;
    const open = handlers['workspace.openFile'] as Handlers['workspace.openFile'];
    await expect(Promise.resolve().then(() => open({ path }, { session }))).rejects.toThrow(/Open dialog/);
  });
});
