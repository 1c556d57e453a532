// The demo's release history, SLOs and canary samples as data; releases.ts writes them through the router.

export interface DemoRelease {
  name: string;
  version: string;
  node: string;
  day: number;
  strategy: 'blue-green' | 'canary' | 'rolling' | 'phased' | 'big-bang';
  changeType: 'standard' | 'normal' | 'emergency';
  size: 1 | 2 | 3 | 4 | 5;
  outcome: 'deployed' | 'rolled-back' | 'planned' | 'approved';
  rollback?: string;
  override?: string;
}

// Days relative to the demo's "now": negative is history, positive is the plan ahead.
export const RELEASES: DemoRelease[] = [
  {
    name: 'FreightHub 4.12',
    version: '4.12.0',
    node: 'FreightHub booking platform',
    day: -82,
    strategy: 'blue-green',
    changeType: 'normal',
    size: 2,
    outcome: 'deployed',
    rollback: 'FreightHub release rollback',
  },
  {
    name: 'Tracking 2.3',
    version: '2.3.0',
    node: 'Tracking service',
    day: -71,
    strategy: 'rolling',
    changeType: 'standard',
    size: 1,
    outcome: 'deployed',
  },
  {
    name: 'Customer portal 7.0',
    version: '7.0.0',
    node: 'Customer portal web',
    day: -61,
    strategy: 'canary',
    changeType: 'normal',
    size: 3,
    outcome: 'deployed',
  },
  {
    name: 'LedgerOne schema v19',
    version: '19.0',
    node: 'LedgerOne ERP',
    day: -50,
    strategy: 'phased',
    changeType: 'normal',
    size: 5,
    outcome: 'rolled-back',
  },
  {
    name: 'StockPilot 5.4',
    version: '5.4.0',
    node: 'StockPilot WMS',
    day: -41,
    strategy: 'rolling',
    changeType: 'normal',
    size: 2,
    outcome: 'deployed',
  },
  {
    name: 'FreightHub 4.13',
    version: '4.13.0',
    node: 'FreightHub booking platform',
    day: -30,
    strategy: 'blue-green',
    changeType: 'normal',
    size: 2,
    outcome: 'deployed',
    rollback: 'FreightHub release rollback',
  },
  {
    name: 'CRM security fix',
    version: '11.2.1',
    node: 'CRM',
    day: -20,
    strategy: 'big-bang',
    changeType: 'emergency',
    size: 1,
    outcome: 'deployed',
    override:
      'Vendor advisory: actively exploited login bypass; fixing inside the quarter-end freeze is safer than waiting.',
  },
  {
    name: 'Document service 3.1',
    version: '3.1.0',
    node: 'Document service',
    day: -9,
    strategy: 'rolling',
    changeType: 'standard',
    size: 1,
    outcome: 'deployed',
  },
  {
    name: 'FreightHub 4.14',
    version: '4.14.0',
    node: 'FreightHub booking platform',
    day: 3,
    strategy: 'canary',
    changeType: 'normal',
    size: 3,
    outcome: 'approved',
    rollback: 'FreightHub release rollback',
  },
  {
    name: 'Tracking 2.5',
    version: '2.5.0',
    node: 'Tracking service',
    day: 8,
    strategy: 'rolling',
    changeType: 'normal',
    size: 2,
    outcome: 'planned',
  },
];

export const SLOS = [
  {
    node: 'FreightHub booking platform',
    name: 'Booking API availability',
    target: 99.9,
    perDay: 120_000,
    badPerMille: 0.45,
  },
  {
    node: 'Tracking service',
    name: 'Tracking event freshness',
    target: 99.5,
    perDay: 400_000,
    badPerMille: 2.1,
    kind: 'freshness' as const,
  },
  {
    node: 'Customer portal web',
    name: 'Portal availability',
    target: 99.9,
    perDay: 60_000,
    badPerMille: 1.3,
  },
  {
    node: 'StockPilot WMS',
    name: 'WMS pick-list latency',
    target: 99.0,
    perDay: 30_000,
    badPerMille: 4,
    kind: 'latency' as const,
  },
  {
    node: 'Document service',
    name: 'Document generation success',
    target: 99.5,
    perDay: 20_000,
    badPerMille: 1.5,
    kind: 'correctness' as const,
  },
];

/** A repeatable wobble in [-1, 1]: the demo must be the same bytes on every build. */
export const wobble = (i: number): number => Math.sin(i * 12.9898) * 0.5 + Math.sin(i * 4.1414) * 0.5;

export function canaryCsv(): string {
  const rows = ['metric,group,value'];
  for (let i = 0; i < 20; i++) {
    rows.push(`latency_ms,baseline,${(182 + 14 * wobble(i)).toFixed(1)}`);
    rows.push(`latency_ms,canary,${(184 + 14 * wobble(i + 50)).toFixed(1)}`);
    rows.push(`error_rate_pct,baseline,${(0.42 + 0.08 * wobble(i + 100)).toFixed(3)}`);
    rows.push(`error_rate_pct,canary,${(0.43 + 0.08 * wobble(i + 150)).toFixed(3)}`);
    rows.push(`bookings_per_min,baseline,${(310 + 25 * wobble(i + 200)).toFixed(0)}`);
    rows.push(`bookings_per_min,canary,${(308 + 25 * wobble(i + 250)).toFixed(0)}`);
  }
  return rows.join('\n');
}
