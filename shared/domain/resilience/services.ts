// Rules on important business services (PRA SS1/21 §3): a tolerance may not be looser than what the
// processes delivering the service can bear (their MTD from the BIA), and services that share a
// resource are named together, since one disruption breaches both (§3.3).

import type { CompiledGraph } from '../graph/types';
import type { Minutes } from '../model';
import { formatDuration } from '../../format/duration';

export interface ToleranceRef {
  id: string;
  serviceId: string;
  label: string;
  maxDisruptionMinutes: Minutes;
}

export interface ToleranceMtdFlag {
  serviceId: string;
  toleranceId: string;
  processId: string;
  processName: string;
  toleranceMinutes: Minutes;
  mtdMinutes: Minutes;
  message: string;
}

/**
 * A tolerance longer than the MTD of a process in the service's footprint: the service would be
 * allowed to stay down after that process's disruption has become intolerable.
 */
export function toleranceMtdFlags(
  services: readonly { id: string; name: string; nodeIds: readonly string[] }[],
  tolerances: readonly ToleranceRef[],
  processes: ReadonlyMap<string, { name: string; mtdMinutes: Minutes | null }>,
): ToleranceMtdFlag[] {
  const flags: ToleranceMtdFlag[] = [];
  for (const t of tolerances) {
    const svc = services.find((s) => s.id === t.serviceId);
    if (!svc) continue;
    for (const id of svc.nodeIds) {
      const p = processes.get(id);
      if (!p || p.mtdMinutes === null || t.maxDisruptionMinutes <= p.mtdMinutes) continue;
      flags.push({
        serviceId: svc.id,
        toleranceId: t.id,
        processId: id,
        processName: p.name,
        toleranceMinutes: t.maxDisruptionMinutes,
        mtdMinutes: p.mtdMinutes,
        message: `${svc.name}: the tolerance "${t.label}" allows ${formatDuration(t.maxDisruptionMinutes)} of disruption, longer than the ${formatDuration(p.mtdMinutes)} MTD of ${p.name}, which the service needs.`,
      });
    }
  }
  return flags;
}

export interface SharedResource {
  nodeId: string;
  name: string;
  serviceIds: string[];
  message: string;
}

/** Every node a service needs: its footprint and, through hard edges, everything below it. */
export function serviceClosure(g: CompiledGraph, nodeIds: readonly string[]): Set<number> {
  const seen = new Set<number>();
  const stack: number[] = [];
  for (const id of nodeIds) {
    const v = g.indexOf.get(id);
    if (v !== undefined && !seen.has(v)) {
      seen.add(v);
      stack.push(v);
    }
  }
  while (stack.length > 0) {
    const v = stack.pop()!;
    for (let i = g.hardOutStart[v]!; i < g.hardOutStart[v + 1]!; i++) {
      const p = g.hardOut[i]!;
      if (!seen.has(p)) {
        seen.add(p);
        stack.push(p);
      }
    }
  }
  return seen;
}

/** Resources (any kind but process) that two or more services need, most shared first. */
export function sharedResources(
  g: CompiledGraph,
  services: readonly { id: string; name: string; nodeIds: readonly string[] }[],
): SharedResource[] {
  const users = new Map<number, string[]>();
  for (const s of services)
    for (const v of serviceClosure(g, s.nodeIds)) {
      if (g.isProcess[v]) continue;
      const list = users.get(v) ?? [];
      list.push(s.id);
      users.set(v, list);
    }
  const name = new Map(services.map((s) => [s.id, s.name]));
  const out: SharedResource[] = [];
  for (const [v, ids] of users) {
    if (ids.length < 2) continue;
    const node = g.nodes[v]!;
    out.push({
      nodeId: node.id,
      name: node.name,
      serviceIds: ids,
      message: `${node.name} is shared by ${ids.map((i) => name.get(i)).join(', ')}: one disruption of it reaches all of them (SS1/21 §3.3).`,
    });
  }
  return out.sort((a, b) => b.serviceIds.length - a.serviceIds.length || a.name.localeCompare(b.name));
}
