// Edits to the editable version of a runbook (see versions.openForEdit): its details and its steps.
// Each returns the audit entries of what it changed; an edit that changed nothing returns none.
import { and, eq } from 'drizzle-orm';
import { AppError, type RunbookStepView } from '../../../../shared/contract';
import type { RunbookKind } from '../../../../shared/domain/runbook/types';
import type { AuditInput } from '../audit-chain';
import type { Db } from '../db';
import { runbook, runbookStep, runbookVersion } from '../schema';
import type { WriteContext, Written } from '../write';
import { nodeRefs } from './node-refs';
import { runbookReads } from './read';
import { assertValidSteps } from './steps';
import { insertStep, type StepFields } from './versions';

export interface RunbookChanges {
  name?: string;
  kind?: RunbookKind;
  strategy?: string;
  description?: string;
  targetNodeIds?: string[];
}

function nextKey(steps: readonly RunbookStepView[]): string {
  const used = new Set(steps.map((s) => s.key));
  for (let i = steps.length + 1; ; i++) if (!used.has(`s${i}`)) return `s${i}`;
}

export function runbookEdits(db: Db) {
  const read = runbookReads(db);
  const nodes = nodeRefs(db);
  const renumber = (versionId: string, keys: readonly string[]) =>
    keys.forEach((key, position) =>
      db
        .update(runbookStep)
        .set({ position })
        .where(and(eq(runbookStep.versionId, versionId), eq(runbookStep.key, key)))
        .run(),
    );

  /**
   * A target that no step restores could never be measured by a DR test. As at creation from a
   * template, the steps nothing depends on (where the runbook ends) are where it is back: they get it.
   * Returns the keys marked and the targets each gained.
   */
  const markRestoringSteps = (versionId: string, targets: readonly string[]): Record<string, string[]> => {
    const steps = read.steps(versionId);
    const restored = new Set(steps.flatMap((s) => s.restoresNodeIds));
    const missing = targets.filter((id) => !restored.has(id));
    if (missing.length === 0) return {};
    const dependedOn = new Set(steps.flatMap((s) => s.dependsOn));
    const marked: Record<string, string[]> = {};
    for (const s of steps.filter((x) => !dependedOn.has(x.key))) {
      db.update(runbookStep)
        .set({ restoresNodeIds: [...s.restoresNodeIds, ...missing] })
        .where(eq(runbookStep.id, s.id))
        .run();
      marked[s.key] = missing;
    }
    return marked;
  };

  const edits = {
    /** Refuses node ids that are not live nodes: a runbook targets and restores real ones. */
    assertNodes(ids: readonly string[]): void {
      const missing = nodes.firstMissing(ids);
      if (missing !== undefined)
        throw new AppError('INVALID_INPUT', `Node ${missing} does not exist (or was retired).`);
    },

    /** Name, kind and strategy belong to the runbook; description and targets to the version. */
    update(w: WriteContext, runbookId: string, versionId: string, input: RunbookChanges): Written<null> {
      const v = read.version(versionId);
      const rb = read.runbook(runbookId);
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      const own: Partial<Pick<typeof runbook.$inferInsert, 'name' | 'kind' | 'strategy'>> = {};
      if (input.name !== undefined && input.name !== rb.name) own.name = input.name;
      if (input.kind !== undefined && input.kind !== rb.kind) own.kind = input.kind;
      if (input.strategy !== undefined && input.strategy !== rb.strategy) own.strategy = input.strategy;
      for (const f of ['name', 'kind', 'strategy'] as const)
        if (own[f] !== undefined) {
          before[f] = rb[f];
          after[f] = own[f];
        }
      if (Object.keys(own).length > 0)
        db.update(runbook)
          .set({ ...own, updatedAt: w.now.toISOString() })
          .where(eq(runbook.id, runbookId))
          .run();
      if (input.description !== undefined && input.description !== v.description) {
        before.description = v.description;
        after.description = input.description;
        db.update(runbookVersion)
          .set({ description: input.description })
          .where(eq(runbookVersion.id, versionId))
          .run();
      }
      if (
        input.targetNodeIds !== undefined &&
        JSON.stringify(input.targetNodeIds) !== JSON.stringify(v.targetNodeIds)
      ) {
        edits.assertNodes(input.targetNodeIds);
        before.targetNodeIds = v.targetNodeIds;
        after.targetNodeIds = input.targetNodeIds;
        db.update(runbookVersion)
          .set({ targetNodeIds: input.targetNodeIds })
          .where(eq(runbookVersion.id, versionId))
          .run();
        const marked = markRestoringSteps(versionId, input.targetNodeIds);
        if (Object.keys(marked).length > 0) after.markedRestoring = marked;
      }
      const audit: AuditInput[] = Object.keys(after).length
        ? [{ action: 'runbook.update', entity: 'runbook', entityId: runbookId, before, after }]
        : [];
      return { value: null, audit };
    },

    /** Adds a step, or replaces the step with the same key; the version must stay a valid runbook. */
    saveStep(
      runbookId: string,
      versionId: string,
      step: StepFields & { key?: string | undefined },
    ): Written<null> {
      const steps = read.steps(versionId);
      edits.assertNodes(step.restoresNodeIds);
      const existing = step.key ? steps.find((s) => s.key === step.key) : undefined;
      const key = existing?.key ?? step.key ?? nextKey(steps);
      const draft: RunbookStepView = {
        ...step,
        key,
        id: existing?.id ?? 'new',
        position: existing?.position ?? steps.length,
      };
      assertValidSteps(existing ? steps.map((s) => (s.key === key ? draft : s)) : [...steps, draft], key);
      // An edited step keeps its id: DR-test events and findings name steps by id.
      if (existing)
        db.update(runbookStep)
          .set({
            title: draft.title,
            role: draft.role,
            instructions: draft.instructions,
            verification: draft.verification,
            rollbackPoint: draft.rollbackPoint,
            minMinutes: draft.minMinutes,
            likelyMinutes: draft.likelyMinutes,
            maxMinutes: draft.maxMinutes,
            dependsOn: draft.dependsOn,
            restoresNodeIds: draft.restoresNodeIds,
          })
          .where(eq(runbookStep.id, existing.id))
          .run();
      else insertStep(db, versionId, key, draft.position, draft);
      const { id: _id, position: _p, ...after } = draft;
      return {
        value: null,
        audit: [
          {
            action: existing ? 'runbook.step.update' : 'runbook.step.add',
            entity: 'runbook',
            entityId: runbookId,
            before: existing ? { ...existing, id: undefined } : undefined,
            after,
          },
        ],
      };
    },

    /** Removes a step; what depended on it now waits for what it waited for, so the order holds. */
    deleteStep(runbookId: string, versionId: string, key: string): Written<null> {
      const steps = read.steps(versionId);
      const gone = steps.find((s) => s.key === key);
      if (!gone) throw new AppError('NOT_FOUND', 'That step is not in this runbook.');
      db.delete(runbookStep).where(eq(runbookStep.id, gone.id)).run();
      for (const s of steps.filter((x) => x.dependsOn.includes(key))) {
        const dependsOn = [...new Set([...s.dependsOn.filter((d) => d !== key), ...gone.dependsOn])];
        db.update(runbookStep).set({ dependsOn }).where(eq(runbookStep.id, s.id)).run();
      }
      renumber(
        versionId,
        steps.filter((s) => s.key !== key).map((s) => s.key),
      );
      return {
        value: null,
        audit: [
          {
            action: 'runbook.step.delete',
            entity: 'runbook',
            entityId: runbookId,
            before: { key: gone.key, title: gone.title },
          },
        ],
      };
    },

    /** Moves a step to `position` (0-based, clamped to the last place). */
    moveStep(runbookId: string, versionId: string, key: string, position: number): Written<null> {
      const keys = read.steps(versionId).map((s) => s.key);
      const from = keys.indexOf(key);
      if (from < 0) throw new AppError('NOT_FOUND', 'That step is not in this runbook.');
      const to = Math.min(position, keys.length - 1);
      if (from === to) return { value: null, audit: [] };
      keys.splice(to, 0, ...keys.splice(from, 1));
      renumber(versionId, keys);
      return {
        value: null,
        audit: [
          {
            action: 'runbook.step.move',
            entity: 'runbook',
            entityId: runbookId,
            before: { key, position: from },
            after: { key, position: to },
          },
        ],
      };
    },
  };
  return edits;
}
