// `steadfast verify`: checks an evidence pack offline, the folder or the zip the app exports. Exit 0
// when everything matches, 1 with one line per mismatch, 2 on an error (no such folder, a zip that
// is not a pack's, an unreadable --key).
import { resolve } from 'node:path';
import { AppError } from '../../shared/contract';
import { verifyPack } from '../core/reports/verify';
import { EXIT, type CommandSpec } from './commands';

export const verifyCommand: CommandSpec = {
  usage:
    'steadfast verify <pack folder or zip> [--key <fingerprint or public-key .pem>] [--since <earlier manifest.json>]',
  summary: 'verify an evidence pack (signature, digests, chain)',
  details:
    'Takes the pack folder or the zip the app exports (unpacked into a temporary folder, refusing paths outside it, links and oversized entries). Checks manifest.sig against manifest.json with the public key in the manifest, and every file against its size and SHA-256; names each file that differs, is missing or is not in the manifest. Rebuilds every entry of the workbook’s Audit log sheet and recomputes its hash, every link from the genesis hash and the sequence without gaps, up to the manifest’s head; names the first entry that does not hold. --key requires a given signer. --since requires the same workspace and the earlier pack’s head unchanged in this pack’s chain, which is recomputed whole. Truncation of the tail is only detectable against such an anchor. Exit 0 when all holds, 1 when not, 2 on an error.',
  async run(args, flags, io) {
    const folder = args[0];
    if (!folder)
      throw new AppError(
        'INVALID_INPUT',
        'Name the pack folder (the one holding manifest.json) or the pack zip the app exported.',
      );
    const key = typeof flags.key === 'string' ? flags.key : undefined;
    const since = typeof flags.since === 'string' ? resolve(flags.since) : undefined;
    const r = await verifyPack(resolve(folder), { key, since });
    if (!r.ok) {
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
