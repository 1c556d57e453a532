// Everything an evidence pack shows, read from the workspace in one synchronous pass so the PDF, the
// workbook and the manifest describe the same moment (the chain head read here). Rendering is slow
// and yields to the event loop; reading is not, so no write can slip in between two sections.
import {
  AppError,
  type ChainVerification,
  type EvidenceManifest,
  type EvidenceScope,
  type Registers,
} from '../../../../shared/contract';
import type { DataDir } from '../../app/data-dir';
import { entityNamer } from '../audit/names';
import { verifyWorkspaceChain } from '../audit/verify';
import { deriveEveryProcess } from '../bia/read-all';
import { dependencyMap } from '../graph/read';
import { objectivesOverview } from '../objectives/overview';
import type { Store } from '../../store';
import type { Workspace } from '../../app/workspace';
import { scopeMap } from '../../reports/scope-map';
import { loadContinuity } from './gather-continuity';
import { gatherInputs } from './gather-inputs';
import { loadReleaseEvidence } from './gather-releases';
import { loadIncidentEvidence } from './gather-incidents';
import { loadExceptionEvidence } from './gather-exceptions';
import { gatherCoverage } from './gather-coverage';
import { resilienceOverview } from '../resilience/read';
import { markAccepted } from '../../../../shared/domain/exceptions';
import { scopedNamer } from './scoped-names';
import { type EvidenceData, type EvidenceRequest, type ProcessEvidence } from '../../reports/evidence-data';

export function loadEvidence(ws: Workspace, dataDir: DataDir, req: EvidenceRequest): EvidenceData {
  // deriveEveryProcess, dependencyMap and objectivesOverview still read the raw connection; they
  // move onto the store with the nodes and BIA aggregates.
  const store = ws.store;
  // One read transaction: every query below sees the same committed state.
  return store.evidence.snapshot(() => {
    // First: a pack signed over a broken chain would lend the break the pack's authority.
    const chain = verifyWorkspaceChain(store, ws.headKey, dataDir);
    if (!chain.ok) throw brokenChain(chain);
    const workspace = ws.summary();
    const all = deriveEveryProcess(ws.store);
    const chosen = chooseProcesses(all, req.scope);
    const chosenIds = new Set(chosen.map((i) => all.processes[i]!.id));
    const ratings = loadRatings(store, all.registers, chosenIds);
    const processes = chosen.map((i): ProcessEvidence => {
      const p = all.processes[i]!;
      return {
        ...p,
        record: all.records[i]!,
        objectives: all.derived[i]!,
        ratings: ratings.get(p.id) ?? {},
      };
    });
    const fullMap = dependencyMap(ws.store);
    const map = req.scope.kind === 'workspace' ? fullMap : scopeMap(fullMap, chosenIds);
    const inMap = new Set(map.nodes.map((n) => n.id));
    const overview = objectivesOverview(ws.store);
    const audit = store.audit.list(1, 0);
    const within = req.scope.kind === 'workspace' ? null : inMap;
    const continuity = loadContinuity(ws, req.at, within);
    const loaded = loadReleaseEvidence(ws, req.at, within);
    const releases = loaded.evidence;
    const names = entityNamer(store).ofRecord;
    const incidents = loadIncidentEvidence(ws, req.at, within);
    return {
      workspace,
      preparedBy: req.preparedBy,
      at: req.at,
      appVersion: req.appVersion,
      packFiles: req.packFiles,
      scope: req.scope,
      scopeRecord: scopeRecord(req.scope, processes),
      scopeLabel: scopeLabel(req.scope, processes.length),
      registers: all.registers,
      processes,
      overview: {
        buckets: overview.buckets,
        rows: overview.rows.filter((r) => chosenIds.has(r.processId)),
        conflicts: markAccepted(
          overview.conflicts.filter((c) => chosenIds.has(c.processId) || inMap.has(c.processId)),
          store.exceptions.list(),
          req.at,
        ),
      },
      map,
      continuity,
      releases,
      incidents,
      coverage: gatherCoverage(store, req.at, {
        overview: resilienceOverview(store, req.at),
        processes,
        map: fullMap,
        continuity,
        incidents,
      }),
      exceptions: loadExceptionEvidence(ws, req.at, within),
      inputs: gatherInputs(ws, {
        appVersion: req.appVersion,
        at: req.at,
        chainHead: workspace.chain,
        scope: { kind: req.scope.kind, processIds: processes.map((p) => p.id) },
        all,
        runbooks: continuity.runbooks,
        drTests: continuity.drTests,
        sloIds: releases.slos.map((s) => s.id),
        gates: loaded.gateInputs,
      }),
      chain,
      auditTotal: audit.total,
      entityName: within === null ? names : scopedNamer(names, { map, continuity, releases }),
      store,
    };
  });
}

/** Names the entry that does not hold (or, for a chain cut short, what the recorded head says). */
function brokenChain(chain: ChainVerification): AppError {
  const what = chain.firstBroken ? `${chain.firstBroken.reason}.` : chain.summary;
  return new AppError(
    'FILE_CORRUPT',
    `No evidence was exported: the workspace's audit chain does not hold. ${what} A pack signed over it would vouch for the break; restore a backup whose chain is intact.`,
    { chain },
  );
}

function chooseProcesses(all: ReturnType<typeof deriveEveryProcess>, scope: EvidenceScope): number[] {
  const every = all.processes.map((_, i) => i);
  if (scope.kind === 'workspace') return every;
  if (scope.kind === 'processes') {
    const index = new Map(all.processes.map((p, i) => [p.id, i]));
    const missing = scope.processIds.filter((id) => !index.has(id));
    if (missing.length > 0)
      throw new AppError('NOT_FOUND', `No live process with id ${missing.slice(0, 3).join(', ')}.`);
    const wanted = new Set(scope.processIds);
    return every.filter((i) => wanted.has(all.processes[i]!.id));
  }
  const known = new Set(all.registers.tiers.map((t) => t.name));
  const unknown = scope.tierNames.filter((n) => !known.has(n));
  if (unknown.length > 0)
    throw new AppError(
      'NOT_FOUND',
      `No tier named ${unknown.map((n) => `"${n}"`).join(', ')}; the tiers are ${[...known].join(', ')}.`,
    );
  const wanted = new Set(scope.tierNames);
  return every.filter((i) => wanted.has(all.derived[i]!.tier?.name ?? ''));
}

function loadRatings(
  store: Store,
  registers: Registers,
  chosen: ReadonlySet<string>,
): Map<string, Record<string, (number | null)[]>> {
  const bucketIndex = new Map(registers.buckets.map((b, i) => [b.id, i]));
  const out = new Map<string, Record<string, (number | null)[]>>();
  for (const r of store.bia.everyRating()) {
    const i = bucketIndex.get(r.bucketId);
    if (i === undefined || !chosen.has(r.processId)) continue;
    let byCategory = out.get(r.processId);
    if (!byCategory) out.set(r.processId, (byCategory = {}));
    (byCategory[r.categoryId] ??= registers.buckets.map(() => null))[i] = r.severity;
  }
  return out;
}

function scopeRecord(scope: EvidenceScope, processes: ProcessEvidence[]): EvidenceManifest['scope'] {
  if (scope.kind === 'workspace') return { kind: 'workspace' };
  if (scope.kind === 'tiers')
    return { kind: 'tiers', tiers: [...scope.tierNames], processes: processes.map((p) => p.name) };
  return { kind: 'processes', processes: processes.map((p) => p.name) };
}

function scopeLabel(scope: EvidenceScope, count: number): string {
  const n = `${count} process${count === 1 ? '' : 'es'}`;
  if (scope.kind === 'workspace') return `Whole workspace (${n})`;
  if (scope.kind === 'tiers')
    return `Processes in ${scope.tierNames.join(', ')} (${n}) and what they depend on`;
  return `Chosen processes (${n}) and what they depend on`;
}
