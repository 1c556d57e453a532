// The `steadfast` commands as functions that return an exit code and write to given streams, so
// tests run them in-process. Exit 0 = success, 1 = a check failed, 2 = an error.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../shared/contract/errors';
import type { Clock } from '../core/app/context';
import type * as DataDirModule from '../core/app/data-dir';
import type { DataDir } from '../core/app/data-dir';
import { APP_VERSION } from '../core/app/version';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  env: NodeJS.ProcessEnv;
  clock?: Clock;
  /** serve: called with the running host; resolves when it should stop. */
  waitForStop?: (url: string) => Promise<void>;
}

/** 3: `verify` found everything in order but the signer's key is not pinned by the auditor. */
export const EXIT = { ok: 0, checkFailed: 1, error: 2, unpinned: 3 } as const;

export interface CommandSpec {
  usage: string;
  summary: string;
  details: string;
  run(args: string[], flags: Record<string, string | boolean>, io: Io): Promise<number>;
}

/**
 * A command as the overview lists it: its summary at hand, the rest loaded when it is asked for.
 * `steadfast --help` then loads no SQLite, PDF or spreadsheet library, and each command only its own.
 */
export interface CommandEntry {
  summary: string;
  load(): Promise<CommandSpec>;
}

function inline(spec: CommandSpec): CommandEntry {
  return { summary: spec.summary, load: () => lazy(async () => spec) };
}

async function lazy(load: () => Promise<CommandSpec>): Promise<CommandSpec> {
  await loadDataDir();
  return load();
}

/** The current time as a command sees it: the injected clock in tests, else the system's. */
async function now(io: Io): Promise<Date> {
  if (io.clock) return io.clock.now();
  const { systemClock } = await import('../core/app/context');
  return systemClock.now();
}

// The data folder's module validates its files with zod, which `--help` has no use for: every
// entry's load() loads it, and commands (and actorFor, called by them) read it synchronously after.
let dataDirModule: typeof DataDirModule | undefined;

async function loadDataDir(): Promise<void> {
  dataDirModule ??= await import('../core/app/data-dir');
}

function dataDir(io: Io): DataDir {
  if (!dataDirModule) throw new Error('A steadfast command ran before its entry was loaded.');
  return new dataDirModule.DataDir(dataDirModule.defaultDataDir(io.env));
}

function requireFile(args: string[], what: string): string {
  const file = args[0];
  if (!file) throw new AppError('INVALID_INPUT', `Name the ${what}, for example: workspace.steadfast`);
  return resolve(file);
}

export const commands: Record<string, CommandEntry> = {
  new: inline({
    usage: 'steadfast new <file> [--name "Workspace name"] [--as <identity>] [--passphrase-file <file>]',
    summary: 'create an empty workspace file',
    details:
      'Creates a new workspace whose first member is you (your unlocked identity signs its first audit entry). Refuses to overwrite a file.',
    async run(args, flags, io) {
      const file = requireFile(args, 'new workspace file');
      const name = typeof flags.name === 'string' ? flags.name : 'New workspace';
      const [{ Workspace }, { unlockForCli }, { identityWriteContext }] = await Promise.all([
        import('../core/app/workspace'),
        import('./identity'),
        import('../core/app/signers'),
      ]);
      const me = unlockForCli(dataDir(io), flags, io);
      const ws = await Workspace.create(file, name, dataDir(io), identityWriteContext(me, await now(io)), {
        as: { person: me.name, fingerprint: me.fingerprint, program: 'cli' },
      });
      io.out(`Created ${file} (workspace ${ws.id}, first member ${me.name}, key ${me.fingerprint}).`);
      ws.close();
      return EXIT.ok;
    },
  }),
  demo: inline({
    usage: 'steadfast demo <file>',
    summary: 'create the demo workspace (Meridian Freight)',
    details:
      'Writes a realistic sample workspace of a fictional logistics company, with its audit trail, signed by its fictional people (keys made for the build and discarded). The last identity used on this machine is added to its roster, so you can work in it.',
    async run(args, _flags, io) {
      const file = requireFile(args, 'demo workspace file');
      if (existsSync(file)) throw new AppError('CONFLICT', `${file} already exists; choose a new file name.`);
      const [{ buildDemoWorkspace }, { handlers }] = await Promise.all([
        import('../core/demo'),
        import('../core/handlers'),
      ]);
      const dd = dataDir(io);
      const lastFp = dd.profile()?.fingerprint;
      const me = lastFp ? dd.identity(lastFp) : undefined;
      const ws = await buildDemoWorkspace(file, dd, await now(io), handlers, me);
      const s = ws.summary();
      io.out(`Created the demo workspace "${s.name}" in ${file} (${s.chain.seq} audit entries).`);
      ws.close();
      return EXIT.ok;
    },
  }),
  serve: inline({
    usage: 'steadfast serve [file] [--port N]',
    summary: 'run the app in your browser on this machine only',
    details:
      'Starts the browser host on 127.0.0.1 and prints an address with a one-time token. Without a file, the start screen offers new, recent and demo workspaces. Ctrl-C stops it.',
    async run(args, flags, io) {
      const { serveWorkspace } = await import('../host');
      const port = typeof flags.port === 'string' ? Number(flags.port) : undefined;
      if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
        throw new AppError('INVALID_INPUT', '--port takes a number from 0 to 65535.');
      }
      const file = args[0] ? resolve(args[0]) : undefined;
      const host = await serveWorkspace({
        dataDir: dataDir(io).root,
        version: APP_VERSION,
        file,
        port,
        clock: io.clock,
      });
      io.out(`Steadfast is running at ${host.url}`);
      io.out('Open that address in your browser. Press Ctrl-C to stop.');
      await (io.waitForStop ?? waitForSignal)(host.url);
      await host.close();
      io.out('Stopped.');
      return EXIT.ok;
    },
  }),
  analyze: inline({
    usage: 'steadfast analyze <file> [--json]',
    summary: 'analyse the dependency map (SPOFs, inversions, recovery)',
    details:
      'Prints single points of failure, RTO inversions with their paths, cycles, recovery times short of the RTO, the largest blast radius and the recovery order. --json prints the whole analysis (shape in README.md).',
    async run(args, flags, io) {
      const file = requireFile(args, 'workspace file');
      const [{ Workspace }, { analyzeWorkspace, describeAnalysis }] = await Promise.all([
        import('../core/app/workspace'),
        import('./analyze'),
      ]);
      const ws = await Workspace.open(file, dataDir(io), await now(io), { access: 'read' });
      try {
        const a = analyzeWorkspace(ws);
        if (flags.json === true) io.out(JSON.stringify(a, null, 2));
        else for (const line of describeAnalysis(a)) io.out(line);
        return EXIT.ok;
      } finally {
        ws.close();
      }
    },
  }),
  gate: inline({
    usage: 'steadfast gate <file> --release <id or name> [--json]',
    summary: 'go/no-go gate of a release (exit 0 go, 1 no-go)',
    details:
      'Evaluates every gate check of the release (approvals, risk, calendar conflicts, rollback runbook, DR-test recency, critical findings, error budget, RTO inversions, canary) and prints each as a sentence, or with --json the whole gate (GateView in shared/contract/release-types.ts). Exit 0 go, 1 no-go, 2 error.',
    async run(args, flags, io) {
      const file = requireFile(args, 'workspace file');
      if (typeof flags.release !== 'string' || flags.release.trim() === '')
        throw new AppError('INVALID_INPUT', 'Name the release: --release <id or name>.');
      const at = await now(io);
      const [{ Workspace }, { describeGate, gateOfRelease }] = await Promise.all([
        import('../core/app/workspace'),
        import('./gate'),
      ]);
      const ws = await Workspace.open(file, dataDir(io), at, { access: 'read' });
      try {
        const g = gateOfRelease(ws, flags.release.trim(), at);
        if (flags.json === true) io.out(JSON.stringify(g, null, 2));
        else for (const line of describeGate(g)) io.out(line);
        return g.go ? EXIT.ok : EXIT.checkFailed;
      } finally {
        ws.close();
      }
    },
  }),
  'audit verify': inline({
    usage: 'steadfast audit verify <file>',
    summary: 'verify a workspace audit chain',
    details:
      'Walks the hash chain from the first entry, names the first entry that does not hold, and compares the end of the chain with the head this machine recorded. Then rebuilds every audited table from the after-images in the chain and compares it with the rows the file holds, naming every row that differs (table, id, field), is missing or has no audit entry. Exit 0 when intact, 1 when not.',
    async run(args, _flags, io) {
      const file = requireFile(args, 'workspace file');
      const dd = dataDir(io);
      const [{ Workspace }, { verifyWorkspaceChain }, { describeDifference }] = await Promise.all([
        import('../core/app/workspace'),
        import('../core/domains/audit/verify'),
        import('../core/store/state/describe'),
      ]);
      const ws = await Workspace.open(file, dd, await now(io), { access: 'read' });
      try {
        const v = verifyWorkspaceChain(ws.store, ws.headKey, dd, { limit: Number.POSITIVE_INFINITY });
        (v.ok ? io.out : io.err)(v.summary);
        for (const d of v.state.differences) io.err(describeDifference(d, true));
        return v.ok ? EXIT.ok : EXIT.checkFailed;
      } finally {
        ws.close();
      }
    },
  }),
  'identity new': inline({
    usage: 'steadfast identity new --name "Your Name" --role "Your role" [--passphrase-file <file>]',
    summary: 'create your signing identity on this machine',
    details:
      'Makes an Ed25519 key pair in the data folder, the private key encrypted with your passphrase (scrypt, AES-256-GCM). The passphrase comes from --passphrase-file or STEADFAST_PASSPHRASE. Prints the fingerprint: tell it to the people who verify your packs.',
    async run(_args, flags, io) {
      const { createCliIdentity } = await import('./identity');
      const f = createCliIdentity(dataDir(io), flags, io, await now(io));
      io.out(`Created the identity of ${f.name} (${f.role}): ${f.fingerprint}`);
      return EXIT.ok;
    },
  }),
  'identity list': inline({
    usage: 'steadfast identity list',
    summary: 'list the signing identities on this machine',
    details: 'One line per identity: fingerprint, name and role. The last one used is marked with *.',
    async run(_args, _flags, io) {
      const dd = dataDir(io);
      const last = dd.profile()?.fingerprint;
      for (const f of dd.identities())
        io.out(`${f.fingerprint === last ? '*' : ' '} ${f.fingerprint}  ${f.name} (${f.role})`);
      return EXIT.ok;
    },
  }),
  'trust add': inline({
    usage: 'steadfast trust add <fingerprint> [--name "Who it is"]',
    summary: 'trust a signer’s key for verify (your trust list)',
    details:
      'Adds a key fingerprint to the trust list in your data folder; verify then accepts packs it signed without --key. Add only fingerprints you confirmed with their owner by another channel.',
    async run(args, flags, io) {
      const fp = args[0];
      if (!fp || !/^SHA256:[A-Za-z0-9+/]{43}$/.test(fp))
        throw new AppError('INVALID_INPUT', 'Give the key fingerprint, for example SHA256:AbC…');
      const dd = dataDir(io);
      const label = typeof flags.name === 'string' ? flags.name : '';
      dd.setTrusted([...dd.trusted().filter((t) => t.fingerprint !== fp), { fingerprint: fp, label }]);
      io.out(`Trusted ${fp}${label ? ` (${label})` : ''}.`);
      return EXIT.ok;
    },
  }),
  'trust list': inline({
    usage: 'steadfast trust list',
    summary: 'list the keys you trust for verify',
    details: 'One line per trusted key fingerprint, with its label.',
    async run(_args, _flags, io) {
      for (const t of dataDir(io).trusted()) io.out(`${t.fingerprint}  ${t.label}`);
      return EXIT.ok;
    },
  }),
  export: {
    summary: 'write a signed evidence pack (PDF report, Excel workbook, manifest)',
    load: () => lazy(async () => (await import('./export')).exportCommand),
  },
  verify: {
    summary: 'verify an evidence pack (signature, digests, chain, signer)',
    load: () => lazy(async () => (await import('./verify')).verifyCommand),
  },
  restore: {
    summary: 'list or restore the automatic backups of a workspace',
    load: () => lazy(async () => (await import('./restore')).restoreCommand),
  },
  roi: {
    summary: 'write the DORA Register of Information (xBRL-CSV package; exit 1 when invalid)',
    load: () => lazy(async () => (await import('./roi')).roiCommand),
  },
  questionnaires: {
    summary: "write each owner's BIA questionnaire workbook for a campaign",
    load: () => lazy(async () => (await import('./questionnaires')).questionnairesCommand),
  },
  answers: {
    summary: 'review a returned questionnaire against the BIA; --accept takes it',
    load: () => lazy(async () => (await import('./questionnaires')).answersCommand),
  },
  packet: {
    summary: 'hand out a workshop packet of a workspace',
    load: () => lazy(async () => (await import('./packets')).packetCommand),
  },
  merge: {
    summary: 'bring a workshop packet back into its master (three-way merge)',
    load: () => lazy(async () => (await import('./packets')).mergeCommand),
  },
};

function waitForSignal(): Promise<void> {
  return new Promise((resolveStop) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolveStop();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
