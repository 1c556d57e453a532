// Operational resilience in the workbook: services with each impact tolerance (one row per
// tolerance), and the scenario × service matrix with breaches highlighted.
import { resilienceEvidence } from '../../resilience-evidence';
import { MINUTES, type SheetSpec } from '../sheet';

export const servicesSheet: SheetSpec = {
  name: 'Services & tolerances',
  columns: [
    { header: 'Service', key: 'service', width: 30 },
    { header: 'Owner', key: 'owner', width: 22 },
    { header: 'Serves', key: 'customers', width: 36 },
    { header: 'Delivered by', key: 'nodes', width: 50 },
    { header: 'Tolerance', key: 'label', width: 26 },
    { header: 'Max disruption (min)', key: 'max', width: 14, numFmt: MINUTES },
    { header: 'Customers affected', key: 'customersAffected', width: 14 },
    { header: 'Transactions not processed', key: 'transactions', width: 14 },
    { header: 'Value not processed', key: 'value', width: 14 },
    { header: 'Data lost (min)', key: 'dataLoss', width: 12, numFmt: MINUTES },
    { header: 'Rationale', key: 'rationale', width: 60 },
    { header: 'Looser than an MTD', key: 'flags', width: 10 },
    { header: 'Last reviewed', key: 'reviewed', width: 14 },
    { header: 'Review', key: 'review', width: 14 },
  ],
  gaps: [{ key: 'flags', above: 0 }],
  size: (e) => resilienceEvidence(e).overview.services.length,
  *rows(e) {
    const { overview } = resilienceEvidence(e);
    for (const s of overview.services) {
      const base = { service: s.name, owner: s.owner, customers: s.customers, nodes: s.nodeNames.join(', ') };
      if (s.tolerances.length === 0) yield { ...base, label: 'none set', review: s.review.state };
      for (const t of s.tolerances)
        yield {
          ...base,
          label: t.label,
          max: t.maxDisruptionMinutes,
          customersAffected: t.customersAffected,
          transactions: t.transactionsNotProcessed,
          value: t.valueNotProcessed,
          dataLoss: t.dataLossMinutes,
          rationale: t.rationale,
          flags: overview.toleranceFlags.filter((f) => f.toleranceId === t.id).length,
          reviewed: t.review.lastReviewedAt?.slice(0, 10) ?? 'never',
          review: t.review.state,
        };
    }
  },
};

export const scenarioMatrixSheet: SheetSpec = {
  name: 'Scenario matrix',
  columns: [
    { header: 'Scenario', key: 'scenario', width: 34 },
    { header: 'Service', key: 'service', width: 30 },
    { header: 'Status', key: 'status', width: 12 },
    { header: 'Breach', key: 'breach', width: 8 },
    { header: 'Achievable (min)', key: 'achievable', width: 14, numFmt: MINUTES },
    { header: 'Tolerance (min)', key: 'tolerance', width: 14, numFmt: MINUTES },
    { header: 'P(within tolerance)', key: 'p', width: 14, numFmt: '0.0%' },
    { header: 'Standard error', key: 'se', width: 12, numFmt: '0.000' },
    { header: 'Path', key: 'path', width: 70 },
    { header: 'Explanation', key: 'explanation', width: 90 },
  ],
  gaps: [{ key: 'breach', above: 0 }],
  size: (e) => {
    const m = resilienceEvidence(e).matrix;
    return m.scenarios.reduce((n, s) => n + s.cells.length, 0);
  },
  *rows(e) {
    const r = resilienceEvidence(e);
    for (const sc of r.matrix.scenarios)
      for (const c of sc.cells)
        yield {
          scenario: r.scenarioName.get(sc.scenarioId) ?? sc.scenarioId,
          service: r.serviceName.get(c.serviceId) ?? c.serviceId,
          status: c.status,
          breach: c.status === 'breach' ? 1 : 0,
          achievable: c.achievableMinutes,
          tolerance: c.toleranceMinutes,
          p: c.probability,
          se: c.standardError,
          path: c.path.map((p) => p.name).join(' → '),
          explanation: c.explanation,
        };
  },
};
