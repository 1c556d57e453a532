// The availability report an executive reads: per service, per UTC month, availability from its
// incidents' outage intervals against the service's SLA target, with MTTR per service and overall.
// Incidents are grouped by service once, so the cost is incidents × services-per-incident plus
// services × months × that service's incidents, not incidents × services × months.
import type { EpochMs } from '../drtest/types';
import { availability, monthsBetween, mttr, type Availability, type Interval, type Mttr } from './measures';

export interface ReportIncident {
  nodeIds: readonly string[];
  startedAt: EpochMs;
  restoredAt: EpochMs | null;
}

export interface ReportService {
  id: string;
  name: string;
  /** SLA target as a fraction (0.999), or null when the service has none. */
  target: number | null;
}

export interface ServiceMonth extends Availability {
  month: string;
  /** Null when the service has no target. */
  meetsTarget: boolean | null;
}

export interface ServiceAvailability {
  serviceId: string;
  name: string;
  target: number | null;
  months: ServiceMonth[];
  mttr: Mttr;
  /** Months below target over months reported (with a target). */
  monthsBelowTarget: number;
}

export interface AvailabilityReport {
  months: string[];
  services: ServiceAvailability[];
  overall: Mttr;
}

/**
 * Availability of every service with at least one incident, month by month from `from` to `to`; an
 * outage not yet restored runs to `now`. `maintenance` (by service) is excluded and shown apart.
 */
export function availabilityReport(
  incidents: readonly ReportIncident[],
  services: readonly ReportService[],
  from: EpochMs,
  to: EpochMs,
  now: EpochMs,
  maintenance: ReadonlyMap<string, readonly Interval[]> = new Map(),
): AvailabilityReport {
  const months = monthsBetween(from, to);
  const byService = new Map<string, ReportIncident[]>();
  for (const i of incidents)
    for (const id of new Set(i.nodeIds)) {
      const list = byService.get(id);
      if (list) list.push(i);
      else byService.set(id, [i]);
    }
  const rows: ServiceAvailability[] = [];
  for (const s of services) {
    const own = byService.get(s.id);
    if (!own) continue;
    const outages = own.map((i) => ({ from: i.startedAt, to: i.restoredAt ?? now }));
    const maint = maintenance.get(s.id) ?? [];
    const perMonth = months.map((m): ServiceMonth => {
      const a = availability(outages, m, maint);
      return { ...a, month: m.label, meetsTarget: s.target === null ? null : a.availability >= s.target };
    });
    rows.push({
      serviceId: s.id,
      name: s.name,
      target: s.target,
      months: perMonth,
      mttr: mttr(own),
      monthsBelowTarget: perMonth.filter((m) => m.meetsTarget === false).length,
    });
  }
  rows.sort((a, b) => b.monthsBelowTarget - a.monthsBelowTarget || a.name.localeCompare(b.name));
  return { months: months.map((m) => m.label), services: rows, overall: mttr(incidents) };
}
