// Each person's "awaiting your signature" list tells people apart by key, as the approval handlers
// do: two members who share a display name are two people, and renaming yourself does not make your
// own work signable. The list (dashboard.get, filtered as the card filters it) and the handlers agree.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DashboardView, Profile, SignatureItem } from '../../shared/contract';
import { createIdentity, type UnlockedIdentity } from '../../electron/core/trust/identity-file';
import { TEST_KDF, TEST_PASSPHRASE, tempDir, testSession } from '../fixtures/session';

let dir: ReturnType<typeof tempDir>;
let t: ReturnType<typeof testSession>;

beforeEach(() => {
  dir = tempDir();
  t = testSession(dir.path);
});
afterEach(() => {
  t.session.replaceWorkspace(null);
  dir.cleanup();
});

/** A second identity with a name someone already uses, added to the roster by whoever works now. */
async function namesake(name: string): Promise<UnlockedIdentity> {
  const made = createIdentity({ name, role: 'Analyst', passphrase: TEST_PASSPHRASE }, new Date(), TEST_KDF);
  t.dataDir.saveIdentity(made.file);
  await t.call('members.add', { fingerprint: made.unlocked.fingerprint });
  return made.unlocked;
}

async function workAs(fingerprint: string): Promise<Profile> {
  return t.call<Profile>('identity.unlock', { fingerprint, passphrase: TEST_PASSPHRASE });
}

/** The card's rule (renderer/src/features/workspace/may-sign.ts, which the Node side cannot import). */
const maySign = (item: SignatureItem, me: Profile) =>
  !item.notBy.some((p) => (p.fingerprint ? p.fingerprint === me.fingerprint : p.name === me.name));

/** The BIA items the person working now is shown as awaiting their signature. */
async function awaitingMe(): Promise<string[]> {
  const me = await t.call<Profile>('profile.get');
  const dash = await t.call<DashboardView>('dashboard.get');
  return dash.signatures
    .filter((g) => g.kind === 'bia')
    .flatMap((g) => g.items)
    .filter((i) => maySign(i, me))
    .map((i) => i.name);
}

async function processInReview(name: string): Promise<string> {
  const node = await t.call<{ id: string }>('nodes.save', { kind: 'process', name });
  await t.call('bia.update', { processId: node.id, wrtMinutes: 60 });
  await t.call('bia.transition', { processId: node.id, to: 'in_review' });
  return node.id;
}

describe('awaiting your signature, by key', () => {
  it('tells apart two members with the same display name', async () => {
    const first = await t.as('Ana Souza', 'BCM lead');
    await t.call('workspace.create', { name: 'Namesakes' });
    const second = await namesake('Ana Souza');
    expect(second.fingerprint).not.toBe(first.fingerprint);
    await workAs(first.fingerprint);
    const processId = await processInReview('Payroll');

    // The author does not see their own work; the other Ana, a different key, does.
    expect(await awaitingMe()).toEqual([]);
    await workAs(second.fingerprint);
    expect(await awaitingMe()).toEqual(['Payroll']);
    // And the handler agrees: the other Ana may approve it.
    await t.call('bia.transition', { processId, to: 'approved' });
    expect(await awaitingMe()).toEqual([]);
  });

  it('keeps a renamed member off their own work, and a namesake approver too', async () => {
    await t.as('Bo Li', 'Analyst');
    await t.call('workspace.create', { name: 'Renamed' });
    const processId = await processInReview('Billing');
    await t.call('profile.set', { name: 'Robert Li', role: 'Analyst' });
    // A name-based list would offer Billing to "Robert Li"; the key says it is Bo's own edit.
    expect(await awaitingMe()).toEqual([]);
    await expect(t.call('bia.transition', { processId, to: 'approved' })).rejects.toThrow(
      /FORBIDDEN: Segregation of duties/,
    );
    // Someone who took Bo's old name is another person: Billing awaits them.
    await namesake('Bo Li').then((other) => workAs(other.fingerprint));
    expect(await awaitingMe()).toEqual(['Billing']);
    await t.call('bia.transition', { processId, to: 'approved' });
  });
});
