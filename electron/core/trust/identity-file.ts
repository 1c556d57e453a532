// A person's identity file: their Ed25519 key pair with the private key encrypted at rest. The key
// that encrypts it is derived from the passphrase with scrypt (node:crypto), the cipher is
// AES-256-GCM, and the fingerprint and public key are bound to the ciphertext as associated data, so
// a file whose public key was swapped does not unlock. The display name and role are not bound: a
// person may rename themselves; the key is the identity. Files live in the data folder, never
// in a workspace.
import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  generateKeyPairSync,
  randomBytes,
  scryptSync,
  type KeyObject,
} from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../../shared/contract';
import { fingerprintOf, publicPemOf } from './keys';

/** scrypt's cost: 2^15 takes about 0.1 s and 32 MB here, which makes guessing passphrases slow. */
export const DEFAULT_KDF = { N: 2 ** 15, r: 8, p: 1 } as const;
const MAX_N = 2 ** 20;

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

export const identityFileSchema = z
  .object({
    format: z.literal('steadfast-identity'),
    version: z.literal(1),
    name: z.string().min(1).max(120),
    role: z.string().min(1).max(120),
    fingerprint: z.string().startsWith('SHA256:'),
    publicKeyPem: z.string().min(1),
    createdAt: z.string(),
    kdf: z.object({
      name: z.literal('scrypt'),
      N: z.number().int().min(2).max(MAX_N),
      r: z.number().int().min(1).max(32),
      p: z.number().int().min(1).max(16),
      salt: b64,
    }),
    cipher: z.object({ name: z.literal('aes-256-gcm'), iv: b64, tag: b64, data: b64 }),
  })
  .strict();

export type IdentityFile = z.infer<typeof identityFileSchema>;

/** What a person is known by: everything in the file but the secret. */
export type IdentityCard = Pick<IdentityFile, 'name' | 'role' | 'fingerprint' | 'publicKeyPem' | 'createdAt'>;

export interface UnlockedIdentity extends IdentityCard {
  privateKey: KeyObject;
}

export const MIN_PASSPHRASE = 8;

function associatedData(f: Pick<IdentityFile, 'fingerprint' | 'publicKeyPem'>): Buffer {
  return Buffer.from(JSON.stringify([f.fingerprint, f.publicKeyPem]), 'utf8');
}

function deriveKey(passphrase: string, kdf: IdentityFile['kdf']): Buffer {
  return scryptSync(passphrase.normalize('NFC'), Buffer.from(kdf.salt, 'base64'), 32, {
    N: kdf.N,
    r: kdf.r,
    p: kdf.p,
    maxmem: 256 * kdf.N * kdf.r + 1024 * 1024,
  });
}

function seal(
  card: Pick<IdentityFile, 'fingerprint' | 'publicKeyPem'>,
  privateKey: KeyObject,
  passphrase: string,
  cost: { N: number; r: number; p: number },
): Pick<IdentityFile, 'kdf' | 'cipher'> {
  const kdf = { name: 'scrypt' as const, ...cost, salt: randomBytes(16).toString('base64') };
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(passphrase, kdf), iv);
  cipher.setAAD(associatedData(card));
  const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'der' });
  const data = Buffer.concat([cipher.update(pkcs8), cipher.final()]);
  return {
    kdf,
    cipher: {
      name: 'aes-256-gcm',
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      data: data.toString('base64'),
    },
  };
}

export function createIdentity(
  input: { name: string; role: string; passphrase: string },
  now: Date,
  cost: { N: number; r: number; p: number } = DEFAULT_KDF,
): { file: IdentityFile; unlocked: UnlockedIdentity } {
  if (input.passphrase.length < MIN_PASSPHRASE)
    throw new AppError(
      'INVALID_INPUT',
      `Choose a passphrase of at least ${MIN_PASSPHRASE} characters: it protects the key that signs your work.`,
    );
  const { privateKey } = generateKeyPairSync('ed25519');
  const publicKeyPem = publicPemOf(privateKey);
  const card = { name: input.name, role: input.role, fingerprint: fingerprintOf(publicKeyPem), publicKeyPem };
  const file: IdentityFile = {
    format: 'steadfast-identity',
    version: 1,
    ...card,
    createdAt: now.toISOString(),
    ...seal(card, privateKey, input.passphrase, cost),
  };
  return { file, unlocked: { ...cardOf(file), privateKey } };
}

export function cardOf(f: IdentityFile): IdentityCard {
  return {
    name: f.name,
    role: f.role,
    fingerprint: f.fingerprint,
    publicKeyPem: f.publicKeyPem,
    createdAt: f.createdAt,
  };
}

/** Decrypts the private key; a wrong passphrase (or an edited file) is refused without saying which. */
export function unlockIdentity(file: IdentityFile, passphrase: string): UnlockedIdentity {
  let der: Buffer;
  try {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      deriveKey(passphrase, file.kdf),
      Buffer.from(file.cipher.iv, 'base64'),
    );
    decipher.setAAD(associatedData(file));
    decipher.setAuthTag(Buffer.from(file.cipher.tag, 'base64'));
    der = Buffer.concat([decipher.update(Buffer.from(file.cipher.data, 'base64')), decipher.final()]);
  } catch {
    throw new AppError('FORBIDDEN', `Wrong passphrase for ${file.name}.`);
  }
  const privateKey = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  if (fingerprintOf(publicPemOf(privateKey)) !== file.fingerprint)
    throw new AppError('FORBIDDEN', `The key file of ${file.name} does not hold the key it names.`);
  return { ...cardOf(file), privateKey };
}
