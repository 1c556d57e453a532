// Reads a process's BIA and derives its objectives with shared/domain/bia. Nothing derived is stored:
// MTD, RTO and tier always follow from the ratings and registers as they are now.
import type Database from 'better-sqlite3';
import { AppError, type BiaDetail, type BiaRecord, type Registers } from '../../../../shared/contract';
import {
  deriveObjectives,
  prepareBiaConfig,
  type BiaProcessInput,
  type PreparedBiaConfig,
} from '../../../../shared/domain/bia';
import type { NodeKind } from '../../../../shared/domain/model';
import { getNode } from '../nodes/handlers';
import { loadRegisters } from '../../services/registers';

interface BiaRow {
  process_id: string;
  status: BiaRecord['status'];
  wrt_minutes: number | null;
  data_loss_tolerance_minutes: number | null;
  manual_rto_minutes: number | null;
  manual_rpo_minutes: number | null;
  pinned_tier_id: string | null;
  mbco: string;
  notes: string;
  last_editor_name: string | null;
  last_edited_at: string | null;
  approved_by: string | null;
  approved_at: string | null;
}

export function toBiaRecord(r: BiaRow): BiaRecord {
  return {
    processId: r.process_id,
    status: r.status,
    wrtMinutes: r.wrt_minutes,
    dataLossToleranceMinutes: r.data_loss_tolerance_minutes,
    manualRtoMinutes: r.manual_rto_minutes,
    manualRpoMinutes: r.manual_rpo_minutes,
    pinnedTierId: r.pinned_tier_id,
    mbco: r.mbco,
    notes: r.notes,
    lastEditorName: r.last_editor_name,
    lastEditedAt: r.last_edited_at,
    approvedBy: r.approved_by,
    approvedAt: r.approved_at,
    reopenedByEdit:
      r.status === 'draft' && r.approved_at !== null && (r.last_edited_at ?? '') > r.approved_at,
  };
}

export function loadBiaRecord(db: Database.Database, processId: string): BiaRecord {
  const row = db.prepare('SELECT * FROM bia WHERE process_id = ?').get(processId) as BiaRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'That process has no BIA (is it a process?).');
  return toBiaRecord(row);
}

export function prepareFromRegisters(r: Registers): PreparedBiaConfig {
  return prepareBiaConfig({
    categories: r.categories.map((c) => ({ id: c.id, name: c.name })),
    buckets: r.buckets.map((b) => ({ id: b.id, minutes: b.minutes, label: b.label })),
    tiers: r.tiers,
  });
}

export function processInput(
  rec: BiaRecord,
  ratings: Record<string, (number | null)[]>,
  losses: (number | null)[],
): BiaProcessInput {
  return {
    id: rec.processId,
    ratings,
    wrtMinutes: rec.wrtMinutes,
    dataLossToleranceMinutes: rec.dataLossToleranceMinutes,
    manualRtoMinutes: rec.manualRtoMinutes,
    manualRpoMinutes: rec.manualRpoMinutes,
    pinnedTierId: rec.pinnedTierId,
    financialLossByBucket: losses,
    mbco: rec.mbco || null,
  };
}

export function loadBiaDetail(db: Database.Database, processId: string): BiaDetail {
  const process = getNode(db, processId);
  if (process.kind !== 'process')
    throw new AppError('INVALID_INPUT', `${process.name} is a ${process.kind}, not a process.`);
  const registers = loadRegisters(db);
  const bucketIndex = new Map(registers.buckets.map((b, i) => [b.id, i]));
  const ratings: Record<string, (number | null)[]> = {};
  for (const c of registers.categories) ratings[c.id] = registers.buckets.map(() => null);
  const rows = db
    .prepare('SELECT category_id, bucket_id, severity FROM bia_rating WHERE process_id = ?')
    .all(processId) as {
    category_id: string;
    bucket_id: string;
    severity: number;
  }[];
  for (const r of rows) {
    const i = bucketIndex.get(r.bucket_id);
    const row = ratings[r.category_id];
    if (i !== undefined && row) row[i] = r.severity;
  }
  const losses: (number | null)[] = registers.buckets.map(() => null);
  for (const l of db
    .prepare('SELECT bucket_id, amount FROM bia_loss WHERE process_id = ?')
    .all(processId) as {
    bucket_id: string;
    amount: number;
  }[]) {
    const i = bucketIndex.get(l.bucket_id);
    if (i !== undefined) losses[i] = l.amount;
  }
  const bia = loadBiaRecord(db, processId);
  const objectives = deriveObjectives(processInput(bia, ratings, losses), prepareFromRegisters(registers));
  const supportedBy = db
    .prepare(
      `SELECT n.id AS nodeId, n.name, n.kind FROM edge e JOIN node n ON n.id = e.provider_id
       WHERE e.consumer_id = ? AND e.retired_at IS NULL AND n.retired_at IS NULL ORDER BY n.kind, n.name`,
    )
    .all(processId) as { nodeId: string; name: string; kind: NodeKind }[];
  return { process, bia, ratings, losses, objectives, supportedBy };
}
