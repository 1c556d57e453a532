// The exceptions register: raise an exception for a conflict the analyses report now, accept it as a
// signed sign-off (never by whoever raised it), withdraw it. Status (accepted, expired) is computed
// from the clock on every read, so an expired acceptance re-opens its conflict without any write.
import { AppError, type ExceptionView } from '../../../../shared/contract';
import { exceptionProblem, exceptionStatus, standingOf } from '../../../../shared/domain/exceptions';
import { requireWorkspace, writeContext } from '../../app/context';
import type { Handlers } from '../../app/router';
import type { Workspace } from '../../app/workspace';
import { refuseOwnWork } from '../members/duties';
import { signOff } from '../members/signoff';
import { currentConflicts } from './catalogue';
import { premortemHandlers } from './premortem-handlers';
import { exceptionView } from './views';

function viewOf(ws: Workspace, id: string, now: number): ExceptionView {
  const row = ws.store.exceptions.get(id);
  if (!row) throw new AppError('NOT_FOUND', `There is no exception with id ${id}.`);
  const open = new Set(currentConflicts(ws.store, now).map((c) => c.key));
  return exceptionView(ws.store, ws.id, row, now, open);
}

export const exceptionHandlers = {
  'exceptions.list': (_input, ctx) => {
    const ws = requireWorkspace(ctx);
    const now = ctx.session.clock.now().getTime();
    const register = ws.store.exceptions.list();
    const conflicts = currentConflicts(ws.store, now).map((c) => {
      const acceptance = standingOf(c.key, register, now);
      return acceptance ? { ...c, acceptance } : c;
    });
    const open = new Set(conflicts.map((c) => c.key));
    return {
      asOf: new Date(now).toISOString(),
      exceptions: register.map((e) => exceptionView(ws.store, ws.id, e, now, open)),
      conflicts,
    };
  },

  'exceptions.raise': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const now = w.now.getTime();
    const conflict = currentConflicts(ws.store, now).find((c) => c.key === input.conflictKey);
    const open = ws.store.exceptions
      .list()
      .map((e) => ({ id: e.id, key: e.conflictKey, status: exceptionStatus(e, now) }))
      .find((e) => e.key === input.conflictKey && (e.status === 'proposed' || e.status === 'accepted'));
    const problem = exceptionProblem(input, now, conflict !== undefined, open);
    if (problem || !conflict) throw new AppError('INVALID_INPUT', problem ?? 'No such conflict.');
    const id = ws.write(w, (s) =>
      s.exceptions.raise(w, {
        conflictKey: conflict.key,
        conflictKind: conflict.kind,
        conflictSummary: conflict.message,
        rationale: input.rationale,
        compensatingControls: input.compensatingControls,
        owner: input.owner,
        expiresOn: input.expiresOn,
        raisedBy: w.actor.name,
        raisedBySigner: w.signer?.fingerprint ?? null,
      }),
    );
    return viewOf(ws, id, now);
  },

  'exceptions.accept': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const now = w.now.getTime();
    const row = ws.store.exceptions.get(input.exceptionId);
    if (!row) throw new AppError('NOT_FOUND', `There is no exception with id ${input.exceptionId}.`);
    const status = exceptionStatus(row, now);
    if (status !== 'proposed')
      throw new AppError(
        'CONFLICT',
        `This exception is ${status}; only a proposed exception can be accepted.`,
      );
    if (row.expiresOn <= new Date(now).toISOString().slice(0, 10))
      throw new AppError(
        'INVALID_INPUT',
        `This exception's expiry ${row.expiresOn} has passed; raise a new one.`,
      );
    if (!currentConflicts(ws.store, now).some((c) => c.key === row.conflictKey))
      throw new AppError(
        'CONFLICT',
        'The conflict this exception names is no longer reported: nothing to accept.',
      );
    refuseOwnWork(
      w,
      [{ signer: row.raisedBySigner, name: row.raisedBy }],
      'whoever raised an exception cannot accept it.',
    );
    ws.write(w, (s) => {
      const accepted = s.exceptions.accept(w, row.id, {
        name: w.actor.name,
        signer: w.signer?.fingerprint ?? null,
      });
      // The acceptance is the accepter's signature over what was accepted, and for how long.
      const signed = signOff(s, w, ws.id, {
        kind: 'exception.accept',
        entity: 'exception',
        entityId: row.id,
        version: 1,
        content: {
          conflictKey: row.conflictKey,
          rationale: row.rationale,
          compensatingControls: row.compensatingControls,
          owner: row.owner,
          expiresOn: row.expiresOn,
        },
      });
      return { value: null, audit: [...accepted.audit, ...signed.audit] };
    });
    return viewOf(ws, row.id, now);
  },

  'exceptions.withdraw': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    if (!ws.store.exceptions.get(input.exceptionId))
      throw new AppError('NOT_FOUND', `There is no exception with id ${input.exceptionId}.`);
    ws.write(w, (s) => s.exceptions.withdraw(w, input.exceptionId));
    return viewOf(ws, input.exceptionId, w.now.getTime());
  },
  ...premortemHandlers,
} satisfies Partial<Handlers>;
