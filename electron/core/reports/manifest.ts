// The pack's manifest and signature: manifest.json lists every file with its size and SHA-256 and
// the workspace and chain facts; manifest.sig is the base64 Ed25519 signature over manifest.json's
// exact bytes, made with the workspace's private key. The public key travels in the manifest, so a
// pack verifies offline; --key pins who must have signed it.
import { createHash, createPrivateKey, createPublicKey, sign } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  AppError,
  EVIDENCE_MANIFEST_FORMAT,
  type EvidenceManifest,
  type EvidenceManifestFile,
} from '../../../shared/contract';
import type { Store } from '../store';

export const MANIFEST_FILE = 'manifest.json';
export const SIGNATURE_FILE = 'manifest.sig';

export interface SigningKey {
  publicKeyPem: string;
  privateKeyPem: string;
  fingerprint: string;
}

export function loadSigningKey(store: Store): SigningKey {
  const key = store.evidence.signingKey();
  if (!key)
    throw new AppError('FILE_CORRUPT', 'The workspace has no signing key, so its evidence cannot be signed.');
  return key;
}

/** The workspace fingerprint format: "SHA256:" and the unpadded base64 SHA-256 of the SPKI DER. */
export function fingerprintOf(publicKeyPem: string): string {
  const der = createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' });
  return `SHA256:${createHash('sha256').update(der).digest('base64').replace(/=+$/, '')}`;
}

export async function digestFile(path: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return { bytes: (await stat(path)).size, sha256: hash.digest('hex') };
}

export type ManifestFacts = Omit<
  EvidenceManifest,
  'format' | 'version' | 'files' | 'publicKeyPem' | 'keyFingerprint'
>;

/** Digests the pack's files, writes manifest.json and manifest.sig into the folder. */
export async function writeManifest(
  folder: string,
  fileNames: string[],
  facts: ManifestFacts,
  key: SigningKey,
): Promise<EvidenceManifest> {
  const files: EvidenceManifestFile[] = [];
  for (const name of [...fileNames].sort()) files.push({ name, ...(await digestFile(join(folder, name))) });
  const manifest: EvidenceManifest = {
    format: EVIDENCE_MANIFEST_FORMAT,
    version: 1,
    workspaceId: facts.workspaceId,
    workspaceName: facts.workspaceName,
    appVersion: facts.appVersion,
    createdAt: facts.createdAt,
    scope: facts.scope,
    chainHead: facts.chainHead,
    keyFingerprint: key.fingerprint,
    publicKeyPem: key.publicKeyPem,
    files,
  };
  const bytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  // Ed25519 signatures are deterministic: the same manifest gives the same signature.
  const signature = sign(null, bytes, createPrivateKey(key.privateKeyPem)).toString('base64');
  await writeFile(join(folder, MANIFEST_FILE), bytes);
  await writeFile(join(folder, SIGNATURE_FILE), `${signature}\n`);
  return manifest;
}
