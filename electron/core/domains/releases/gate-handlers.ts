// The go/no-go gate per release, waivers (justified, never by the release owner) and the delivery
// metrics over finished releases.
import { AppError } from '../../../../shared/contract';
import { DAY_MS, deliveryMetrics, monthlyTrend, waiverProblem } from '../../../../shared/domain/release';
import { requireWorkspace, writeContext } from '../../app/context';
import type { Handlers } from '../../app/router';
import { signOff } from '../members/signoff';
import { toDomainRelease } from './views';
import { gateFor } from './gate-read';

/** Without a range, delivery metrics cover the last 90 days. */
const DEFAULT_PERIOD_DAYS = 90;

export const gateHandlers = {
  'gate.evaluate': (input, ctx) =>
    gateFor(requireWorkspace(ctx), input.releaseId, ctx.session.clock.now().getTime()),
  'gate.waive': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const release = toDomainRelease(ws.store.releases.get(input.releaseId));
    const problem = waiverProblem(
      { checkId: input.checkId, justification: input.justification, approverId: w.actor.name },
      release,
    );
    if (problem) throw new AppError('FORBIDDEN', problem);
    const id = ws.write(w, (s) => {
      const added = s.releases.addWaiver(w, input.releaseId, {
        checkId: input.checkId,
        justification: input.justification,
        approver: w.actor.name,
      });
      // A waiver is a sign-off: the approver's signature over the check waived and why.
      const signed = signOff(s, w, ws.id, {
        kind: 'release.waive',
        entity: 'release',
        entityId: input.releaseId,
        version: s.signoffs.list({ entity: 'release', entityId: input.releaseId }).length + 1,
        content: { waiverId: added.value, checkId: input.checkId, justification: input.justification },
      });
      return { value: added.value, audit: [...added.audit, ...signed.audit] };
    });
    const view = ws.store.releases.waivers(input.releaseId).find((v) => v.id === id);
    if (!view) throw new AppError('INTERNAL', 'The waiver was saved but cannot be read back.');
    return view;
  },
  'delivery.metrics': (input, ctx) => {
    const store = requireWorkspace(ctx).store;
    const now = ctx.session.clock.now().getTime();
    const period = { start: input.from ?? now - DEFAULT_PERIOD_DAYS * DAY_MS, end: input.to ?? now };
    if (period.start >= period.end)
      throw new AppError('INVALID_INPUT', 'The period must end after it starts.');
    const releases = store.releases.list().map(toDomainRelease);
    return { ...deliveryMetrics(releases, period), monthly: monthlyTrend(releases, period) };
  },
} satisfies Partial<Handlers>;
