// Pre-mortems: the failure modes of a release imagined before it ships, each with its rollback
// trigger. The gate requires one for a high-risk release (shared/domain/release/gate.ts).
import { AppError, type PremortemView } from '../../../../shared/contract';
import { failureModeProblem } from '../../../../shared/domain/exceptions';
import { requireWorkspace, writeContext } from '../../app/context';
import type { Handlers } from '../../app/router';
import type { Workspace } from '../../app/workspace';
import { releaseGraph } from '../releases/readiness-graph';
import { assessReleaseRisk } from '../releases/risk-assess';
import { toDomainRelease } from '../releases/views';
import { failureModeView } from './views';

function premortemOf(ws: Workspace, releaseId: string, now: number): PremortemView {
  const release = toDomainRelease(ws.store.releases.get(releaseId));
  const risk = assessReleaseRisk(ws.store, releaseGraph(ws), release, now);
  return {
    releaseId,
    riskLevel: risk.level,
    required: risk.level === 'high',
    modes: ws.store.exceptions.failureModes(releaseId).map(failureModeView),
  };
}

export const premortemHandlers = {
  'premortem.get': (input, ctx) =>
    premortemOf(requireWorkspace(ctx), input.releaseId, ctx.session.clock.now().getTime()),

  'premortem.addMode': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    ws.store.releases.get(input.releaseId); // NOT_FOUND for an unknown release, before any write
    const { releaseId, trigger, ...mode } = input;
    const problem = failureModeProblem(input);
    if (problem) throw new AppError('INVALID_INPUT', problem);
    const id = ws.write(w, (s) =>
      s.exceptions.addFailureMode(w, {
        releaseId,
        ...mode,
        triggerMetric: trigger.metric,
        triggerName: trigger.name,
        triggerComparator: trigger.comparator,
        triggerThreshold: trigger.threshold,
        triggerUnit: trigger.unit,
      }),
    );
    const row = ws.store.exceptions.failureMode(id);
    if (!row) throw new AppError('INTERNAL', 'The failure mode was saved but cannot be read back.');
    return failureModeView(row);
  },

  'premortem.retireMode': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    ws.write(w, (s) => s.exceptions.retireFailureMode(w, input.modeId));
    return { retired: true as const };
  },
} satisfies Partial<Handlers>;
