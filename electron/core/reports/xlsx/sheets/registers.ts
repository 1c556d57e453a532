// The registers: processes with their objectives, ratings in long format, tiers, nodes and
// dependencies.
import type { BiaObjectives } from '../../../../../shared/domain/bia';
import { DATE_TIME, MINUTES, type SheetSpec } from '../sheet';

/**
 * A blank MTD cell reads as "not filled in"; without one the process has no time-driven limit, and
 * the cell says why: nothing rated yet, or nothing intolerable within the last time bucket.
 */
export function mtdCell(o: BiaObjectives, rated: boolean): number | string {
  if (o.mtd !== null) return o.mtd;
  return rated ? 'none within horizon' : 'not rated';
}

export const processesSheet: SheetSpec = {
  name: 'Processes',
  columns: [
    { header: 'Process', key: 'name', width: 32 },
    { header: 'Department', key: 'department', width: 20 },
    { header: 'Owner', key: 'owner', width: 22 },
    { header: 'BIA status', key: 'status', width: 12 },
    { header: 'MTD (min)', key: 'mtd', width: 11, numFmt: MINUTES },
    { header: 'RTO (min)', key: 'rto', width: 11, numFmt: MINUTES },
    { header: 'RTO source', key: 'rtoSource', width: 13 },
    { header: 'RPO (min)', key: 'rpo', width: 11, numFmt: MINUTES },
    { header: 'WRT (min)', key: 'wrt', width: 11, numFmt: MINUTES },
    { header: 'Tier', key: 'tier', width: 10 },
    { header: 'Conflicts', key: 'conflicts', width: 10 },
    { header: 'Warnings', key: 'warnings', width: 10 },
    { header: 'Conflict details', key: 'conflictText', width: 60 },
    { header: 'Warning details', key: 'warningText', width: 60 },
    { header: 'Approved by', key: 'approvedBy', width: 22 },
    { header: 'Approved at', key: 'approvedAt', width: 20, numFmt: DATE_TIME },
    { header: 'MBCO', key: 'mbco', width: 40 },
    { header: 'Process id', key: 'id', width: 38 },
  ],
  gaps: [{ key: 'conflicts', above: 0 }],
  size: (e) => e.processes.length,
  *rows(e) {
    for (const p of e.processes) {
      const o = p.objectives;
      yield {
        name: p.name,
        department: p.department,
        owner: p.owner,
        status: p.record.status,
        mtd: mtdCell(
          o,
          Object.values(p.ratings).some((row) => row?.some((v) => v !== null && v !== undefined)),
        ),
        rto: o.effectiveRto,
        rtoSource: o.rtoSource,
        rpo: o.effectiveRpo,
        wrt: o.wrtMinutes,
        tier: o.tier?.name,
        conflicts: o.conflicts.length,
        warnings: o.warnings.length,
        conflictText: o.conflicts.map((c) => c.message).join(' | '),
        warningText: o.warnings.map((c) => c.message).join(' | '),
        approvedBy: p.record.approvedBy,
        approvedAt: p.record.approvedAt ? new Date(p.record.approvedAt) : null,
        mbco: o.mbco,
        id: p.id,
      };
    }
  },
};

export const ratingsSheet: SheetSpec = {
  name: 'Ratings',
  columns: [
    { header: 'Process', key: 'process', width: 32 },
    { header: 'Category', key: 'category', width: 20 },
    { header: 'Bucket', key: 'bucket', width: 10 },
    { header: 'Bucket (min)', key: 'minutes', width: 12, numFmt: MINUTES },
    { header: 'Severity (0–4)', key: 'severity', width: 14 },
    { header: 'Process id', key: 'id', width: 38 },
  ],
  gaps: [{ key: 'severity', above: 2 }],
  size: (e) => e.processes.length * e.registers.categories.length * e.registers.buckets.length,
  *rows(e) {
    for (const p of e.processes)
      for (const c of e.registers.categories) {
        const values = p.ratings[c.id];
        if (!values) continue;
        for (const [i, b] of e.registers.buckets.entries()) {
          const severity = values[i];
          if (severity === null || severity === undefined) continue;
          yield {
            process: p.name,
            category: c.name,
            bucket: b.label,
            minutes: b.minutes,
            severity,
            id: p.id,
          };
        }
      }
  },
};

export const tiersSheet: SheetSpec = {
  name: 'Tiers',
  columns: [
    { header: 'Tier', key: 'name', width: 14 },
    { header: 'Rank', key: 'rank', width: 8 },
    { header: 'RTO (min)', key: 'rto', width: 11, numFmt: MINUTES },
    { header: 'RPO (min)', key: 'rpo', width: 11, numFmt: MINUTES },
    { header: 'Test every (days)', key: 'freq', width: 16 },
    { header: 'Processes in scope', key: 'count', width: 18 },
    { header: 'Description', key: 'description', width: 50 },
  ],
  *rows(e) {
    for (const t of e.registers.tiers)
      yield {
        name: t.name,
        rank: t.rank,
        rto: t.rtoMinutes,
        rpo: t.rpoMinutes,
        freq: t.testFrequencyDays,
        count: e.processes.filter((p) => p.objectives.tier?.id === t.id).length,
        description: t.description ?? '',
      };
  },
};

export const nodesSheet: SheetSpec = {
  name: 'Nodes',
  columns: [
    { header: 'Node', key: 'name', width: 32 },
    { header: 'Kind', key: 'kind', width: 14 },
    { header: 'Department', key: 'department', width: 20 },
    { header: 'Tier', key: 'tier', width: 10 },
    { header: 'RTO (min)', key: 'rto', width: 11, numFmt: MINUTES },
    { header: 'Restore (min)', key: 'restore', width: 13, numFmt: MINUTES },
    { header: 'Proven (min)', key: 'proven', width: 12, numFmt: MINUTES },
    { header: 'Proven at', key: 'provenAt', width: 20, numFmt: DATE_TIME },
    { header: 'Layer', key: 'layer', width: 8 },
    { header: 'Node id', key: 'id', width: 38 },
  ],
  size: (e) => e.map.nodes.length,
  *rows(e) {
    const layer = new Map(e.map.layout.nodes.map((n) => [n.id, n.layer]));
    for (const n of e.map.nodes)
      yield {
        name: n.name,
        kind: n.kind,
        department: n.department,
        tier: n.tierName,
        rto: n.rtoMinutes,
        restore: n.restoreMinutes,
        proven: n.provenMinutes,
        provenAt: n.provenAt ? new Date(n.provenAt) : null,
        layer: layer.get(n.id),
        id: n.id,
      };
  },
};

export const dependenciesSheet: SheetSpec = {
  name: 'Dependencies',
  columns: [
    { header: 'Consumer', key: 'consumer', width: 32 },
    { header: 'Provider', key: 'provider', width: 32 },
    { header: 'Hard', key: 'hard', width: 8 },
    { header: 'Redundancy group', key: 'group', width: 18 },
    { header: 'Notes', key: 'notes', width: 40 },
    { header: 'Consumer id', key: 'consumerId', width: 38 },
    { header: 'Provider id', key: 'providerId', width: 38 },
  ],
  size: (e) => e.map.edges.length,
  *rows(e) {
    const name = new Map(e.map.nodes.map((n) => [n.id, n.name]));
    for (const d of e.map.edges)
      yield {
        consumer: name.get(d.consumerId),
        provider: name.get(d.providerId),
        hard: d.hard,
        group: d.groupId,
        notes: d.notes,
        consumerId: d.consumerId,
        providerId: d.providerId,
      };
  },
};
