// Personal keys end to end on real files: identity files, the migration of a workspace made by the
// release before personal keys, the signed chain against forged and re-signed entries, and
// segregation of duties by key.
import { cpSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChainVerification, MemberView, WorkspaceSummary } from '../../shared/contract';
import { runCli } from '../../electron/cli/main';
import { Workspace } from '../../electron/core/app/workspace';
import { entryHash } from '../../electron/core/store/audit-chain';
import { createIdentity, unlockIdentity } from '../../electron/core/trust/identity-file';
import { signText } from '../../electron/core/trust/keys';
import { ROOT } from '../fixtures/cli-process';
import { TEST_KDF, TEST_PASSPHRASE, tempDir, testSession } from '../fixtures/session';

const LEGACY = join(ROOT, 'test/fixtures/files/legacy-workspace-key');
const LEGACY_KEY = 'SHA256:NxIMj2YgYMWP/yb4cfXkArpp+hNr0r2gb29hxhVu+oE';
const LEGACY_PRIVATE_BODY_PREFIX = 'MC4CAQAwBQYDK2Vw'; // every Ed25519 PKCS#8 PEM body starts so

let dir: ReturnType<typeof tempDir>;
let t: ReturnType<typeof testSession>;
beforeEach(() => {
  dir = tempDir('steadfast-trust-');
  t = testSession(dir.path);
});
afterEach(() => {
  t.session.replaceWorkspace(null);
  dir.cleanup();
});

describe('identity files', () => {
  it('keep the private key encrypted: a wrong passphrase and a swapped public key are refused', () => {
    const { file, unlocked } = createIdentity(
      { name: 'Ana', role: 'Lead', passphrase: TEST_PASSPHRASE },
      new Date(),
      TEST_KDF,
    );
    const text = JSON.stringify(file);
    expect(text).not.toMatch(/PRIVATE KEY/);
    expect(file.kdf).toMatchObject({ name: 'scrypt', N: TEST_KDF.N });
    expect(unlockIdentity(file, TEST_PASSPHRASE).fingerprint).toBe(unlocked.fingerprint);
    expect(() => unlockIdentity(file, 'not the passphrase')).toThrow(/Wrong passphrase for Ana/);
    const other = createIdentity(
      { name: 'Eve', role: 'x', passphrase: TEST_PASSPHRASE },
      new Date(),
      TEST_KDF,
    ).file;
    expect(() =>
      unlockIdentity(
        { ...file, publicKeyPem: other.publicKeyPem, fingerprint: other.fingerprint },
        TEST_PASSPHRASE,
      ),
    ).toThrow(/Wrong passphrase/);
    expect(() => createIdentity({ name: 'Ana', role: 'Lead', passphrase: 'short' }, new Date())).toThrow(
      /at least 8/,
    );
  });

  it('switching person takes the other person’s passphrase, never a typed name', async () => {
    await t.call('identity.create', { name: 'Ana', role: 'Lead', passphrase: TEST_PASSPHRASE });
    const bo = await t.call<{ fingerprint: string }>('identity.create', {
      name: 'Bo',
      role: 'Approver',
      passphrase: 'bo’s own passphrase',
    });
    const ana = (
      await t.call<{ identities: { name: string; fingerprint: string }[] }>('identity.list')
    ).identities.find((i) => i.name === 'Ana')!;
    await expect(
      t.call('identity.unlock', { fingerprint: ana.fingerprint, passphrase: 'bo’s own passphrase' }),
    ).rejects.toThrow(/FORBIDDEN: Wrong passphrase for Ana/);
    expect((await t.call<{ fingerprint: string }>('profile.get')).fingerprint).toBe(bo.fingerprint);
    await t.call('identity.unlock', { fingerprint: ana.fingerprint, passphrase: TEST_PASSPHRASE });
    expect((await t.call<{ name: string }>('profile.get')).name).toBe('Ana');
    await t.call('identity.lock');
    await expect(t.call('workspace.create', { name: 'Nobody' })).rejects.toThrow(
      /NO_PROFILE: Unlock your signing key/,
    );
  });
});

describe('a workspace made before personal keys', () => {
  it('opens, loses its private key, keeps its chain and old packs, and signs from then on', async () => {
    const file = join(dir.path, 'legacy.steadfast');
    cpSync(join(LEGACY, 'legacy.steadfast'), file);
    expect(readFileSync(file).toString('latin1')).toContain(LEGACY_PRIVATE_BODY_PREFIX);

    await t.as('Ana Souza', 'BCM lead');
    const ws = await Workspace.open(file, t.dataDir, new Date());
    t.session.replaceWorkspace(ws);
    const before = await t.call<ChainVerification>('audit.verify');
    // The two entries the old release wrote, then the upgrade's baseline of every audited table.
    expect(before).toMatchObject({ ok: true, signatures: 0, state: { ok: true } });
    expect(before.unsigned).toBeGreaterThan(2);
    expect(before.checked).toBe(before.unsigned);
    expect(ws.summary()).toMatchObject({ legacyKeyFingerprint: LEGACY_KEY, members: 0 });

    // The first signed write makes Ana the first member, in the same transaction.
    await t.call('workspace.update', { description: 'after the upgrade' });
    const members = await t.call<MemberView[]>('members.list');
    expect(members).toEqual([
      expect.objectContaining({ name: 'Ana Souza', you: true, addedByName: 'Ana Souza' }),
    ]);
    const after = await t.call<ChainVerification>('audit.verify');
    expect(after).toMatchObject({
      ok: true,
      checked: before.checked + 2,
      unsigned: before.unsigned,
      signatures: 1,
    });
    t.session.replaceWorkspace(null);

    // No private key material anywhere in the file or beside it, nor in a dump of every row.
    // (The backup taken before the migration, in its own folder, is the old file as it was.)
    for (const f of readdirSync(dir.path).filter((n) => /^legacy\.steadfast(-wal|-shm)?$/.test(n)))
      expect(readFileSync(join(dir.path, f)).toString('latin1'), f).not.toContain(LEGACY_PRIVATE_BODY_PREFIX);
    const db = new Database(file, { readonly: true });
    const columns = (db.prepare('PRAGMA table_info(workspace_key)').all() as { name: string }[]).map(
      (c) => c.name,
    );
    expect(columns).not.toContain('private_key_pem');
    db.close();

    // The pack the old release signed with the workspace key still verifies, pinned to that key.
    const pack = join(dir.path, 'pack');
    cpSync(join(LEGACY, 'pack'), pack, { recursive: true });
    const out: string[] = [];
    const code = await runCli(['verify', pack, '--key', LEGACY_KEY], {
      out: (l) => out.push(l),
      err: (l) => out.push(l),
      env: { STEADFAST_DATA_DIR: join(dir.path, 'auditor') },
    });
    expect(code, out.join('\n')).toBe(0);
  });
});

describe('the signed chain', () => {
  let path: string;
  beforeEach(async () => {
    await t.as('Ana Souza', 'BCM lead');
    await t.call<WorkspaceSummary>('workspace.create', { name: 'Signed' });
    await t.call('workspace.update', { organisation: 'Meridian' });
    path = t.session.workspace!.path;
    t.session.replaceWorkspace(null);
  });

  async function verify(): Promise<ChainVerification> {
    t.session.replaceWorkspace(await Workspace.open(path, t.dataDir, new Date()));
    return t.call<ChainVerification>('audit.verify');
  }

  /** Appends an entry the way an attacker with the file would: correctly linked and hashed. */
  function append(fields: {
    signer: string | null;
    signature?: (hash: string) => string | null;
    action?: string;
  }) {
    const db = new Database(path);
    const head = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as {
      seq: number;
      hash: string;
    };
    const row = {
      seq: head.seq + 1,
      at: new Date().toISOString(),
      actorName: 'Ana Souza',
      actorRole: 'BCM lead',
      action: fields.action ?? 'workspace.update',
      entity: 'workspace',
      entityId: 'x',
      beforeJson: null,
      afterJson: '{"name":"Forged"}',
      signer: fields.signer,
    };
    const hash = entryHash(head.hash, row);
    db.prepare(
      `INSERT INTO audit_log (seq, at, actor_name, actor_role, action, entity, entity_id, before_json, after_json, prev_hash, hash, signer, signature)
       VALUES (@seq, @at, @actorName, @actorRole, @action, @entity, @entityId, @beforeJson, @afterJson, @prevHash, @hash, @signer, @signature)`,
    ).run({ ...row, prevHash: head.hash, hash, signature: fields.signature?.(hash) ?? null });
    db.close();
  }

  it('an untouched chain verifies with one signature per transaction', async () => {
    expect(await verify()).toMatchObject({ ok: true, checked: 3, signatures: 2, unsigned: 0 });
  });

  it('catches an appended entry with no signer, one signed by a stranger, and one with its signature removed', async () => {
    append({ signer: null });
    expect((await verify()).firstBroken).toEqual({
      seq: 4,
      reason: expect.stringMatching(/entry 4 is not signed/),
    });
  });

  it('catches an entry signed by a key that is not a member', async () => {
    const mallory = createIdentity(
      { name: 'Mallory', role: 'x', passphrase: TEST_PASSPHRASE },
      new Date(),
      TEST_KDF,
    ).unlocked;
    append({ signer: mallory.fingerprint, signature: (h) => signText(mallory.privateKey, h) });
    expect((await verify()).firstBroken?.reason).toMatch(/signed by SHA256:\S+, which is not a member/);
  });

  it('catches a member’s fingerprint without their signature, and a signature by the wrong key', async () => {
    const ana = t.session.identity!;
    append({ signer: ana.fingerprint });
    expect((await verify()).firstBroken?.reason).toMatch(/entries from 4 to the end are not signed/);
    t.session.replaceWorkspace(null);
    const mallory = createIdentity(
      { name: 'Mallory', role: 'x', passphrase: TEST_PASSPHRASE },
      new Date(),
      TEST_KDF,
    ).unlocked;
    append({ signer: ana.fingerprint, signature: (h) => signText(mallory.privateKey, h) });
    expect((await verify()).firstBroken?.reason).toMatch(
      /signature on entry 5 does not verify with Ana Souza's key/,
    );
  });
});

describe('segregation of duties by key', () => {
  it('refuses the author under a new name, and lets another member approve', async () => {
    await t.as('Ana Souza', 'BCM lead');
    await t.call('workspace.create', { name: 'Duties' });
    const rb = await t.call<{ summary: { id: string } }>('runbooks.create', {
      name: 'Restore',
      templateId: 'restore-from-backup',
    });
    const runbookId = rb.summary.id;
    await t.call('runbooks.transition', { runbookId, to: 'in_review' });
    await t.call('profile.set', { name: 'Ana Souza-Reviewer', role: 'Reviewer' });
    await expect(t.call('runbooks.transition', { runbookId, to: 'approved' })).rejects.toThrow(
      /FORBIDDEN: Segregation of duties: Ana Souza-Reviewer wrote version 1/,
    );
    await t.as('Grace Okafor', 'Head of operations');
    await t.call('runbooks.transition', { runbookId, to: 'approved' });
    const signoffs = await t.call<{ signerName: string; valid: boolean }[]>('signoffs.list', {
      entity: 'runbook',
      entityId: runbookId,
    });
    expect(signoffs).toEqual([
      expect.objectContaining({ kind: 'runbook.approve', signerName: 'Grace Okafor', valid: true }),
    ]);
  });
});
