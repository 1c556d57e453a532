// Services for release-readiness store tests. Nodes have no store aggregate on this branch yet, so
// the test writes them directly; the aggregates under test only refer to them.
import type { Workspace } from '../../../electron/core/app/workspace';

export function seedNode(ws: Workspace, id: string, name: string, retired = false): string {
  const at = '2026-03-01T09:00:00.000Z';
  ws.db
    .prepare(
      `INSERT INTO node (id, kind, name, created_at, updated_at, retired_at) VALUES (?, 'application', ?, ?, ?, ?)`,
    )
    .run(id, name, at, at, retired ? at : null);
  return id;
}

/** The audit entries written since `afterSeq`, oldest first, as the audit.list view shows them. */
export function auditSince(ws: Workspace, afterSeq: number) {
  return ws.store.audit
    .list(1000, 0)
    .entries.filter((e) => e.seq > afterSeq)
    .reverse()
    .map(({ action, entity, entityId, before, after }) => ({ action, entity, entityId, before, after }));
}
