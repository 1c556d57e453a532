// Whether an event fits a run as it stands: shared by DR-test runs and incidents' crisis-mode runs,
// which refuse the same out-of-order key presses with the same reasons.
import type { RunEvent, RunState } from './run-state';

/** Why `event` cannot be recorded now, or null when it fits. `noun` names the run ("test", "run"). */
export function runEventProblem(
  state: Pick<RunState, 'status' | 'running'>,
  stepIds: ReadonlySet<string>,
  event: { type: RunEvent['type']; stepId?: string },
  noun: string,
): string | null {
  const { status, running } = state;
  switch (event.type) {
    case 'started':
      return status !== 'not-started' ? `The ${noun} has already started.` : null;
    case 'step-started':
      if (status !== 'running')
        return status === 'paused' ? `The ${noun} is paused; resume it first.` : `Start the ${noun} first.`;
      if (!stepIds.has(event.stepId ?? '')) return `That step is not in the runbooks this ${noun} uses.`;
      if (running.some((r) => r.stepId === event.stepId)) return 'That step is already running.';
      return null;
    case 'step-finished':
      return running.some((r) => r.stepId === event.stepId) ? null : 'That step is not running.';
    case 'paused':
      return status !== 'running' ? `Only a running ${noun} can be paused.` : null;
    case 'resumed':
      return status !== 'paused' ? `The ${noun} is not paused.` : null;
    case 'ended':
      return status !== 'running' && status !== 'paused' ? `The ${noun} is not running.` : null;
  }
}
