// The dependency analysis, one sheet per result: single points of failure, RTO inversions,
// achievable recovery times and the blast radius of every node.
import { MINUTES, type SheetSpec } from '../sheet';

export const spofSheet: SheetSpec = {
  name: 'SPOFs',
  columns: [
    { header: 'Node', key: 'name', width: 30 },
    { header: 'Kind', key: 'kind', width: 14 },
    { header: 'Critical processes taken down', key: 'count', width: 14 },
    { header: 'Weighted impact', key: 'impact', width: 14 },
    { header: 'Takes down', key: 'takesDown', width: 60 },
    { header: 'Explanation', key: 'explanation', width: 80 },
  ],
  gaps: [{ key: 'count', above: 0 }],
  *rows(e) {
    for (const s of e.map.analysis.singlePointsOfFailure)
      yield {
        name: s.name,
        kind: s.kind,
        count: s.takesDown.length,
        impact: s.weightedImpact,
        takesDown: s.takesDown.map((p) => p.name).join(', '),
        explanation: s.explanation,
      };
  },
};

export const inversionsSheet: SheetSpec = {
  name: 'Inversions',
  columns: [
    { header: 'Consumer', key: 'consumer', width: 30 },
    { header: 'Providers', key: 'providers', width: 36 },
    { header: 'Demand (min)', key: 'demand', width: 13, numFmt: MINUTES },
    { header: 'Provider (min)', key: 'provider', width: 14, numFmt: MINUTES },
    { header: 'Excess (min)', key: 'excess', width: 13, numFmt: MINUTES },
    { header: 'Demand set by', key: 'origin', width: 26 },
    { header: 'Path', key: 'path', width: 60 },
    { header: 'Explanation', key: 'explanation', width: 80 },
  ],
  gaps: [{ key: 'excess', above: 0 }],
  *rows(e) {
    for (const i of e.map.analysis.rtoInversions)
      yield {
        consumer: i.consumer.name,
        providers: i.providers.map((p) => p.name).join(' / '),
        demand: i.demandMinutes,
        provider: i.providerMinutes,
        excess: i.excessMinutes,
        origin: i.demandOrigin.name,
        path: i.path.map((n) => n.name).join(' → '),
        explanation: i.explanation,
      };
  },
};

export const recoverySheet: SheetSpec = {
  name: 'Recovery times',
  columns: [
    { header: 'Node', key: 'name', width: 30 },
    { header: 'Own (min)', key: 'own', width: 11, numFmt: MINUTES },
    { header: 'Own source', key: 'source', width: 11 },
    { header: 'Achievable (min)', key: 'achievable', width: 16, numFmt: MINUTES },
    { header: 'RTO (min)', key: 'rto', width: 11, numFmt: MINUTES },
    { header: 'RTO gap (min)', key: 'gap', width: 14, numFmt: MINUTES },
    { header: 'Meets RTO', key: 'meets', width: 11 },
    { header: 'Critical path', key: 'path', width: 60 },
  ],
  gaps: [{ key: 'gap', above: 0 }],
  size: (e) => e.map.analysis.recoveryTimes.length,
  *rows(e) {
    const name = new Map(e.map.nodes.map((n) => [n.id, n.name]));
    for (const r of e.map.analysis.recoveryTimes)
      yield {
        name: r.name,
        own: r.ownMinutes,
        source: r.ownSource,
        achievable: r.achievableMinutes,
        rto: r.rtoMinutes,
        gap: r.gapMinutes,
        meets: r.meetsRto,
        path: r.criticalPath.map((id) => name.get(id) ?? id).join(' → '),
      };
  },
};

export const blastSheet: SheetSpec = {
  name: 'Blast radius',
  columns: [
    { header: 'Node', key: 'name', width: 30 },
    { header: 'Kind', key: 'kind', width: 14 },
    { header: 'Nodes failed', key: 'failed', width: 13 },
    { header: 'Processes hit', key: 'processes', width: 13 },
    { header: 'Weighted impact', key: 'impact', width: 15 },
    { header: 'Processes by tier rank', key: 'byTier', width: 40 },
  ],
  size: (e) => e.map.analysis.blastRadius.length,
  *rows(e) {
    for (const b of e.map.analysis.blastRadius)
      yield {
        name: b.name,
        kind: b.kind,
        failed: b.failedCount,
        processes: b.processCount,
        impact: b.weightedImpact,
        byTier: Object.entries(b.processCountByTier)
          .map(([rank, n]) => `${rank === 'none' ? 'no tier' : `rank ${rank}`}: ${n}`)
          .join(', '),
      };
  },
};
