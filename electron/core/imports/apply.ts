// Applies a previewed plan inside one Workspace.mutate: tiers, processes and their BIA fields,
// resources, dependencies, then ratings with reused prepared statements. Any failure throws and
// rolls everything back. Audit: the import itself, each created or updated row as the manual
// editors record it, and one summary entry per process whose ratings changed.
import type Database from 'better-sqlite3';
import { AppError, type ImportCommitResult } from '../../../shared/contract';
import type { AuditInput } from '../store/audit-chain';
import type { WriteContext } from '../app/workspace';
import { markBiaEdited } from '../domains/bia/handlers';
import { loadBiaRecord } from '../domains/bia/read';
import { saveEdge, saveNode } from '../domains/nodes/handlers';
import { tierSpec } from '../services/registers';
import { saveRow } from '../services/rows';
import type { ImportPlan, NodeChange, NodeRef, TierRef } from './plan';
import type { WorkspaceState } from './workspace-state';

const BIA_COLUMNS = {
  wrtMinutes: 'wrt_minutes',
  dataLossToleranceMinutes: 'data_loss_tolerance_minutes',
  manualRtoMinutes: 'manual_rto_minutes',
  manualRpoMinutes: 'manual_rpo_minutes',
  mbco: 'mbco',
  notes: 'notes',
  pinnedTierId: 'pinned_tier_id',
} as const;

export function applyPlan(
  db: Database.Database,
  w: WriteContext,
  plan: ImportPlan,
  ws: WorkspaceState,
): { value: ImportCommitResult; audit: AuditInput[] } {
  const audit: AuditInput[] = [];
  const at = w.now.toISOString();

  const tierIds = new Map([...ws.tiers].map(([k, t]) => [k, t.id]));
  for (const t of plan.tiers) {
    const saved = saveRow(db, w, tierSpec, t.id, { ...t.values });
    tierIds.set(t.key, saved.id);
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
    const saved = saveNode(db, w, {
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
    ids.set(n.key, saved.id);
    audit.push(...saved.audit);
  };
  for (const n of plan.processes) save(n, processIds);
  const idOf = (ids: Map<string, string>, key: string) => {
    const id = ids.get(key);
    if (!id) throw new AppError('INTERNAL', `The import lost track of ${key}.`);
    return id;
  };

  // Every BIA this import edits, with its state before: a return to draft is recorded once each.
  const edited = new Map<string, ReturnType<typeof loadBiaRecord>>();
  const editing = (processId: string) => {
    if (!edited.has(processId)) edited.set(processId, loadBiaRecord(db, processId));
  };

  for (const b of plan.bia) {
    const processId = idOf(processIds, b.processKey);
    editing(processId);
    const after: Record<string, string | number | null> = { ...b.after };
    if (b.pin) after.pinnedTierId = tierId(b.pin);
    const fields = Object.keys(after) as (keyof typeof BIA_COLUMNS)[];
    db.prepare(
      `UPDATE bia SET ${fields.map((f) => `${BIA_COLUMNS[f]} = ?`).join(', ')} WHERE process_id = ?`,
    ).run(...fields.map((f) => after[f] ?? null), processId);
    audit.push({ action: 'bia.update', entity: 'bia', entityId: processId, before: b.before, after });
  }

  for (const n of plan.resources) save(n, resourceIds);
  const nodeId = (ref: NodeRef) => idOf(ref.kind === 'process' ? processIds : resourceIds, ref.key);
  for (const e of plan.edges) {
    const saved = saveEdge(db, w, {
      id: e.id,
      consumerId: nodeId(e.consumer),
      providerId: nodeId(e.provider),
      hard: e.hard,
      groupId: e.groupId,
      notes: e.notes,
    });
    audit.push(...saved.audit);
  }

  const upsert = db.prepare(
    `INSERT INTO bia_rating (process_id, category_id, bucket_id, severity, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (process_id, category_id, bucket_id) DO UPDATE SET severity = excluded.severity, updated_at = excluded.updated_at`,
  );
  const clear = db.prepare(
    'DELETE FROM bia_rating WHERE process_id = ? AND category_id = ? AND bucket_id = ?',
  );
  const setLoss = db.prepare(
    `INSERT INTO bia_loss (process_id, bucket_id, amount, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (process_id, bucket_id) DO UPDATE SET amount = excluded.amount, updated_at = excluded.updated_at`,
  );
  for (const r of plan.ratings) {
    const processId = idOf(processIds, r.processKey);
    editing(processId);
    for (const [c, b, s] of r.cells) {
      if (s === null) clear.run(processId, c, b);
      else upsert.run(processId, c, b, s, at);
    }
    for (const [b, amount] of r.losses) setLoss.run(processId, b, amount, at);
    audit.push({
      action: 'bia.rate',
      entity: 'bia',
      entityId: processId,
      after: {
        source: 'import',
        fileName: plan.fileName,
        ratingsSet: r.cells.length - r.cleared,
        ratingsCleared: r.cleared,
        lossesSet: r.losses.length,
      },
    });
  }
  for (const [, rec] of edited) audit.push(...markBiaEdited(db, w, rec));

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
