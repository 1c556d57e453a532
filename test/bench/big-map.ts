// The big workspace two benchmarks build (the state check's and the packet merge's): nodes with the
// processes first, five distinct providers for each process, and a grid of ratings per process,
// written in one transaction through the store's primitives (so the chain and state check hold).
import type { Store, WriteContext } from '../../electron/core/store';
import type { AuditInput } from '../../electron/core/store/audit-chain';

export interface BigMapShape {
  nodes: number;
  processes: number;
  edges: number;
  ratingsPerProcess: number;
  /** Severities cycle 0…maxSeverity. */
  maxSeverity: number;
}

export interface RatedCell {
  p: number;
  categoryId: string;
  bucketId: string;
}

export function writeBigMap(
  s: Store,
  w: WriteContext,
  shape: BigMapShape,
): { value: { ids: string[]; cells: RatedCell[] }; audit: AuditInput[] } {
  const { nodes, processes, edges, ratingsPerProcess, maxSeverity } = shape;
  const { categories, buckets } = s.registers.load();
  const audit: AuditInput[] = [];
  const ids: string[] = [];
  const cells: RatedCell[] = [];
  for (let i = 0; i < nodes; i++) {
    const process = i < processes;
    const r = s.nodes.save(w, {
      kind: process ? 'process' : 'application',
      name: `Node ${i}`,
      owner: 'Owner',
      department: `Dept ${i % 12}`,
      description: '',
      tierId: null,
      rtoMinutes: process ? null : 60 + (i % 500),
      rpoMinutes: null,
      restoreMinutes: process ? null : 30,
    });
    ids.push(r.value);
    audit.push(...r.audit);
  }
  for (let e = 0; e < edges; e++) {
    // Five distinct providers for each process.
    const c = e % processes;
    const provider = ids[processes + ((c * 5 + Math.floor(e / processes)) % (nodes - processes))]!;
    audit.push(
      ...s.nodes.saveEdge(w, {
        consumerId: ids[c]!,
        providerId: provider,
        hard: true,
        groupId: null,
        notes: '',
      }).audit,
    );
  }
  for (let p = 0; p < processes; p++)
    for (let c = 0; c < ratingsPerProcess; c++) {
      const cat = categories[c % categories.length]!;
      const bucket = buckets[Math.floor(c / categories.length) % buckets.length]!;
      cells.push({ p, categoryId: cat.id, bucketId: bucket.id });
      audit.push(
        ...s.bia.rate(w, ids[p]!, {
          categoryId: cat.id,
          bucketId: bucket.id,
          severity: Math.min(maxSeverity, c % (maxSeverity + 1)),
        }).audit,
      );
    }
  return { value: { ids, cells }, audit };
}
