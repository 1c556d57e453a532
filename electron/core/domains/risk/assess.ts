// Release risk: the editable weights (defaults from the domain) and the assessment of one release
// from the dependency map, its rollback runbook and the recent change failures of what it touches.
import type Database from 'better-sqlite3';
import { AppError, type RiskWeightsView } from '../../../../shared/contract';
import {
  DAY_MS,
  DEFAULT_RISK_WEIGHTS,
  RISK_FACTORS,
  assessRisk,
  changeFailureRate,
  type Instant,
  type Release,
  type RiskAssessment,
  type RiskWeights,
  type RollbackReadiness,
} from '../../../../shared/domain/release';
import { requireWorkspace, writeContext } from '../../app/context';
import type { Handlers } from '../../app/router';
import type { ReleaseGraph } from '../releases/readiness-graph';
import { releaseRows, toDomainRelease } from '../releases/views';

/** How far back "recent" change failures reach. */
export const RECENT_FAILURE_DAYS = 90;

export function loadWeights(db: Database.Database): RiskWeights {
  const rows = db.prepare('SELECT factor, weight FROM risk_weight').all() as {
    factor: string;
    weight: number;
  }[];
  const out: RiskWeights = { ...DEFAULT_RISK_WEIGHTS };
  for (const r of rows)
    if ((RISK_FACTORS as readonly string[]).includes(r.factor)) out[r.factor as keyof RiskWeights] = r.weight;
  return out;
}

export function approvedRunbookIds(db: Database.Database): Set<string> {
  return new Set(
    db
      .prepare(
        "SELECT DISTINCT v.runbook_id FROM runbook_version v JOIN runbook r ON r.id = v.runbook_id WHERE v.status = 'approved' AND r.retired_at IS NULL",
      )
      .pluck()
      .all() as string[],
  );
}

export function rollbackReadiness(db: Database.Database, release: Release): RollbackReadiness {
  const id = release.rollbackRunbookId;
  if (!id) return 'none';
  const exists = db.prepare('SELECT 1 FROM runbook WHERE id = ? AND retired_at IS NULL').get(id);
  if (!exists) return 'none';
  return approvedRunbookIds(db).has(id) ? 'approved' : 'unapproved';
}

export function assessReleaseRisk(
  db: Database.Database,
  graph: ReleaseGraph,
  release: Release,
  now: Instant,
): RiskAssessment {
  let blast = 0;
  let depth = 0;
  for (const id of release.nodeIds) {
    const b = graph.blast(id);
    if (!b) continue;
    // Touched services that fail together are one outage: the largest radius stands for the release.
    blast = Math.max(blast, b.weightedImpact);
    depth = Math.max(depth, ...b.failed.map((f) => f.depth));
  }
  const touched = new Set(release.nodeIds);
  const history = releaseRows(db)
    .map(toDomainRelease)
    .filter((r) => r.id !== release.id && r.nodeIds.some((id) => touched.has(id)));
  const cfr = changeFailureRate(history, { start: now - RECENT_FAILURE_DAYS * DAY_MS, end: now });
  return assessRisk(
    {
      touchedTierRanks: release.nodeIds.map((id) => graph.tierRankOf(id)),
      maxTierRank: Math.max(0, ...graph.tiers.map((t) => t.rank)),
      blastRadius: blast,
      blastRadiusScale: graph.totalImpact,
      dependencyDepth: depth,
      changeSize: release.changeSize,
      changeType: release.changeType,
      rollback: rollbackReadiness(db, release),
      recentChangeFailureRate: cfr.rate,
    },
    { weights: loadWeights(db) },
  );
}

const view = (db: Database.Database): RiskWeightsView => ({
  weights: loadWeights(db),
  defaults: { ...DEFAULT_RISK_WEIGHTS },
});

export const riskHandlers = {
  'risk.weights': (_input, ctx) => view(requireWorkspace(ctx).db),
  'risk.setWeights': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const before = loadWeights(ws.db);
    const after: RiskWeights = { ...before, ...input.weights };
    if (RISK_FACTORS.every((f) => after[f] === 0)) {
      throw new AppError('INVALID_INPUT', 'At least one risk weight must be above zero.');
    }
    ws.mutate(w, () => {
      const upsert = ws.db.prepare(
        'INSERT INTO risk_weight (factor, weight, updated_at) VALUES (?, ?, ?) ON CONFLICT(factor) DO UPDATE SET weight = excluded.weight, updated_at = excluded.updated_at',
      );
      for (const [factor, weight] of Object.entries(input.weights))
        upsert.run(factor, weight, w.now.toISOString());
      return {
        value: null,
        audit: { action: 'risk.weights', entity: 'risk', entityId: 'weights', before, after },
      };
    });
    return view(ws.db);
  },
} satisfies Partial<Handlers>;
