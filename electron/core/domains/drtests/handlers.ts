// DR tests: plans, live runs recorded as timestamped events (stored as they happen, so a crash loses
// nothing and the run resumes from the events), results against RTO/RPO, proven capability, findings
// and the overdue list, over store/drtests.
import { signOff } from '../members/signoff';
import { AppError, type DrTestDetail } from '../../../../shared/contract';
import type { RunEvent } from '../../../../shared/domain/drtest';
import { runEventProblem } from '../../../../shared/domain/drtest/run-fits';
import { requireWorkspace, writeContext } from '../../app/context';
import type { Handlers } from '../../app/router';
import { drTestDetail, overdue } from './read';

/** Refuses an event that does not fit the run as it stands, with the reason. */
function assertFits(detail: DrTestDetail, event: { type: RunEvent['type']; stepId?: string }): void {
  if (detail.plan.status === 'completed' || detail.plan.status === 'cancelled')
    throw new AppError('CONFLICT', 'This test is closed.');
  const stepIds = new Set(detail.runbooks.flatMap((r) => r.steps.map((s) => s.id)));
  const problem = runEventProblem(detail.state, stepIds, event, 'test');
  if (problem) throw new AppError('CONFLICT', problem);
}

export const drTestHandlers = {
  'drtests.list': (_input, ctx) => requireWorkspace(ctx).store.drtests.list(),
  'drtests.get': (input, ctx) =>
    drTestDetail(requireWorkspace(ctx), input.testId, ctx.session.clock.now().getTime()),
  'drtests.save': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const { id, ...plan } = input;
    const savedId = ws.write(w, (s) => s.drtests.savePlan(w, id, plan));
    return drTestDetail(ws, savedId, w.now.getTime());
  },
  'drtests.record': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const at = w.now.getTime();
    ws.write(w, (s) => {
      assertFits(drTestDetail(ws, input.testId, at), input.event);
      return s.drtests.recordEvent(w, input.testId, input.event);
    });
    return drTestDetail(ws, input.testId, at);
  },
  'drtests.complete': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const now = w.now.getTime();
    ws.write(w, (s) => {
      const before = drTestDetail(ws, input.testId, now);
      if (before.state.status !== 'ended')
        throw new AppError('CONFLICT', 'End the run before completing the test.');
      if (before.plan.status === 'completed')
        throw new AppError('CONFLICT', 'This test is already completed.');
      // The result is computed with the measured data loss, inside the same transaction.
      s.drtests.setDataLoss(input.testId, input.dataLoss);
      const result = drTestDetail(ws, input.testId, now).result!;
      const completed = s.drtests.complete(w, input.testId, result);
      // Completing is accepting the measured result: the test lead's signature over it.
      const signed = signOff(s, w, ws.id, {
        kind: 'drtest.accept',
        entity: 'drtest',
        entityId: input.testId,
        version: 1,
        content: { result, dataLoss: input.dataLoss, events: before.events },
      });
      return { value: completed.value, audit: [...completed.audit, ...signed.audit] };
    });
    return drTestDetail(ws, input.testId, now);
  },
  'drtests.rescore': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const now = w.now.getTime();
    ws.write(w, (s) => {
      const detail = drTestDetail(ws, input.testId, now);
      if (detail.plan.status !== 'completed')
        throw new AppError('CONFLICT', 'Only a completed test can be rescored; complete it first.');
      const result = detail.result!;
      if (result.verdict === detail.plan.verdict) {
        const name = new Map(detail.nodes.map((n) => [n.id, n.name]));
        const reasons = result.nodes.flatMap((n) => n.reasons.map((r) => `${name.get(n.nodeId)}: ${r}`));
        throw new AppError(
          'CONFLICT',
          `Rescoring changes nothing: the test is still ${result.verdict}.` +
            (reasons.length > 0 ? ` ${reasons.join(' ')}` : ''),
        );
      }
      return s.drtests.rescore(w, input.testId, result);
    });
    return drTestDetail(ws, input.testId, now);
  },
  'drtests.overdue': (_input, ctx) => overdue(requireWorkspace(ctx), ctx.session.clock.now().getTime()),
  'findings.list': (input, ctx) => requireWorkspace(ctx).store.drtests.findings(input),
  'findings.save': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const { id, ...values } = input;
    const savedId = ws.write(w, (s) => {
      if (values.testId) s.drtests.plan(values.testId);
      return s.drtests.saveFinding(w, id, values);
    });
    return ws.store.drtests.finding(savedId)!;
  },
} satisfies Partial<Handlers>;
