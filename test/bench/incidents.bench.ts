// Availability report and trends for five years of incidents (10,000 incidents over 500 services):
// the report the incidents area computes on the Node side, and the per-service MTTR it carries.
import { availabilityReport, mttr, type ReportIncident } from '../../shared/domain/incident';
import { Rng } from '../../shared/domain/runbook';
import { measure, type BenchFigure } from './harness';

const DAY = 86_400_000;

export function generateIncidents(
  count: number,
  services: number,
  years: number,
  seed: number,
): ReportIncident[] {
  const rng = new Rng(seed);
  const to = Date.UTC(2026, 11, 1);
  const span = years * 365 * DAY;
  return Array.from({ length: count }, () => {
    const startedAt = to - span + (rng.nextUint32() % Math.floor(span / 60_000)) * 60_000;
    const nodes = 1 + (rng.nextUint32() % 3);
    return {
      nodeIds: Array.from({ length: nodes }, () => `svc-${rng.nextUint32() % services}`),
      startedAt,
      restoredAt: startedAt + (5 + (rng.nextUint32() % 600)) * 60_000,
    };
  });
}

export async function run(): Promise<BenchFigure[]> {
  const incidents = generateIncidents(10_000, 500, 5, 7);
  const services = Array.from({ length: 500 }, (_, i) => ({
    id: `svc-${i}`,
    name: `Service ${i}`,
    target: 0.999,
  }));
  const from = Date.UTC(2022, 0, 1);
  const to = Date.UTC(2026, 11, 1);
  return [
    await measure(
      'availability report, 10,000 incidents × 500 services × 60 months',
      () => availabilityReport(incidents, services, from, to, to),
      { iterations: 3, budgetMs: 1000 },
    ),
    await measure('availability report, last 12 months', () =>
      availabilityReport(incidents, services, Date.UTC(2025, 11, 1), to, to),
    ),
    await measure('MTTR over 10,000 incidents', () => mttr(incidents)),
  ];
}
