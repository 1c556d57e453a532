// Writing runbooks: create (blank or from a template), duplicate, edit steps, reorder, and the
// approval lifecycle draft → in review → approved → retired. Approving freezes a version; editing an
// approved runbook starts a new draft version. The approver must not be the version's author.
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import {
  AppError,
  type RunbookComparison,
  type RunbookStepView,
  type StepChange,
} from '../../../../shared/contract';
import { RUNBOOK_TEMPLATES, templateById, validateRunbook } from '../../../../shared/domain/runbook';
import { requireWorkspace, writeContext, type Context } from '../../app/context';
import type { Handlers } from '../../app/router';
import type { AuditInput } from '../../store/audit-chain';
import type { WriteContext } from '../../app/workspace';
import {
  domainSteps,
  latestVersionRow,
  listRunbooks,
  loadRunbookDetail,
  loadSteps,
  loadVersion,
  readIds,
  versionRow,
} from './read';

type StepInput = Omit<RunbookStepView, 'id' | 'position' | 'key'> & { key?: string };

function insertStep(
  db: Database.Database,
  versionId: string,
  key: string,
  position: number,
  s: StepInput,
): void {
  db.prepare(
    `INSERT INTO runbook_step (id, version_id, key, position, title, role, instructions, verification, rollback_point,
       min_minutes, likely_minutes, max_minutes, depends_on, restores_node_ids)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    randomUUID(),
    versionId,
    key,
    position,
    s.title,
    s.role,
    s.instructions,
    s.verification,
    s.rollbackPoint ? 1 : 0,
    s.minMinutes,
    s.likelyMinutes,
    s.maxMinutes,
    JSON.stringify(s.dependsOn),
    JSON.stringify(s.restoresNodeIds),
  );
}

function insertVersion(
  db: Database.Database,
  w: WriteContext,
  runbookId: string,
  version: number,
  description: string,
  targets: string[],
): string {
  const id = randomUUID();
  const at = w.now.toISOString();
  db.prepare(
    `INSERT INTO runbook_version (id, runbook_id, version, status, description, target_node_ids, author_name, created_at, updated_at)
     VALUES (?, ?, ?, 'draft', ?, ?, ?, ?, ?)`,
  ).run(id, runbookId, version, description, JSON.stringify(targets), w.actor.name, at, at);
  return id;
}

function assertNodes(db: Database.Database, nodeIds: readonly string[]): void {
  const check = db.prepare('SELECT 1 FROM node WHERE id = ? AND retired_at IS NULL');
  for (const id of nodeIds)
    if (!check.get(id)) throw new AppError('INVALID_INPUT', `Node ${id} does not exist (or was retired).`);
}

/**
 * The version edits go to: the draft as it is; a version in review goes back to draft; an approved
 * version is copied into a new draft version (the approved one stays as approved until replaced).
 */
function editableVersion(
  db: Database.Database,
  w: WriteContext,
  runbookId: string,
): { versionId: string; audit: AuditInput[] } {
  const latest = latestVersionRow(db, runbookId);
  if (latest.status === 'draft') return { versionId: latest.id, audit: [] };
  if (latest.status === 'retired')
    throw new AppError('CONFLICT', 'This runbook is retired; duplicate it to work on a copy.');
  if (latest.status === 'in_review') {
    db.prepare("UPDATE runbook_version SET status = 'draft', updated_at = ? WHERE id = ?").run(
      w.now.toISOString(),
      latest.id,
    );
    return {
      versionId: latest.id,
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
    readIds(latest.target_node_ids),
  );
  loadSteps(db, latest.id).forEach((s) => insertStep(db, versionId, s.key, s.position, s));
  return {
    versionId,
    audit: [
      {
        action: 'runbook.newVersion',
        entity: 'runbook',
        entityId: runbookId,
        after: { version: latest.version + 1, from: latest.version },
      },
    ],
  };
}

function assertValid(steps: RunbookStepView[]): void {
  const check = validateRunbook(domainSteps(steps));
  if (!check.ok)
    throw new AppError('INVALID_INPUT', check.issues.map((i) => i.message).join(' '), {
      issues: check.issues,
    });
}

function renumber(db: Database.Database, versionId: string, keys: readonly string[]): void {
  const update = db.prepare('UPDATE runbook_step SET position = ? WHERE version_id = ? AND key = ?');
  keys.forEach((k, i) => update.run(i, versionId, k));
}

/** Edits the editable version of a runbook in one transaction with its audit entries. */
function edit(
  ctx: Context,
  runbookId: string,
  fn: (db: Database.Database, w: WriteContext, versionId: string) => AuditInput[],
) {
  const ws = requireWorkspace(ctx);
  const w = writeContext(ctx);
  ws.mutate(w, () => {
    const { versionId, audit } = editableVersion(ws.db, w, runbookId);
    const changes = fn(ws.db, w, versionId);
    ws.db
      .prepare('UPDATE runbook_version SET updated_at = ? WHERE id = ?')
      .run(w.now.toISOString(), versionId);
    return { value: null, audit: [...audit, ...changes] };
  });
  return loadRunbookDetail(ws.db, runbookId);
}

function createRunbook(
  db: Database.Database,
  w: WriteContext,
  input: {
    name: string;
    kind: string;
    strategy: string;
    templateId: string | null;
    targets: string[];
    description: string;
  },
  steps: StepInput[],
): { id: string; audit: AuditInput } {
  const id = randomUUID();
  const at = w.now.toISOString();
  try {
    db.prepare(
      'INSERT INTO runbook (id, name, kind, strategy, template_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(id, input.name, input.kind, input.strategy, input.templateId, at, at);
  } catch (err) {
    throw err instanceof Error
      ? new AppError('CONFLICT', `A runbook could not be created: ${err.message}`)
      : err;
  }
  const versionId = insertVersion(db, w, id, 1, input.description, input.targets);
  steps.forEach((s, i) => insertStep(db, versionId, s.key ?? `s${i + 1}`, i, s));
  return {
    id,
    audit: {
      action: 'runbook.create',
      entity: 'runbook',
      entityId: id,
      after: {
        name: input.name,
        kind: input.kind,
        strategy: input.strategy,
        templateId: input.templateId,
        steps: steps.length,
      },
    },
  };
}

function compare(left: RunbookStepView[], right: RunbookStepView[]): StepChange[] {
  const fields: (keyof RunbookStepView)[] = [
    'title',
    'role',
    'instructions',
    'verification',
    'rollbackPoint',
    'minMinutes',
    'likelyMinutes',
    'maxMinutes',
    'dependsOn',
    'restoresNodeIds',
    'position',
  ];
  const l = new Map(left.map((s) => [s.key, s]));
  const r = new Map(right.map((s) => [s.key, s]));
  const keys = [...new Set([...right.map((s) => s.key), ...left.map((s) => s.key)])];
  return keys.map((key): StepChange => {
    const a = l.get(key);
    const b = r.get(key);
    if (!a) return { key, title: b!.title, change: 'added', fields: [] };
    if (!b) return { key, title: a.title, change: 'removed', fields: [] };
    const changed = fields.filter((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f]));
    return { key, title: b.title, change: changed.length ? 'changed' : 'same', fields: changed };
  });
}

export const runbookHandlers = {
  'runbooks.templates': () =>
    RUNBOOK_TEMPLATES.map((t) => ({
      id: t.id,
      name: t.name,
      kind: t.kind,
      strategy: t.strategy,
      description: t.description,
      stepCount: t.steps.length,
    })),
  'runbooks.list': (_input, ctx) => listRunbooks(requireWorkspace(ctx).db),
  'runbooks.get': (input, ctx) =>
    loadRunbookDetail(requireWorkspace(ctx).db, input.runbookId, input.versionId),
  'runbooks.create': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const template = input.templateId ? templateById(input.templateId) : undefined;
    if (input.templateId && !template)
      throw new AppError('NOT_FOUND', `There is no runbook template "${input.templateId}".`);
    const id = ws.mutate(w, () => {
      assertNodes(ws.db, input.targetNodeIds);
      // Steps nothing depends on are where the targets are back: they restore them by default.
      const dependedOn = new Set(template?.steps.flatMap((s) => s.dependsOn) ?? []);
      const steps: StepInput[] = (template?.steps ?? []).map((s) => ({
        key: s.id,
        title: s.title,
        role: s.role ?? '',
        instructions: s.instructions ?? '',
        verification: s.verification ?? '',
        rollbackPoint: s.rollbackPoint ?? false,
        minMinutes: s.minMinutes,
        likelyMinutes: s.likelyMinutes,
        maxMinutes: s.maxMinutes,
        dependsOn: [...s.dependsOn],
        restoresNodeIds: dependedOn.has(s.id) ? [] : [...input.targetNodeIds],
      }));
      const created = createRunbook(
        ws.db,
        w,
        {
          name: input.name,
          kind: input.kind ?? template?.kind ?? 'deployment',
          strategy: input.strategy ?? template?.strategy ?? 'other',
          templateId: template?.id ?? null,
          targets: input.targetNodeIds,
          description: template?.description ?? '',
        },
        steps,
      );
      return { value: created.id, audit: created.audit };
    });
    return loadRunbookDetail(ws.db, id);
  },
  'runbooks.duplicate': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const source = loadRunbookDetail(ws.db, input.runbookId);
    const id = ws.mutate(w, () => {
      const created = createRunbook(
        ws.db,
        w,
        {
          name: input.name,
          kind: source.summary.kind,
          strategy: source.summary.strategy,
          templateId: source.summary.templateId,
          targets: source.version.targetNodeIds,
          description: source.version.description,
        },
        source.version.steps,
      );
      return {
        value: created.id,
        audit: {
          ...created.audit,
          after: { ...(created.audit.after as object), duplicatedFrom: input.runbookId },
        },
      };
    });
    return loadRunbookDetail(ws.db, id);
  },
  'runbooks.update': (input, ctx) =>
    edit(ctx, input.runbookId, (db, w, versionId) => {
      const v = loadVersion(db, versionId);
      const rb = db.prepare('SELECT name, kind, strategy FROM runbook WHERE id = ?').get(input.runbookId) as {
        name: string;
        kind: string;
        strategy: string;
      };
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      for (const f of ['name', 'kind', 'strategy'] as const) {
        if (input[f] !== undefined && input[f] !== rb[f]) {
          before[f] = rb[f];
          after[f] = input[f];
          db.prepare(`UPDATE runbook SET ${f} = ?, updated_at = ? WHERE id = ?`).run(
            input[f],
            w.now.toISOString(),
            input.runbookId,
          );
        }
      }
      if (input.description !== undefined && input.description !== v.description) {
        before.description = v.description;
        after.description = input.description;
        db.prepare('UPDATE runbook_version SET description = ? WHERE id = ?').run(
          input.description,
          versionId,
        );
      }
      if (
        input.targetNodeIds !== undefined &&
        JSON.stringify(input.targetNodeIds) !== JSON.stringify(v.targetNodeIds)
      ) {
        assertNodes(db, input.targetNodeIds);
        before.targetNodeIds = v.targetNodeIds;
        after.targetNodeIds = input.targetNodeIds;
        db.prepare('UPDATE runbook_version SET target_node_ids = ? WHERE id = ?').run(
          JSON.stringify(input.targetNodeIds),
          versionId,
        );
      }
      return Object.keys(after).length
        ? [{ action: 'runbook.update', entity: 'runbook', entityId: input.runbookId, before, after }]
        : [];
    }),
  'runbooks.saveStep': (input, ctx) =>
    edit(ctx, input.runbookId, (db, _w, versionId) => {
      const steps = loadSteps(db, versionId);
      assertNodes(db, input.step.restoresNodeIds);
      const existing = input.step.key ? steps.find((s) => s.key === input.step.key) : undefined;
      const key = existing?.key ?? input.step.key ?? nextKey(steps);
      const draft: RunbookStepView = {
        ...input.step,
        key,
        id: existing?.id ?? 'new',
        position: existing?.position ?? steps.length,
      };
      assertValid(existing ? steps.map((s) => (s.key === key ? draft : s)) : [...steps, draft]);
      if (existing) db.prepare('DELETE FROM runbook_step WHERE id = ?').run(existing.id);
      insertStep(db, versionId, key, draft.position, draft);
      const { id: _id, position: _p, ...after } = draft;
      return [
        {
          action: existing ? 'runbook.step.update' : 'runbook.step.add',
          entity: 'runbook',
          entityId: input.runbookId,
          before: existing ? { ...existing, id: undefined } : undefined,
          after,
        },
      ];
    }),
  'runbooks.deleteStep': (input, ctx) =>
    edit(ctx, input.runbookId, (db, _w, versionId) => {
      const steps = loadSteps(db, versionId);
      const gone = steps.find((s) => s.key === input.key);
      if (!gone) throw new AppError('NOT_FOUND', 'That step is not in this runbook.');
      db.prepare('DELETE FROM runbook_step WHERE id = ?').run(gone.id);
      // Dependants now wait for what the removed step waited for, so the order still holds.
      for (const s of steps.filter((x) => x.dependsOn.includes(input.key))) {
        const deps = [...new Set([...s.dependsOn.filter((d) => d !== input.key), ...gone.dependsOn])];
        db.prepare('UPDATE runbook_step SET depends_on = ? WHERE id = ?').run(JSON.stringify(deps), s.id);
      }
      renumber(
        db,
        versionId,
        steps.filter((s) => s.key !== input.key).map((s) => s.key),
      );
      return [
        {
          action: 'runbook.step.delete',
          entity: 'runbook',
          entityId: input.runbookId,
          before: { key: gone.key, title: gone.title },
        },
      ];
    }),
  'runbooks.moveStep': (input, ctx) =>
    edit(ctx, input.runbookId, (db, _w, versionId) => {
      const keys = loadSteps(db, versionId).map((s) => s.key);
      const from = keys.indexOf(input.key);
      if (from < 0) throw new AppError('NOT_FOUND', 'That step is not in this runbook.');
      const to = Math.min(input.position, keys.length - 1);
      if (from === to) return [];
      keys.splice(to, 0, ...keys.splice(from, 1));
      renumber(db, versionId, keys);
      return [
        {
          action: 'runbook.step.move',
          entity: 'runbook',
          entityId: input.runbookId,
          before: { key: input.key, position: from },
          after: { key: input.key, position: to },
        },
      ];
    }),
  'runbooks.transition': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    ws.mutate(w, () => {
      const latest = latestVersionRow(ws.db, input.runbookId);
      const at = w.now.toISOString();
      const allowed: Record<string, string[]> = {
        draft: ['in_review', 'retired'],
        in_review: ['approved', 'draft', 'retired'],
        approved: ['retired'],
        retired: [],
      };
      if (!allowed[latest.status]!.includes(input.to)) {
        throw new AppError(
          'CONFLICT',
          `Version ${latest.version} is ${latest.status.replace('_', ' ')}; it cannot move to ${input.to.replace('_', ' ')}.`,
        );
      }
      if (input.to === 'in_review') {
        const steps = loadSteps(ws.db, latest.id);
        if (steps.length === 0)
          throw new AppError('CONFLICT', 'A runbook needs at least one step before review.');
        assertValid(steps);
        ws.db
          .prepare(
            "UPDATE runbook_version SET status = 'in_review', submitted_by = ?, submitted_at = ?, updated_at = ? WHERE id = ?",
          )
          .run(w.actor.name, at, at, latest.id);
      } else if (input.to === 'approved') {
        if (latest.author_name === w.actor.name) {
          throw new AppError(
            'FORBIDDEN',
            `Segregation of duties: ${w.actor.name} wrote version ${latest.version} of this runbook, so someone else must approve it.`,
          );
        }
        ws.db
          .prepare(
            "UPDATE runbook_version SET status = 'retired', updated_at = ? WHERE runbook_id = ? AND status = 'approved'",
          )
          .run(at, input.runbookId);
        ws.db
          .prepare(
            "UPDATE runbook_version SET status = 'approved', approved_by = ?, approved_at = ?, updated_at = ? WHERE id = ?",
          )
          .run(w.actor.name, at, at, latest.id);
      } else if (input.to === 'retired') {
        ws.db
          .prepare(
            "UPDATE runbook_version SET status = 'retired', updated_at = ? WHERE runbook_id = ? AND status IN ('approved', 'draft', 'in_review')",
          )
          .run(at, input.runbookId);
      } else {
        ws.db
          .prepare("UPDATE runbook_version SET status = 'draft', updated_at = ? WHERE id = ?")
          .run(at, latest.id);
      }
      const action = {
        in_review: 'runbook.submit',
        approved: 'runbook.approve',
        draft: 'runbook.return',
        retired: 'runbook.retire',
      }[input.to];
      return {
        value: null,
        audit: {
          action,
          entity: 'runbook',
          entityId: input.runbookId,
          before: { version: latest.version, status: latest.status },
          after: {
            version: latest.version,
            status: input.to,
            ...(input.to === 'approved' ? { approvedBy: w.actor.name, approvedAt: at } : {}),
          },
        },
      };
    });
    return loadRunbookDetail(ws.db, input.runbookId);
  },
  'runbooks.compare': (input, ctx): RunbookComparison => {
    const db = requireWorkspace(ctx).db;
    const left = loadVersion(db, input.leftVersionId);
    const right = loadVersion(db, input.rightVersionId);
    if (left.runbookId !== input.runbookId || right.runbookId !== input.runbookId) {
      throw new AppError('INVALID_INPUT', 'Both versions must belong to this runbook.');
    }
    versionRow(db, left.id);
    return { left, right, changes: compare(left.steps, right.steps) };
  },
} satisfies Partial<Handlers>;

function nextKey(steps: readonly RunbookStepView[]): string {
  const used = new Set(steps.map((s) => s.key));
  for (let i = steps.length + 1; ; i++) if (!used.has(`s${i}`)) return `s${i}`;
}
