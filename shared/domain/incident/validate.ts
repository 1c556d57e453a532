// The order an incident's times must keep: the outage starts, is detected, is restored, and the
// incident is resolved. Each broken rule gets its own sentence naming both times, so a person can see
// which one is wrong; the store refuses the save and changes nothing.
import { isoDateTime } from '../../format/datetime';
import type { IncidentTimes } from './types';

const at = (ms: number): string => isoDateTime(new Date(ms));

export function incidentTimeProblems(t: IncidentTimes): string[] {
  const problems: string[] = [];
  if (t.detectedAt < t.startedAt)
    problems.push(
      `Detected (${at(t.detectedAt)}) before it started (${at(t.startedAt)}): the start is when the service was first lost, so it cannot come after detection.`,
    );
  if (t.restoredAt !== null && t.restoredAt < t.startedAt)
    problems.push(`Restored (${at(t.restoredAt)}) before it started (${at(t.startedAt)}).`);
  if (t.resolvedAt !== null && t.restoredAt === null)
    problems.push('Resolved without a restored time: record when the service was restored first.');
  if (t.resolvedAt !== null && t.restoredAt !== null && t.resolvedAt < t.restoredAt)
    problems.push(`Resolved (${at(t.resolvedAt)}) before it was restored (${at(t.restoredAt)}).`);
  return problems;
}

/** Impact counts must be whole, non-negative, and no larger than the totals they are shares of. */
export function impactProblems(i: {
  clientsAffected?: number | undefined;
  clientsTotal?: number | undefined;
  counterpartsAffected?: number | undefined;
  counterpartsTotal?: number | undefined;
}): string[] {
  const problems: string[] = [];
  if (i.clientsAffected !== undefined && i.clientsTotal !== undefined && i.clientsAffected > i.clientsTotal)
    problems.push(
      `Clients affected (${i.clientsAffected}) exceed all clients using the service (${i.clientsTotal}).`,
    );
  if (
    i.counterpartsAffected !== undefined &&
    i.counterpartsTotal !== undefined &&
    i.counterpartsAffected > i.counterpartsTotal
  )
    problems.push(
      `Financial counterparts affected (${i.counterpartsAffected}) exceed all counterparts of the service (${i.counterpartsTotal}).`,
    );
  return problems;
}
