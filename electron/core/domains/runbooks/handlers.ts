// Writing runbooks: create (blank or from a template), duplicate, edit details and steps, reorder, and
// the approval lifecycle draft → in review → approved → retired, over store/runbooks (which keeps the
// version rules: approving freezes a version; editing an approved runbook starts a new draft version;
// the approver must not be the version's author).
import {
  AppError,
  type RunbookComparison,
  type RunbookDetail,
  type RunbookStepView,
  type StepChange,
} from '../../../../shared/contract';
import { RUNBOOK_TEMPLATES, templateById } from '../../../../shared/domain/runbook';
import { requireWorkspace, writeContext, type Context } from '../../app/context';
import type { Handlers } from '../../app/router';
import type { Store, WriteContext, Written } from '../../store';
import type { StepFields } from '../../store/runbooks';
import { refuseOwnWork, runbookAuthors } from '../members/duties';
import { signOff } from '../members/signoff';
import { runbookPrintHandlers } from './print';
import { runbookDetail, runbookList } from './read';

/** Edits the editable version of a runbook in one transaction with its audit entries. */
function edit(
  ctx: Context,
  runbookId: string,
  fn: (s: Store, w: WriteContext, versionId: string) => Written<null>,
): RunbookDetail {
  const ws = requireWorkspace(ctx);
  const w = writeContext(ctx);
  ws.write(w, (s) => {
    const opened = s.runbooks.openForEdit(w, runbookId);
    const audit = [...opened.audit, ...fn(s, w, opened.value).audit];
    // Stamped only when something changed: an edit that changed nothing writes nothing.
    if (audit.length > 0) s.runbooks.touch(w, opened.value);
    return { value: null, audit };
  });
  return runbookDetail(ws, runbookId);
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
  'runbooks.list': (_input, ctx) => runbookList(requireWorkspace(ctx)),
  'runbooks.get': (input, ctx) => runbookDetail(requireWorkspace(ctx), input.runbookId, input.versionId),
  'runbooks.create': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const template = input.templateId ? templateById(input.templateId) : undefined;
    if (input.templateId && !template)
      throw new AppError('NOT_FOUND', `There is no runbook template "${input.templateId}".`);
    const id = ws.write(w, (s) => {
      s.runbooks.assertNodes(input.targetNodeIds);
      // Steps nothing depends on are where the targets are back: they restore them by default.
      const dependedOn = new Set(template?.steps.flatMap((t) => t.dependsOn) ?? []);
      const steps: (StepFields & { key: string })[] = (template?.steps ?? []).map((t) => ({
        key: t.id,
        title: t.title,
        role: t.role ?? '',
        instructions: t.instructions ?? '',
        verification: t.verification ?? '',
        rollbackPoint: t.rollbackPoint ?? false,
        minMinutes: t.minMinutes,
        likelyMinutes: t.likelyMinutes,
        maxMinutes: t.maxMinutes,
        dependsOn: [...t.dependsOn],
        restoresNodeIds: dependedOn.has(t.id) ? [] : [...input.targetNodeIds],
      }));
      return s.runbooks.create(
        w,
        {
          name: input.name,
          kind: input.kind ?? template?.kind ?? 'deployment',
          strategy: input.strategy ?? template?.strategy ?? 'other',
          templateId: template?.id ?? null,
          targetNodeIds: input.targetNodeIds,
          description: template?.description ?? '',
        },
        steps,
      );
    });
    return runbookDetail(ws, id);
  },
  'runbooks.duplicate': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const source = runbookDetail(ws, input.runbookId);
    const id = ws.write(w, (s) => {
      const created = s.runbooks.create(
        w,
        {
          name: input.name,
          kind: source.summary.kind,
          strategy: source.summary.strategy,
          templateId: source.summary.templateId,
          targetNodeIds: source.version.targetNodeIds,
          description: source.version.description,
        },
        source.version.steps,
      );
      // The copy's creation says where it came from.
      return {
        value: created.value,
        audit: created.audit.map((a) => ({
          ...a,
          after: { ...(a.after as object), duplicatedFrom: input.runbookId },
        })),
      };
    });
    return runbookDetail(ws, id);
  },
  'runbooks.update': (input, ctx) => {
    const { runbookId, ...changes } = input;
    return edit(ctx, runbookId, (s, w, versionId) => s.runbooks.update(w, runbookId, versionId, changes));
  },
  'runbooks.saveStep': (input, ctx) =>
    edit(ctx, input.runbookId, (s, _w, versionId) =>
      s.runbooks.saveStep(input.runbookId, versionId, input.step),
    ),
  'runbooks.deleteStep': (input, ctx) =>
    edit(ctx, input.runbookId, (s, _w, versionId) =>
      s.runbooks.deleteStep(input.runbookId, versionId, input.key),
    ),
  'runbooks.moveStep': (input, ctx) =>
    edit(ctx, input.runbookId, (s, _w, versionId) =>
      s.runbooks.moveStep(input.runbookId, versionId, input.key, input.position),
    ),
  'runbooks.transition': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    ws.write(w, (s) => {
      const latest = s.runbooks.latestVersion(input.runbookId);
      const moved = s.runbooks.transition(w, input.runbookId, input.to);
      if (input.to !== 'approved') return moved;
      refuseOwnWork(
        w,
        runbookAuthors(s, input.runbookId),
        `${w.actor.name} wrote version ${latest.version} of this runbook, so someone else must approve it.`,
      );
      const view = s.runbooks.versionView(latest.id);
      const signed = signOff(s, w, ws.id, {
        kind: 'runbook.approve',
        entity: 'runbook',
        entityId: input.runbookId,
        version: latest.version,
        content: {
          versionId: latest.id,
          description: view.description,
          targetNodeIds: view.targetNodeIds,
          steps: view.steps,
        },
      });
      return { value: null, audit: [...moved.audit, ...signed.audit] };
    });
    return runbookDetail(ws, input.runbookId);
  },
  'runbooks.compare': (input, ctx): RunbookComparison => {
    const { store } = requireWorkspace(ctx);
    const left = store.runbooks.versionView(input.leftVersionId);
    const right = store.runbooks.versionView(input.rightVersionId);
    if (left.runbookId !== input.runbookId || right.runbookId !== input.runbookId) {
      throw new AppError('INVALID_INPUT', 'Both versions must belong to this runbook.');
    }
    return { left, right, changes: compare(left.steps, right.steps) };
  },
  ...runbookPrintHandlers,
} satisfies Partial<Handlers>;
