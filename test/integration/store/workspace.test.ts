// The workspace aggregate on a real SQLite file: the record and signing key written at creation read
// back after a reopen, an update audits only what changed, and an update that changes nothing is refused.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeFixture, type StoreFixture } from '../../fixtures/store';

let f: StoreFixture;
beforeEach(async () => {
  f = await storeFixture();
});
afterEach(() => f.cleanup());

describe('store: workspace', () => {
  it('reads back the record written at creation after the file is reopened; a new file has no workspace key', async () => {
    const ws = await f.reopen();
    expect(ws.store.workspace.id()).toBe(ws.id);
    expect(ws.store.workspace.record(ws.id)).toMatchObject({
      id: ws.id,
      name: 'Store test',
      organisation: '',
    });
    expect(ws.store.workspace.legacyKey()).toBeUndefined();
    expect(ws.summary().legacyKeyFingerprint).toBeNull();
  });

  it('an update audits only the fields that changed and reads back; nothing changed is a CONFLICT', async () => {
    const w = f.w();
    const r = f.ws.store.workspace.update(w, f.ws.id, { name: 'Store test', organisation: 'Meridian' });
    expect(r.audit).toEqual([
      {
        action: 'workspace.update',
        entity: 'workspace',
        entityId: f.ws.id,
        before: { organisation: '' },
        after: { organisation: 'Meridian' },
      },
    ]);
    f.ws.write(w, () => r);
    const ws = await f.reopen();
    expect(ws.store.workspace.record(ws.id)).toMatchObject({
      organisation: 'Meridian',
      updatedAt: w.now.toISOString(),
    });
    expect(() => ws.store.workspace.update(f.w(), ws.id, { organisation: 'Meridian' })).toThrow(
      'Nothing changed.',
    );
    expect(() => ws.store.workspace.update(f.w(), 'other', { name: 'x' })).toThrow(
      'The workspace record is missing.',
    );
  });
});
