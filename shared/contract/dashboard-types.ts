// The programme home: each figure carries the address of the list behind it (an area and a filter
// that shared/contract/list-filters.ts applies to that area's list), so a number always opens the
// records it counts.
import type { FindingView } from './runbook-types';

/** The areas a figure can open. */
export type DashboardArea = 'bia' | 'runbooks' | 'releases' | 'drtests' | 'objectives';

export interface DashboardLink {
  area: DashboardArea;
  query: Record<string, string>;
}

export interface Figure {
  count: number;
  link: DashboardLink;
}

export const BIA_COVERAGE = ['approved', 'in_review', 'draft', 'missing'] as const;
export type BiaCoverage = (typeof BIA_COVERAGE)[number];

export interface CoverageRow {
  department: string;
  figures: Record<BiaCoverage, Figure>;
}

export interface SignatureItem {
  /** The record that waits (a process for a BIA, a runbook, a release). */
  id: string;
  name: string;
  /** Whose signature it waits for, in words ("an approver other than Ana Ortiz"). */
  waitingFor: string;
  /**
   * People whose signature cannot count here (the author or last editor; a release's owner and those
   * who approved it already), for each person's "awaiting your signature" list. The fingerprint is
   * null while the record keeps only a name.
   */
  notBy: { name: string; fingerprint: string | null }[];
}

export interface SignatureGroup {
  kind: 'bia' | 'runbook' | 'release';
  label: string;
  figure: Figure;
  items: SignatureItem[];
}

export interface OverdueTierRow {
  tierName: string;
  testFrequencyDays: number;
  neverTested: number;
  late: number;
  figure: Figure;
}

export const FINDING_SEVERITIES: readonly FindingView['severity'][] = ['critical', 'high', 'medium', 'low'];
export const FINDING_AGES = [
  { id: 'recent', label: 'under 30 days', fromDays: 0, toDays: 30 },
  { id: 'month', label: '30–90 days', fromDays: 30, toDays: 90 },
  { id: 'old', label: 'over 90 days', fromDays: 90, toDays: null },
] as const;

export interface FindingRow {
  severity: FindingView['severity'];
  figure: Figure;
  /** Aligned with FINDING_AGES. */
  byAge: Figure[];
}

export interface UpcomingRelease {
  id: string;
  name: string;
  version: string;
  windowStart: string;
  status: string;
  go: boolean;
  /** The gate's one-line summary, and the checks that fail. */
  summary: string;
  failing: string[];
}

export interface DashboardView {
  asOf: string;
  processCount: number;
  coverage: { total: Record<BiaCoverage, Figure>; byDepartment: CoverageRow[] };
  signatures: SignatureGroup[];
  drTests: { overdue: Figure; byTier: OverdueTierRow[]; scheduledSoon: Figure };
  findings: { open: Figure; bySeverity: FindingRow[] };
  conflicts: { objectives: Figure; inversions: Figure; gaps: Figure };
  releases: { from: string; to: string; figure: Figure; items: UpcomingRelease[] };
}
