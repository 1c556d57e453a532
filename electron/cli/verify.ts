// `steadfast verify`: checks an evidence pack folder offline, and with --recompute re-performs its
// figures. Exit 0 when everything matches, 1 with one line per mismatch, 2 on an error (no such
// folder, an unreadable --key).
import { resolve } from 'node:path';
import { AppError } from '../../shared/contract';
import { recomputePack, recomputeSummary } from '../core/reports/recompute/recompute';
import { verifyPack } from '../core/reports/verify';
import { EXIT, type CommandSpec } from './commands';

export const verifyCommand: CommandSpec = {
  usage:
    'steadfast verify <pack folder> [--key <fingerprint or public-key .pem>] [--since <earlier manifest.json>] [--recompute]',
  summary: 'verify an evidence pack (signature, digests, chain)',
  details:
    'Checks manifest.sig against manifest.json with the public key in the manifest, and every file against its size and SHA-256; names each file that differs, is missing or is not in the manifest. --key requires a given signer. --since requires the same workspace and an audit chain that extends the earlier pack’s: the earlier head must appear unchanged in this pack’s Audit log sheet, linked unbroken to this pack’s head. --recompute reruns the domain code on the pack’s inputs.json (the inputs of every figure, with the engine version) and compares every MTD, RTO, RPO, tier, conflict, SPOF, blast radius, inversion, achievable recovery time, P50/P90/P(meet RTO), DR-test result, SLO budget, gate verdict and canary verdict with the workbook and the manifest, naming each difference (sheet, row, column, reported and recomputed) and counting the figures compared. Exit 0 when all holds (and, with --recompute, every figure agrees), 1 when not (a difference, or an inputs.json that is missing or malformed), 2 on an error.',
  async run(args, flags, io) {
    const folder = args[0];
    if (!folder) throw new AppError('INVALID_INPUT', 'Name the pack folder (the one holding manifest.json).');
    const key = typeof flags.key === 'string' ? flags.key : undefined;
    const since = typeof flags.since === 'string' ? resolve(flags.since) : undefined;
    const r = await verifyPack(resolve(folder), { key, since });
    const recomputed =
      flags.recompute === true && r.manifest ? await recomputePack(resolve(folder), r.manifest) : null;
    if (recomputed) r.problems.push(...recomputed.problems);
    if (recomputed) io.out(recomputeSummary(recomputed));
    if (r.problems.length > 0) {
      for (const p of r.problems) io.err(p);
      return EXIT.checkFailed;
    }
    const m = r.manifest!;
    io.out(
      `Pack verified: ${m.files.length} file${m.files.length === 1 ? '' : 's'} match the manifest signed by ${m.keyFingerprint} (workspace "${m.workspaceName}", audit-chain head ${m.chainHead.seq}).`,
    );
    for (const n of r.notes) io.out(n);
    return EXIT.ok;
  },
};
