// A transparent release risk score: seven factors, each scored 0..1 with a sentence saying why,
// combined by editable weights into 0..100 and a level that names the approvals it needs.

import type { Approval, ChangeSize, ChangeType } from './types';

export const RISK_FACTORS = [
  'tier',
  'blastRadius',
  'dependencyDepth',
  'changeSize',
  'changeType',
  'rollbackReadiness',
  'changeFailureRate',
] as const;
export type RiskFactorId = (typeof RISK_FACTORS)[number];

export type RiskWeights = Record<RiskFactorId, number>;

/**
 * Defaults (sum 1): criticality of what is touched matters most; how far a failure spreads, how big
 * the change is and whether it can be undone come next; depth, change type and the track record
 * refine. Any weights may be given — they are divided by their sum, so only ratios matter.
 */
export const DEFAULT_RISK_WEIGHTS: Readonly<RiskWeights> = {
  tier: 0.25,
  blastRadius: 0.15,
  dependencyDepth: 0.1,
  changeSize: 0.15,
  changeType: 0.1,
  rollbackReadiness: 0.15,
  changeFailureRate: 0.1,
};

export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Score < low → low; < medium → medium; otherwise high. */
export interface RiskThresholds {
  low: number;
  medium: number;
}
export const DEFAULT_RISK_THRESHOLDS: Readonly<RiskThresholds> = { low: 35, medium: 65 };

export type RollbackReadiness = 'approved' | 'unapproved' | 'none';

export interface RiskInput {
  /** Tier ranks of the touched services; undefined for a service with no tier. */
  touchedTierRanks: readonly (number | undefined)[];
  /** Rank of the least stringent tier in use (e.g. 3 for Tier 0..3), to normalise the rank. */
  maxTierRank: number;
  /** Blast radius of the touched services: a count or a BIA-weighted impact. */
  blastRadius: number;
  /** The blast radius that scores 1 (e.g. the whole graph's weighted impact); larger values are capped. */
  blastRadiusScale: number;
  /** Longest chain of dependants above the touched services. */
  dependencyDepth: number;
  changeSize: ChangeSize;
  changeType: ChangeType;
  rollback: RollbackReadiness;
  /** Recent change failure rate (0..1) of the touched services; null when there were no deployments. */
  recentChangeFailureRate: number | null;
}

export interface RiskOptions {
  weights?: Partial<RiskWeights>;
  thresholds?: RiskThresholds;
  /** Dependency depth that scores 1. Default 5. */
  depthScale?: number;
  /** Change failure rate that scores 1. Default 0.5 (half of recent changes failed). */
  failureRateScale?: number;
}

export interface RiskFactor {
  id: RiskFactorId;
  label: string;
  /** 0 (no risk) .. 1 (highest). */
  score: number;
  /** Normalised weight (all weights sum to 1). */
  weight: number;
  /** score × weight × 100: the points this factor adds to the total. */
  contribution: number;
  explanation: string;
}

export interface RiskAssessment {
  /** 0..100, the sum of the contributions. */
  score: number;
  level: RiskLevel;
  factors: RiskFactor[];
  approvals: ApprovalRule;
}

/** What sign-off a level needs. */
export interface ApprovalRule {
  minApprovers: number;
  ownerMayApprove: boolean;
  description: string;
}

export const APPROVAL_RULES: Readonly<Record<RiskLevel, ApprovalRule>> = {
  low: { minApprovers: 1, ownerMayApprove: true, description: 'one approver' },
  medium: {
    minApprovers: 1,
    ownerMayApprove: false,
    description: 'one approver who is not the release owner',
  },
  high: {
    minApprovers: 2,
    ownerMayApprove: false,
    description: 'two distinct approvers, neither of them the release owner',
  },
};

const LABELS: Record<RiskFactorId, string> = {
  tier: 'Criticality of what is touched',
  blastRadius: 'Blast radius',
  dependencyDepth: 'Dependency depth',
  changeSize: 'Change size',
  changeType: 'Change type',
  rollbackReadiness: 'Rollback readiness',
  changeFailureRate: 'Recent change failure rate',
};

// Standard changes are pre-assessed routine work; emergency changes skip the usual lead time.
const CHANGE_TYPE_SCORE: Record<ChangeType, number> = { standard: 0, normal: 0.5, emergency: 1 };
const ROLLBACK_SCORE: Record<RollbackReadiness, number> = { approved: 0, unapproved: 0.5, none: 1 };

const clamp01 = (x: number): number => (Number.isNaN(x) ? 0 : Math.min(1, Math.max(0, x)));
const pct = (x: number): string => `${Math.round(x * 100)}%`;

export function normaliseWeights(weights?: Partial<RiskWeights>): RiskWeights {
  const merged: RiskWeights = { ...DEFAULT_RISK_WEIGHTS, ...weights };
  let sum = 0;
  for (const id of RISK_FACTORS) {
    const w = merged[id];
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`weight of ${id} must be a non-negative number`);
    sum += w;
  }
  if (sum <= 0) throw new RangeError('at least one risk weight must be positive');
  const out = { ...merged };
  for (const id of RISK_FACTORS) out[id] = merged[id] / sum;
  return out;
}

export function riskLevel(score: number, thresholds: RiskThresholds = DEFAULT_RISK_THRESHOLDS): RiskLevel {
  if (thresholds.low > thresholds.medium)
    throw new RangeError('the low threshold must not exceed the medium one');
  if (score < thresholds.low) return 'low';
  if (score < thresholds.medium) return 'medium';
  return 'high';
}

function factorScores(input: RiskInput, options: RiskOptions): Record<RiskFactorId, [number, string]> {
  const depthScale = options.depthScale ?? 5;
  const failureRateScale = options.failureRateScale ?? 0.5;

  let tier: [number, string];
  if (input.touchedTierRanks.length === 0) {
    tier = [0, 'The release touches no services.'];
  } else if (input.touchedTierRanks.some((r) => r === undefined)) {
    // Unknown criticality is treated as the worst case so that missing BIA data cannot lower risk.
    tier = [1, 'A touched service has no tier; treated as the most critical.'];
  } else {
    const best = Math.min(...input.touchedTierRanks.filter((r): r is number => r !== undefined));
    const score = input.maxTierRank > 0 ? clamp01(1 - best / input.maxTierRank) : 1;
    tier = [
      score,
      `Most critical touched service is rank ${best} of 0..${input.maxTierRank} (0 most critical).`,
    ];
  }

  const blast: [number, string] = [
    input.blastRadiusScale > 0 ? clamp01(input.blastRadius / input.blastRadiusScale) : 0,
    `Blast radius ${input.blastRadius} against a scale of ${input.blastRadiusScale}.`,
  ];
  const depth: [number, string] = [
    depthScale > 0 ? clamp01(input.dependencyDepth / depthScale) : 0,
    `Dependency depth ${input.dependencyDepth}; depth ${depthScale} or more scores fully.`,
  ];
  const size: [number, string] = [(input.changeSize - 1) / 4, `Change size class ${input.changeSize} of 5.`];
  const type: [number, string] = [
    CHANGE_TYPE_SCORE[input.changeType],
    `${input.changeType === 'emergency' ? 'An' : 'A'} ${input.changeType} change.`,
  ];
  const rollback: [number, string] = [
    ROLLBACK_SCORE[input.rollback],
    input.rollback === 'approved'
      ? 'An approved rollback runbook exists.'
      : input.rollback === 'unapproved'
        ? 'A rollback runbook exists but is not approved.'
        : 'No rollback runbook.',
  ];
  const cfr: [number, string] =
    input.recentChangeFailureRate === null
      ? // No history is neither good nor bad evidence: score the middle of the scale.
        [0.5, 'No recent deployments of these services; scored as unknown (0.5).']
      : [
          failureRateScale > 0 ? clamp01(input.recentChangeFailureRate / failureRateScale) : 0,
          `Recent change failure rate ${pct(input.recentChangeFailureRate)}; ${pct(failureRateScale)} or more scores fully.`,
        ];
  return {
    tier,
    blastRadius: blast,
    dependencyDepth: depth,
    changeSize: size,
    changeType: type,
    rollbackReadiness: rollback,
    changeFailureRate: cfr,
  };
}

export function assessRisk(input: RiskInput, options: RiskOptions = {}): RiskAssessment {
  const weights = normaliseWeights(options.weights);
  const scores = factorScores(input, options);
  const factors: RiskFactor[] = RISK_FACTORS.map((id) => {
    const [score, explanation] = scores[id];
    return {
      id,
      label: LABELS[id],
      score,
      weight: weights[id],
      contribution: score * weights[id] * 100,
      explanation,
    };
  });
  // Rounded to 1e-9 so that scores landing exactly on a threshold are not pushed off by float noise.
  const score = Math.round(factors.reduce((s, f) => s + f.contribution, 0) * 1e9) / 1e9;
  const level = riskLevel(score, options.thresholds);
  return { score, level, factors, approvals: APPROVAL_RULES[level] };
}

export interface ApprovalCheck {
  ok: boolean;
  /** Distinct approvers that count towards the rule. */
  counted: string[];
  missing: string[];
}

/** Whether the approvals given satisfy the level's rule; reasons name what is missing. */
export function checkApprovals(
  level: RiskLevel,
  ownerId: string,
  approvals: readonly Approval[],
): ApprovalCheck {
  const rule = APPROVAL_RULES[level];
  const distinct = [...new Set(approvals.map((a) => a.approverId.trim()).filter((id) => id !== ''))];
  const counted = rule.ownerMayApprove ? distinct : distinct.filter((id) => id !== ownerId);
  const missing: string[] = [];
  if (counted.length < rule.minApprovers) {
    const need = rule.minApprovers - counted.length;
    const ownerOnly = !rule.ownerMayApprove && distinct.includes(ownerId);
    missing.push(
      `${level} risk needs ${rule.description}; ${need} more approval${need === 1 ? '' : 's'} needed` +
        (ownerOnly ? ' (the owner’s own approval does not count)' : '') +
        '.',
    );
  }
  return { ok: missing.length === 0, counted, missing };
}
