// Who signs what the CLI writes: an identity in the data folder, unlocked with its passphrase.
// Which identity: --as (a fingerprint or a name), else STEADFAST_IDENTITY, else the last person at
// this machine's keyboard, else the only identity there is. The passphrase comes from
// --passphrase-file or STEADFAST_PASSPHRASE (scripts); never from an argument, which `ps` would show.
import { readFileSync } from 'node:fs';
import { AppError } from '../../shared/contract/errors';
import type { DataDir } from '../core/app/data-dir';
import {
  createIdentity,
  unlockIdentity,
  type IdentityFile,
  type UnlockedIdentity,
} from '../core/trust/identity-file';
import type { Io } from './commands';

type Flags = Record<string, string | boolean>;

export function passphraseFrom(flags: Flags, io: Io): string {
  const file = typeof flags['passphrase-file'] === 'string' ? flags['passphrase-file'] : undefined;
  if (file) {
    try {
      return readFileSync(file, 'utf8').replace(/\r?\n$/, '');
    } catch {
      throw new AppError('NOT_FOUND', `--passphrase-file: cannot read ${file}.`);
    }
  }
  const env = io.env.STEADFAST_PASSPHRASE;
  if (env) return env;
  throw new AppError(
    'NO_PROFILE',
    'This command signs what it writes: give your passphrase with --passphrase-file <file> or in STEADFAST_PASSPHRASE.',
  );
}

function chooseIdentity(dataDir: DataDir, flags: Flags, io: Io): IdentityFile {
  const all = dataDir.identities();
  if (all.length === 0)
    throw new AppError(
      'NO_PROFILE',
      'No identity on this machine yet. Create one: steadfast identity new --name "Your Name" --role "Your role" (passphrase in STEADFAST_PASSPHRASE or --passphrase-file).',
    );
  const wanted = typeof flags.as === 'string' ? flags.as : io.env.STEADFAST_IDENTITY;
  if (wanted) {
    const found = all.filter((f) => f.fingerprint === wanted || f.name === wanted);
    if (found.length === 1) return found[0]!;
    throw new AppError(
      found.length === 0 ? 'NOT_FOUND' : 'CONFLICT',
      found.length === 0
        ? `No identity named or fingerprinted "${wanted}" on this machine (steadfast identity list).`
        : `Several identities are named "${wanted}"; give the fingerprint with --as.`,
    );
  }
  const last = dataDir.profile()?.fingerprint;
  const lastFile = last ? all.find((f) => f.fingerprint === last) : undefined;
  if (lastFile) return lastFile;
  if (all.length === 1) return all[0]!;
  throw new AppError(
    'INVALID_INPUT',
    'Several identities are on this machine: choose one with --as <name or fingerprint>.',
  );
}

export function unlockForCli(dataDir: DataDir, flags: Flags, io: Io): UnlockedIdentity {
  return unlockIdentity(chooseIdentity(dataDir, flags, io), passphraseFrom(flags, io));
}

export function createCliIdentity(dataDir: DataDir, flags: Flags, io: Io, now: Date): IdentityFile {
  const name = typeof flags.name === 'string' ? flags.name.trim() : '';
  const role = typeof flags.role === 'string' ? flags.role.trim() : '';
  if (!name || !role) throw new AppError('INVALID_INPUT', 'Give --name "Your Name" and --role "Your role".');
  const { file } = createIdentity({ name, role, passphrase: passphraseFrom(flags, io) }, now);
  dataDir.saveIdentity(file);
  dataDir.setProfile({ name, role, fingerprint: file.fingerprint });
  return file;
}
