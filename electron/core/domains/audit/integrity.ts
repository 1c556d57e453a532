// The full check every workspace gets when it opens (chain walk with signatures, the head recorded on
// this machine, the state check), run after the open has answered so opening never waits for it.
// Its result stays until the file is reopened or Verify is pressed: every write after it extends a
// chain it has just verified, and the state check covers exactly what those writes audited.
import type { ChainVerification, IntegrityStatus, RestoredFrom } from '../../../../shared/contract';
import type { Context } from '../../app/context';
import type { Workspace } from '../../app/workspace';
import type { StepProgress } from '../../store/audit';
import { backupVerified } from '../../store/backups';
import { openReadSnapshot } from '../../store/read-snapshot';
import { combineVerification } from './verify';

/** A workspace's check; the running step replaces `status` as it goes. */
interface Check {
  status: IntegrityStatus;
}

const checks = new WeakMap<Workspace, Check>();

/** Lets queued calls (status polls, the renderer's next request) run before the next step. */
const yieldNow = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Where each step sits in the progress bar: the walk is about a third of the work, the state check the rest. */
const CHAIN_SHARE = 0.3;

/**
 * How long the check works before it lets queued requests run. The check runs on this thread in
 * slices rather than in a worker_thread: a worker would need its own bundled entry point in the
 * Electron build and in tests, and its own copy of the store's code; slices on a connection of the
 * check's own (store/read-snapshot.ts) keep every other request waiting at most one slice.
 */
const SLICE_MS = 25;

/**
 * Runs a stepped check, yielding to the event loop whenever a slice's time is up; stops (and closes
 * the steps' statements) as soon as `alive` says the workspace was closed.
 */
async function drive<P extends StepProgress, T>(
  steps: Generator<P, T>,
  onStep: (p: P) => void,
  alive: () => boolean,
): Promise<T | undefined> {
  let sliceStart = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    onStep(r.value);
    if (performance.now() - sliceStart >= SLICE_MS) {
      await yieldNow();
      if (!alive()) {
        steps.return(undefined as T);
        return undefined;
      }
      sliceStart = performance.now();
    }
  }
}

/** Starts the check of a workspace that has just been opened, created or restored; returns at once. */
export function startIntegrityCheck(
  ctx: Context,
  ws: Workspace,
  restoredFrom: RestoredFrom | null = null,
): void {
  const check: Check = {
    status: {
      status: 'checking',
      progress: 0,
      phase: 'queued',
      startedAt: ctx.session.clock.now().toISOString(),
      restoredFrom,
    },
  };
  checks.set(ws, check);
  void run(ctx, ws, check, restoredFrom);
}

async function run(
  ctx: Context,
  ws: Workspace,
  check: Check,
  restoredFrom: RestoredFrom | null,
): Promise<void> {
  const set = (phase: 'chain' | 'state', progress: number) => {
    if (check.status.status === 'checking') check.status = { ...check.status, phase, progress };
  };
  const alive = () => ws.db.open;
  let snapshot: ReturnType<typeof openReadSnapshot> | undefined;
  try {
    await yieldNow();
    if (!alive()) return;
    set('chain', 0);
    // The file as it is now: writes made while the check runs are checked by the next one.
    snapshot = openReadSnapshot(ws.path);
    const outsideHead = ws.store.audit.outsideHead(ctx.session.dataDir.head(ws.headKey));
    const walk = await drive(
      snapshot.walkSteps(),
      (p) => set('chain', CHAIN_SHARE * (p.done / Math.max(1, p.total))),
      alive,
    );
    if (!walk) return;
    set('state', CHAIN_SHARE);
    const state = await drive(
      snapshot.checkSteps(),
      (p) =>
        set(
          'state',
          CHAIN_SHARE +
            (1 - CHAIN_SHARE) *
              (p.phase === 'replay'
                ? 0.8 * (p.done / Math.max(1, p.total))
                : 0.8 + 0.2 * (p.done / Math.max(1, p.total))),
        ),
      alive,
    );
    if (!state) return;
    snapshot.close();
    const verification = combineVerification(walk, outsideHead, state);
    check.status = {
      status: 'done',
      verification,
      checkedAt: ctx.session.clock.now().toISOString(),
      restoredFrom,
    };
    if (verification.ok) await keepVerifiedBackup(ctx, ws, verification);
  } catch (err) {
    check.status = {
      status: 'failed',
      error: err instanceof Error ? err.message : String(err),
      restoredFrom,
    };
  } finally {
    snapshot?.close();
  }
}

/**
 * A file that has just passed the whole check is backed up (once per chain head), so a later break
 * has an intact backup to return to. A failed backup (a read-only folder) does not change the
 * verdict; the backups list shows what exists.
 */
async function keepVerifiedBackup(ctx: Context, ws: Workspace, v: ChainVerification): Promise<void> {
  try {
    if (ws.db.open) await backupVerified(ws.db, ws.path, ctx.session.clock.now(), v.head);
  } catch {
    // See above: the check's result stands without the backup.
  }
}

/** The open workspace's check: its progress, or its result. A workspace never checked starts one. */
export function integrityOf(ctx: Context, ws: Workspace): IntegrityStatus {
  let check = checks.get(ws);
  if (!check) {
    startIntegrityCheck(ctx, ws);
    check = checks.get(ws);
  }
  return check
    ? { ...check.status }
    : { status: 'failed', error: 'The check did not start.', restoredFrom: null };
}

/** Verify was pressed: its result replaces the open-time one (the restore note stays). */
export function recordVerification(ctx: Context, ws: Workspace, verification: ChainVerification): void {
  const previous = checks.get(ws)?.status.restoredFrom ?? null;
  const status: IntegrityStatus = {
    status: 'done',
    verification,
    checkedAt: ctx.session.clock.now().toISOString(),
    restoredFrom: previous,
  };
  checks.set(ws, { status });
}
