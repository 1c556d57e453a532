import { describe, expect, it } from 'vitest';
import {
  criticalPath,
  monteCarlo,
  RUNBOOK_TEMPLATES,
  templateById,
  validateRunbook,
} from '../../../../shared/domain/runbook';

describe('runbook templates', () => {
  it('cover the six strategies the design names, plus a rollback', () => {
    expect(new Set(RUNBOOK_TEMPLATES.map((t) => t.strategy))).toEqual(
      new Set(['blue-green', 'canary', 'rolling', 'expand-contract', 'failover', 'restore']),
    );
    expect(RUNBOOK_TEMPLATES.some((t) => t.kind === 'rollback')).toBe(true);
    expect(new Set(RUNBOOK_TEMPLATES.map((t) => t.id)).size).toBe(RUNBOOK_TEMPLATES.length);
    expect(templateById('canary')?.strategy).toBe('canary');
    expect(templateById('nope')).toBeUndefined();
  });

  it.each(RUNBOOK_TEMPLATES.map((t) => [t.id, t] as const))('%s validates, with no cycles', (_id, t) => {
    expect(validateRunbook(t.steps)).toEqual({ ok: true });
    expect(t.steps.length).toBeGreaterThanOrEqual(6);
    expect(t.steps.length).toBeLessThanOrEqual(12);
    for (const s of t.steps) {
      expect(s.title.length).toBeGreaterThan(0);
      expect(s.role.length).toBeGreaterThan(0);
      expect(s.instructions).toMatch(/^- /m);
      expect(s.verification.length).toBeGreaterThan(0);
      expect(s.minMinutes).toBeGreaterThan(0);
    }
    expect(t.steps.some((s) => s.rollbackPoint)).toBe(true);
    const cp = criticalPath(t.steps);
    expect(cp.total).toBeGreaterThan(0);
    const mc = monteCarlo(t.steps, { seed: 1, rtoMinutes: cp.total });
    expect(mc.p50).toBeGreaterThan(0);
  });

  it('include parallel branches', () => {
    // A parallel branch shows as a step with slack in the likely-duration schedule.
    const withSlack = RUNBOOK_TEMPLATES.filter((t) =>
      Object.values(criticalPath(t.steps).schedule).some((s) => s.slack > 0),
    );
    expect(withSlack.length).toBeGreaterThanOrEqual(4);
  });
});
