// Previewed plans waiting for their commit, per session, in memory only: a plan expires after 15
// minutes and is refused when the workspace changed since its preview.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/contract';
import type { Session } from '../app/context';
import { MAX_PLANS, PLAN_TTL_MS } from './limits';
import type { ImportPlan } from './plan';

const plansBySession = new WeakMap<Session, Map<string, ImportPlan>>();

function plansOf(session: Session): Map<string, ImportPlan> {
  let plans = plansBySession.get(session);
  if (!plans) plansBySession.set(session, (plans = new Map()));
  return plans;
}

export function keepPlan(session: Session, plan: ImportPlan, nowMs: number): string {
  const plans = plansOf(session);
  for (const [token, p] of plans) if (nowMs - p.createdAt > PLAN_TTL_MS) plans.delete(token);
  // Maps iterate in insertion order: the oldest plans go first.
  while (plans.size >= MAX_PLANS) plans.delete(plans.keys().next().value!);
  const token = randomUUID();
  plans.set(token, plan);
  return token;
}

/** Takes the plan out (a plan commits once); refuses an unknown, expired or stale one. */
export function takePlan(
  session: Session,
  token: string,
  nowMs: number,
  current: { workspaceId: string; headSeq: number },
): ImportPlan {
  const plans = plansOf(session);
  const plan = plans.get(token);
  plans.delete(token);
  if (!plan) {
    throw new AppError(
      'NOT_FOUND',
      'That import preview is no longer available (it was committed or replaced). Preview the file again.',
    );
  }
  if (nowMs - plan.createdAt > PLAN_TTL_MS) {
    throw new AppError(
      'CONFLICT',
      'That import preview expired (previews are kept for 15 minutes). Preview the file again.',
    );
  }
  if (plan.workspaceId !== current.workspaceId || plan.headSeq !== current.headSeq) {
    throw new AppError(
      'CONFLICT',
      'The workspace changed since this preview, so nothing was imported. Preview the file again to see what it would change now.',
    );
  }
  return plan;
}
