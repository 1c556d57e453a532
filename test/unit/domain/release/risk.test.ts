import { describe, expect, it } from 'vitest';
import type { RiskInput } from '../../../../shared/domain/release/risk';
import {
  assessRisk,
  checkApprovals,
  DEFAULT_RISK_WEIGHTS,
  normaliseWeights,
  RISK_FACTORS,
  riskLevel,
} from '../../../../shared/domain/release/risk';

const base: RiskInput = {
  touchedTierRanks: [2],
  maxTierRank: 3,
  blastRadius: 10,
  blastRadiusScale: 100,
  dependencyDepth: 2,
  changeSize: 3,
  changeType: 'normal',
  rollback: 'unapproved',
  recentChangeFailureRate: 0.1,
};

const score = (patch: Partial<RiskInput>): number => assessRisk({ ...base, ...patch }).score;

describe('risk factors', () => {
  it('default weights sum to 1 and every factor is reported with its contribution', () => {
    expect(RISK_FACTORS.reduce((s, id) => s + DEFAULT_RISK_WEIGHTS[id], 0)).toBeCloseTo(1, 12);
    const r = assessRisk(base);
    expect(r.factors.map((f) => f.id)).toEqual([...RISK_FACTORS]);
    expect(r.factors.reduce((s, f) => s + f.contribution, 0)).toBeCloseTo(r.score, 9);
    for (const f of r.factors) {
      expect(f.score).toBeGreaterThanOrEqual(0);
      expect(f.score).toBeLessThanOrEqual(1);
      expect(f.explanation.length).toBeGreaterThan(0);
    }
  });

  it('touching a more critical tier raises the score', () => {
    expect(score({ touchedTierRanks: [2, 0] })).toBeGreaterThan(score({ touchedTierRanks: [2] }));
    expect(score({ touchedTierRanks: [3] })).toBeLessThan(score({ touchedTierRanks: [2] }));
  });

  it('a touched node without a tier counts as most critical', () => {
    expect(score({ touchedTierRanks: [3, undefined] })).toBe(score({ touchedTierRanks: [0] }));
  });

  it('a wider blast radius raises the score, capped at the scale', () => {
    expect(score({ blastRadius: 50 })).toBeGreaterThan(score({ blastRadius: 10 }));
    expect(score({ blastRadius: 500 })).toBe(score({ blastRadius: 100 }));
  });

  it('a deeper dependency chain raises the score', () => {
    expect(score({ dependencyDepth: 4 })).toBeGreaterThan(score({ dependencyDepth: 2 }));
  });

  it('a bigger change raises the score', () => {
    expect(score({ changeSize: 5 })).toBeGreaterThan(score({ changeSize: 3 }));
    expect(score({ changeSize: 1 })).toBeLessThan(score({ changeSize: 3 }));
  });

  it('change type orders standard < normal < emergency', () => {
    expect(score({ changeType: 'standard' })).toBeLessThan(score({ changeType: 'normal' }));
    expect(score({ changeType: 'normal' })).toBeLessThan(score({ changeType: 'emergency' }));
  });

  it('rollback readiness orders approved < unapproved < none', () => {
    expect(score({ rollback: 'approved' })).toBeLessThan(score({ rollback: 'unapproved' }));
    expect(score({ rollback: 'unapproved' })).toBeLessThan(score({ rollback: 'none' }));
  });

  it('a worse recent change failure rate raises the score; unknown sits in the middle', () => {
    expect(score({ recentChangeFailureRate: 0.4 })).toBeGreaterThan(score({ recentChangeFailureRate: 0.1 }));
    expect(score({ recentChangeFailureRate: null })).toBe(score({ recentChangeFailureRate: 0.25 }));
  });

  it('extremes score 0 and 100', () => {
    const none = assessRisk({
      touchedTierRanks: [3],
      maxTierRank: 3,
      blastRadius: 0,
      blastRadiusScale: 10,
      dependencyDepth: 0,
      changeSize: 1,
      changeType: 'standard',
      rollback: 'approved',
      recentChangeFailureRate: 0,
    });
    expect(none.score).toBe(0);
    expect(none.level).toBe('low');
    const all = assessRisk({
      touchedTierRanks: [0],
      maxTierRank: 3,
      blastRadius: 10,
      blastRadiusScale: 10,
      dependencyDepth: 9,
      changeSize: 5,
      changeType: 'emergency',
      rollback: 'none',
      recentChangeFailureRate: 0.9,
    });
    expect(all.score).toBe(100);
    expect(all.level).toBe('high');
    expect(all.approvals.minApprovers).toBe(2);
  });
});

describe('weights', () => {
  it('are normalised by their sum, so only ratios matter', () => {
    const doubled = Object.fromEntries(RISK_FACTORS.map((id) => [id, DEFAULT_RISK_WEIGHTS[id] * 2]));
    expect(assessRisk(base, { weights: doubled }).score).toBeCloseTo(assessRisk(base).score, 9);
    const w = normaliseWeights({ tier: 3 });
    expect(RISK_FACTORS.reduce((s, id) => s + w[id], 0)).toBeCloseTo(1, 12);
  });

  it('a factor weighted alone decides the score', () => {
    const zero = Object.fromEntries(RISK_FACTORS.map((id) => [id, 0]));
    const r = assessRisk({ ...base, changeSize: 5 }, { weights: { ...zero, changeSize: 1 } });
    expect(r.score).toBe(100);
  });

  it('rejects negative or all-zero weights', () => {
    expect(() => normaliseWeights({ tier: -1 })).toThrow();
    expect(() => normaliseWeights(Object.fromEntries(RISK_FACTORS.map((id) => [id, 0])))).toThrow();
  });
});

describe('levels at thresholds', () => {
  it('uses strict less-than: 35 is medium and 65 is high', () => {
    expect(riskLevel(34.999)).toBe('low');
    expect(riskLevel(35)).toBe('medium');
    expect(riskLevel(64.999)).toBe('medium');
    expect(riskLevel(65)).toBe('high');
  });

  it('thresholds are editable', () => {
    expect(riskLevel(30, { low: 20, medium: 40 })).toBe('medium');
    expect(() => riskLevel(30, { low: 50, medium: 40 })).toThrow();
    // Only the change-size factor weighted: size 3 scores exactly 50.
    const zero = Object.fromEntries(RISK_FACTORS.map((id) => [id, 0]));
    const r = assessRisk(base, { weights: { ...zero, changeSize: 1 }, thresholds: { low: 10, medium: 50 } });
    expect(r.score).toBe(50);
    expect(r.level).toBe('high');
  });
});

describe('checkApprovals', () => {
  const a = (...ids: string[]) => ids.map((approverId) => ({ approverId }));

  it('low: one approver, who may be the owner', () => {
    expect(checkApprovals('low', 'owner', a('owner')).ok).toBe(true);
    const none = checkApprovals('low', 'owner', []);
    expect(none.ok).toBe(false);
    expect(none.missing[0]).toMatch(/1 more approval/);
  });

  it('medium: one approver who is not the owner', () => {
    const own = checkApprovals('medium', 'owner', a('owner'));
    expect(own.ok).toBe(false);
    expect(own.missing[0]).toMatch(/owner/);
    expect(checkApprovals('medium', 'owner', a('owner', 'alice')).ok).toBe(true);
  });

  it('high: two distinct approvers, neither the owner', () => {
    expect(checkApprovals('high', 'owner', a('alice', 'bob')).ok).toBe(true);
    expect(checkApprovals('high', 'owner', a('alice', 'alice')).ok).toBe(false);
    expect(checkApprovals('high', 'owner', a('alice', 'owner')).ok).toBe(false);
    const r = checkApprovals('high', 'owner', a('alice', 'owner', 'bob', ''));
    expect(r.ok).toBe(true);
    expect(r.counted).toEqual(['alice', 'bob']);
    expect(checkApprovals('high', 'owner', []).missing[0]).toMatch(/2 more approvals/);
  });
});
