// What the workspace holds now, keyed the way an import names things: tiers, processes and
// resources by name (retired ones too, so they can be refused), categories and buckets by id or
// name/label.
import type Database from 'better-sqlite3';
import type { BiaRecord } from '../../../shared/contract';
import type { NodeKind, Tier } from '../../../shared/domain/model';
import { loadRegisters } from '../services/registers';
import { toBiaRecord } from '../domains/bia/read';
import { normaliseHeader } from './columns';
import { resourceKey } from './plan';
import { nameKey } from './records';

export interface ExistingNode {
  id: string;
  kind: NodeKind;
  name: string;
  owner: string;
  department: string;
  description: string;
  tierId: string | null;
  rtoMinutes: number | null;
  rpoMinutes: number | null;
  restoreMinutes: number | null;
  retired: boolean;
}

/** A dependency as stored, retired ones included (a pair can exist only once). */
export interface ExistingEdge {
  id: string;
  hard: boolean;
  groupId: string | null;
  notes: string;
  retired: boolean;
}

export interface WorkspaceState {
  tiers: Map<string, Tier>;
  tierById: Map<string, Tier>;
  processes: Map<string, ExistingNode>;
  resources: Map<string, ExistingNode>;
  categories: Map<string, string>;
  categoryNames: string[];
  buckets: Map<string, string>;
  bucketLabels: string[];
  /** By "consumerId|providerId". */
  edges: Map<string, ExistingEdge>;
  bia(processId: string): BiaRecord | undefined;
  ratings(processId: string): Map<string, number>;
  losses(processId: string): Map<string, number>;
}

export function loadWorkspaceState(db: Database.Database): WorkspaceState {
  const registers = loadRegisters(db);
  const tiers = new Map(registers.tiers.map((t) => [nameKey(t.name), t]));
  const categories = new Map<string, string>();
  for (const c of registers.categories) {
    categories.set(normaliseHeader(c.id), c.id);
    categories.set(normaliseHeader(c.name), c.id);
  }
  const buckets = new Map<string, string>();
  for (const b of registers.buckets) {
    buckets.set(normaliseHeader(b.id), b.id);
    buckets.set(normaliseHeader(b.label), b.id);
  }
  const processes = new Map<string, ExistingNode>();
  const resources = new Map<string, ExistingNode>();
  const rows = db
    .prepare(
      `SELECT id, kind, name, owner, department, description, tier_id AS tierId, rto_minutes AS rtoMinutes,
        rpo_minutes AS rpoMinutes, restore_minutes AS restoreMinutes, retired_at IS NOT NULL AS retired FROM node`,
    )
    .all() as (Omit<ExistingNode, 'retired'> & { retired: number })[];
  for (const r of rows) {
    const node = { ...r, retired: r.retired === 1 };
    // A live node wins over a retired one of the same name (names differing only in case).
    const put = (map: Map<string, ExistingNode>, key: string) => {
      const prior = map.get(key);
      if (!prior || (prior.retired && !node.retired)) map.set(key, node);
    };
    if (r.kind === 'process') put(processes, nameKey(r.name));
    else put(resources, resourceKey(r.kind, nameKey(r.name)));
  }
  const edges = new Map<string, ExistingEdge>();
  for (const e of db
    .prepare(
      `SELECT id, consumer_id AS c, provider_id AS p, hard, group_id AS groupId, notes, retired_at AS r FROM edge`,
    )
    .all() as {
    id: string;
    c: string;
    p: string;
    hard: number;
    groupId: string | null;
    notes: string;
    r: string | null;
  }[])
    edges.set(`${e.c}|${e.p}`, {
      id: e.id,
      hard: e.hard === 1,
      groupId: e.groupId,
      notes: e.notes,
      retired: e.r !== null,
    });
  const biaStmt = db.prepare('SELECT * FROM bia WHERE process_id = ?');
  const ratingStmt = db.prepare(
    'SELECT category_id AS c, bucket_id AS b, severity AS s FROM bia_rating WHERE process_id = ?',
  );
  const lossStmt = db.prepare('SELECT bucket_id AS b, amount AS a FROM bia_loss WHERE process_id = ?');
  return {
    tiers,
    tierById: new Map(registers.tiers.map((t) => [t.id, t])),
    processes,
    resources,
    categories,
    categoryNames: registers.categories.map((c) => c.name),
    buckets,
    bucketLabels: registers.buckets.map((b) => b.label),
    edges,
    bia: (id) => {
      const row = biaStmt.get(id) as Parameters<typeof toBiaRecord>[0] | undefined;
      return row ? toBiaRecord(row) : undefined;
    },
    ratings: (id) =>
      new Map(
        (ratingStmt.all(id) as { c: string; b: string; s: number }[]).map((r) => [`${r.c}|${r.b}`, r.s]),
      ),
    losses: (id) => new Map((lossStmt.all(id) as { b: string; a: number }[]).map((r) => [r.b, r.a])),
  };
}
