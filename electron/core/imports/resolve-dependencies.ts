// Dependencies: each row names a consumer and a provider that must exist (on this file's sheets or
// live in the workspace) and be told apart; a pair appears once per file. The rules saveEdge
// enforces (no node on itself, only hard dependencies grouped, a retired pair never revived) are
// checked here, so a commit cannot fail halfway. An existing pair is updated, never duplicated, and
// nothing is deleted. A group left with one provider is noted: it protects nothing, and is most
// often a group name spelled two ways.
import type { NodeDirectory, FoundNode } from './node-directory';
import { pairKey, type NodeRef } from './plan';
import type { DependencyRec } from './records';
import type { PlanBody, Resolver } from './resolve';

const ref = (n: FoundNode): NodeRef => ({ kind: n.kind, key: n.key });

/** The providers a file puts in one consumer's redundancy group. */
interface GroupSeen {
  consumer: FoundNode;
  group: string;
  providers: string[];
}

/** Resolves the Dependencies rows into body.edges; returns the pairs they name. */
export function resolveDependencies(r: Resolver, dir: NodeDirectory, body: PlanBody): Set<string> {
  const seen = new Map<string, DependencyRec>();
  const groups = new Map<string, GroupSeen>();
  /** "consumerId|providerId" of the rows naming two existing nodes: their stored values give way. */
  const named = new Set<string>();
  for (const rec of r.file.dependencies) {
    const find = (role: 'consumer' | 'provider') => {
      const kindKey = `${role}Kind` as const;
      const label = role === 'consumer' ? 'Consumer' : 'Provider';
      const found = dir.find(rec[role], rec[kindKey], label, kindKey in rec.src.labels);
      if (typeof found === 'string') r.problem(rec.src, rec.row, role, found);
      return typeof found === 'string' ? undefined : found;
    };
    const consumer = find('consumer');
    const provider = find('provider');
    if (!consumer || !provider) continue;
    if (consumer.kind === provider.kind && consumer.key === provider.key) {
      r.problem(
        rec.src,
        rec.row,
        'provider',
        `"${provider.name}" cannot depend on itself: Consumer and Provider name the same ${provider.kind}.`,
      );
      continue;
    }
    const what = `"${consumer.name}" on "${provider.name}"`;
    const pair = pairKey(consumer, provider);
    const first = seen.get(pair);
    if (first) {
      r.problem(
        rec.src,
        rec.row,
        'provider',
        `Duplicate dependency of ${what}: it is already on ${r.where(first, rec)}.`,
      );
      continue;
    }
    seen.set(pair, rec);
    const ids = consumer.id && provider.id ? `${consumer.id}|${provider.id}` : undefined;
    if (ids) named.add(ids);
    const existing = ids ? r.ws.edges.get(ids) : undefined;
    if (existing?.retired) {
      r.problem(
        rec.src,
        rec.row,
        'provider',
        `The dependency of ${what} was retired; a retired dependency cannot be edited or added again.`,
      );
      continue;
    }
    const values = {
      hard: rec.hard ?? existing?.hard ?? true,
      groupId: rec.group !== undefined ? rec.group : (existing?.groupId ?? null),
      notes: rec.notes ?? existing?.notes ?? '',
    };
    if (!values.hard && values.groupId !== null) {
      r.problem(
        rec.src,
        rec.row,
        rec.group !== undefined ? 'group' : 'hard',
        `A soft dependency cannot be in a redundancy group ("${values.groupId}"): only hard ones can stand in for each other. Set Hard to yes or leave Redundancy group empty.`,
      );
      continue;
    }
    if (values.groupId !== null) {
      const key = `${consumer.kind}\u0000${consumer.key}\u0000${values.groupId}`;
      const g = groups.get(key) ?? { consumer, group: values.groupId, providers: [] };
      g.providers.push(provider.name);
      groups.set(key, g);
    }
    const change = { consumer: ref(consumer), provider: ref(provider), ...values };
    if (!existing) {
      body.edges.push(change);
      r.count(rec.src.sheet, 'creates');
    } else if (
      existing.hard !== values.hard ||
      existing.groupId !== values.groupId ||
      existing.notes !== values.notes
    ) {
      body.edges.push({ id: existing.id, ...change });
      r.count(rec.src.sheet, 'updates');
    } else r.count(rec.src.sheet, 'unchanged');
  }
  for (const g of groups.values()) noteLoneGroup(r, g, named);
  return new Set(seen.keys());
}

/** Notes a group whose only provider is the one this file names (the workspace adds no other). */
function noteLoneGroup(r: Resolver, g: GroupSeen, named: Set<string>): void {
  if (g.providers.length > 1) return;
  const prefix = `${g.consumer.id}|`;
  if (g.consumer.id)
    for (const [ids, e] of r.ws.edges)
      if (ids.startsWith(prefix) && !named.has(ids) && !e.retired && e.hard && e.groupId === g.group) return;
  r.notes.push(
    `Redundancy group "${g.group}" of "${g.consumer.name}" has one provider only ("${g.providers[0]}"), so it adds no redundancy: give the providers that can stand in for it the same group name.`,
  );
}
