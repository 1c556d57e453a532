// Releases with their approvals, gate waivers and the risk weights: the release aggregate. Audit
// entries record release rows as column images (snake_case, stored values), as they always have.
import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { AppError, type WaiverView } from '../../../../shared/contract';
import {
  DEFAULT_RISK_WEIGHTS,
  RISK_FACTORS,
  type GateCheckId,
  type GatePassage,
  type Instant,
  type ReleaseStatus,
  type RiskWeights,
} from '../../../../shared/domain/release';
import { columnImage } from '../column-image';
import type { Db } from '../db';
import { gateWaiver, release, releaseApproval, riskWeight } from '../schema';
import type { WriteContext, Written } from '../write';
import { neighbourReads } from './neighbours';

export type ReleaseRecord = typeof release.$inferSelect;

/** What a person edits on a release; the rest is its lifecycle. */
export type ReleaseFields = Pick<
  ReleaseRecord,
  | 'name'
  | 'version'
  | 'nodeIds'
  | 'windowStart'
  | 'windowEnd'
  | 'strategy'
  | 'changeType'
  | 'changeSize'
  | 'rollbackRunbookId'
  | 'owner'
  | 'committedAt'
>;

/** Changing any of these after approval means the approvers saw a different change. */
const MATERIAL = [
  'nodeIds',
  'windowStart',
  'windowEnd',
  'strategy',
  'changeType',
  'changeSize',
  'rollbackRunbookId',
] as const satisfies readonly (keyof ReleaseFields)[];

export interface Approval {
  approver: string;
  approvedAt: Instant;
}

const isRiskFactor = (f: string): f is keyof RiskWeights => (RISK_FACTORS as readonly string[]).includes(f);

export function releasesStore(db: Db) {
  const liveRelease = (id: string) => and(eq(release.id, id), isNull(release.retiredAt));

  const approvals = (releaseId: string): Approval[] =>
    db
      .select({ approver: releaseApproval.approver, approvedAt: releaseApproval.approvedAt })
      .from(releaseApproval)
      .where(and(eq(releaseApproval.releaseId, releaseId), isNull(releaseApproval.withdrawnAt)))
      .orderBy(asc(releaseApproval.approvedAt))
      .all();

  const riskWeights = (): RiskWeights => {
    const out: RiskWeights = { ...DEFAULT_RISK_WEIGHTS };
    for (const r of db
      .select({ factor: riskWeight.factor, weight: riskWeight.weight })
      .from(riskWeight)
      .all())
      if (isRiskFactor(r.factor)) out[r.factor] = r.weight;
    return out;
  };

  const touch = (id: string, set: Partial<typeof release.$inferInsert>): void => {
    db.update(release).set(set).where(eq(release.id, id)).run();
  };

  return {
    ...neighbourReads(db),

    /** Live releases by window start, then name. */
    list(): ReleaseRecord[] {
      return db
        .select()
        .from(release)
        .where(isNull(release.retiredAt))
        .orderBy(asc(release.windowStart), asc(release.name))
        .all();
    },

    /** A live release, or NOT_FOUND. */
    get(releaseId: string): ReleaseRecord {
      const row = db.select().from(release).where(liveRelease(releaseId)).get();
      if (!row) throw new AppError('NOT_FOUND', 'That release does not exist (or was retired).');
      return row;
    },

    /** Finds a release by id, else by exact name (the CLI accepts either); ambiguity is an error. */
    findId(idOrName: string): string {
      const byId = db.select({ id: release.id }).from(release).where(liveRelease(idOrName)).get();
      if (byId) return byId.id;
      const byName = db
        .select({ id: release.id })
        .from(release)
        .where(and(eq(release.name, idOrName), isNull(release.retiredAt)))
        .all();
      if (byName.length === 1) return byName[0]!.id;
      if (byName.length > 1)
        throw new AppError(
          'CONFLICT',
          `${byName.length} releases are named "${idOrName}"; give the id instead.`,
        );
      throw new AppError('NOT_FOUND', `No release has the id or name "${idOrName}".`);
    },

    /** Approvals still standing (not withdrawn), oldest first. */
    approvals,

    waivers(releaseId: string): (WaiverView & { checkId: GateCheckId })[] {
      return db
        .select({
          id: gateWaiver.id,
          checkId: gateWaiver.checkId,
          justification: gateWaiver.justification,
          approver: gateWaiver.approver,
          at: gateWaiver.createdAt,
        })
        .from(gateWaiver)
        .where(and(eq(gateWaiver.releaseId, releaseId), isNull(gateWaiver.retiredAt)))
        .orderBy(asc(gateWaiver.createdAt))
        .all();
    },

    /** The domain's default weights with this workspace's overrides. */
    riskWeights,

    create(w: WriteContext, f: ReleaseFields): Written<string> {
      const id = randomUUID();
      const at = w.now.toISOString();
      db.insert(release)
        .values({ ...f, id, status: 'planned', createdAt: at, updatedAt: at })
        .run();
      return {
        value: id,
        audit: [
          { action: 'release.create', entity: 'release', entityId: id, after: columnImage(release, f) },
        ],
      };
    },

    /**
     * Rewrites a release's fields. A material change (or a new owner) withdraws its approvals and
     * returns it to planned: the approvers saw a different change.
     */
    update(w: WriteContext, before: ReleaseRecord, f: ReleaseFields): Written<null> {
      const next = columnImage(release, f);
      const was = columnImage(release, before);
      const material = MATERIAL.some((k) => {
        const column = release[k].name;
        return String(was[column]) !== String(next[column]);
      });
      touch(before.id, { ...f, updatedAt: w.now.toISOString() });
      const audit = [
        { action: 'release.update', entity: 'release', entityId: before.id, before: was, after: next },
      ];
      const standing = approvals(before.id);
      if ((material || before.owner !== f.owner) && standing.length > 0) {
        db.update(releaseApproval)
          .set({ withdrawnAt: w.now.getTime() })
          .where(and(eq(releaseApproval.releaseId, before.id), isNull(releaseApproval.withdrawnAt)))
          .run();
        touch(before.id, { status: 'planned' });
        audit.push({
          action: 'release.approvals.withdrawn',
          entity: 'release',
          entityId: before.id,
          before: { status: before.status, approvers: standing.map((a) => a.approver) },
          after: { status: 'planned', reason: 'the release changed after it was approved' },
        });
      }
      return { value: null, audit };
    },

    /**
     * Records an approval; `met` is asked, with the approval counted, whether the release now has
     * the approvals its risk needs, and a planned release becomes approved when it does.
     */
    approve(w: WriteContext, row: ReleaseRecord, approver: string, met: () => boolean): Written<null> {
      db.insert(releaseApproval)
        .values({ id: randomUUID(), releaseId: row.id, approver, approvedAt: w.now.getTime() })
        .run();
      const becomesApproved = row.status === 'planned' && met();
      if (becomesApproved) touch(row.id, { status: 'approved', updatedAt: w.now.toISOString() });
      return {
        value: null,
        audit: [
          {
            action: 'release.approve',
            entity: 'release',
            entityId: row.id,
            before: { status: row.status },
            after: { approver, status: becomesApproved ? 'approved' : row.status },
          },
        ],
      };
    },

    /**
     * Moves to a status and stamps the outcome time it implies. A rollback stamps the restore only: a
     * failure time it made up would be its own instant, a time to restore of 0 min in the metrics. A
     * move the gate guards carries its passage: kept on the release and on the audit entry's after image.
     */
    transition(
      w: WriteContext,
      row: ReleaseRecord,
      status: ReleaseStatus,
      at: Instant,
      gatePassage?: GatePassage,
    ): Written<null> {
      const times: Partial<Pick<ReleaseRecord, 'deployedAt' | 'failureDetectedAt' | 'restoredAt'>> = {};
      if (status === 'deployed') times.deployedAt = at;
      if (status === 'failed') times.failureDetectedAt = at;
      if (status === 'rolled-back') times.restoredAt = at;
      touch(row.id, {
        ...times,
        status,
        ...(gatePassage ? { gatePassage } : {}),
        updatedAt: w.now.toISOString(),
      });
      return {
        value: null,
        audit: [
          {
            action: 'release.transition',
            entity: 'release',
            entityId: row.id,
            before: { status: row.status },
            after: { status, at: new Date(at).toISOString(), ...(gatePassage ? { gate: gatePassage } : {}) },
          },
        ],
      };
    },

    override(w: WriteContext, row: ReleaseRecord, justification: string, by: string): Written<null> {
      touch(row.id, { overrideJustification: justification, overrideBy: by, updatedAt: w.now.toISOString() });
      return {
        value: null,
        audit: [
          {
            action: 'release.override',
            entity: 'release',
            entityId: row.id,
            before: { justification: row.overrideJustification, by: row.overrideBy },
            after: { justification, by },
          },
        ],
      };
    },

    retire(w: WriteContext, row: ReleaseRecord): Written<null> {
      const at = w.now.toISOString();
      touch(row.id, { retiredAt: at, updatedAt: at });
      return {
        value: null,
        audit: [
          { action: 'release.retire', entity: 'release', entityId: row.id, before: { status: row.status } },
        ],
      };
    },

    addWaiver(
      w: WriteContext,
      releaseId: string,
      waiver: { checkId: GateCheckId; justification: string; approver: string },
    ): Written<string> {
      const waiverId = randomUUID();
      db.insert(gateWaiver)
        .values({ id: waiverId, releaseId, ...waiver, createdAt: w.now.toISOString() })
        .run();
      return {
        value: waiverId,
        audit: [
          { action: 'gate.waive', entity: 'release', entityId: releaseId, after: { waiverId, ...waiver } },
        ],
      };
    },

    /** Overrides some weights; the audit entry holds the whole set before and after. */
    setRiskWeights(w: WriteContext, changes: Partial<RiskWeights>): Written<null> {
      const before = riskWeights();
      const updatedAt = w.now.toISOString();
      for (const [factor, weight] of Object.entries(changes)) {
        if (weight === undefined) continue;
        db.insert(riskWeight)
          .values({ factor, weight, updatedAt })
          .onConflictDoUpdate({ target: riskWeight.factor, set: { weight, updatedAt } })
          .run();
      }
      return {
        value: null,
        audit: [
          {
            action: 'risk.weights',
            entity: 'risk',
            entityId: 'weights',
            before,
            after: { ...before, ...changes },
          },
        ],
      };
    },
  };
}
