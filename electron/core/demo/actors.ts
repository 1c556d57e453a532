// The people who appear in the demo's audit trail, and the keys they sign it with.
import { generateKeyPairSync } from 'node:crypto';
import type { UnlockedIdentity } from '../trust/identity-file';
import { fingerprintOf, publicPemOf } from '../trust/keys';

export const DEMO_ACTORS = {
  lead: { name: 'Priya Raman', role: 'BCM lead' },
  analyst: { name: 'Tomás Ólafsson', role: 'Continuity analyst' },
  approver: { name: 'Grace Okafor', role: 'Head of finance & operations' },
  releaseManager: { name: 'Daniel Mensah', role: 'Release manager' },
  sreLead: { name: 'Aisha Khan', role: 'SRE lead' },
} as const;

export interface DemoActor {
  name: string;
  role: string;
}

/**
 * Each demo person gets a key pair made for this build only and never saved: their signatures in the
 * demo verify, and nobody can sign as them afterwards.
 */
export function demoIdentities(now: Date): Map<string, UnlockedIdentity> {
  return new Map(
    Object.values(DEMO_ACTORS).map((a) => {
      const { privateKey } = generateKeyPairSync('ed25519');
      const publicKeyPem = publicPemOf(privateKey);
      const id: UnlockedIdentity = {
        name: a.name,
        role: a.role,
        fingerprint: fingerprintOf(publicKeyPem),
        publicKeyPem,
        createdAt: now.toISOString(),
        privateKey,
      };
      return [a.name, id];
    }),
  );
}
