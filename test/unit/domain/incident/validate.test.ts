// An incident's times out of order get a sentence each; reviews of releases that did not fail are refused.
import { describe, expect, it } from 'vitest';
import {
  impactProblems,
  incidentTimeProblems,
  releaseReviewProblem,
  reviewDue,
} from '../../../../shared/domain/incident';

const at = (iso: string) => Date.parse(iso);

describe('incident times', () => {
  it('accepts started ≤ detected ≤ restored ≤ resolved', () => {
    expect(
      incidentTimeProblems({
        startedAt: at('2026-03-01T10:00:00Z'),
        detectedAt: at('2026-03-01T10:05:00Z'),
        restoredAt: at('2026-03-01T11:00:00Z'),
        resolvedAt: at('2026-03-02T09:00:00Z'),
      }),
    ).toEqual([]);
  });

  it('names a restoration before the start, with both times', () => {
    expect(
      incidentTimeProblems({
        startedAt: at('2026-03-01T10:00:00Z'),
        detectedAt: at('2026-03-01T10:00:00Z'),
        restoredAt: at('2026-03-01T09:00:00Z'),
        resolvedAt: null,
      }),
    ).toEqual(['Restored (2026-03-01 09:00 UTC) before it started (2026-03-01 10:00 UTC).']);
  });

  it('names a resolution before the restoration, and one without any restoration', () => {
    const base = { startedAt: at('2026-03-01T10:00:00Z'), detectedAt: at('2026-03-01T10:00:00Z') };
    expect(
      incidentTimeProblems({
        ...base,
        restoredAt: at('2026-03-01T12:00:00Z'),
        resolvedAt: at('2026-03-01T11:00:00Z'),
      }),
    ).toEqual(['Resolved (2026-03-01 11:00 UTC) before it was restored (2026-03-01 12:00 UTC).']);
    expect(
      incidentTimeProblems({ ...base, restoredAt: null, resolvedAt: at('2026-03-01T11:00:00Z') }),
    ).toEqual(['Resolved without a restored time: record when the service was restored first.']);
  });

  it('names a detection before the start', () => {
    const p = incidentTimeProblems({
      startedAt: at('2026-03-01T10:00:00Z'),
      detectedAt: at('2026-03-01T09:59:00Z'),
      restoredAt: null,
      resolvedAt: null,
    });
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^Detected \(2026-03-01 09:59 UTC\) before it started/);
  });

  it('refuses more clients affected than use the service', () => {
    expect(impactProblems({ clientsAffected: 11, clientsTotal: 10 })).toEqual([
      'Clients affected (11) exceed all clients using the service (10).',
    ]);
  });
});

describe('reviews', () => {
  it('refuses a post-implementation review of a release that did not fail', () => {
    expect(releaseReviewProblem({ name: 'Payments 2.1', status: 'deployed' })).toBe(
      'Release "Payments 2.1" did not fail (its status is deployed): a post-implementation review is for a failed or rolled-back release.',
    );
    expect(releaseReviewProblem({ name: 'Payments 2.1', status: 'rolled-back' })).toBeNull();
  });

  it('is due a set number of days after restoration and overdue without a completed review', () => {
    const restored = at('2026-03-01T12:00:00Z');
    const i = { startedAt: restored - 3_600_000, restoredAt: restored };
    const due = reviewDue(i, null, 5, at('2026-03-08T12:00:00Z'));
    expect(due.dueAt).toBe(at('2026-03-06T12:00:00Z'));
    expect(due).toMatchObject({ overdue: true, daysOverdue: 2 });
    expect(reviewDue(i, at('2026-03-07T00:00:00Z'), 5, at('2026-03-08T12:00:00Z')).overdue).toBe(false);
    expect(reviewDue(i, null, 5, at('2026-03-05T12:00:00Z')).overdue).toBe(false);
  });
});
