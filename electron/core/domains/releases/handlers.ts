// Releases: plan and edit, approve (never the owner; high risk needs two distinct approvers), the
// status lifecycle with its outcome times, and the emergency override of a freeze with a written
// justification. A move into production passes the go/no-go gate (the same evaluation as the CLI's
// `gate`), on waivers or as a declared emergency. Approvals are signed by the approver's key, and the
// approver must not hold the key that planned the release. Every write is audited in the same
// transaction.
import { isSamePerson, refuseOwnWork, releaseApprovers, releasePlanners } from '../members/duties';
import { signOff } from '../members/signoff';
import { AppError } from '../../../../shared/contract';
import {
  checkApprovals,
  decideGatedMove,
  gateGuards,
  type ReleaseStatus,
} from '../../../../shared/domain/release';
import { requireWorkspace, writeContext } from '../../app/context';
import type { Handlers } from '../../app/router';
import type { Workspace } from '../../app/workspace';
import type { Store } from '../../store';
import type { ReleaseRecord } from '../../store/releases';
import { assertLiveNodes } from './calendar-read';
import { gateFor } from './gate-read';
import { assessReleaseRisk } from './risk-assess';
import { releaseGraph } from './readiness-graph';
import { loadReleaseView, toDomainRelease, toReleaseView } from './views';

/** Which statuses each status may move to; 'approved' is reached by approving, not by a transition. */
const NEXT: Record<ReleaseStatus, readonly ReleaseStatus[]> = {
  planned: ['in-progress'],
  approved: ['in-progress', 'deployed'],
  'in-progress': ['deployed', 'failed', 'rolled-back'],
  deployed: ['failed', 'rolled-back'],
  failed: ['rolled-back'],
  'rolled-back': [],
};

function assertRunbook(store: Store, id: string | null): void {
  if (id !== null && !store.releases.isLiveRunbook(id))
    throw new AppError('INVALID_INPUT', `Runbook ${id} does not exist (or was retired).`);
}

function approvalsMet(ws: Workspace, row: ReleaseRecord, now: number): boolean {
  const release = toDomainRelease(row);
  const risk = assessReleaseRisk(ws.store, releaseGraph(ws), release, now);
  const approvals = ws.store.releases.approvals(row.id).map((a) => ({ approverId: a.approver }));
  return checkApprovals(risk.level, row.owner, approvals).ok;
}

export const releaseHandlers = {
  'releases.list': (_input, ctx) => {
    const store = requireWorkspace(ctx).store;
    const names = store.releases.nodeNames();
    return store.releases.list().map((r) => toReleaseView(store, r, names));
  },
  'releases.get': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    return {
      release: loadReleaseView(ws.store, input.releaseId),
      gate: gateFor(ws, input.releaseId, ctx.session.clock.now().getTime()),
    };
  },
  'releases.save': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const id = ws.write(w, (s) => {
      assertLiveNodes(s, input.nodeIds);
      assertRunbook(s, input.rollbackRunbookId);
      const fields = {
        name: input.name,
        version: input.version,
        nodeIds: input.nodeIds,
        windowStart: input.start,
        windowEnd: input.end,
        strategy: input.strategy,
        changeType: input.changeType,
        changeSize: input.changeSize,
        rollbackRunbookId: input.rollbackRunbookId,
        owner: input.owner,
        committedAt: input.committedAt,
      };
      if (!input.id) return s.releases.create(w, fields);
      const before = s.releases.get(input.id);
      if (before.status !== 'planned' && before.status !== 'approved')
        throw new AppError('CONFLICT', `A release that is ${before.status} can no longer be edited.`);
      const updated = s.releases.update(w, before, fields);
      return { value: before.id, audit: updated.audit };
    });
    return loadReleaseView(ws.store, id);
  },
  'releases.approve': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    ws.write(w, (s) => {
      const row = s.releases.get(input.releaseId);
      if (row.status !== 'planned' && row.status !== 'approved')
        throw new AppError('CONFLICT', `A release that is ${row.status} cannot be approved any more.`);
      if (row.owner === w.actor.name)
        throw new AppError('FORBIDDEN', 'The release owner cannot approve their own release.');
      refuseOwnWork(
        w,
        releasePlanners(s, row.id),
        `${w.actor.name} planned this release, so someone else must approve it.`,
      );
      const signed = s.signoffs
        .list({ entity: 'release', entityId: row.id })
        .filter((x) => x.kind === 'release.approve');
      // By key: another member of the same name may still approve (unsigned approvals: by name).
      if (
        signed.some((x) => x.signer === w.signer?.fingerprint) ||
        isSamePerson(w, releaseApprovers(s, row.id))
      )
        throw new AppError('CONFLICT', `${w.actor.name} has already approved this release.`);
      const approved = s.releases.approve(w, row, w.actor.name, () => approvalsMet(ws, row, w.now.getTime()));
      const { status: _status, updatedAt: _updated, ...content } = row;
      const signoff = signOff(s, w, ws.id, {
        kind: 'release.approve',
        entity: 'release',
        entityId: row.id,
        version: signed.length + 1,
        content,
      });
      return { value: null, audit: [...approved.audit, ...signoff.audit] };
    });
    return loadReleaseView(ws.store, input.releaseId);
  },
  'releases.transition': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    ws.write(w, (s) => {
      const row = s.releases.get(input.releaseId);
      if (!NEXT[row.status].includes(input.status))
        throw new AppError(
          'CONFLICT',
          `A release that is ${row.status} cannot become ${input.status}` +
            (NEXT[row.status].length ? ` (it can become ${NEXT[row.status].join(' or ')}).` : '.'),
        );
      if (input.emergency && !gateGuards(row.status, input.status))
        throw new AppError(
          'INVALID_INPUT',
          `Becoming ${input.status} is not guarded by the gate, so there is nothing to declare an emergency over.`,
        );
      const at = input.at ?? w.now.getTime();
      if (!gateGuards(row.status, input.status)) return s.releases.transition(w, row, input.status, at);
      const gate = gateFor(ws, row.id, w.now.getTime());
      const decision = decideGatedMove(gate, {
        status: input.status,
        at: new Date(at).toISOString(),
        by: w.actor.name,
        emergency: input.emergency,
      });
      if (!decision.ok)
        throw new AppError('FORBIDDEN', decision.message, {
          failing: gate.checks.filter((c) => c.status === 'fail').map((c) => c.id),
        });
      return s.releases.transition(w, row, input.status, at, decision.passage);
    });
    return loadReleaseView(ws.store, input.releaseId);
  },
  'releases.override': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    ws.write(w, (s) => {
      const row = s.releases.get(input.releaseId);
      if (row.changeType !== 'emergency')
        throw new AppError(
          'FORBIDDEN',
          'Only an emergency change may override a freeze; change its type first.',
        );
      return s.releases.override(w, row, input.justification, w.actor.name);
    });
    return loadReleaseView(ws.store, input.releaseId);
  },
  'releases.retire': (input, ctx) => {
    const w = writeContext(ctx);
    return requireWorkspace(ctx).write(w, (s) => s.releases.retire(w, s.releases.get(input.releaseId)));
  },
} satisfies Partial<Handlers>;
