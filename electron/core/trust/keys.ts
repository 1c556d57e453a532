// Ed25519 keys as Steadfast names and uses them: the fingerprint ("SHA256:" and the unpadded base64
// SHA-256 of the SPKI DER, as OpenSSH prints it), signing a hash or a canonical text, and checking a
// signature. Public keys are parsed once per PEM: a chain walk checks thousands of signatures.
import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

export function fingerprintOf(publicKey: string | KeyObject): string {
  const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey;
  const der = key.export({ type: 'spki', format: 'der' });
  return `SHA256:${createHash('sha256').update(der).digest('base64').replace(/=+$/, '')}`;
}

/** The fingerprint of a PEM, or null when it is not a public key. */
export function safeFingerprint(pem: string): string | null {
  try {
    return fingerprintOf(pem);
  } catch {
    return null;
  }
}

export function publicPemOf(key: KeyObject): string {
  return createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString();
}

/** Base64 Ed25519 signature over the UTF-8 bytes of `text` (a hash in hex, or canonical JSON). */
export function signText(privateKey: KeyObject, text: string | Buffer): string {
  return sign(null, typeof text === 'string' ? Buffer.from(text, 'utf8') : text, privateKey).toString(
    'base64',
  );
}

const publicKeys = new Map<string, KeyObject | null>();

function parsedPublicKey(pem: string): KeyObject | null {
  let key = publicKeys.get(pem);
  if (key === undefined) {
    try {
      key = createPublicKey(pem);
    } catch {
      key = null;
    }
    if (publicKeys.size > 1_000) publicKeys.clear();
    publicKeys.set(pem, key);
  }
  return key;
}

/** Whether `signature` (base64) is publicKeyPem's signature over `text`; false for anything unreadable. */
export function signatureHolds(publicKeyPem: string, text: string | Buffer, signature: string): boolean {
  const key = parsedPublicKey(publicKeyPem);
  if (!key) return false;
  // Node's base64 decoder skips characters it does not expect, so an edited signature text can
  // decode to the same bytes: only the canonical encoding of a signature counts as that signature.
  const bytes = Buffer.from(signature, 'base64');
  if (bytes.toString('base64') !== signature) return false;
  try {
    return verify(null, typeof text === 'string' ? Buffer.from(text, 'utf8') : text, key, bytes);
  } catch {
    return false;
  }
}

/** The exporting member: their name for the pages, their key for the manifest's signature. */
export interface PackSigner {
  name: string;
  role: string;
  fingerprint: string;
  publicKeyPem: string;
  /** Base64 Ed25519 signature over the given bytes. */
  sign(bytes: Buffer): string;
}
