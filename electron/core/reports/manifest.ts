// The pack's manifest and signature: manifest.json lists every file with its size and SHA-256, the
// workspace and chain facts and the roster's fingerprints; manifest.sig is the base64 Ed25519
// signature over manifest.json's exact bytes, made with the exporting member's personal key. The
// public key travels in the manifest so the signature can be checked offline, but a key that
// travels with the pack proves nothing by itself: `verify` also requires the signer to be pinned.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  EVIDENCE_MANIFEST_FORMAT,
  type EvidenceManifest,
  type EvidenceManifestFile,
} from '../../../shared/contract';

export const MANIFEST_FILE = 'manifest.json';
export const SIGNATURE_FILE = 'manifest.sig';

import type { PackSigner } from '../trust/keys';

export type { PackSigner } from '../trust/keys';
export async function digestFile(path: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return { bytes: (await stat(path)).size, sha256: hash.digest('hex') };
}

export type ManifestFacts = Omit<
  EvidenceManifest,
  'format' | 'version' | 'files' | 'publicKeyPem' | 'keyFingerprint' | 'signerName'
>;

/** Digests the pack's files, writes manifest.json and manifest.sig into the folder. */
export async function writeManifest(
  folder: string,
  fileNames: string[],
  facts: ManifestFacts,
  signer: PackSigner,
): Promise<EvidenceManifest> {
  const files: EvidenceManifestFile[] = [];
  for (const name of [...fileNames].sort()) files.push({ name, ...(await digestFile(join(folder, name))) });
  const manifest: EvidenceManifest = {
    format: EVIDENCE_MANIFEST_FORMAT,
    version: 2,
    workspaceId: facts.workspaceId,
    workspaceName: facts.workspaceName,
    appVersion: facts.appVersion,
    createdAt: facts.createdAt,
    scope: facts.scope,
    chainHead: facts.chainHead,
    roster: facts.roster,
    signerName: signer.name,
    keyFingerprint: signer.fingerprint,
    publicKeyPem: signer.publicKeyPem,
    files,
  };
  const bytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  // Ed25519 signatures are deterministic: the same manifest gives the same signature.
  const signature = signer.sign(bytes);
  await writeFile(join(folder, MANIFEST_FILE), bytes);
  await writeFile(join(folder, SIGNATURE_FILE), `${signature}\n`);
  return manifest;
}
