// Steps as the domain's runbook model sees them, and the validity check every stored version must
// pass before review: both the store's lifecycle and the read models use them.
import { AppError, type RunbookStepView } from '../../../../shared/contract';
import { validateRunbook } from '../../../../shared/domain/runbook';
import type { RunbookStep } from '../../../../shared/domain/runbook/types';

/**
 * Steps keyed by `key` (or by what idOf gives) as the domain's runbook steps. A dependency on a key
 * that is not a step is kept as written, so validation names it (issue 13 item 10: dropping it hid
 * the problem and changed the timing); `dropUnknown` is for readers that must time a stored run
 * whatever its problems (a DR test's timeline).
 */
export function domainSteps(
  steps: readonly RunbookStepView[],
  idOf: (s: RunbookStepView) => string = (s) => s.key,
  dropUnknown = false,
): RunbookStep[] {
  const byKey = new Map(steps.map((s) => [s.key, s]));
  return steps.map((s) => ({
    id: idOf(s),
    title: s.title,
    minMinutes: s.minMinutes,
    likelyMinutes: s.likelyMinutes,
    maxMinutes: s.maxMinutes,
    dependsOn: s.dependsOn.flatMap((k) => {
      const dep = byKey.get(k);
      return dep ? [idOf(dep)] : dropUnknown ? [] : [k];
    }),
    restoresNodeIds: s.restoresNodeIds,
    rollbackPoint: s.rollbackPoint,
  }));
}

/**
 * Refuses steps that do not form a valid runbook (a cycle, bad estimates, a dependency on a step that
 * does not exist), with every reason. With `editedKey`, a dangling dependency of another step (stored
 * before this check existed) does not block the edit: it stays listed among the runbook's problems.
 */
export function assertValidSteps(steps: readonly RunbookStepView[], editedKey?: string): void {
  const check = validateRunbook(domainSteps(steps));
  const issues = check.ok
    ? []
    : check.issues.filter(
        (i) => editedKey === undefined || i.code !== 'unknown-dependency' || i.stepIds[0] === editedKey,
      );
  if (issues.length > 0)
    throw new AppError('INVALID_INPUT', issues.map((i) => i.message).join(' '), { issues });
}
