import { describe, expect, it } from 'vitest';
import { AppError, METHOD_NAMES } from '../../shared/contract';
import { createRouter, type Handlers } from '../../electron/core/app/router';
import { handlers } from '../../electron/core/handlers';
import { tempDir, testSession } from '../fixtures/session';

describe('router', () => {
  const dir = tempDir();
  const { router, session } = testSession(dir.path);
  const ctx = { session };

  it('answers a valid call with the value in an ok envelope', async () => {
    const made = await router(
      'identity.create',
      { name: 'Ana', role: 'Analyst', passphrase: 'correct horse battery' },
      ctx,
    );
    expect(made).toEqual({
      ok: true,
      value: { name: 'Ana', role: 'Analyst', fingerprint: expect.stringMatching(/^SHA256:/) },
    });
    expect(await router('profile.get', {}, ctx)).toEqual(made);
  });

  it('refuses an unknown method by name', async () => {
    expect(await router('workspace.dropTables', {}, ctx)).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_METHOD', message: 'There is no API method called "workspace.dropTables".' },
    });
    expect(await router(42, {}, ctx)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await router('toString', {}, ctx)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('refuses invalid input with the field and the reason', async () => {
    const env = await router('profile.set', { name: '   ', role: 'x' }, ctx);
    expect(env).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'Invalid input for profile.set: name: must not be empty.' },
    });
    expect(await router('profile.set', { name: 'a', role: 'b', admin: true }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('admin') },
    });
    expect(await router('audit.list', { limit: -1 }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('limit') },
    });
  });

  it('passes an AppError through as code and message', async () => {
    expect(await router('audit.verify', {}, ctx)).toEqual({
      ok: false,
      error: { code: 'NO_WORKSPACE', message: 'No workspace is open. Create or open one first.' },
    });
  });

  it('never lets a stack trace or internal message cross', async () => {
    const seen: unknown[] = [];
    const boom: Handlers = {
      ...handlers,
      'profile.get': () => {
        throw new Error('SQLITE_IOERR at /home/secret/path.ts:12:3');
      },
      'profile.set': () => {
        throw new AppError('CONFLICT', 'Readable.');
      },
    };
    const r = createRouter(boom, (_m, e) => seen.push(e));
    const env = await r('profile.get', {}, ctx);
    expect(env).toEqual({
      ok: false,
      error: {
        code: 'INTERNAL',
        message: 'profile.get failed unexpectedly. The details are in the application log.',
      },
    });
    expect(JSON.stringify(env)).not.toMatch(/secret|\.ts:|SQLITE/);
    expect(seen).toHaveLength(1);
  });

  it('has a handler for every contract method and nothing else', () => {
    expect(Object.keys(handlers).sort()).toEqual([...METHOD_NAMES].sort());
  });
});
