// The audit row's columns as the pack's Audit log sheet carries them: one per column of the
// audit_log table, in schema order, taken from the schema itself so a new column (the signer, the
// signature) flows into the sheet and back into `verify` without an edit here. The sheet writer and
// the sheet reader both use this one list.
import { getTableColumns } from 'drizzle-orm';
import type { AuditRecord } from '../store/audit-chain';
import { auditLog } from '../store/schema';

export type AuditField = keyof AuditRecord & string;

export interface AuditColumn {
  key: AuditField;
  header: string;
  width: number;
  /** Written as a number; read back with Number(). */
  numeric: boolean;
  /** An empty cell reads back as null (the sheet keeps null and '' apart). */
  nullable: boolean;
}

/** Headers a person reads; a column not named here is headed by its schema key. */
const LABELS: Partial<Record<AuditField, { header: string; width: number }>> = {
  seq: { header: 'Seq', width: 8 },
  at: { header: 'At (UTC)', width: 26 },
  actorName: { header: 'Actor', width: 22 },
  actorRole: { header: 'Role', width: 16 },
  action: { header: 'Action', width: 20 },
  entity: { header: 'Entity', width: 12 },
  entityId: { header: 'Entity id', width: 38 },
  beforeJson: { header: 'Before', width: 40 },
  afterJson: { header: 'After', width: 40 },
  prevHash: { header: 'Previous hash', width: 66 },
  hash: { header: 'Hash', width: 66 },
};

export const AUDIT_RECORD_COLUMNS: readonly AuditColumn[] = Object.entries(getTableColumns(auditLog)).map(
  ([key, column]) => ({
    key: key as AuditField,
    header: LABELS[key as AuditField]?.header ?? key,
    width: LABELS[key as AuditField]?.width ?? 24,
    numeric: column.dataType === 'number',
    nullable: !column.notNull,
  }),
);
