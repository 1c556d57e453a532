// Evidence packs (DESIGN.md §5): what an export covers, the manifest it carries and how a running
// export job reports itself.
import type { Delivery } from './types';

/** The whole workspace, chosen processes (by id) or the processes of chosen tiers (by name). */
export type EvidenceScope =
  | { kind: 'workspace' }
  | { kind: 'processes'; processIds: string[] }
  | { kind: 'tiers'; tierNames: string[] };

export const EVIDENCE_MANIFEST_FORMAT = 'steadfast-evidence-manifest';

export interface EvidenceManifestFile {
  name: string;
  bytes: number;
  sha256: string;
}

/** manifest.json; manifest.sig is the base64 Ed25519 signature over its exact bytes. */
export interface EvidenceManifest {
  format: typeof EVIDENCE_MANIFEST_FORMAT;
  /** 1: signed with the workspace key (before personal keys); 2: signed by a member. */
  version: 1 | 2;
  workspaceId: string;
  workspaceName: string;
  appVersion: string;
  createdAt: string;
  /** The scope in words a person can read, with the names it resolved to. */
  scope: { kind: EvidenceScope['kind']; processes?: string[]; tiers?: string[] };
  chainHead: { seq: number; hash: string };
  /** Version 2: the workspace's members when the pack was made (retired keys included, marked). */
  roster?: EvidenceRosterEntry[];
  /** Version 2: the exporting member's name; keyFingerprint and publicKeyPem are their key's. */
  signerName?: string;
  keyFingerprint: string;
  publicKeyPem: string;
  files: EvidenceManifestFile[];
}

export interface EvidenceRosterEntry {
  fingerprint: string;
  name: string;
  role: string;
  retired: boolean;
}

export type EvidencePhase = 'queued' | 'loading' | 'pdf' | 'xlsx' | 'signing' | 'delivering' | 'done';

export interface EvidenceJobStatus {
  jobId: string;
  phase: EvidencePhase;
  /** 0..1 over the whole job. */
  progress: number;
  done: boolean;
  cancelled: boolean;
  error?: string;
  delivery?: Delivery;
}
