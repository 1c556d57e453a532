// Releases with their outcome times, every gate check of the releases ahead, SLO error budgets and
// delivery metrics by month (failed and deployed counts beside every rate).
import { DATE_TIME, MINUTES, type SheetSpec } from '../sheet';

const PERCENT = '0.0%';
const date = (iso: string | null) => (iso ? new Date(iso) : null);

export const releasesSheet: SheetSpec = {
  name: 'Releases',
  columns: [
    { header: 'Release', key: 'name', width: 28 },
    { header: 'Version', key: 'version', width: 10 },
    { header: 'Services', key: 'services', width: 36 },
    { header: 'Window start', key: 'start', width: 20, numFmt: DATE_TIME },
    { header: 'Window end', key: 'end', width: 20, numFmt: DATE_TIME },
    { header: 'Strategy', key: 'strategy', width: 12 },
    { header: 'Change type', key: 'type', width: 12 },
    { header: 'Size (1–5)', key: 'size', width: 10 },
    { header: 'Owner', key: 'owner', width: 20 },
    { header: 'Approved by', key: 'approvers', width: 30 },
    { header: 'Status', key: 'status', width: 12 },
    { header: 'Committed', key: 'committed', width: 20, numFmt: DATE_TIME },
    { header: 'Deployed', key: 'deployed', width: 20, numFmt: DATE_TIME },
    { header: 'Failure detected', key: 'detected', width: 20, numFmt: DATE_TIME },
    { header: 'Restored', key: 'restored', width: 20, numFmt: DATE_TIME },
    { header: 'Emergency override', key: 'override', width: 50 },
    { header: 'Release id', key: 'id', width: 38 },
  ],
  size: (e) => e.releases.releases.length,
  *rows(e) {
    for (const r of e.releases.releases)
      yield {
        name: r.name,
        version: r.version,
        services: r.nodeNames.join(', '),
        start: date(r.windowStart),
        end: date(r.windowEnd),
        strategy: r.strategy,
        type: r.changeType,
        size: r.changeSize,
        owner: r.owner,
        approvers: r.approvals.map((a) => a.approver).join(', '),
        status: r.status,
        committed: date(r.committedAt),
        deployed: date(r.deployedAt),
        detected: date(r.failureDetectedAt),
        restored: date(r.restoredAt),
        override: r.override ? `${r.override.by}: ${r.override.justification}` : null,
        id: r.id,
      };
  },
};

export const gateChecksSheet: SheetSpec = {
  name: 'Gate checks',
  columns: [
    { header: 'Release', key: 'release', width: 28 },
    { header: 'Verdict', key: 'verdict', width: 9 },
    { header: 'Risk', key: 'risk', width: 8 },
    { header: 'Risk score', key: 'score', width: 10, numFmt: '0' },
    { header: 'Check', key: 'check', width: 30 },
    { header: 'Status', key: 'status', width: 14 },
    { header: 'Failed', key: 'failed', width: 8 },
    { header: 'Reason', key: 'reason', width: 100 },
  ],
  gaps: [{ key: 'failed', above: 0 }],
  size: (e) => e.releases.gates.length * 9,
  *rows(e) {
    for (const g of e.releases.gates)
      for (const c of g.checks)
        yield {
          release: `${g.release.name} ${g.release.version}`,
          verdict: g.go ? 'go' : 'no-go',
          risk: g.risk.level,
          score: g.risk.score,
          check: c.label,
          status: c.status,
          failed: c.status === 'fail' ? 1 : 0,
          reason: c.reason,
        };
  },
};

export const slosSheet: SheetSpec = {
  name: 'SLOs',
  columns: [
    { header: 'SLO', key: 'name', width: 32 },
    { header: 'Service', key: 'service', width: 28 },
    { header: 'SLI', key: 'sli', width: 12 },
    { header: 'Target', key: 'target', width: 9 },
    { header: 'Window (days)', key: 'days', width: 13 },
    { header: 'Events', key: 'total', width: 12, numFmt: MINUTES },
    { header: 'Bad events', key: 'bad', width: 12, numFmt: MINUTES },
    { header: 'Budget (events)', key: 'budget', width: 14, numFmt: '#,##0.0' },
    { header: 'Budget left', key: 'left', width: 12, numFmt: PERCENT },
    { header: 'Policy', key: 'policy', width: 9, numFmt: PERCENT },
    { header: 'Below policy', key: 'below', width: 12 },
    { header: 'Burn rate 1 d', key: 'short', width: 13, numFmt: '0.00' },
    { header: 'Burn rate 7 d', key: 'long', width: 13, numFmt: '0.00' },
  ],
  gaps: [{ key: 'below', above: 0 }],
  size: (e) => e.releases.slos.length,
  *rows(e) {
    for (const s of e.releases.slos)
      yield {
        name: s.name,
        service: s.nodeName,
        sli: s.sliKind,
        target: s.targetPercent,
        days: s.windowDays,
        total: s.budget.totalEvents,
        bad: s.budget.badEvents,
        budget: s.budget.budget,
        left: s.budget.remainingFraction,
        policy: s.budget.policy,
        below: s.budget.meetsPolicy ? 0 : 1,
        short: s.burn.short.burnRate,
        long: s.burn.long.burnRate,
      };
  },
};

export const deliverySheet: SheetSpec = {
  name: 'Delivery metrics',
  columns: [
    { header: 'Period', key: 'period', width: 16 },
    { header: 'Deployments', key: 'deployed', width: 12 },
    { header: 'Failed', key: 'failed', width: 9 },
    { header: 'Change failure rate', key: 'cfr', width: 18, numFmt: PERCENT },
    { header: 'Median time to restore (min)', key: 'ttr', width: 26, numFmt: MINUTES },
    { header: 'Median lead time (min)', key: 'lead', width: 22, numFmt: MINUTES },
  ],
  size: (e) => e.releases.delivery.monthly.length + 1,
  *rows(e) {
    const d = e.releases.delivery;
    yield {
      period: 'whole period',
      deployed: d.changeFailureRate.deployed,
      failed: d.changeFailureRate.failed,
      cfr: d.changeFailureRate.rate,
      ttr: d.timeToRestore.medianMinutes,
      lead: d.leadTime.medianMinutes,
    };
    for (const m of d.monthly)
      yield {
        period: m.month,
        deployed: m.changeFailureRate.deployed,
        failed: m.changeFailureRate.failed,
        cfr: m.changeFailureRate.rate,
        ttr: m.medianTimeToRestoreMinutes,
        lead: null,
      };
  },
};
