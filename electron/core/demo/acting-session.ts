// Writes the demo through the real router, as named people at chosen times, so the demo passes the
// same validation and lands in the audit trail exactly as a user's work would. The handler map comes
// from the caller: the demo never imports the composition (electron/core/handlers.ts), which builds it.
import { AppError, type MethodInput, type MethodName, type MethodResult } from '../../../shared/contract';
import { Session, type Clock, type Shell } from '../app/context';
import { DataDir } from '../app/data-dir';
import { createRouter, type Handlers } from '../app/router';
import type { UnlockedIdentity } from '../trust/identity-file';
import type { DemoActor } from './actors';
import type { Workspace } from '../app/workspace';

class ScriptClock implements Clock {
  constructor(public t: number) {}
  now(): Date {
    return new Date(this.t);
  }
}

const noShell: Shell = {
  transport: 'http',
  chooseNewWorkspacePath: () => Promise.reject(new AppError('UNSUPPORTED', 'not in the demo script')),
  chooseWorkspaceToOpen: () => Promise.reject(new AppError('UNSUPPORTED', 'not in the demo script')),
  deliverFile: () => Promise.reject(new AppError('UNSUPPORTED', 'not in the demo script')),
};

export class ActingSession {
  private readonly clock: ScriptClock;
  private readonly session: Session;
  private readonly router: ReturnType<typeof createRouter>;

  constructor(
    ws: Workspace,
    root: string,
    start: Date,
    handlers: Handlers,
    private readonly people: Map<string, UnlockedIdentity>,
  ) {
    this.router = createRouter(handlers, (method, err) => {
      throw new Error(`demo step ${method} failed: ${String(err)}`);
    });
    this.clock = new ScriptClock(start.getTime());
    this.session = new Session(new DataDir(root), noShell, this.clock, 'demo');
    this.session.workspace = ws;
  }

  /** Who acts from now on: their demo key signs what follows. */
  as(actor: DemoActor): this {
    const id = this.people.get(actor.name);
    if (!id) throw new Error(`the demo has no key for ${actor.name}`);
    this.session.identity = id;
    return this;
  }

  /** The script's clock, for dates the script writes (a test's scheduled day). */
  now(): Date {
    return this.clock.now();
  }

  /** Moves the script's clock forward. */
  wait(minutes: number): this {
    this.clock.t += minutes * 60_000;
    return this;
  }

  async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
    this.clock.t += 20_000;
    const env = await this.router(method, input, { session: this.session });
    if (!env.ok) throw new Error(`demo step ${method} failed: ${env.error.message}`);
    return env.value as MethodResult<M>;
  }
}
