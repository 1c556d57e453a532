// Important business services, impact tolerances, scenarios and reviews: thin handlers over the store.
// Every check runs before the write, so bad input changes nothing.
import { AppError } from '../../../../shared/contract';
import { buildGraph } from '../../../../shared/domain/graph';
import { requireWorkspace, writeContext } from '../../app/context';
import type { Handlers } from '../../app/router';
import type { Workspace } from '../../app/workspace';
import { deriveEveryProcess, processObjectives } from '../bia/read-all';
import { loadGraphInput } from '../graph/input';
import { matrixInput, resilienceOverview, serviceViews } from './read';

function requireLiveNodes(ws: Workspace, ids: readonly string[], what: string): void {
  for (const id of ids)
    if (!ws.store.nodes.isLive(id))
      throw new AppError(
        'INVALID_INPUT',
        `${what} names node ${id}, which is not on the map (unknown or retired).`,
      );
}

function requireLive<T extends { retiredAt: string | null }>(row: T | undefined, what: string): T {
  if (!row || row.retiredAt) throw new AppError('NOT_FOUND', `That ${what} does not exist (or was retired).`);
  return row;
}

export const resilienceHandlers = {
  'resilience.overview': (_input, ctx) =>
    resilienceOverview(requireWorkspace(ctx).store, ctx.session.clock.now()),
  'resilience.matrixInput': (_input, ctx) =>
    matrixInput(requireWorkspace(ctx).store, ctx.session.clock.now()),

  'services.save': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const { id, ...fields } = input;
    if (id !== undefined) requireLive(ws.store.resilience.service(id), 'important business service');
    requireLiveNodes(ws, fields.nodeIds, `The service "${fields.name}"`);
    const nodeIds = [...new Set(fields.nodeIds)];
    const savedId = ws.write(w, (s) => s.resilience.saveService(w, id, { ...fields, nodeIds }));
    const all = deriveEveryProcess(ws.store);
    const g = buildGraph(loadGraphInput(ws.store, processObjectives(all), all.registers.tiers));
    return serviceViews(ws.store, g, ctx.session.clock.now()).find((s) => s.id === savedId)!;
  },
  'services.retire': (input, ctx) => {
    const w = writeContext(ctx);
    return requireWorkspace(ctx).write(w, (s) => s.resilience.retireService(w, input.id));
  },

  'tolerances.save': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const { id, ...fields } = input;
    requireLive(ws.store.resilience.service(fields.serviceId), 'important business service');
    if (id !== undefined) {
      const before = requireLive(ws.store.resilience.tolerance(id), 'impact tolerance');
      if (before.serviceId !== fields.serviceId)
        throw new AppError(
          'INVALID_INPUT',
          'An impact tolerance cannot move to another service; add a new one there.',
        );
    }
    const savedId = ws.write(w, (s) => s.resilience.saveTolerance(w, id, fields));
    return { id: savedId };
  },
  'tolerances.retire': (input, ctx) => {
    const w = writeContext(ctx);
    return requireWorkspace(ctx).write(w, (s) => s.resilience.retireTolerance(w, input.id));
  },

  'scenarios.save': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const { id, ...fields } = input;
    if (id !== undefined) requireLive(ws.store.resilience.scenario(id), 'scenario');
    requireLiveNodes(
      ws,
      fields.failures.flatMap((f) => (f.type === 'kind' ? [] : [f.nodeId])),
      `The scenario "${fields.name}"`,
    );
    const savedId = ws.write(w, (s) => s.resilience.saveScenario(w, id, fields));
    return { id: savedId };
  },
  'scenarios.retire': (input, ctx) => {
    const w = writeContext(ctx);
    return requireWorkspace(ctx).write(w, (s) => s.resilience.retireScenario(w, input.id));
  },
  'scenarios.linkTest': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    if (input.scenarioId !== null) requireLive(ws.store.resilience.scenario(input.scenarioId), 'scenario');
    return ws.write(w, (s) => s.resilience.linkTest(w, input.testId, input.scenarioId));
  },

  'reviews.record': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const at = w.now.toISOString();
    const r = ws.store.resilience;
    switch (input.kind) {
      case 'bia': {
        const interval =
          input.intervalDays ??
          r.biaReviews().find((b) => b.processId === input.id)?.reviewIntervalDays ??
          365;
        return ws.write(w, (s) => s.resilience.reviewBia(w, input.id, at, interval));
      }
      case 'service': {
        const row = requireLive(r.service(input.id), 'important business service');
        const reviewIntervalDays = input.intervalDays ?? row.reviewIntervalDays;
        ws.write(w, (s) => s.resilience.saveService(w, input.id, { lastReviewedAt: at, reviewIntervalDays }));
        return null;
      }
      case 'tolerance': {
        const row = requireLive(r.tolerance(input.id), 'impact tolerance');
        const reviewIntervalDays = input.intervalDays ?? row.reviewIntervalDays;
        ws.write(w, (s) =>
          s.resilience.saveTolerance(w, input.id, { lastReviewedAt: at, reviewIntervalDays }),
        );
        return null;
      }
      case 'scenario': {
        const row = requireLive(r.scenario(input.id), 'scenario');
        const reviewIntervalDays = input.intervalDays ?? row.reviewIntervalDays;
        ws.write(w, (s) =>
          s.resilience.saveScenario(w, input.id, { lastReviewedAt: at, reviewIntervalDays }),
        );
        return null;
      }
    }
  },
} satisfies Partial<Handlers>;
