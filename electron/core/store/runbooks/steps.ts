// Steps as the domain's runbook model sees them, and the validity check every stored version must
// pass before review: both the store's lifecycle and the read models use them.
import { AppError, type RunbookStepView } from '../../../../shared/contract';
import { validateRunbook } from '../../../../shared/domain/runbook';
import type { RunbookStep } from '../../../../shared/domain/runbook/types';

/** Steps keyed by `key` (or by what idOf gives) as the domain's runbook steps. */
export function domainSteps(
  steps: readonly RunbookStepView[],
  idOf: (s: RunbookStepView) => string = (s) => s.key,
): RunbookStep[] {
  const byKey = new Map(steps.map((s) => [s.key, s]));
  return steps.map((s) => ({
    id: idOf(s),
    title: s.title,
    minMinutes: s.minMinutes,
    likelyMinutes: s.likelyMinutes,
    maxMinutes: s.maxMinutes,
    dependsOn: s.dependsOn.filter((k) => byKey.has(k)).map((k) => idOf(byKey.get(k)!)),
    restoresNodeIds: s.restoresNodeIds,
    rollbackPoint: s.rollbackPoint,
  }));
}

/** Refuses steps that do not form a valid runbook (a cycle, bad estimates), with every reason. */
export function assertValidSteps(steps: readonly RunbookStepView[]): void {
  const check = validateRunbook(domainSteps(steps));
  if (!check.ok)
    throw new AppError('INVALID_INPUT', check.issues.map((i) => i.message).join(' '), {
      issues: check.issues,
    });
}
