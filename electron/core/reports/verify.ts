// Offline verification of an evidence pack, a folder or the zip the app exports: the signature over
// manifest.json with the key it carries (optionally pinned), every file's size and SHA-256, files
// missing or extra, every hash and link of the Audit log sheet recomputed from the genesis hash to
// the signed head, and with an earlier manifest, that its head appears unchanged in this chain.
// Every finding names the file or the entry and what does not match.
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError, EVIDENCE_MANIFEST_FORMAT, type EvidenceManifest } from '../../../shared/contract';
import { extractPackZip } from '../zip/extract';
import { checkAuditSheet } from './audit-sheet-check';
import { readAuditSheet, type SheetRecord } from './audit-sheet-read';
import { digestFile, MANIFEST_FILE, SIGNATURE_FILE } from './manifest';
import { fingerprintOf, signatureHolds } from '../trust/keys';

export interface VerifyOptions {
  /** A key fingerprint ("SHA256:…") or the path of a public-key .pem the pack must be signed with. */
  key?: string;
  /** A file of trusted fingerprints: one per line, or a JSON roster (an array, or a manifest's `roster`). */
  trust?: string;
  /** Fingerprints the auditor trusts already (their own profile's trust list). */
  trusted?: string[];
  /** An earlier manifest.json whose audit chain this pack must extend. */
  since?: string;
  /**
   * More checks run inside the pack's folder (unpacked, for a zip) once its manifest is read: the
   * CLI's `--recompute`. Its problems join the others.
   */
  also?: (folder: string, manifest: EvidenceManifest) => Promise<string[]>;
}

/** The audit entries the pack's workbook holds, by kind of finding, for reports and tests. */
export interface AuditSheetResult {
  /** Entries recomputed and found to hold (0 when the chain breaks at the first). */
  checked: number;
  firstBroken?: { seq: number; reason: string };
}

export interface VerifyResult {
  ok: boolean;
  problems: string[];
  notes: string[];
  manifest?: EvidenceManifest;
  /**
   * Whether the signer's key is one the auditor pinned (--key, --trust or their trust list). A valid
   * signature by an unpinned key proves only that someone holding that key signed: anyone can make
   * a key and re-sign an edited pack.
   */
  pinned: boolean;
  /** The Audit log sheet's recomputation, when the pack has a workbook whose digest matched. */
  audit?: AuditSheetResult;
}

/** A pack folder, or the pack's zip: unpacked into a temporary folder, checked, then removed. */
export async function verifyPack(path: string, opts: VerifyOptions = {}): Promise<VerifyResult> {
  if (!existsSync(path))
    throw new AppError('NOT_FOUND', `${path} does not exist; give the pack folder or the pack's zip.`);
  if ((await stat(path)).isDirectory()) return verifyFolder(path, opts);
  const { folder, dispose } = await extractPackZip(path);
  try {
    return await verifyFolder(folder, opts);
  } finally {
    await dispose();
  }
}

async function verifyFolder(folder: string, opts: VerifyOptions): Promise<VerifyResult> {
  const problems: string[] = [];
  const notes: string[] = [];
  let pinned = false;
  let audit: AuditSheetResult | undefined;
  const result = (manifest?: EvidenceManifest): VerifyResult => ({
    ok: problems.length === 0,
    problems,
    notes,
    manifest,
    pinned,
    audit,
  });

  const manifestPath = join(folder, MANIFEST_FILE);
  if (!existsSync(manifestPath)) {
    problems.push(`missing file: ${MANIFEST_FILE}`);
    return result();
  }
  const bytes = await readFile(manifestPath);
  let manifest: EvidenceManifest;
  try {
    manifest = parseManifest(bytes);
  } catch (err) {
    problems.push(`${MANIFEST_FILE}: ${err instanceof Error ? err.message : String(err)}`);
    return result();
  }

  // The signature, with the key the manifest carries.
  const sigPath = join(folder, SIGNATURE_FILE);
  if (!existsSync(sigPath)) problems.push(`missing file: ${SIGNATURE_FILE}`);
  else if (!signatureHolds(manifest.publicKeyPem, bytes, (await readFile(sigPath, 'utf8')).trim()))
    problems.push(`${MANIFEST_FILE}: signature does not verify with the key in the manifest`);
  const signer = safeFingerprint(manifest.publicKeyPem);
  if (signer === null) problems.push(`${MANIFEST_FILE}: publicKeyPem is not a public key`);
  else if (signer !== manifest.keyFingerprint)
    problems.push(
      `${MANIFEST_FILE}: keyFingerprint ${manifest.keyFingerprint} is not the fingerprint of its publicKeyPem (${signer})`,
    );
  if (opts.key !== undefined) {
    const expected = await expectedFingerprint(opts.key);
    if (signer !== expected)
      problems.push(
        `signed by a different key than expected: expected ${expected}, signed by ${signer ?? 'an unreadable key'}`,
      );
    else pinned = true;
  } else if (signer !== null) {
    const trusted = new Set([...(opts.trusted ?? []), ...(opts.trust ? await trustFile(opts.trust) : [])]);
    pinned = trusted.has(signer);
  }
  if (manifest.version === 2 && signer !== null) {
    const member = manifest.roster?.find((m) => m.fingerprint === signer);
    if (!member) problems.push(`${MANIFEST_FILE}: signed by ${signer}, which is not in the pack's roster`);
    else if (member.retired) problems.push(`${MANIFEST_FILE}: signed by ${member.name}'s retired key`);
  }

  // Every listed file, then anything else in the folder.
  const listed = new Set<string>();
  for (const f of manifest.files) {
    listed.add(f.name);
    const path = join(folder, f.name);
    if (!existsSync(path)) {
      problems.push(`missing file: ${f.name}`);
      continue;
    }
    const actual = await digestFile(path);
    if (actual.sha256 !== f.sha256 || actual.bytes !== f.bytes)
      problems.push(
        `${f.name}: SHA-256 differs from the manifest${actual.bytes !== f.bytes ? ` (${actual.bytes} bytes, the manifest says ${f.bytes})` : ''}`,
      );
  }
  for (const name of (await readdir(folder)).sort()) {
    if (name === MANIFEST_FILE || name === SIGNATURE_FILE || listed.has(name)) continue;
    problems.push(`extra file not in the manifest: ${name}`);
  }

  const records = await auditRecords(folder, manifest, problems, notes);
  if (records) {
    const check = checkAuditSheet(records, manifest.chainHead);
    audit = { checked: check.checked, firstBroken: check.firstBroken };
    if (check.firstBroken)
      problems.push(`Audit log: ${check.firstBroken.reason}; the sheet holds ${records.length} entries`);
    else {
      notes.push(
        `The Audit log sheet's ${check.checked} entries recompute: every hash, every link from the genesis hash, every signature (${check.roster.signatures}) against the roster the chain records, and the last is the signed head.`,
      );
      // The pack's signer must be a member the chain itself added and did not retire.
      const member = check.roster.keys.get(manifest.keyFingerprint);
      if (manifest.version === 2 && !member)
        problems.push(
          `${MANIFEST_FILE}: signed by ${manifest.keyFingerprint}, which the audit chain never added as a member`,
        );
      else if (manifest.version === 2 && member?.retired)
        problems.push(
          `${MANIFEST_FILE}: signed by ${member.name}'s key, which the audit chain records as retired`,
        );
    }
  }
  if (opts.since !== undefined) await checkSince(manifest, records, opts.since, problems, notes);
  if (opts.also) problems.push(...(await opts.also(folder, manifest)));
  return result(manifest);
}

function parseManifest(bytes: Buffer): EvidenceManifest {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new Error('not JSON');
  }
  const m = value as Partial<EvidenceManifest> | null;
  if (!m || m.format !== EVIDENCE_MANIFEST_FORMAT) throw new Error(`not a ${EVIDENCE_MANIFEST_FORMAT}`);
  if (m.version !== 1 && m.version !== 2)
    throw new Error(`version ${String(m.version)} is not supported (this verifier reads versions 1 and 2)`);
  const ok =
    typeof m.workspaceId === 'string' &&
    typeof m.publicKeyPem === 'string' &&
    typeof m.keyFingerprint === 'string' &&
    typeof m.chainHead?.seq === 'number' &&
    typeof m.chainHead.hash === 'string' &&
    Array.isArray(m.files) &&
    m.files.every(
      (f) => typeof f?.name === 'string' && typeof f.sha256 === 'string' && typeof f.bytes === 'number',
    );
  if (!ok) throw new Error('fields are missing or of the wrong type');
  for (const f of m.files!)
    if (
      f.name !== basename(f.name) ||
      f.name.startsWith('.') ||
      f.name === MANIFEST_FILE ||
      f.name === SIGNATURE_FILE
    )
      throw new Error(`lists an unsafe file name: ${f.name}`);
  return m as EvidenceManifest;
}

function safeFingerprint(pem: string): string | null {
  try {
    return fingerprintOf(pem);
  } catch {
    return null;
  }
}

/** Fingerprints from a trust file: "SHA256:…" tokens anywhere in it (one per line, a JSON roster, a manifest). */
async function trustFile(path: string): Promise<string[]> {
  if (!existsSync(path)) throw new AppError('NOT_FOUND', `--trust: ${path} does not exist.`);
  const found = (await readFile(path, 'utf8')).match(/SHA256:[A-Za-z0-9+/]{43}/g) ?? [];
  if (found.length === 0)
    throw new AppError('INVALID_INPUT', `--trust: ${path} names no key fingerprint (SHA256:…).`);
  return found;
}

async function expectedFingerprint(key: string): Promise<string> {
  if (key.startsWith('SHA256:')) return key;
  if (!existsSync(key))
    throw new AppError(
      'INVALID_INPUT',
      `--key takes a fingerprint (SHA256:…) or a public-key .pem file; ${key} is neither.`,
    );
  const fp = safeFingerprint(await readFile(key, 'utf8'));
  if (fp === null) throw new AppError('INVALID_INPUT', `${key} holds no public key in PEM form.`);
  return fp;
}

/**
 * The entries of the pack's Audit log sheet, read only when the workbook's digest matched the
 * signed manifest (otherwise that mismatch is already the finding). Undefined when there is nothing
 * to recompute, with the reason as a problem or a note.
 */
async function auditRecords(
  folder: string,
  manifest: EvidenceManifest,
  problems: string[],
  notes: string[],
): Promise<SheetRecord[] | undefined> {
  const workbook = manifest.files.find((f) => f.name.endsWith('.xlsx'));
  if (!workbook) {
    notes.push('This pack has no workbook, so its audit chain cannot be recomputed from it.');
    return undefined;
  }
  if (problems.some((p) => p.startsWith(`${workbook.name}:`) || p === `missing file: ${workbook.name}`))
    return undefined;
  if (manifest.version === 1) {
    // Packs from before personal keys wrote the audit sheet for people (dates as serials), not as
    // hashed: their chain can only be checked against the workspace, not recomputed from the sheet.
    notes.push(
      `This is a version 1 pack (before personal keys): its Audit log sheet predates the exact form, so its chain is not recomputed here; the files and the workspace key's signature are checked.`,
    );
    return undefined;
  }
  let sheet: Awaited<ReturnType<typeof readAuditSheet>>;
  try {
    sheet = await readAuditSheet(join(folder, workbook.name));
  } catch (err) {
    problems.push(`${workbook.name}: cannot be read (${err instanceof Error ? err.message : String(err)})`);
    return undefined;
  }
  if (sheet === null) {
    problems.push(`${workbook.name}: has no Audit log sheet, so the audit chain cannot be recomputed`);
    return undefined;
  }
  if (sheet.problems.length > 0) {
    for (const p of sheet.problems) problems.push(`${workbook.name}: ${p}`);
    return undefined;
  }
  return sheet.records;
}

/**
 * The pack holds no database, so the chain is checked from what the pack signs: this pack's whole
 * chain was recomputed above; here the earlier manifest's head {seq, hash} must appear unchanged at
 * that seq in it.
 */
async function checkSince(
  manifest: EvidenceManifest,
  records: SheetRecord[] | undefined,
  sincePath: string,
  problems: string[],
  notes: string[],
): Promise<void> {
  if (!existsSync(sincePath)) throw new AppError('NOT_FOUND', `--since: ${sincePath} does not exist.`);
  const sinceBytes = await readFile(sincePath);
  let earlier: EvidenceManifest;
  try {
    earlier = parseManifest(sinceBytes);
  } catch (err) {
    problems.push(`--since ${basename(sincePath)}: ${err instanceof Error ? err.message : String(err)}`);
    return;
  }
  const earlierSig = join(dirname(sincePath), SIGNATURE_FILE);
  if (
    existsSync(earlierSig) &&
    !signatureHolds(earlier.publicKeyPem, sinceBytes, (await readFile(earlierSig, 'utf8')).trim())
  )
    problems.push(`--since ${basename(sincePath)}: the earlier manifest's signature does not verify`);
  if (earlier.workspaceId !== manifest.workspaceId) {
    problems.push(
      `the chain does not extend the earlier pack: it is another workspace (${manifest.workspaceId}, the earlier pack is ${earlier.workspaceId})`,
    );
    return;
  }
  if (earlier.keyFingerprint !== manifest.keyFingerprint)
    problems.push(`signed by a different key than the earlier pack (${earlier.keyFingerprint})`);
  const from = earlier.chainHead;
  const to = manifest.chainHead;
  if (to.seq < from.seq) {
    problems.push(
      `the chain does not extend the earlier pack: its head is entry ${to.seq}, the earlier pack's is ${from.seq} (entries were removed)`,
    );
    return;
  }
  if (to.seq === from.seq && to.hash !== from.hash) {
    problems.push(
      `the chain does not extend the earlier pack: entry ${to.seq} has a different hash (the chain was rewritten)`,
    );
    return;
  }
  if (from.seq === 0) {
    notes.push('The earlier pack recorded an empty chain; every chain extends it.');
    return;
  }
  if (!records) {
    problems.push(
      'cannot check that the chain extends the earlier pack: this pack has no audit log that could be recomputed',
    );
    return;
  }
  const old = records.find((r) => r.seq === from.seq);
  if (!old) {
    problems.push(`the chain does not extend the earlier pack: the Audit log has no entry ${from.seq}`);
    return;
  }
  if (old.hash !== from.hash) {
    problems.push(
      `the chain does not extend the earlier pack: entry ${from.seq} has a different hash than in the earlier pack (the chain was rewritten)`,
    );
    return;
  }
  if (problems.some((p) => p.startsWith('Audit log:'))) return;
  notes.push(
    to.seq === from.seq
      ? `The chain head is the same as in the earlier pack (entry ${to.seq}).`
      : `The chain extends the earlier pack: entry ${from.seq} appears unchanged, and the whole chain from entry 1 to ${to.seq} recomputes.`,
  );
}
