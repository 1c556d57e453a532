// Applies a previewed plan inside one ws.write: tiers, processes and their BIA fields,
// resources, dependencies, then ratings (the store reuses its prepared statements). Any failure throws and
// rolls everything back. Audit: the import itself, each created or updated row as the manual
// editors record it, and one summary entry per process whose ratings changed.
import { AppError, type BiaRecord, type ImportCommitResult } from '../../../shared/contract';
import type { AuditInput } from '../store/audit-chain';
import type { Store, WriteContext, Written } from '../store';
import type { BiaField, ImportPlan, NodeChange, NodeRef, TierRef } from './plan';
import { applyThirdParties } from './apply-thirdparties';
import type { WorkspaceState } from './workspace-state';

export function applyPlan(
  store: Store,
  w: WriteContext,
  plan: ImportPlan,
  ws: WorkspaceState,
): Written<ImportCommitResult> {
  const audit: AuditInput[] = [];

  const tierIds = new Map([...ws.tiers].map(([k, t]) => [k, t.id]));
  for (const t of plan.tiers) {
    const saved = store.registers.saveTier(w, t.id, { ...t.values });
    tierIds.set(t.key, saved.value);
    audit.push(...saved.audit);
  }
  const tierId = (ref: TierRef): string | null => {
    if ('id' in ref) return ref.id;
    const id = tierIds.get(ref.key);
    if (!id) throw new AppError('INTERNAL', `The import lost track of tier ${ref.key}.`);
    return id;
  };

  const processIds = new Map<string, string>();
  for (const [k, n] of ws.processes) if (!n.retired) processIds.set(k, n.id);
  const resourceIds = new Map<string, string>();
  for (const [k, n] of ws.resources) if (!n.retired) resourceIds.set(k, n.id);
  const save = (n: NodeChange, ids: Map<string, string>) => {
    const saved = store.nodes.save(w, {
      id: n.id,
      kind: n.kind,
      name: n.name,
      owner: n.owner,
      department: n.department,
      description: n.description,
      tierId: tierId(n.tier),
      rtoMinutes: n.rtoMinutes,
      rpoMinutes: n.rpoMinutes,
      restoreMinutes: n.restoreMinutes,
    });
    ids.set(n.key, saved.value);
    audit.push(...saved.audit);
  };
  for (const n of plan.processes) save(n, processIds);
  const idOf = (ids: Map<string, string>, key: string) => {
    const id = ids.get(key);
    if (!id) throw new AppError('INTERNAL', `The import lost track of ${key}.`);
    return id;
  };

  // Every BIA this import edits, with its state before: a return to draft is recorded once each.
  const edited = new Map<string, BiaRecord>();
  const editing = (processId: string) => {
    if (!edited.has(processId)) edited.set(processId, store.bia.record(processId));
  };

  for (const b of plan.bia) {
    const processId = idOf(processIds, b.processKey);
    editing(processId);
    const after: Partial<Record<BiaField | 'pinnedTierId', string | number | null>> = { ...b.after };
    if (b.pin) after.pinnedTierId = tierId(b.pin);
    audit.push(...store.bia.importFields(w, processId, after, b.before).audit);
  }

  for (const n of plan.resources) save(n, resourceIds);
  const nodeId = (ref: NodeRef) => idOf(ref.kind === 'process' ? processIds : resourceIds, ref.key);
  for (const e of plan.edges) {
    const saved = store.nodes.saveEdge(w, {
      id: e.id,
      consumerId: nodeId(e.consumer),
      providerId: nodeId(e.provider),
      hard: e.hard,
      groupId: e.groupId,
      notes: e.notes,
    });
    audit.push(...saved.audit);
  }

  for (const r of plan.ratings) {
    const processId = idOf(processIds, r.processKey);
    editing(processId);
    audit.push(...store.bia.importRatings(w, processId, plan.fileName, r.cells, r.losses).audit);
  }
  for (const [, rec] of edited) audit.push(...store.bia.markEdited(w, rec).audit);
  applyThirdParties(store, w, plan, audit);

  const totals = plan.sheets.reduce(
    (t, s) => ({
      created: t.created + s.creates,
      updated: t.updated + s.updates,
      unchanged: t.unchanged + s.unchanged,
    }),
    { created: 0, updated: 0, unchanged: 0 },
  );
  const value: ImportCommitResult = {
    fileName: plan.fileName,
    sha256: plan.sha256,
    sheets: plan.sheets,
    ...totals,
  };
  audit.unshift({
    action: 'import.commit',
    entity: 'workspace',
    entityId: plan.workspaceId,
    after: {
      fileName: plan.fileName,
      sha256: plan.sha256,
      ...totals,
      sheets: plan.sheets.map((s) => ({
        sheet: s.sheet,
        kind: s.kind,
        rows: s.rows,
        creates: s.creates,
        updates: s.updates,
        unchanged: s.unchanged,
      })),
    },
  });
  return { value, audit };
}
