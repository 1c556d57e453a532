// `steadfast export`: writes an evidence pack (PDF and/or workbook, manifest.json, manifest.sig)
// into one folder. --at fixes the pack's time, so the same data gives the same bytes.
import { plural } from '../../shared/format/plural';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError, type EvidenceScope } from '../../shared/contract';
import { systemClock } from '../core/app/context';
import { DataDir, defaultDataDir } from '../core/app/data-dir';
import { MANIFEST_FILE, SIGNATURE_FILE } from '../core/reports/manifest';
import { writePack } from '../core/domains/evidence/pack';
import { APP_VERSION } from '../core/app/version';
import { Workspace } from '../core/app/workspace';
import { EXIT, type CommandSpec } from './commands';
import { unlockForCli } from './identity';
import { identityPackSigner } from '../core/app/signers';

type Flags = Record<string, string | boolean>;

function str(flags: Flags, name: string): string | undefined {
  const v = flags[name];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Processes by name or id; a name must be unique among live processes. */
function resolveProcesses(ws: Workspace, wanted: string[]): string[] {
  const rows = ws.store.evidence.liveProcesses();
  return wanted.map((w) => {
    const byId = rows.find((r) => r.id === w);
    if (byId) return byId.id;
    const byName = rows.filter((r) => r.name.toLowerCase() === w.toLowerCase());
    if (byName.length === 1) return byName[0]!.id;
    throw new AppError(
      byName.length === 0 ? 'NOT_FOUND' : 'CONFLICT',
      byName.length === 0
        ? `--processes: no live process is named "${w}".`
        : `--processes: ${plural(byName.length, 'process', 'processes')} are named "${w}"; give its id instead.`,
    );
  });
}

function parseAt(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const at = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(at.getTime()))
    throw new AppError(
      'INVALID_INPUT',
      `--at takes an ISO time such as 2026-03-02T09:00:00Z, not "${value}".`,
    );
  return at;
}

function packFolder(pdf: string | undefined, xlsx: string | undefined, out: string | undefined): string {
  if (out) return resolve(out);
  const dirs = [
    ...new Set([pdf, xlsx].filter((f): f is string => f !== undefined).map((f) => dirname(resolve(f)))),
  ];
  if (dirs.length > 1)
    throw new AppError(
      'INVALID_INPUT',
      '--pdf and --xlsx must be in one folder (the pack); or give --out <pack folder>.',
    );
  return dirs[0]!;
}

export const exportCommand: CommandSpec = {
  usage:
    'steadfast export <file> --pdf evidence.pdf --xlsx evidence.xlsx [--out <pack folder>] [--processes a,b] [--tiers "Tier 0,Tier 1"] [--at <ISO time>] [--as <identity>] [--passphrase-file <file>]',
  summary: 'write a signed evidence pack (PDF report, Excel workbook, manifest)',
  details:
    "Writes the PDF report and/or the workbook, then manifest.json (every file with its SHA-256, the workspace and audit-chain head, the roster and the signer's public key) and manifest.sig (Ed25519 signature with your personal key, unlocked with --passphrase-file or STEADFAST_PASSPHRASE) into the pack folder: --out, else the folder of --pdf/--xlsx. --processes (names or ids) or --tiers narrow the scope to those processes and what they depend on. --at fixes the time printed and recorded, for reproducible bytes. The folder must hold nothing else. Check a pack with steadfast verify.",
  async run(args, flags, io) {
    const file = args[0];
    if (!file)
      throw new AppError(
        'INVALID_INPUT',
        'Name the workspace file, for example: steadfast export d.steadfast --pdf evidence.pdf',
      );
    const pdf = str(flags, 'pdf');
    const xlsx = str(flags, 'xlsx');
    if (!pdf && !xlsx) throw new AppError('INVALID_INPUT', 'Give --pdf <file>, --xlsx <file> or both.');
    const folder = packFolder(pdf, xlsx, str(flags, 'out'));
    const names = { pdf: pdf ? basename(pdf) : undefined, xlsx: xlsx ? basename(xlsx) : undefined };
    if (names.pdf && names.pdf === names.xlsx)
      throw new AppError('INVALID_INPUT', '--pdf and --xlsx need different file names.');
    mkdirSync(folder, { recursive: true });
    const ours = new Set([names.pdf, names.xlsx, MANIFEST_FILE, SIGNATURE_FILE]);
    const others = readdirSync(folder).filter((f) => !ours.has(f));
    if (others.length > 0)
      throw new AppError(
        'CONFLICT',
        `${folder} holds other files (${others.slice(0, 3).join(', ')}); a pack folder holds only the pack. Choose an empty folder with --out.`,
      );
    const processes = str(flags, 'processes');
    const tiers = str(flags, 'tiers');
    if (processes && tiers) throw new AppError('INVALID_INPUT', 'Give --processes or --tiers, not both.');
    const at = parseAt(str(flags, 'at'));
    const dataDir = new DataDir(defaultDataDir(io.env));
    const clock = io.clock ?? systemClock;
    const path = resolve(file);
    if (!existsSync(path)) throw new AppError('NOT_FOUND', `${path} does not exist.`);
    // An export writes only outside the file: it reads a file another process holds, read-only.
    const ws = await Workspace.open(path, dataDir, clock.now(), { access: 'read' });
    try {
      const scope: EvidenceScope = processes
        ? { kind: 'processes', processIds: resolveProcesses(ws, list(processes)) }
        : tiers
          ? { kind: 'tiers', tierNames: list(tiers) }
          : { kind: 'workspace' };
      const r = await writePack(ws, dataDir, {
        folder,
        ...names,
        scope,
        preparedBy: identityPackSigner(unlockForCli(dataDir, flags, io)),
        at: at ?? clock.now(),
        appVersion: APP_VERSION,
      });
      const what = r.files.map((f) => (f === names.pdf && r.pages ? `${f} (${plural(r.pages, 'page')})` : f));
      io.out(`Wrote the evidence pack to ${folder}: ${[...what, MANIFEST_FILE, SIGNATURE_FILE].join(', ')}.`);
      io.out(`Audit-chain head ${r.manifest.chainHead.seq}, signed with ${r.manifest.keyFingerprint}.`);
      io.out(`Check it with: steadfast verify ${join(folder)}`);
      return EXIT.ok;
    } finally {
      ws.close();
    }
  },
};
