// The app's packet methods through the router, as the renderer calls them: hand a packet out (a
// delivered file), bring it back (its bytes) to a review with two conflicts, accept with a choice
// per conflict, and see the result and the audit entries.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { Delivery, NodeView, PacketMergeView, PacketReviewView } from '../../shared/contract';
import { Workspace } from '../../electron/core/app/workspace';
import { identityWriteContext } from '../../electron/core/app/signers';
import { tempDir, testSession } from '../fixtures/session';

const dir = tempDir();
afterEach(() => dir.cleanup());

it('hands out a packet, reviews two conflicts, and merges with the choices made', async () => {
  const t = testSession(dir.path);
  const ana = await t.as('Ana Souza', 'BCM lead');
  await t.call('workspace.create', { name: 'Meridian' });
  const p = await t.call<NodeView>('nodes.save', { kind: 'process', name: 'Payroll', department: 'HR' });
  const delivered = await t.call<Delivery>('packet.cut', { scope: { kind: 'departments', values: ['HR'] } });
  expect(delivered).toMatchObject({ kind: 'saved' });
  const file = join(dir.path, 'Meridian (workshop packet).steadfast');

  // The workshop laptop: two fields changed.
  const packet = await Workspace.open(file, t.dataDir, new Date('2026-03-03T10:00:00Z'));
  const w = identityWriteContext(ana, new Date('2026-03-03T10:00:00Z'));
  const n = packet.store.nodes.everyNode().find((x) => x.id === p.id)!;
  packet.write(w, (s) => s.nodes.save(w, { ...n, owner: 'Workshop owner', description: 'Workshop text' }));
  packet.close();
  // Meanwhile the master changed the same two fields.
  await t.call('nodes.save', {
    id: p.id,
    kind: 'process',
    name: 'Payroll',
    department: 'HR',
    owner: 'Master owner',
    description: 'Master text',
  });

  const review = await t.call<PacketReviewView>('packet.review', {
    fileName: 'packet.steadfast',
    dataBase64: readFileSync(file).toString('base64'),
  });
  expect(review).toMatchObject({
    masterName: 'Meridian',
    cutBy: 'Ana Souza',
    scope: { kind: 'departments', values: ['HR'] },
  });
  expect(review.conflicts.map((c) => [c.field, c.master, c.packet])).toEqual([
    ['description', 'Master text', 'Workshop text'],
    ['owner', 'Master owner', 'Workshop owner'],
  ]);
  const [description, owner] = review.conflicts;
  await expect(t.call('packet.accept', { token: review.token, choices: { nope: 'packet' } })).rejects.toThrow(
    /No conflict/,
  );
  const out = await t.call<PacketMergeView>('packet.accept', {
    token: review.token,
    choices: { [description!.id]: 'packet', [owner!.id]: 'master' },
  });
  expect(out.resolved).toBe(2);
  const now = (await t.call<NodeView[]>('nodes.list', {})).find((x) => x.id === p.id);
  expect(now).toMatchObject({ description: 'Workshop text', owner: 'Master owner' });
  const audit = await t.call<{ entries: { action: string }[] }>('audit.list', { limit: 5, offset: 0 });
  expect(audit.entries.map((e) => e.action)).toContain('workspace.merge');
  await expect(t.call('packet.accept', { token: review.token, choices: {} })).rejects.toThrow(
    /no longer open/,
  );
  t.session.replaceWorkspace(null);
});
