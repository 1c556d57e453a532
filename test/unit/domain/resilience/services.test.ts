// Tolerance-versus-MTD flags, services sharing a resource, and review due dates.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../../shared/domain/graph';
import {
  releasesSinceReview,
  reviewStatus,
  sharedResources,
  toleranceMtdFlags,
} from '../../../../shared/domain/resilience';

const services = [
  { id: 's1', name: 'Payments', nodeIds: ['P1'] },
  { id: 's2', name: 'Bookings', nodeIds: ['P2'] },
];

describe('tolerances against the MTD of the processes a service needs', () => {
  const processes = new Map([
    ['P1', { name: 'Take payments', mtdMinutes: 240 }],
    ['P2', { name: 'Book freight', mtdMinutes: null }],
  ]);
  it('flags a tolerance looser than the MTD, and only that one', () => {
    const flags = toleranceMtdFlags(
      services,
      [
        { id: 't1', serviceId: 's1', label: 'time', maxDisruptionMinutes: 480 },
        { id: 't2', serviceId: 's1', label: 'tight', maxDisruptionMinutes: 240 },
        { id: 't3', serviceId: 's2', label: 'time', maxDisruptionMinutes: 10_000 },
      ],
      processes,
    );
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ toleranceId: 't1', processId: 'P1', mtdMinutes: 240 });
    expect(flags[0]!.message).toBe(
      'Payments: the tolerance "time" allows 8 h of disruption, longer than the 4 h MTD of Take payments, which the service needs.',
    );
  });
});

describe('services sharing a resource (SS1/21 §3.3)', () => {
  it('finds resources two services need through hard edges, not soft ones', () => {
    const g = buildGraph({
      nodes: [
        { id: 'P1', name: 'P1', kind: 'process' },
        { id: 'P2', name: 'P2', kind: 'process' },
        { id: 'DB', name: 'Ledger DB', kind: 'datastore' },
        { id: 'DC', name: 'Data centre', kind: 'site' },
        { id: 'M', name: 'Mail', kind: 'application' },
      ],
      edges: [
        { id: 'a', from: 'P1', to: 'DB', hard: true },
        { id: 'b', from: 'P2', to: 'DB', hard: true },
        { id: 'c', from: 'DB', to: 'DC', hard: true },
        { id: 'd', from: 'P1', to: 'M', hard: true },
        { id: 'e', from: 'P2', to: 'M', hard: false },
      ],
    });
    const shared = sharedResources(g, services);
    expect(shared.map((s) => s.nodeId).sort()).toEqual(['DB', 'DC']);
    expect(shared.find((s) => s.nodeId === 'DB')!.message).toContain(
      'Ledger DB is shared by Payments, Bookings',
    );
  });
});

describe('reviews that expire', () => {
  const now = new Date('2026-12-07T12:00:00Z');
  it('is current, expires soon within 30 days, overdue after the interval, never-reviewed without a date', () => {
    expect(reviewStatus('2026-06-01T00:00:00Z', 365, now).state).toBe('current');
    expect(reviewStatus('2025-12-20T00:00:00Z', 365, now)).toMatchObject({
      state: 'expires-soon',
      daysLeft: 12,
    });
    expect(reviewStatus('2025-12-01T00:00:00Z', 365, now)).toMatchObject({
      state: 'overdue',
      dueAt: '2026-12-01T00:00:00.000Z',
    });
    expect(reviewStatus(null, 365, now)).toEqual({ state: 'never-reviewed', dueAt: null, daysLeft: null });
  });
  it('a release after the review that touches a dependency calls the review back; an earlier one does not', () => {
    const deps = new Set(['DB']);
    const rels = [
      { releaseId: 'r1', name: 'old', at: '2026-01-01T00:00:00Z', nodeIds: ['DB'] },
      { releaseId: 'r2', name: 'new', at: '2026-11-01T00:00:00Z', nodeIds: ['DB'] },
      { releaseId: 'r3', name: 'other', at: '2026-11-01T00:00:00Z', nodeIds: ['X'] },
    ];
    expect(releasesSinceReview('2026-06-01T00:00:00Z', deps, rels).map((r) => r.releaseId)).toEqual(['r2']);
    expect(releasesSinceReview(null, deps, rels).map((r) => r.releaseId)).toEqual(['r1', 'r2']);
  });
});
