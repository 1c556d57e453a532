// The Summary sheet: the pack's facts and key figures as label–value pairs.
import type { SheetSpec } from '../sheet';

export const summarySheet: SheetSpec = {
  name: 'Summary',
  columns: [
    { header: 'Item', key: 'item', width: 28 },
    { header: 'Value', key: 'value', width: 80 },
  ],
  *rows(e) {
    const a = e.map.analysis;
    const errors = e.overview.conflicts.filter((c) => c.severity === 'error').length;
    const pairs: [string, string | number | Date][] = [
      ['Workspace', e.workspace.name],
      ['Organisation', e.workspace.organisation],
      ['Workspace id', e.workspace.id],
      ['Scope', e.scopeLabel],
      ['Prepared by', `${e.preparedBy.name} (${e.preparedBy.role})`],
      ['Created', e.at],
      ['Application version', e.appVersion],
      ['Audit-chain head (seq)', e.workspace.chain.seq],
      ['Audit-chain head (hash)', e.workspace.chain.hash],
      ['Chain verification', e.chain.summary],
      ['Signed by', `${e.preparedBy.name} (${e.preparedBy.fingerprint})`],
      ['Processes', e.processes.length],
      ['Approved BIAs', e.processes.filter((p) => p.record.status === 'approved').length],
      ['Conflicts', errors],
      ['Warnings', e.overview.conflicts.length - errors],
      ['Single points of failure', a.singlePointsOfFailure.length],
      ['RTO inversions', a.rtoInversions.length],
      ['Dependency cycles', a.cycles.length],
      ['Nodes', a.nodeCount],
      ['Dependencies', a.edgeCount],
    ];
    for (const [item, value] of pairs) yield { item, value };
  },
};
