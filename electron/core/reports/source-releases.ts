// The release-readiness evidence of a pack, read inside the pack's transaction and evaluated as of
// the pack's time (gates, error budgets, delivery metrics), so the same data and --at give the same
// figures.
import type Database from 'better-sqlite3';
import type { DeliveryView, GateView, ReleaseView, SloView } from '../../../shared/contract';
import { DAY_MS, deliveryMetrics, monthlyTrend, type Conflict } from '../../../shared/domain/release';
import { allConflicts } from '../domains/calendar/read';
import { gateFor } from '../domains/gate/read';
import { releaseGraph } from '../domains/releases/readiness-graph';
import { nodeNames, releaseRows, toDomainRelease, toReleaseView } from '../domains/releases/views';
import { sloRows, sloView } from '../domains/slos/read';

/** Delivery metrics in a pack cover the quarter before its time. */
export const DELIVERY_DAYS = 90;

const ACTIVE = new Set(['planned', 'approved', 'in-progress']);

export interface ReleaseEvidence {
  releases: ReleaseView[];
  /** Gates of the releases still ahead (planned, approved, in progress). */
  gates: GateView[];
  conflicts: Conflict[];
  slos: SloView[];
  delivery: DeliveryView;
}

/** @param inScope node ids the pack covers, null for all: a release is in scope when it touches one. */
export function loadReleaseEvidence(
  db: Database.Database,
  at: Date,
  inScope: ReadonlySet<string> | null,
): ReleaseEvidence {
  const now = at.getTime();
  const names = nodeNames(db);
  const touches = (ids: readonly string[]) => inScope === null || ids.some((id) => inScope.has(id));
  const rows = releaseRows(db).filter((r) => touches(toDomainRelease(r).nodeIds));
  const releases = rows.map((r) => toReleaseView(db, r, names));
  const shown = new Set(rows.map((r) => r.id));
  const period = { start: now - DELIVERY_DAYS * DAY_MS, end: now };
  const domain = rows.map(toDomainRelease);
  return {
    releases,
    gates: rows.filter((r) => ACTIVE.has(r.status)).map((r) => gateFor(db, r.id, now)),
    conflicts: allConflicts(db, releaseGraph(db)).filter((c) => shown.has(c.releaseId)),
    slos: sloRows(db)
      .filter((s) => touches([s.node_id]))
      .map((s) => sloView(db, s, now, names)),
    delivery: { ...deliveryMetrics(domain, period), monthly: monthlyTrend(domain, period) },
  };
}
