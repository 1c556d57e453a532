// The clause coverage the app's Resilience area shows: the same records and rules as the evidence
// pack's Self-assessment, read over the whole workspace as of now (no chain check, nothing signed).
import type { CoverageRow } from '../../../../shared/domain/resilience';
import { assessCoverage, scenarioMatrix } from '../../../../shared/domain/resilience';
import type { Workspace } from '../../app/workspace';
import { matrixResults } from '../../reports/coverage-evidence';
import type { ProcessEvidence } from '../../reports/evidence-data';
import { deriveEveryProcess } from '../bia/read-all';
import { dependencyMap } from '../graph/read';
import { matrixInput, resilienceOverview } from '../resilience/read';
import { gatherCoverage } from './gather-coverage';
import { loadContinuity } from './gather-continuity';
import { loadIncidentEvidence } from './gather-incidents';

export function workspaceCoverage(ws: Workspace, at: Date): CoverageRow[] {
  const store = ws.store;
  return store.evidence.snapshot(() => {
    const all = deriveEveryProcess(store);
    const bucketIndex = new Map(all.registers.buckets.map((b, i) => [b.id, i]));
    const ratings = new Map<string, Record<string, (number | null)[]>>();
    for (const r of store.bia.everyRating()) {
      const i = bucketIndex.get(r.bucketId);
      if (i === undefined) continue;
      const byCategory = ratings.get(r.processId) ?? {};
      ratings.set(r.processId, byCategory);
      (byCategory[r.categoryId] ??= all.registers.buckets.map(() => null))[i] = r.severity;
    }
    const processes = all.processes.map((p, i): ProcessEvidence => ({
      ...p,
      record: all.records[i]!,
      objectives: all.derived[i]!,
      ratings: ratings.get(p.id) ?? {},
    }));
    const overview = resilienceOverview(store, at);
    const records = gatherCoverage(store, at, {
      overview,
      processes,
      map: dependencyMap(store),
      continuity: loadContinuity(ws, at, null),
      incidents: loadIncidentEvidence(ws, at, null),
    });
    const matrix = matrixResults(
      scenarioMatrix(matrixInput(store, at)),
      new Map(overview.scenarios.map((s) => [s.id, s.name])),
      new Map(overview.services.map((s) => [s.id, s.name])),
    );
    return assessCoverage({ ...records, matrix });
  });
}
