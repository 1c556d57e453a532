// What the workspace holds now, keyed the way an import names things: tiers, processes and
// resources by name (retired ones too, so they can be refused), categories and buckets by id or
// name/label.
import type { BiaRecord } from '../../../shared/contract';
import type { NodeKind, Tier } from '../../../shared/domain/model';
import type { ThirdPartyContract, ThirdPartyProvider } from '../../../shared/domain/thirdparty/types';
import type { Store } from '../store';
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
  thirdParties: { providers: ThirdPartyProvider[]; contracts: ThirdPartyContract[] };
}

export function loadWorkspaceState(store: Store): WorkspaceState {
  const registers = store.registers.load();
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
  for (const { retiredAt, ...r } of store.nodes.everyNode()) {
    const node = { ...r, retired: retiredAt !== null };
    // A live node wins over a retired one of the same name (names differing only in case).
    const put = (map: Map<string, ExistingNode>, key: string) => {
      const prior = map.get(key);
      if (!prior || (prior.retired && !node.retired)) map.set(key, node);
    };
    if (r.kind === 'process') put(processes, nameKey(r.name));
    else put(resources, resourceKey(r.kind, nameKey(r.name)));
  }
  const edges = new Map<string, ExistingEdge>();
  for (const e of store.nodes.everyEdge())
    edges.set(`${e.consumerId}|${e.providerId}`, {
      id: e.id,
      hard: e.hard,
      groupId: e.groupId,
      notes: e.notes,
      retired: e.retiredAt !== null,
    });
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
    bia: (id) => store.bia.find(id),
    ratings: (id) => new Map(store.bia.ratings(id).map((r) => [`${r.categoryId}|${r.bucketId}`, r.severity])),
    losses: (id) => new Map(store.bia.losses(id).map((l) => [l.bucketId, l.amount])),
    thirdParties: { providers: store.thirdParties.providers(), contracts: store.thirdParties.contracts() },
  };
}
