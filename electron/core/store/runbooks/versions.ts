// A runbook's versions and their lifecycle: draft → in review → approved → retired. Approving freezes a
// version; editing an approved runbook copies it into a new draft version. Segregation of duties (the
// approver must not hold a key that wrote the version) is the runbooks domain's check, over the chain.
import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { AppError, type RunbookStepView, type RunbookVersionStatus } from '../../../../shared/contract';
import type { RunbookKind } from '../../../../shared/domain/runbook/types';
import type { AuditInput } from '../audit-chain';
import type { Db } from '../db';
import { runbook, runbookStep, runbookVersion } from '../schema';
import type { WriteContext, Written } from '../write';
import { runbookReads } from './read';
import { assertValidSteps } from './steps';

/** What a step holds besides its row id, version and position; the key is kept across versions. */
export type StepFields = Omit<RunbookStepView, 'id' | 'position' | 'key'>;

export interface NewRunbook {
  name: string;
  kind: RunbookKind;
  strategy: string;
  templateId: string | null;
  targetNodeIds: string[];
  description: string;
}

export function insertStep(db: Db, versionId: string, key: string, position: number, s: StepFields): void {
  db.insert(runbookStep)
    .values({
      id: randomUUID(),
      versionId,
      key,
      position,
      title: s.title,
      role: s.role,
      instructions: s.instructions,
      verification: s.verification,
      rollbackPoint: s.rollbackPoint,
      minMinutes: s.minMinutes,
      likelyMinutes: s.likelyMinutes,
      maxMinutes: s.maxMinutes,
      dependsOn: s.dependsOn,
      restoresNodeIds: s.restoresNodeIds,
    })
    .run();
}

function insertVersion(
  db: Db,
  w: WriteContext,
  runbookId: string,
  version: number,
  description: string,
  targetNodeIds: string[],
): string {
  const id = randomUUID();
  const at = w.now.toISOString();
  db.insert(runbookVersion)
    .values({
      id,
      runbookId,
      version,
      status: 'draft',
      description,
      targetNodeIds,
      authorName: w.actor.name,
      createdAt: at,
      updatedAt: at,
    })
    .run();
  return id;
}

const allowed: Record<RunbookVersionStatus, RunbookVersionStatus[]> = {
  draft: ['in_review', 'retired'],
  in_review: ['approved', 'draft', 'retired'],
  approved: ['retired'],
  retired: [],
};

const transitionAction: Record<RunbookVersionStatus, string> = {
  in_review: 'runbook.submit',
  approved: 'runbook.approve',
  draft: 'runbook.return',
  retired: 'runbook.retire',
};

export function runbookVersions(db: Db) {
  const read = runbookReads(db);
  const setStatus = (versionId: string, status: RunbookVersionStatus, at: string) =>
    db.update(runbookVersion).set({ status, updatedAt: at }).where(eq(runbookVersion.id, versionId)).run();

  return {
    /** A runbook with its first draft version holding `steps` (keyed s1, s2… unless they have keys). */
    create(w: WriteContext, rb: NewRunbook, steps: (StepFields & { key?: string })[]): Written<string> {
      const id = randomUUID();
      const at = w.now.toISOString();
      try {
        db.insert(runbook)
          .values({
            id,
            name: rb.name,
            kind: rb.kind,
            strategy: rb.strategy,
            templateId: rb.templateId,
            createdAt: at,
            updatedAt: at,
          })
          .run();
      } catch (err) {
        throw err instanceof Error
          ? new AppError('CONFLICT', `A runbook could not be created: ${err.message}`)
          : err;
      }
      const versionId = insertVersion(db, w, id, 1, rb.description, rb.targetNodeIds);
      steps.forEach((s, i) => insertStep(db, versionId, s.key ?? `s${i + 1}`, i, s));
      return {
        value: id,
        audit: [
          {
            action: 'runbook.create',
            entity: 'runbook',
            entityId: id,
            after: {
              name: rb.name,
              kind: rb.kind,
              strategy: rb.strategy,
              templateId: rb.templateId,
              steps: steps.length,
            },
          },
        ],
      };
    },

    /**
     * The version edits go to: the draft as it is; a version in review goes back to draft; an approved
     * version is copied into a new draft version (the approved one stays approved until replaced).
     */
    openForEdit(w: WriteContext, runbookId: string): Written<string> {
      const latest = read.latestVersion(runbookId);
      if (latest.status === 'draft') return { value: latest.id, audit: [] };
      if (latest.status === 'retired')
        throw new AppError('CONFLICT', 'This runbook is retired; duplicate it to work on a copy.');
      if (latest.status === 'in_review') {
        setStatus(latest.id, 'draft', w.now.toISOString());
        return {
          value: latest.id,
          audit: [
            {
              action: 'runbook.reopen',
              entity: 'runbook',
              entityId: runbookId,
              before: { status: 'in_review' },
              after: { status: 'draft', version: latest.version, reason: `edited by ${w.actor.name}` },
            },
          ],
        };
      }
      const versionId = insertVersion(
        db,
        w,
        runbookId,
        latest.version + 1,
        latest.description,
        latest.targetNodeIds,
      );
      read.steps(latest.id).forEach((s) => insertStep(db, versionId, s.key, s.position, s));
      return {
        value: versionId,
        audit: [
          {
            action: 'runbook.newVersion',
            entity: 'runbook',
            entityId: runbookId,
            after: { version: latest.version + 1, from: latest.version },
          },
        ],
      };
    },

    /** Stamps a version as changed now. */
    touch(w: WriteContext, versionId: string): void {
      db.update(runbookVersion)
        .set({ updatedAt: w.now.toISOString() })
        .where(eq(runbookVersion.id, versionId))
        .run();
    },

    /** Moves the latest version along its lifecycle, or says why it cannot move. */
    transition(w: WriteContext, runbookId: string, to: RunbookVersionStatus): Written<null> {
      const latest = read.latestVersion(runbookId);
      const at = w.now.toISOString();
      if (!allowed[latest.status].includes(to)) {
        throw new AppError(
          'CONFLICT',
          `Version ${latest.version} is ${latest.status.replace('_', ' ')}; it cannot move to ${to.replace('_', ' ')}.`,
        );
      }
      if (to === 'in_review') {
        const steps = read.steps(latest.id);
        if (steps.length === 0)
          throw new AppError('CONFLICT', 'A runbook needs at least one step before review.');
        assertValidSteps(steps);
        db.update(runbookVersion)
          .set({ status: 'in_review', submittedBy: w.actor.name, submittedAt: at, updatedAt: at })
          .where(eq(runbookVersion.id, latest.id))
          .run();
      } else if (to === 'approved') {
        // The version it replaces retires: one approved version at a time.
        db.update(runbookVersion)
          .set({ status: 'retired', updatedAt: at })
          .where(and(eq(runbookVersion.runbookId, runbookId), eq(runbookVersion.status, 'approved')))
          .run();
        db.update(runbookVersion)
          .set({ status: 'approved', approvedBy: w.actor.name, approvedAt: at, updatedAt: at })
          .where(eq(runbookVersion.id, latest.id))
          .run();
      } else if (to === 'retired') {
        db.update(runbookVersion)
          .set({ status: 'retired', updatedAt: at })
          .where(
            and(
              eq(runbookVersion.runbookId, runbookId),
              inArray(runbookVersion.status, ['approved', 'draft', 'in_review']),
            ),
          )
          .run();
      } else {
        setStatus(latest.id, 'draft', at);
      }
      const entry: AuditInput = {
        action: transitionAction[to],
        entity: 'runbook',
        entityId: runbookId,
        before: { version: latest.version, status: latest.status },
        after: {
          version: latest.version,
          status: to,
          ...(to === 'approved' ? { approvedBy: w.actor.name, approvedAt: at } : {}),
        },
      };
      return { value: null, audit: [entry] };
    },
  };
}
