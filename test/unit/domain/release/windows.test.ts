import { describe, expect, it } from 'vitest';
import type {
  CalendarNode,
  FreezeWindow,
  MaintenanceWindow,
} from '../../../../shared/domain/release/windows';
import {
  findConflicts,
  formatInstant,
  parseInstant,
  windowContains,
  windowsOverlap,
} from '../../../../shared/domain/release/windows';
import type { Release } from '../../../../shared/domain/release/types';
import { relatedFromPairs } from '../../../fixtures/related';

const t = parseInstant;

function release(
  id: string,
  nodeIds: string[],
  start: string,
  end: string,
  extra: Partial<Release> = {},
): Release {
  return {
    id,
    name: `Release ${id}`,
    version: '1.0.0',
    nodeIds,
    window: { start: t(start), end: t(end) },
    strategy: 'rolling',
    changeType: 'normal',
    changeSize: 2,
    status: 'planned',
    ownerId: 'owner',
    ...extra,
  };
}

const nodes: CalendarNode[] = [
  { id: 'pay', name: 'Payments API', tierRank: 0 },
  { id: 'ledger', name: 'Ledger DB', tierRank: 1 },
  { id: 'web', name: 'Website', tierRank: 2 },
  { id: 'wiki', name: 'Wiki' },
];

describe('half-open windows', () => {
  const a = { start: t('2025-03-01T08:00:00Z'), end: t('2025-03-01T10:00:00Z') };

  it('windows that touch do not overlap', () => {
    const b = { start: t('2025-03-01T10:00:00Z'), end: t('2025-03-01T11:00:00Z') };
    expect(windowsOverlap(a, b)).toBe(false);
    expect(windowsOverlap(b, a)).toBe(false);
  });

  it('one millisecond of overlap is an overlap', () => {
    const b = { start: a.end - 1, end: a.end + 3_600_000 };
    expect(windowsOverlap(a, b)).toBe(true);
    expect(windowsOverlap(b, a)).toBe(true);
  });

  it('a window given with another offset is the same instant', () => {
    expect(t('2025-03-01T10:00:00+02:00')).toBe(t('2025-03-01T08:00:00Z'));
    expect(t('2025-03-01T03:00:00-05:00')).toBe(t('2025-03-01T08:00:00.000Z'));
    const sameInParis = { start: t('2025-03-01T09:00:00+01:00'), end: t('2025-03-01T11:00:00+01:00') };
    expect(sameInParis).toEqual(a);
    // Touching across offsets still only touches.
    const after = { start: t('2025-03-01T05:00:00-05:00'), end: t('2025-03-01T06:00:00-05:00') };
    expect(windowsOverlap(a, after)).toBe(false);
  });

  it('refuses a date-time without an offset, which would depend on the machine zone', () => {
    expect(() => t('2025-03-01T08:00:00')).toThrow(/offset/);
    expect(() => t('not a dateZ')).toThrow();
  });

  it('contains is inclusive at both edges of the half-open outer window', () => {
    expect(windowContains(a, a)).toBe(true);
    expect(windowContains(a, { start: a.start, end: a.end + 1 })).toBe(false);
    expect(windowContains(a, { start: a.start - 1, end: a.end })).toBe(false);
  });

  it('formats instants as ISO UTC', () => {
    expect(formatInstant(t('2025-03-01T10:00:00+02:00'))).toBe('2025-03-01T08:00:00Z');
    expect(formatInstant(t('2025-03-01T08:00:00.250Z'))).toBe('2025-03-01T08:00:00.250Z');
  });
});

describe('freeze conflicts', () => {
  const freeze = (scope: FreezeWindow['scope']): FreezeWindow => ({
    id: 'f1',
    name: 'Quarter close',
    window: { start: t('2025-03-31T00:00:00Z'), end: t('2025-04-02T00:00:00Z') },
    scope,
  });
  const inFreeze = release('r1', ['pay', 'web'], '2025-04-01T08:00:00Z', '2025-04-01T09:00:00Z');

  it('an everything freeze covers every touched node, with names and ISO times in the message', () => {
    const [c, ...rest] = findConflicts({
      releases: [inFreeze],
      freezes: [freeze({ kind: 'everything' })],
      nodes,
    });
    expect(rest).toHaveLength(0);
    expect(c).toMatchObject({ kind: 'freeze', status: 'conflict', releaseId: 'r1', otherId: 'f1' });
    expect(c!.nodeIds).toEqual(['pay', 'web']);
    expect(c!.message).toContain('Quarter close');
    expect(c!.message).toContain('Payments API, Website');
    expect(c!.message).toContain('2025-04-01T08:00:00Z');
    expect(c!.message).toContain('2025-03-31T00:00:00Z');
  });

  it('a tier freeze covers only nodes of those tiers; untiered nodes are not covered', () => {
    const cs = findConflicts({
      releases: [inFreeze],
      freezes: [freeze({ kind: 'tiers', tierRanks: [0] })],
      nodes,
    });
    expect(cs.map((c) => c.nodeIds)).toEqual([['pay']]);
    const wiki = release('r2', ['wiki', 'web'], '2025-04-01T08:00:00Z', '2025-04-01T09:00:00Z');
    expect(
      findConflicts({ releases: [wiki], freezes: [freeze({ kind: 'tiers', tierRanks: [0, 1] })], nodes }),
    ).toEqual([]);
  });

  it('a node freeze covers only the named nodes', () => {
    expect(
      findConflicts({
        releases: [inFreeze],
        freezes: [freeze({ kind: 'nodes', nodeIds: ['ledger'] })],
        nodes,
      }),
    ).toEqual([]);
    const cs = findConflicts({
      releases: [inFreeze],
      freezes: [freeze({ kind: 'nodes', nodeIds: ['web'] })],
      nodes,
    });
    expect(cs[0]!.nodeIds).toEqual(['web']);
  });

  it('a release ending exactly when the freeze starts is clear; one ms later is not', () => {
    const f = freeze({ kind: 'everything' });
    const before = release('r3', ['pay'], '2025-03-30T22:00:00Z', '2025-03-31T00:00:00Z');
    expect(findConflicts({ releases: [before], freezes: [f] })).toEqual([]);
    const late = { ...before, window: { start: before.window.start, end: before.window.end + 1 } };
    expect(findConflicts({ releases: [late], freezes: [f] })).toHaveLength(1);
    // The same release written in New York time is still clear.
    const ny = release('r4', ['pay'], '2025-03-30T18:00:00-04:00', '2025-03-30T20:00:00-04:00');
    expect(findConflicts({ releases: [ny], freezes: [f] })).toEqual([]);
  });

  it('an emergency change with a justified override downgrades the freeze conflict but keeps it', () => {
    const em = {
      ...inFreeze,
      changeType: 'emergency' as const,
      override: { justification: 'Card outage fix', by: 'cab-chair' },
    };
    const cs = findConflicts({ releases: [em], freezes: [freeze({ kind: 'everything' })], nodes });
    expect(cs).toHaveLength(1);
    expect(cs[0]!.status).toBe('overridden');
    expect(cs[0]!.message).toContain('Card outage fix');
  });

  it('an override without justification, or on a non-emergency change, does not downgrade', () => {
    const blank = {
      ...inFreeze,
      changeType: 'emergency' as const,
      override: { justification: '  ', by: 'x' },
    };
    const normal = { ...inFreeze, override: { justification: 'because', by: 'x' } };
    for (const r of [blank, normal]) {
      expect(findConflicts({ releases: [r], freezes: [freeze({ kind: 'everything' })] })[0]!.status).toBe(
        'conflict',
      );
    }
  });
});

describe('overlapping releases', () => {
  it('overlap on the same node is reported for each side', () => {
    const a = release('a', ['pay'], '2025-05-01T08:00:00Z', '2025-05-01T10:00:00Z');
    const b = release('b', ['pay', 'web'], '2025-05-01T09:59:59.999Z', '2025-05-01T11:00:00Z');
    const cs = findConflicts({ releases: [a, b], nodes });
    expect(cs.map((c) => [c.kind, c.releaseId, c.otherId, c.nodeIds])).toEqual([
      ['same-node-overlap', 'a', 'b', ['pay']],
      ['same-node-overlap', 'b', 'a', ['pay']],
    ]);
    expect(cs[0]!.message).toContain('Payments API');
  });

  it('touching releases on the same node do not conflict', () => {
    const a = release('a', ['pay'], '2025-05-01T08:00:00Z', '2025-05-01T10:00:00Z');
    const b = release('b', ['pay'], '2025-05-01T12:00:00+02:00', '2025-05-01T13:00:00+02:00');
    expect(findConflicts({ releases: [a, b] })).toEqual([]);
  });

  it('overlap on dependent nodes uses the related relation, in either order', () => {
    const a = release('a', ['pay'], '2025-05-01T08:00:00Z', '2025-05-01T10:00:00Z');
    const b = release('b', ['ledger'], '2025-05-01T09:00:00Z', '2025-05-01T11:00:00Z');
    expect(findConflicts({ releases: [a, b] })).toEqual([]);
    const related = relatedFromPairs([['ledger', 'pay']]);
    const cs = findConflicts({ releases: [a, b], related, nodes });
    expect(cs.map((c) => c.kind)).toEqual(['dependent-node-overlap', 'dependent-node-overlap']);
    expect(cs[0]!.nodeIds.sort()).toEqual(['ledger', 'pay']);
    expect(cs[0]!.message).toContain('Payments API ↔ Ledger DB');
    // A callback works as well as a set of pairs.
    expect(findConflicts({ releases: [a, b], related: (x, y) => x !== y })).toHaveLength(2);
  });

  it('finished releases neither conflict nor block', () => {
    const a = release('a', ['pay'], '2025-05-01T08:00:00Z', '2025-05-01T10:00:00Z', { status: 'deployed' });
    const b = release('b', ['pay'], '2025-05-01T09:00:00Z', '2025-05-01T11:00:00Z');
    expect(findConflicts({ releases: [a, b] })).toEqual([]);
  });

  it('an empty or reversed window is itself a conflict', () => {
    const bad = release('x', ['pay'], '2025-05-01T10:00:00Z', '2025-05-01T10:00:00Z');
    expect(findConflicts({ releases: [bad] }).map((c) => c.kind)).toEqual(['invalid-window']);
  });
});

describe('maintenance windows', () => {
  const mw: MaintenanceWindow[] = [
    { id: 'm1', nodeId: 'pay', window: { start: t('2025-06-01T01:00:00Z'), end: t('2025-06-01T03:00:00Z') } },
    { id: 'm2', nodeId: 'pay', window: { start: t('2025-06-08T01:00:00Z'), end: t('2025-06-08T03:00:00Z') } },
  ];

  it('a release exactly filling one window is fine', () => {
    const r = release('r', ['pay'], '2025-06-01T03:00:00+02:00', '2025-06-01T05:00:00+02:00');
    expect(findConflicts({ releases: [r], maintenanceWindows: mw })).toEqual([]);
  });

  it('a release running one ms past the window, or spanning two windows, conflicts', () => {
    const r = release('r', ['pay'], '2025-06-01T01:00:00Z', '2025-06-01T03:00:00.001Z');
    const cs = findConflicts({ releases: [r], maintenanceWindows: mw, nodes });
    expect(cs.map((c) => [c.kind, c.nodeIds])).toEqual([['outside-maintenance', ['pay']]]);
    expect(cs[0]!.message).toContain('2025-06-08T01:00:00Z');
    const span = release('s', ['pay'], '2025-06-01T02:00:00Z', '2025-06-08T02:00:00Z');
    expect(findConflicts({ releases: [span], maintenanceWindows: mw })).toHaveLength(1);
  });

  it('nodes without maintenance windows accept any time', () => {
    const r = release('r', ['web'], '2025-06-03T12:00:00Z', '2025-06-03T13:00:00Z');
    expect(findConflicts({ releases: [r], maintenanceWindows: mw })).toEqual([]);
  });
});
