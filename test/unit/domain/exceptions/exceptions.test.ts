import { describe, expect, it } from 'vitest';
import {
  acceptedExceptions,
  conflictKey,
  exceptionProblem,
  exceptionStatus,
  failureModeProblem,
  markAccepted,
  standingOf,
  triggerText,
  type FailureModeDraft,
  type RegisterRow,
  type Standing,
} from '../../../../shared/domain/exceptions';

const day = (iso: string) => Date.parse(`${iso}T12:00:00Z`);
const key = conflictKey('cannot-meet-rto', ['n1']);
const row = (patch: Partial<RegisterRow> = {}): RegisterRow => ({
  id: 'e1',
  conflictKey: key,
  owner: 'Head of Payments',
  expiresOn: '2026-06-30',
  acceptedAt: '2026-03-01T10:00:00Z',
  acceptedBy: 'Bea',
  retiredAt: null,
  ...patch,
});

describe('exception status from the clock', () => {
  it('holds through its expiry day and expires the day after, with no write', () => {
    expect(exceptionStatus(row(), day('2026-06-30'))).toBe('accepted');
    expect(exceptionStatus(row(), day('2026-07-01'))).toBe('expired');
    expect(exceptionStatus(row({ acceptedAt: null, acceptedBy: null }), day('2026-01-01'))).toBe('proposed');
    expect(exceptionStatus(row({ retiredAt: '2026-04-01T00:00:00Z' }), day('2026-04-02'))).toBe('withdrawn');
  });

  it('marks a conflict accepted while in force and re-opened (expired) after', () => {
    const conflicts: { key: string; message: string; acceptance?: Standing }[] = [
      { key, message: 'x' },
      { key: 'rto-inversion:a>b', message: 'y' },
    ];
    const before = markAccepted(conflicts, [row()], day('2026-06-01'));
    expect(before[0]!.acceptance).toMatchObject({
      status: 'accepted',
      owner: 'Head of Payments',
      expiresOn: '2026-06-30',
    });
    expect(before[1]!.acceptance).toBeUndefined();
    const after = markAccepted(conflicts, [row()], day('2026-07-01'));
    expect(after[0]!.acceptance?.status).toBe('expired');
  });

  it('prefers the acceptance in force over an older expired one, and ignores withdrawn ones', () => {
    const old = row({ id: 'old', expiresOn: '2026-01-31' });
    const renewed = row({ id: 'new', expiresOn: '2026-12-31' });
    expect(standingOf(key, [old, renewed], day('2026-06-01'))?.exceptionId).toBe('new');
    expect(standingOf(key, [row({ retiredAt: '2026-02-01T00:00:00Z' })], day('2026-03-01'))).toBeUndefined();
    expect(
      acceptedExceptions([row(), row({ id: 'p', acceptedAt: null, acceptedBy: null })]).map((a) => a.id),
    ).toEqual(['e1']);
  });
});

describe('raising an exception: bad input gets its own sentence', () => {
  const draft = {
    conflictKey: key,
    rationale: 'Replatforming in Q3',
    compensatingControls: '',
    owner: 'Head of Payments',
    expiresOn: '2026-09-30',
  };
  const now = day('2026-03-02');
  it('accepts a complete draft for a reported conflict', () => {
    expect(exceptionProblem(draft, now, true, undefined)).toBeNull();
  });
  it('refuses no owner, a past or present expiry, a non-date, a missing conflict, a duplicate', () => {
    expect(exceptionProblem({ ...draft, owner: '  ' }, now, true, undefined)).toMatch(/business owner/);
    expect(exceptionProblem({ ...draft, expiresOn: '2026-03-01' }, now, true, undefined)).toMatch(
      /not in the future/,
    );
    expect(exceptionProblem({ ...draft, expiresOn: '2026-03-02' }, now, true, undefined)).toMatch(
      /not in the future/,
    );
    expect(exceptionProblem({ ...draft, expiresOn: 'soon' }, now, true, undefined)).toMatch(/not a date/);
    expect(exceptionProblem(draft, now, false, undefined)).toMatch(/No current conflict has the key/);
    expect(exceptionProblem(draft, now, true, { id: 'e0', status: 'accepted' })).toMatch(
      /already has an accepted exception/,
    );
    expect(exceptionProblem({ ...draft, rationale: '' }, now, true, undefined)).toMatch(/rationale/);
  });
});

describe('pre-mortem failure modes', () => {
  const mode: FailureModeDraft = {
    description: 'Card authorisations time out under the new connection pool',
    likelihood: 'medium',
    impact: 'high',
    detection: 'p99 latency alert on the payments dashboard',
    mitigation: 'Pool size behind a flag; canary at 5 %',
    trigger: { metric: 'latency', name: 'p99 latency', comparator: 'above', threshold: 800, unit: 'ms' },
  };
  it('states its rollback trigger in words', () => {
    expect(failureModeProblem(mode)).toBeNull();
    expect(triggerText(mode.trigger)).toBe('roll back when p99 latency is above 800 ms');
  });
  it('refuses a mode without detection, mitigation or a sensible threshold', () => {
    expect(failureModeProblem({ ...mode, detection: '' })).toMatch(/detected/);
    expect(failureModeProblem({ ...mode, mitigation: ' ' })).toMatch(/mitigation/);
    expect(
      failureModeProblem({ ...mode, trigger: { ...mode.trigger, metric: 'error-rate', threshold: 150 } }),
    ).toMatch(/percentage/);
    expect(failureModeProblem({ ...mode, trigger: { ...mode.trigger, threshold: 0 } })).toMatch(/above zero/);
  });
});
