// What a handler gets besides its input: the session (data folder, open workspace), a clock and
// the shell, which is the only part that differs between Electron, the browser host and tests.
import { AppError, type Delivery } from '../../../shared/contract';
import type { DataDir } from './data-dir';
import { identityWriteContext } from './signers';
import type { UnlockedIdentity } from '../trust/identity-file';
import type { RememberedPassphrases } from '../trust/remembered-passphrase';
import type { WriteContext, Workspace } from './workspace';

/** Where files come from and go to. Electron shows dialogs; the browser host uses its folder and downloads. */
export interface Shell {
  readonly transport: 'electron' | 'http';
  /** Where chooseNewWorkspacePath writes without asking; absent when a dialog asks the user. */
  readonly newWorkspaceFolder?: string;
  chooseNewWorkspacePath(suggestedName: string): Promise<string | null>;
  chooseWorkspaceToOpen(): Promise<string | null>;
  /** Writes a file the user asked for and hands it over; `write` receives a path to write to. */
  deliverFile(suggestedName: string, write: (path: string) => Promise<void>): Promise<Delivery>;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export class Session {
  workspace: Workspace | null = null;
  /** Who is working: the identity whose key was unlocked in this session (it signs every write). */
  identity: UnlockedIdentity | null = null;
  /** Passphrases remembered with the OS keychain: the desktop app only (set by its backend). */
  passphrases: RememberedPassphrases | null = null;

  constructor(
    readonly dataDir: DataDir,
    readonly shell: Shell,
    readonly clock: Clock,
    readonly appVersion: string,
  ) {}

  replaceWorkspace(next: Workspace | null): void {
    this.workspace?.close();
    this.workspace = next;
  }
}

export interface Context {
  session: Session;
}

export function requireWorkspace(ctx: Context): Workspace {
  const ws = ctx.session.workspace;
  if (!ws) throw new AppError('NO_WORKSPACE', 'No workspace is open. Create or open one first.');
  return ws;
}

/** The unlocked identity; NO_PROFILE when nobody has unlocked their key in this session. */
export function currentIdentity(ctx: Context): UnlockedIdentity {
  const id = ctx.session.identity;
  if (!id)
    throw new AppError(
      'NO_PROFILE',
      'Unlock your signing key first: every change is signed by the person who makes it.',
    );
  return id;
}

export function writeContext(ctx: Context): WriteContext {
  return identityWriteContext(currentIdentity(ctx), ctx.session.clock.now());
}
