// The renderer's small trust helpers: fingerprints shown short, member cards read from a paste, and
// which waiting items the person working now may sign.
import { describe, expect, it } from 'vitest';
import type { SignatureItem } from '../../shared/contract';
import { shortFingerprint } from '../../renderer/src/components/Fingerprint';
import { parseMemberCard } from '../../renderer/src/features/members/member-card';
import { maySign } from '../../renderer/src/features/workspace/may-sign';

const FP_A = 'SHA256:Hcqj+/v4abcdefghijklmnopqrstuvwxyz0123456qs+Y';
const FP_B = 'SHA256:C4jx5HOpabcdefghijklmnopqrstuvwxyz012345IbcY';

describe('fingerprints', () => {
  it('keep the start and the end, which is what people compare', () => {
    expect(shortFingerprint(FP_A)).toBe('SHA256:Hcqj+/v4…qs+Y');
    expect(shortFingerprint('SHA256:short')).toBe('SHA256:short');
  });
});

describe('member cards', () => {
  const card = {
    name: 'Bo Li',
    role: 'Auditor',
    publicKeyPem: '-----BEGIN PUBLIC KEY-----\nMCow\n-----END PUBLIC KEY-----',
  };

  it('passes on only the name, role and public key (the fingerprint is derived, never trusted)', () => {
    expect(parseMemberCard(JSON.stringify({ ...card, fingerprint: FP_A, extra: 1 }))).toEqual(card);
  });

  it('refuses text that is not JSON, and a card without its three fields', () => {
    expect(() => parseMemberCard('Bo Li, auditor')).toThrow(/not JSON/);
    expect(() => parseMemberCard('null')).toThrow(/needs a name, a role and a publicKeyPem/);
    expect(() => parseMemberCard(JSON.stringify({ name: 'Bo Li', role: 'Auditor' }))).toThrow(/publicKeyPem/);
    expect(() => parseMemberCard(JSON.stringify({ ...card, role: 7 }))).toThrow(/needs a name/);
  });
});

describe('awaiting your signature', () => {
  const item = (notBy: SignatureItem['notBy']): SignatureItem => ({
    id: 'x',
    name: 'X',
    waitingFor: '',
    notBy,
  });
  const ada = { name: 'Ada Author', role: 'Analyst', fingerprint: FP_A };

  it('leaves out your own work, by key when the record names one', () => {
    expect(maySign(item([{ name: 'Ada Author', fingerprint: FP_A }]), ada)).toBe(false);
    // Same name, another key: a different person, whose work Ada may sign.
    expect(maySign(item([{ name: 'Ada Author', fingerprint: FP_B }]), ada)).toBe(true);
    // Your key under another name is still you.
    expect(maySign(item([{ name: 'Someone Else', fingerprint: FP_A }]), ada)).toBe(false);
  });

  it('falls back to the name for records that keep only a name', () => {
    expect(maySign(item([{ name: 'Ada Author', fingerprint: null }]), ada)).toBe(false);
    expect(maySign(item([{ name: 'Bo Approver', fingerprint: null }]), ada)).toBe(true);
    expect(maySign(item([]), ada)).toBe(true);
  });
});
