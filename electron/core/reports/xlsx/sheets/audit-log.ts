// The whole audit log up to the head the pack records, streamed from the store. `steadfast verify
// --since` reads this sheet's Seq, Previous hash and Hash columns back, so keep those headers.
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
    for (const r of e.store.audit.upTo(e.workspace.chain.seq))
      yield {
        seq: r.seq,
        at: new Date(r.at),
        actor: r.actorName,
        role: r.actorRole,
        action: r.action,
        entity: r.entity,
        entityId: r.entityId,
        before: r.beforeJson,
        after: r.afterJson,
        prev: r.prevHash,
        hash: r.hash,
      };
  },
};
