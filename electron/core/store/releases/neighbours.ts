// Reads of tables other aggregates own (nodes, tiers, runbooks, DR tests, findings) that release
// readiness weighs: the names it prints, the checks a release's references must pass, and the gate's
// evidence. Kept together so the release aggregate's own file holds only its own tables.
import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { GateDrTest, GateFinding, GateRunbook } from '../../../../shared/domain/release';
import type { Db } from '../db';
import { idsOf } from '../json-ids';
import { drTest, finding, node, runbook, runbookVersion, tier } from '../schema';

export function neighbourReads(db: Db) {
  const exists = (q: { get(): unknown }): boolean => q.get() !== undefined;
  const approvedRunbookIds = (): Set<string> =>
    new Set(
      db
        .selectDistinct({ id: runbookVersion.runbookId })
        .from(runbookVersion)
        .innerJoin(runbook, eq(runbook.id, runbookVersion.runbookId))
        .where(and(eq(runbookVersion.status, 'approved'), isNull(runbook.retiredAt)))
        .all()
        .map((r) => r.id),
    );

  return {
    /** Every node's name, retired ones included (old releases still name them). */
    nodeNames(): Map<string, string> {
      return new Map(
        db
          .select({ id: node.id, name: node.name })
          .from(node)
          .all()
          .map((r) => [r.id, r.name]),
      );
    },
    /** Every node's own tier, for nodes that are not processes (a process's tier comes from its BIA). */
    nodeTierIds(): Map<string, string | undefined> {
      return new Map(
        db
          .select({ id: node.id, tierId: node.tierId })
          .from(node)
          .all()
          .map((r) => [r.id, r.tierId ?? undefined]),
      );
    },
    isLiveNode(id: string): boolean {
      return exists(
        db
          .select({ one: sql`1` })
          .from(node)
          .where(and(eq(node.id, id), isNull(node.retiredAt))),
      );
    },
    /** Any tier ever made, retired ones included: a freeze may name a tier that was retired since. */
    tierExists(id: string): boolean {
      return exists(
        db
          .select({ one: sql`1` })
          .from(tier)
          .where(eq(tier.id, id)),
      );
    },
    tierNames(): Map<string, string> {
      return new Map(
        db
          .select({ id: tier.id, name: tier.name })
          .from(tier)
          .all()
          .map((t) => [t.id, t.name]),
      );
    },
    isLiveRunbook(id: string): boolean {
      return exists(
        db
          .select({ one: sql`1` })
          .from(runbook)
          .where(and(eq(runbook.id, id), isNull(runbook.retiredAt))),
      );
    },
    /** Live runbooks with at least one approved version. */
    approvedRunbookIds,
    gateRunbooks(): GateRunbook[] {
      const approved = approvedRunbookIds();
      return db
        .select({ id: runbook.id, name: runbook.name })
        .from(runbook)
        .where(isNull(runbook.retiredAt))
        .all()
        .map((r) => ({ ...r, approved: approved.has(r.id) }));
    },
    /** DR tests that passed, with the services they covered and when they completed. */
    passedDrTests(): GateDrTest[] {
      const rows = db
        .select({ id: drTest.id, scope: drTest.scopeNodeIds, completedAt: drTest.completedAt })
        .from(drTest)
        .where(
          and(
            eq(drTest.status, 'completed'),
            eq(drTest.verdict, 'pass'),
            isNotNull(drTest.completedAt),
            isNull(drTest.retiredAt),
          ),
        )
        .all();
      return rows.flatMap((r) => {
        const at = Date.parse(r.completedAt ?? '');
        return Number.isNaN(at) ? [] : [{ id: r.id, nodeIds: idsOf(r.scope), completedAt: at }];
      });
    },
    /** Every finding; a finding belongs to the services its DR test covered. */
    gateFindings(): GateFinding[] {
      return db
        .select({
          id: finding.id,
          title: finding.title,
          severity: finding.severity,
          status: finding.status,
          scope: drTest.scopeNodeIds,
        })
        .from(finding)
        .leftJoin(drTest, eq(drTest.id, finding.testId))
        .all()
        .map((r) => ({
          id: r.id,
          title: r.title,
          severity: r.severity,
          open: r.status !== 'closed',
          nodeIds: r.scope === null ? [] : idsOf(r.scope),
        }));
    },
  };
}
