// The pack's inputs.json: what the domain code received for every figure the pack reports, read
// inside the pack's transaction from the values the figures were computed from (never re-read
// separately), so `verify --recompute` reruns the same functions on the same inputs.
import type { DrTestDetail, RunbookDetail } from '../../../../shared/contract';
import {
  RECOMPUTE_INPUTS_FORMAT,
  RECOMPUTE_INPUTS_VERSION,
  type RecomputeInputs,
} from '../../../../shared/contract/recompute-inputs';
import type { RatingRow } from '../../../../shared/domain/bia';
import type { RunbookStep } from '../../../../shared/domain/runbook/types';
import type { Workspace } from '../../app/workspace';
import { domainSteps } from '../../store/runbooks';
import type { DerivedProcesses } from '../bia/read-all';
import type { GateInputs } from '../releases/gate-read';
import { BURN_WINDOWS, toSlo } from '../releases/slo-read';
import { MONTE_CARLO } from '../runbooks/read';

type Inputs = RecomputeInputs;

const byId = <T extends { id: string }>(list: T[]): T[] =>
  list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export interface InputSources {
  appVersion: string;
  at: Date;
  /** The head the pack records (read once, with the rest of the snapshot). */
  chainHead: { seq: number; hash: string };
  scope: Inputs['scope'];
  all: DerivedProcesses;
  runbooks: readonly RunbookDetail[];
  drTests: readonly DrTestDetail[];
  /** SLOs the pack shows. */
  sloIds: readonly string[];
  gates: readonly GateInputs[];
}

export function gatherInputs(ws: Workspace, src: InputSources): Inputs {
  const store = ws.store;
  const { registers, processes, inputs } = src.all;
  const gateSlos = new Set([...src.sloIds, ...src.gates.flatMap((g) => g.sloIds)]);
  return {
    format: RECOMPUTE_INPUTS_FORMAT,
    version: RECOMPUTE_INPUTS_VERSION,
    engine: { appVersion: src.appVersion, formatVersion: RECOMPUTE_INPUTS_VERSION },
    workspaceId: ws.id,
    chainHead: { seq: src.chainHead.seq, hash: src.chainHead.hash },
    at: src.at.toISOString(),
    scope: { kind: src.scope.kind, processIds: [...src.scope.processIds].sort() },
    bia: {
      categories: registers.categories.map((c) => ({ id: c.id, name: c.name })),
      buckets: registers.buckets.map((b) => ({ id: b.id, label: b.label, minutes: b.minutes })),
      tiers: registers.tiers.map((t) => ({ ...t })),
      processes: byId(
        inputs.map((p, i) => ({
          id: p.id,
          name: processes[i]!.name,
          ratings: Object.fromEntries(
            (p.ratings instanceof Map ? [...p.ratings] : Object.entries(p.ratings)).map(
              ([k, row]: [string, RatingRow | undefined]) => [k, (row ?? []).map((v) => v ?? null)],
            ),
          ),
          wrtMinutes: p.wrtMinutes,
          dataLossToleranceMinutes: p.dataLossToleranceMinutes,
          manualRtoMinutes: p.manualRtoMinutes,
          manualRpoMinutes: p.manualRpoMinutes,
          pinnedTierId: p.pinnedTierId,
          financialLossByBucket: p.financialLossByBucket?.map((v) => v ?? null) ?? null,
          mbco: p.mbco,
        })),
      ),
    },
    // The graph's order is the store's: the analysis lists what it finds in node order.
    graph: {
      nodes: store.nodes.graphRows().map((r) => ({
        id: r.id,
        name: r.name,
        kind: r.kind,
        tierId: r.tierId,
        rtoMinutes: r.rtoMinutes,
        rpoMinutes: r.rpoMinutes,
        restoreMinutes: r.restoreMinutes,
        provenMinutes: r.provenMinutes,
        provenAt: r.provenAt,
      })),
      edges: store.nodes.edges().map((e) => ({
        id: e.id,
        consumerId: e.consumerId,
        providerId: e.providerId,
        hard: e.hard,
        groupId: e.groupId,
      })),
    },
    runbooks: {
      monteCarlo: { ...MONTE_CARLO },
      versions: byId(
        src.runbooks.map((r) => ({
          id: r.version.id,
          runbookId: r.summary.id,
          name: r.summary.name,
          targetNodeIds: [...r.version.targetNodeIds],
          steps: domainSteps(r.version.steps).map(stepInput),
        })),
      ),
    },
    drTests: byId(
      src.drTests.map((t) => ({
        id: t.plan.id,
        name: t.plan.name,
        scopeNodeIds: [...t.plan.scopeNodeIds],
        steps: t.runbooks.flatMap((v) => domainSteps(v.steps, (s) => s.id)).map(stepInput),
        events: [...t.events],
        dataLoss: [...t.plan.dataLoss],
      })),
    ),
    slos: {
      burnWindows: { ...BURN_WINDOWS },
      shown: [...src.sloIds].sort(),
      list: byId(
        store.slos
          .list()
          .filter((r) => gateSlos.has(r.id))
          .map((r) => ({ id: r.id, name: r.name, ...toSlo(r), measurements: store.slos.measurements(r.id) })),
      ),
    },
    canaries: byId(
      src.gates.flatMap(({ canary: c }) =>
        c
          ? [
              {
                id: c.id,
                releaseId: c.releaseId,
                name: c.name,
                passThreshold: c.passThreshold,
                marginalThreshold: c.marginalThreshold,
                metrics: c.metrics.map((m) => ({ ...m, baseline: [...m.baseline], canary: [...m.canary] })),
              },
            ]
          : [],
      ),
    ),
    gates: byId(
      src.gates.map((g) => ({
        id: g.input.release.id,
        release: g.input.release,
        approvals: [...g.input.approvals],
        risk: { ...g.riskInput, touchedTierRanks: g.riskInput.touchedTierRanks.map((r) => r ?? null) },
        riskWeights: { ...g.riskWeights },
        conflicts: [...g.input.conflicts],
        runbooks: [...g.input.runbooks],
        drTests: g.input.drTests.map((t) => ({ ...t, nodeIds: [...t.nodeIds] })),
        findings: g.input.findings.map((f) => ({ ...f, nodeIds: [...f.nodeIds] })),
        sloIds: [...g.sloIds],
        canaryId: g.canary?.id ?? null,
        waivers: [...(g.input.waivers ?? [])],
        pendingReviews: (g.input.pendingReviews ?? []).map((p) => ({ ...p, nodeIds: [...p.nodeIds] })),
        ...(g.input.expiredBias ? { expiredBias: g.input.expiredBias.map((b) => ({ ...b })) } : {}),
        acceptedExceptions: [...(g.input.acceptedExceptions ?? [])],
        premortemModes: g.input.premortemModes ?? 0,
      })),
    ),
  };
}

function stepInput(s: RunbookStep): Inputs['runbooks']['versions'][number]['steps'][number] {
  return {
    id: s.id,
    title: s.title,
    minMinutes: s.minMinutes,
    likelyMinutes: s.likelyMinutes,
    maxMinutes: s.maxMinutes,
    dependsOn: [...s.dependsOn],
    restoresNodeIds: s.restoresNodeIds ? [...s.restoresNodeIds] : undefined,
    rollbackPoint: s.rollbackPoint,
  };
}
