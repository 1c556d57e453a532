// `steadfast verify`: checks an evidence pack offline, the folder or the zip the app exports, and
// with --recompute re-performs its figures. Exit codes (README, "Evidence packs"): 0 everything holds
// and the signer is pinned; 1 something does not match (one line per finding); 2 an error (no such
// folder, a zip that is not a pack's, an unreadable --key); 3 everything matches but the signer's key
// is not pinned, so anyone could have re-signed the pack.
import { resolve } from 'node:path';
import { AppError, type EvidenceManifest } from '../../shared/contract';
import { DataDir, defaultDataDir } from '../core/app/data-dir';
import { recomputePack, recomputeSummary, type RecomputeResult } from '../core/recompute/recompute';
import { verifyPack } from '../core/reports/verify';
import { EXIT, type CommandSpec } from './commands';

export const verifyCommand: CommandSpec = {
  usage:
    'steadfast verify <pack folder or zip> [--key <fingerprint or public-key .pem>] [--trust <roster file>] [--since <earlier manifest.json>] [--recompute]',
  summary: 'verify an evidence pack (signature, digests, chain, signer)',
  details:
    'Takes the pack folder or the zip the app exports (unpacked into a temporary folder, refusing paths outside it, links and oversized entries). Checks manifest.sig against manifest.json, every file against its size and SHA-256, and that the signer is in the pack’s roster; names each file that differs, is missing or is not in the manifest. Rebuilds every entry of the workbook’s Audit log sheet and recomputes its hash, every link from the genesis hash, every signature against the roster the chain records, and the sequence without gaps, up to the manifest’s head; names the first entry that does not hold. The signer must be pinned: --key (a fingerprint or .pem), --trust (a file of fingerprints you received by another channel), your trust list (steadfast trust add) or one of your own identities on this machine. --since requires the same workspace and the earlier pack’s head unchanged in this pack’s chain, which is recomputed whole; truncation of the tail is only detectable against such an anchor. --recompute reruns the domain code on the pack’s inputs.json (the inputs of every figure, with the engine version) and compares every MTD, RTO, RPO, tier, conflict, SPOF, blast radius, inversion, achievable recovery time, P50/P90/P(meet RTO), DR-test result, SLO budget, gate verdict and canary verdict with the workbook and the manifest, naming each difference (sheet, row, column, reported and recomputed) and counting the figures compared. Exit 0 when all holds (with --recompute, every figure agrees) and the signer is pinned, 1 when something does not match (or inputs.json is missing or malformed), 2 on an error, 3 when everything matches but the signer is not pinned (anyone could have re-signed the pack).',
  async run(args, flags, io) {
    const folder = args[0];
    if (!folder)
      throw new AppError(
        'INVALID_INPUT',
        'Name the pack folder (the one holding manifest.json) or the pack zip the app exported.',
      );
    const key = typeof flags.key === 'string' ? flags.key : undefined;
    const trust = typeof flags.trust === 'string' ? resolve(flags.trust) : undefined;
    const since = typeof flags.since === 'string' ? resolve(flags.since) : undefined;
    // Pinned: the trust list, and your own identities on this machine (you hold those keys).
    const dd = new DataDir(defaultDataDir(io.env));
    const trusted = [...dd.trusted().map((t) => t.fingerprint), ...dd.identities().map((f) => f.fingerprint)];
    // --recompute runs inside the pack's folder (the unpacked zip), beside the other checks.
    let recomputed: RecomputeResult | undefined;
    const also =
      flags.recompute === true
        ? async (dir: string, m: EvidenceManifest) => (recomputed = await recomputePack(dir, m)).problems
        : undefined;
    const r = await verifyPack(resolve(folder), { key, since, trust, trusted, also });
    if (recomputed) io.out(recomputeSummary(recomputed));
    if (r.problems.length > 0) {
      for (const p of r.problems) io.err(p);
      return EXIT.checkFailed;
    }
    const m = r.manifest!;
    const who = m.signerName ? `${m.signerName} (${m.keyFingerprint})` : m.keyFingerprint;
    io.out(
      `Pack verified: ${m.files.length} file${m.files.length === 1 ? '' : 's'} match the manifest signed by ${who} (workspace "${m.workspaceName}", audit-chain head ${m.chainHead.seq}).`,
    );
    for (const n of r.notes) io.out(n);
    if (!r.pinned) {
      io.err(
        `Not trusted: the signer's key ${m.keyFingerprint} is not pinned. Anyone could have edited the pack and re-signed it with a key of their own. Confirm the fingerprint with the signer by another channel, then run again with --key ${m.keyFingerprint} (or add it: steadfast trust add ${m.keyFingerprint}).`,
      );
      return EXIT.unpinned;
    }
    return EXIT.ok;
  },
};
