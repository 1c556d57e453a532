// `steadfast packet` hands out a workshop packet; `steadfast merge` brings one back. Exit codes of
// merge: 0 merged (or nothing new), 1 conflicts left for review and nothing written, 2 an error.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../shared/contract';
import { systemClock } from '../core/app/context';
import { DataDir, defaultDataDir } from '../core/app/data-dir';
import { identityWriteContext } from '../core/app/signers';
import { Workspace } from '../core/app/workspace';
import { cutPacket } from '../core/domains/packets/cut';
import { acceptMerge, choicesFor, prepareMerge, type MergeReview } from '../core/domains/packets/merge';
import type { PacketScope } from '../core/store/schema/packets';
import { EXIT, type CommandSpec, type Io } from './commands';
import { unlockForCli } from './identity';

const list = (v: string | boolean | undefined): string[] =>
  typeof v === 'string'
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '')
    : [];

function scopeFrom(flags: Record<string, string | boolean>): PacketScope {
  const departments = list(flags.departments);
  const processes = list(flags.processes);
  if (departments.length > 0 && processes.length > 0)
    throw new AppError('INVALID_INPUT', 'Give either --departments or --processes, not both.');
  if (departments.length > 0) return { kind: 'departments', values: departments };
  if (processes.length > 0) return { kind: 'processes', values: processes };
  return { kind: 'whole', values: [] };
}

const now = (io: Io) => (io.clock ?? systemClock).now();

export const packetCommand: CommandSpec = {
  usage:
    'steadfast packet <master> --out <file> [--departments a,b | --processes x,y] [--as <identity>] [--passphrase-file <file>]',
  summary: 'hand out a workshop packet of a workspace',
  details:
    'Copies the master workspace (SQLite backup API) to --out and signs the packet’s first entry: the master, the audit head it was cut from (its base) and its scope. With --departments or --processes the packet refuses changes to processes and resources outside those and what they depend on. Bring it back with steadfast merge.',
  async run(args, flags, io) {
    const file = args[0];
    if (!file) throw new AppError('INVALID_INPUT', 'Name the master workspace file.');
    if (typeof flags.out !== 'string')
      throw new AppError('INVALID_INPUT', 'Name the packet file: --out <file>.');
    const dd = new DataDir(defaultDataDir(io.env));
    const me = unlockForCli(dd, flags, io);
    const at = await now(io);
    const master = await Workspace.open(resolve(file), dd, at);
    try {
      const r = await cutPacket(
        master,
        resolve(flags.out),
        scopeFrom(flags),
        dd,
        identityWriteContext(me, at),
      );
      const scope =
        r.scope.kind === 'whole'
          ? 'the whole workspace'
          : `${r.scope.kind} ${r.scope.values.join(', ')} (${r.scopeNodes} nodes with what they depend on)`;
      io.out(
        `Cut packet ${r.packetId} of ${file} into ${r.file}: base entry ${r.base.seq} ${r.base.hash.slice(0, 12)}…, scope ${scope}, signed by ${me.name}.`,
      );
      return EXIT.ok;
    } finally {
      master.close();
    }
  },
};

const Choices = z.record(z.string(), z.enum(['master', 'packet']));

function readChoices(path: string): Record<string, 'master' | 'packet'> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new AppError('NOT_FOUND', `--choices: cannot read ${path}.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('INVALID_INPUT', `--choices: ${path} is not JSON.`);
  }
  const parsed = Choices.safeParse(json);
  if (!parsed.success)
    throw new AppError(
      'INVALID_INPUT',
      `--choices: expected {"<conflict id>": "master" | "packet"}, as --json lists the ids.`,
    );
  return parsed.data;
}

function reviewJson(r: MergeReview) {
  return {
    packet: r.packet.id,
    master: r.packet.masterName,
    base: { seq: r.packet.baseSeq, hash: r.packet.baseHash },
    from: r.from,
    head: r.head,
    alreadyMerged: r.alreadyMerged,
    applies: r.plan.applies.size,
    conflicts: r.conflicts.map((c) => ({
      id: c.id,
      label: c.label,
      table: c.table,
      key: c.key,
      field: c.field,
      kind: c.kind,
      base: c.base,
      master: c.master,
      packet: c.packet,
    })),
  };
}

export const mergeCommand: CommandSpec = {
  usage:
    'steadfast merge <master> <packet> [--dry-run] [--json] [--take packet|master] [--choices <file.json>] [--as <identity>] [--passphrase-file <file>]',
  summary: 'bring a workshop packet back into its master (three-way merge)',
  details:
    'Verifies the packet’s audit chain (a tampered packet is refused with the entry named) and that its base is the master’s entry at that point, then merges the packet’s changes since its base with the master’s, field by field. A field both changed differently, a row edited on one side and retired or deleted on the other, and a dependency whose end no longer exists are conflicts: with --take (one side for all) or --choices (a JSON object of conflict id → "master" or "packet"; --json lists the ids) they are resolved, otherwise nothing is written and the exit code is 1. The merge is one transaction whose entries carry every merged row and its author, ending in a workspace.merge entry that commits to both heads. Merging the same packet again changes nothing. Exit 0 merged, 1 conflicts left for review, 2 an error.',
  async run(args, flags, io) {
    const [masterFile, packetFile] = args;
    if (!masterFile || !packetFile)
      throw new AppError('INVALID_INPUT', 'Name the master workspace and the packet.');
    const take = flags.take;
    if (take !== undefined && take !== 'master' && take !== 'packet')
      throw new AppError('INVALID_INPUT', '--take is master or packet.');
    const given = typeof flags.choices === 'string' ? readChoices(resolve(flags.choices)) : {};
    const dd = new DataDir(defaultDataDir(io.env));
    const at = await now(io);
    const dry = flags['dry-run'] === true;
    const me = dry ? undefined : unlockForCli(dd, flags, io);
    const master = await Workspace.open(resolve(masterFile), dd, at);
    let packet: Workspace | undefined;
    try {
      packet = await Workspace.open(resolve(packetFile), dd, at);
      const review = prepareMerge(master, packet);
      const choices = choicesFor(review, given, take);
      const open = review.conflicts.filter((c) => !choices.has(c.id));
      if (flags.json === true) io.out(JSON.stringify({ ...reviewJson(review), open: open.length }, null, 2));
      if (review.alreadyMerged) {
        if (flags.json !== true)
          io.out(`Nothing to merge: this packet is merged up to its entry ${review.head.seq}.`);
        return EXIT.ok;
      }
      if (flags.json !== true) {
        io.out(
          `${review.plan.applies.size} rows change, ${review.conflicts.length} conflicts (${open.length} without a choice).`,
        );
        for (const c of open)
          io.out(
            `conflict ${JSON.stringify(c.id)}: ${c.label} (${c.kind}) base ${JSON.stringify(c.base)}, master ${JSON.stringify(c.master)}, packet ${JSON.stringify(c.packet)}`,
          );
      }
      if (open.length > 0) {
        io.err(
          `${open.length} conflict${open.length === 1 ? '' : 's'} need a choice (--take or --choices); nothing was written.`,
        );
        return EXIT.checkFailed;
      }
      if (dry) return EXIT.ok;
      const out = acceptMerge(master, review, choices, identityWriteContext(me!, at));
      if (flags.json !== true)
        io.out(
          `Merged: ${out.applied} rows, ${out.resolved} conflicts resolved${out.reopened.length > 0 ? `; back to draft: ${out.reopened.join(', ')}` : ''}. Head ${out.head.seq} ${out.head.hash.slice(0, 12)}….`,
        );
      return EXIT.ok;
    } finally {
      packet?.close();
      master.close();
    }
  },
};
