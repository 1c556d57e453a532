import { describe, expect, it } from 'vitest';
import { DAY_MS, overdueNodes, testDueStatus } from '../../../../shared/domain/drtest';

const NOW = Date.UTC(2025, 5, 30, 12, 0);
const quarterly = { testFrequencyDays: 90 };

describe('overdue DR tests', () => {
  // Boundary: days are whole 24-hour periods since the last pass. Exactly 90 days ago with a
  // 90-day frequency is still in time; 91 whole days is 1 day overdue.
  it('is not overdue at exactly the frequency', () => {
    const s = testDueStatus({ nodeId: 'a', tier: quarterly, lastPassedAt: NOW - 90 * DAY_MS }, NOW);
    expect(s).toMatchObject({ overdue: false, daysOverdue: 0, daysSincePass: 90, dueAt: NOW });
  });

  it('is not overdue until a whole further day has passed', () => {
    const s = testDueStatus({ nodeId: 'a', tier: quarterly, lastPassedAt: NOW - 91 * DAY_MS + 1 }, NOW);
    expect(s.overdue).toBe(false);
  });

  it('is 1 day overdue one day after the frequency', () => {
    const s = testDueStatus({ nodeId: 'a', tier: quarterly, lastPassedAt: NOW - 91 * DAY_MS }, NOW);
    expect(s).toMatchObject({ overdue: true, daysOverdue: 1 });
  });

  it('treats a node never tested as overdue', () => {
    expect(testDueStatus({ nodeId: 'a', tier: quarterly }, NOW)).toMatchObject({
      overdue: true,
      daysOverdue: null,
    });
    expect(testDueStatus({ nodeId: 'a', tier: quarterly, lastPassedAt: null }, NOW).overdue).toBe(true);
  });

  it('lists only overdue nodes: never tested first, then most overdue', () => {
    const list = overdueNodes(
      [
        { nodeId: 'fresh', tier: quarterly, lastPassedAt: NOW - 10 * DAY_MS },
        { nodeId: 'late-5', tier: quarterly, lastPassedAt: NOW - 95 * DAY_MS },
        { nodeId: 'never-b', tier: quarterly },
        { nodeId: 'late-200', tier: { testFrequencyDays: 365 }, lastPassedAt: NOW - 565 * DAY_MS },
        { nodeId: 'never-a', tier: { testFrequencyDays: 730 } },
      ],
      NOW,
    );
    expect(list.map((s) => [s.nodeId, s.daysOverdue])).toEqual([
      ['never-a', null],
      ['never-b', null],
      ['late-200', 200],
      ['late-5', 5],
    ]);
  });
});
