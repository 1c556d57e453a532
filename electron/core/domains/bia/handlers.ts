// Editing a BIA and signing it off. Every edit records its editor; an edit to a BIA in review or
// approved returns it to draft, visibly, in the same transaction. The approver must not hold the key
// that made the last edit (segregation of duties), and the approval is their signature over the
// BIA's content (a sign-off).
import { AppError, type BiaRecord } from '../../../../shared/contract';
import { requireWorkspace, writeContext, type Context } from '../../app/context';
import type { Handlers } from '../../app/router';
import type { AuditInput } from '../../store/audit-chain';
import type { Store, WriteContext, Written } from '../../store';
import { loadBiaDetail } from './read';
import { biaAuthors, refuseOwnWork } from '../members/duties';
import { signOff } from '../members/signoff';

/** Runs an edit of one BIA: nothing changed → nothing recorded; a change also marks the editor. */
function editBia(ctx: Context, processId: string, edit: (s: Store, w: WriteContext) => AuditInput[]) {
  const ws = requireWorkspace(ctx);
  const w = writeContext(ctx);
  ws.write(w, (s): Written<null> => {
    const rec = s.bia.record(processId);
    const audit = edit(s, w);
    return { value: null, audit: audit.length > 0 ? [...audit, ...s.bia.markEdited(w, rec).audit] : [] };
  });
  return loadBiaDetail(ws.store, processId);
}

const TRANSITIONS: Record<BiaRecord['status'], BiaRecord['status'][]> = {
  draft: ['in_review'],
  in_review: ['approved', 'draft'],
  approved: ['draft'],
};

export const biaHandlers = {
  'bia.get': (input, ctx) => loadBiaDetail(requireWorkspace(ctx).store, input.processId),
  'bia.rate': (input, ctx) =>
    editBia(ctx, input.processId, (s, w) => s.bia.rate(w, input.processId, input).audit),
  'bia.rateMany': (input, ctx) =>
    editBia(ctx, input.processId, (s, w) =>
      input.cells.flatMap((c) => s.bia.rate(w, input.processId, c).audit),
    ),
  'bia.setLoss': (input, ctx) =>
    editBia(
      ctx,
      input.processId,
      (s, w) => s.bia.setLoss(w, input.processId, input.bucketId, input.amount).audit,
    ),
  'bia.update': (input, ctx) =>
    editBia(ctx, input.processId, (s, w) => {
      const { processId, basedOn, ...fields } = input;
      return s.bia.update(w, processId, fields, basedOn).audit;
    }),
  'bia.transition': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    ws.write(w, (s) => {
      const rec = s.bia.record(input.processId);
      if (!TRANSITIONS[rec.status].includes(input.to)) {
        throw new AppError(
          'CONFLICT',
          `A BIA that is ${rec.status.replace('_', ' ')} cannot move to ${input.to.replace('_', ' ')}.`,
        );
      }
      const moved = s.bia.setStatus(w, rec, input.to);
      if (input.to !== 'approved') return moved;
      refuseOwnWork(
        w,
        biaAuthors(s, input.processId),
        `${w.actor.name} made the last edit to this BIA, so someone else must approve it.`,
      );
      const { status: _status, approvedBy: _by, approvedAt: _at, ...fields } = rec;
      const signed = signOff(s, w, ws.id, {
        kind: 'bia.approve',
        entity: 'bia',
        entityId: input.processId,
        version: s.signoffs.list({ entity: 'bia', entityId: input.processId }).length + 1,
        content: { fields, ratings: s.bia.ratings(input.processId), losses: s.bia.losses(input.processId) },
      });
      return { value: null, audit: [...moved.audit, ...signed.audit] };
    });
    return loadBiaDetail(ws.store, input.processId);
  },
} satisfies Partial<Handlers>;
