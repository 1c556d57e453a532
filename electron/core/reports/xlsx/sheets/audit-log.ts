// The whole audit log up to the head the pack records, streamed from the store. `steadfast verify
// --since` reads this sheet's Seq, Previous hash and Hash columns back, so keep those headers.
import type { AuditRow } from '../../../store/audit-chain';
import { DATE_TIME, type SheetSpec } from '../sheet';

export const AUDIT_SHEET = 'Audit log';
export const AUDIT_COLUMNS = { seq: 'Seq', prev: 'Previous hash', hash: 'Hash' } as const;

export const auditLogSheet: SheetSpec = {
  name: AUDIT_SHEET,
  columns: [
    { header: AUDIT_COLUMNS.seq, key: 'seq', width: 8 },
    { header: 'At', key: 'at', width: 20, numFmt: DATE_TIME },
    { header: 'Actor', key: 'actor', width: 22 },
    { header: 'Role', key: 'role', width: 16 },
    { header: 'Action', key: 'action', width: 20 },
    { header: 'Entity', key: 'entity', width: 12 },
    { header: 'Entity id', key: 'entityId', width: 38 },
    { header: 'Before', key: 'before', width: 40 },
    { header: 'After', key: 'after', width: 40 },
    { header: AUDIT_COLUMNS.prev, key: 'prev', width: 66 },
    { header: AUDIT_COLUMNS.hash, key: 'hash', width: 66 },
  ],
  size: (e) => e.workspace.chain.seq,
  *rows(e) {
    const rows = e.db
      .prepare('SELECT * FROM audit_log WHERE seq <= ? ORDER BY seq')
      .iterate(e.workspace.chain.seq) as IterableIterator<AuditRow>;
    for (const r of rows)
      yield {
        seq: r.seq,
        at: new Date(r.at),
        actor: r.actor_name,
        role: r.actor_role,
        action: r.action,
        entity: r.entity,
        entityId: r.entity_id,
        before: r.before_json,
        after: r.after_json,
        prev: r.prev_hash,
        hash: r.hash,
      };
  },
};
