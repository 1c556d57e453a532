// Go/no-go for a release from plain inputs the caller gathers (approvals, risk, calendar, runbooks,
// DR tests, findings, error budgets, RTO inversions, canary). Each check explains itself; a failed
// check may be waived by someone other than the release owner, with a written justification.

import { isoDateTime } from '../../format/datetime';
import { plural } from '../../format/plural';
import type { Tier } from '../model';
import type { CanaryResult } from './canary';
import type { Conflict } from './windows';
import type { RiskLevel } from './risk';
import { checkApprovals, RISK_LEVELS } from './risk';
import type { ErrorBudget } from './slo';
import type { Approval, Instant, Release } from './types';
import { DAY_MS } from './types';
import { acceptanceFor, acceptanceNote, type AcceptedException } from '../exceptions/rules';

export const GATE_CHECK_IDS = [
  'approvals',
  'risk',
  'conflicts',
  'rollback-runbook',
  'dr-test',
  'critical-findings',
  'error-budget',
  'rto-inversions',
  'canary',
  'release-review',
  'bia-review',
  'premortem',
] as const;
export type GateCheckId = (typeof GATE_CHECK_IDS)[number];

/** Approvals are themselves the segregation of duties; letting one person waive them would undo it. */
export const UNWAIVABLE_CHECKS: readonly GateCheckId[] = ['approvals'];

export type GateCheckStatus = 'pass' | 'fail' | 'waived' | 'not-applicable';

export interface GateCheck {
  id: GateCheckId;
  label: string;
  status: GateCheckStatus;
  reason: string;
  /** Present when status is 'waived'. */
  waiver?: Waiver;
}

export interface Waiver {
  checkId: GateCheckId;
  justification: string;
  approverId: string;
}

export interface GateNode {
  id: string;
  name: string;
  /** Id of the node's tier; absent when it has none. */
  tierId?: string;
}

export interface GateRunbook {
  id: string;
  name: string;
  approved: boolean;
}

/**
 * A DR test that passed: only a pass proves the node can be recovered, the same rule as the overdue
 * list (shared/domain/drtest/overdue.ts). A failed test's findings are checked separately.
 */
export interface GateDrTest {
  id: string;
  nodeIds: readonly string[];
  completedAt: Instant;
}

export type FindingSeverity = 'low' | 'medium' | 'high' | 'critical';
export interface GateFinding {
  id: string;
  title: string;
  nodeIds: readonly string[];
  severity: FindingSeverity;
  open: boolean;
}

export interface GatePendingReview {
  releaseId: string;
  name: string;
  nodeIds: readonly string[];
}

export interface GateRtoInversion {
  providerId: string;
  consumerId: string;
  resolved: boolean;
  /** The conflict's stable key, which an accepted exception names (shared/domain/exceptions). */
  key?: string;
}

export interface GateInput {
  release: Release;
  now: Instant;
  approvals: readonly Approval[];
  risk: { level: RiskLevel; score: number };
  /** Calendar conflicts; only those of this release are considered. */
  conflicts: readonly Conflict[];
  runbooks: readonly GateRunbook[];
  nodes: readonly GateNode[];
  tiers: readonly Tier[];
  drTests: readonly GateDrTest[];
  findings: readonly GateFinding[];
  /** Error budgets of the touched nodes that have an SLO. */
  budgets: readonly ErrorBudget[];
  rtoInversions: readonly GateRtoInversion[];
  canary?: CanaryResult;
  /** Failed or rolled-back releases still without a completed post-implementation review. */
  pendingReviews?: readonly GatePendingReview[];
  waivers?: readonly Waiver[];
  /** Accepted exceptions (risk acceptances); each covers its conflict through its expiry day. */
  acceptedExceptions?: readonly AcceptedException[];
  /** Failure modes in the release's pre-mortem; a high-risk release needs at least one. */
  premortemModes?: number;
  /** Highest risk level allowed to proceed without a waiver; default 'high' (approvals scale instead). */
  maxRiskLevel?: RiskLevel;
  /**
   * Processes the release touches (directly or through what they need) whose BIA review has lapsed
   * (issue 18 item 7); absent when reviews were not weighed (inputs recorded before the check).
   */
  expiredBias?: readonly { processId: string; name: string; dueAt: string }[];
}

export interface RejectedWaiver {
  waiver: Waiver;
  reason: string;
}

export interface GateResult {
  go: boolean;
  checks: GateCheck[];
  rejectedWaivers: RejectedWaiver[];
  summary: string;
}

const LABELS: Record<GateCheckId, string> = {
  approvals: 'Required approvals',
  risk: 'Risk level',
  conflicts: 'Calendar conflicts',
  'rollback-runbook': 'Approved rollback runbook',
  'dr-test': 'DR test within tier frequency',
  'critical-findings': 'No open critical findings',
  'error-budget': 'Error budget above policy',
  'rto-inversions': 'No unresolved RTO inversions',
  canary: 'Canary verdict',
  'release-review': 'Reviews of failed releases',
  'bia-review': 'BIAs of touched services reviewed',
  premortem: 'Pre-mortem for a high-risk release',
};

/** Why a waiver cannot be used, or null when it is valid for this release. */
export function waiverProblem(waiver: Waiver, release: Release): string | null {
  if (UNWAIVABLE_CHECKS.includes(waiver.checkId))
    return `The ${LABELS[waiver.checkId]} check cannot be waived.`;
  if (waiver.approverId.trim() === '') return 'A waiver needs an approver.';
  if (waiver.approverId === release.ownerId)
    return 'The release owner cannot waive a check on their own release.';
  if (waiver.justification.trim() === '') return 'A waiver needs a written justification.';
  return null;
}

type Verdict = { status: 'pass' | 'fail' | 'not-applicable'; reason: string };

export function evaluateGate(input: GateInput): GateResult {
  const { release } = input;
  const touched = new Set(release.nodeIds);
  const nodeById = new Map(input.nodes.map((n) => [n.id, n]));
  const nameOf = (id: string): string => nodeById.get(id)?.name ?? id;

  const verdicts: Record<GateCheckId, Verdict> = {
    approvals: approvalsCheck(input),
    risk: riskCheck(input),
    conflicts: conflictsCheck(input),
    'rollback-runbook': rollbackCheck(input),
    'dr-test': drTestCheck(input, nameOf),
    'critical-findings': findingsCheck(input, touched, nameOf),
    'error-budget': budgetCheck(input, touched, nameOf),
    'rto-inversions': inversionCheck(input, touched, nameOf),
    canary: canaryCheck(input),
    'release-review': releaseReviewCheck(input, touched, nameOf),
    'bia-review': biaReviewCheck(input),
    premortem: premortemCheck(input),
  };

  const rejectedWaivers: RejectedWaiver[] = [];
  const validWaivers = new Map<GateCheckId, Waiver>();
  for (const waiver of input.waivers ?? []) {
    const problem = waiverProblem(waiver, release);
    if (problem) rejectedWaivers.push({ waiver, reason: problem });
    else if (!validWaivers.has(waiver.checkId)) validWaivers.set(waiver.checkId, waiver);
  }

  const checks: GateCheck[] = GATE_CHECK_IDS.map((id) => {
    const v = verdicts[id];
    const waiver = validWaivers.get(id);
    if (v.status === 'fail' && waiver) {
      return {
        id,
        label: LABELS[id],
        status: 'waived',
        reason: `${v.reason} Waived by ${waiver.approverId}: ${waiver.justification.trim()}`,
        waiver,
      };
    }
    return { id, label: LABELS[id], status: v.status, reason: v.reason };
  });

  const failed = checks.filter((c) => c.status === 'fail');
  const go = failed.length === 0;
  return {
    go,
    checks,
    rejectedWaivers,
    summary: go
      ? `Go: ${checks.filter((c) => c.status === 'pass').length} passed, ${checks.filter((c) => c.status === 'waived').length} waived.`
      : `No-go: ${failed.map((c) => c.label).join(', ')}.`,
  };
}

function approvalsCheck(input: GateInput): Verdict {
  const r = checkApprovals(input.risk.level, input.release.ownerId, input.approvals);
  return r.ok
    ? { status: 'pass', reason: `Approved by ${r.counted.join(', ')} (${input.risk.level} risk).` }
    : { status: 'fail', reason: r.missing.join(' ') };
}

function riskCheck(input: GateInput): Verdict {
  const max = input.maxRiskLevel ?? 'high';
  const { level, score } = input.risk;
  const text = `Risk ${level} (${score.toFixed(0)}/100)`;
  return RISK_LEVELS.indexOf(level) <= RISK_LEVELS.indexOf(max)
    ? { status: 'pass', reason: `${text}; allowed up to ${max}.` }
    : { status: 'fail', reason: `${text} exceeds the allowed ${max}.` };
}

function conflictsCheck(input: GateInput): Verdict {
  const own = input.conflicts.filter((c) => c.releaseId === input.release.id);
  const blocking = own.filter((c) => c.status === 'conflict');
  const overridden = own.length - blocking.length;
  const note =
    overridden > 0 ? ` ${plural(overridden, 'freeze conflict')} overridden as an emergency change.` : '';
  return blocking.length > 0
    ? { status: 'fail', reason: blocking.map((c) => c.message).join(' ') + note }
    : { status: 'pass', reason: `No calendar conflicts.${note}` };
}

function rollbackCheck(input: GateInput): Verdict {
  const id = input.release.rollbackRunbookId;
  if (id === undefined || id === '') return { status: 'fail', reason: 'No rollback runbook is linked.' };
  const runbook = input.runbooks.find((r) => r.id === id);
  if (!runbook) return { status: 'fail', reason: `The linked rollback runbook ${id} does not exist.` };
  return runbook.approved
    ? { status: 'pass', reason: `Rollback runbook "${runbook.name}" is approved.` }
    : { status: 'fail', reason: `Rollback runbook "${runbook.name}" is not approved.` };
}

function drTestCheck(input: GateInput, nameOf: (id: string) => string): Verdict {
  const tierById = new Map(input.tiers.map((t) => [t.id, t]));
  const problems: string[] = [];
  const accepted: string[] = [];
  const untiered: string[] = [];
  let checked = 0;
  for (const nodeId of input.release.nodeIds) {
    const tierId = input.nodes.find((n) => n.id === nodeId)?.tierId;
    const tier = tierId === undefined ? undefined : tierById.get(tierId);
    if (!tier) {
      untiered.push(nameOf(nodeId));
      continue;
    }
    checked++;
    const last = input.drTests
      .filter((t) => t.nodeIds.includes(nodeId) && t.completedAt <= input.now)
      .reduce<Instant | null>((m, t) => (m === null || t.completedAt > m ? t.completedAt : m), null);
    const due = input.now - tier.testFrequencyDays * DAY_MS;
    const acceptance = acceptanceFor(`dr-test-overdue:${nodeId}`, input.acceptedExceptions, input.now);
    if ((last === null || last < due) && acceptance) {
      accepted.push(`${nameOf(nodeId)}'s overdue DR test ${acceptanceNote(acceptance)}.`);
      continue;
    }
    if (last === null) problems.push(`${nameOf(nodeId)} has never passed a DR test.`);
    else if (last < due) {
      problems.push(
        `${nameOf(nodeId)} last passed a DR test ${isoDateTime(new Date(last))}, older than ${tier.name}'s ${plural(tier.testFrequencyDays, 'day')}.`,
      );
    }
  }
  const note =
    (untiered.length > 0 ? ` No tier, so no test frequency: ${untiered.join(', ')}.` : '') +
    accepted.map((a) => ` ${a}`).join('');
  if (checked === 0) return { status: 'not-applicable', reason: `No touched service has a tier.${note}` };
  return problems.length > 0
    ? { status: 'fail', reason: problems.join(' ') + note }
    : {
        status: 'pass',
        reason: `Every tiered touched service passed a DR test within its tier's frequency.${note}`,
      };
}

function findingsCheck(input: GateInput, touched: Set<string>, nameOf: (id: string) => string): Verdict {
  const open = input.findings.filter(
    (f) => f.open && f.severity === 'critical' && f.nodeIds.some((id) => touched.has(id)),
  );
  return open.length > 0
    ? {
        status: 'fail',
        reason: `Open critical findings: ${open
          .map(
            (f) =>
              `"${f.title}" on ${f.nodeIds
                .filter((id) => touched.has(id))
                .map(nameOf)
                .join(', ')}`,
          )
          .join('; ')}.`,
      }
    : { status: 'pass', reason: 'No open critical findings on the touched services.' };
}

function budgetCheck(input: GateInput, touched: Set<string>, nameOf: (id: string) => string): Verdict {
  const own = input.budgets.filter((b) => touched.has(b.nodeId));
  if (own.length === 0) return { status: 'not-applicable', reason: 'No touched service has an SLO.' };
  // An SLO with no events yet says nothing about the service: it neither blocks nor passes a release.
  const measured = own.filter((b) => b.totalEvents > 0);
  const unmeasured = own.filter((b) => b.totalEvents === 0).map((b) => nameOf(b.nodeId));
  const note = unmeasured.length > 0 ? ` No measurements yet for ${unmeasured.join(', ')}.` : '';
  if (measured.length === 0)
    return {
      status: 'not-applicable',
      reason: `The touched services' SLOs have no measurements yet.${note}`,
    };
  const below = measured.filter((b) => !b.meetsPolicy);
  const acceptedOf = (b: ErrorBudget) =>
    acceptanceFor(`slo-below-target:${b.nodeId}`, input.acceptedExceptions, input.now);
  const failing = below.filter((b) => !acceptedOf(b));
  const accepted = below.flatMap((b) => {
    const a = acceptedOf(b);
    return a ? [` ${nameOf(b.nodeId)}'s error budget below policy ${acceptanceNote(a)}.`] : [];
  });
  return failing.length > 0
    ? {
        status: 'fail',
        reason: failing.map((b) => `${nameOf(b.nodeId)}: ${b.reason}`).join(' ') + note + accepted.join(''),
      }
    : {
        status: 'pass',
        reason:
          (below.length === measured.length
            ? 'Every touched error budget below policy is an accepted exception.'
            : `Error budget at or above policy for ${measured
                .filter((b) => b.meetsPolicy)
                .map((b) => nameOf(b.nodeId))
                .join(', ')}.`) +
          note +
          accepted.join(''),
      };
}

function inversionCheck(input: GateInput, touched: Set<string>, nameOf: (id: string) => string): Verdict {
  const relevant = input.rtoInversions.filter(
    (i) => !i.resolved && (touched.has(i.providerId) || touched.has(i.consumerId)),
  );
  const acceptedOf = (i: GateRtoInversion) =>
    i.key === undefined ? undefined : acceptanceFor(i.key, input.acceptedExceptions, input.now);
  const open = relevant.filter((i) => !acceptedOf(i));
  const accepted = relevant.flatMap((i) => {
    const a = acceptedOf(i);
    return a
      ? [` ${nameOf(i.providerId)} recovering slower than ${nameOf(i.consumerId)} is ${acceptanceNote(a)}.`]
      : [];
  });
  return open.length > 0
    ? {
        status: 'fail',
        reason: `Unresolved RTO inversions: ${open
          .map((i) => `${nameOf(i.providerId)} recovers slower than its consumer ${nameOf(i.consumerId)}`)
          .join('; ')}.${accepted.join('')}`,
      }
    : {
        status: 'pass',
        reason: `No unresolved RTO inversions on the touched services.${accepted.join('')}`,
      };
}

/**
 * A marginal or inconclusive canary fails the gate: it asks for human judgment (or for samples), which
 * a waiver records.
 */
function canaryCheck(input: GateInput): Verdict {
  const c = input.canary;
  if (!c) return { status: 'not-applicable', reason: 'No canary analysis for this release.' };
  return c.verdict === 'pass'
    ? { status: 'pass', reason: `Canary passed. ${c.reason}` }
    : { status: 'fail', reason: `Canary ${c.verdict}. ${c.reason}` };
}

/** A failed or rolled-back release on a touched service needs its post-implementation review first. */
function releaseReviewCheck(input: GateInput, touched: Set<string>, nameOf: (id: string) => string): Verdict {
  const blocking = (input.pendingReviews ?? []).filter(
    (p) => p.releaseId !== input.release.id && p.nodeIds.some((id) => touched.has(id)),
  );
  return blocking.length > 0
    ? {
        status: 'fail',
        reason: `No completed post-implementation review of ${blocking
          .map(
            (p) =>
              `"${p.name}" (failed on ${p.nodeIds
                .filter((id) => touched.has(id))
                .map(nameOf)
                .join(', ')})`,
          )
          .join('; ')}.`,
      }
    : { status: 'pass', reason: 'No failed release on the touched services is waiting for its review.' };
}

/** An expired BIA on a touched service: the objectives the release is judged against may be stale. */
function biaReviewCheck(input: GateInput): Verdict {
  const expired = input.expiredBias;
  if (!expired) return { status: 'not-applicable', reason: 'BIA reviews were not weighed.' };
  return expired.length > 0
    ? {
        status: 'fail',
        reason: `BIA review lapsed for: ${expired.map((b) => `${b.name} (due ${b.dueAt.slice(0, 10)})`).join('; ')}.`,
      }
    : { status: 'pass', reason: 'Every BIA of a touched service is within its review interval.' };
}

/** A high-risk release needs a pre-mortem: the failure modes imagined before it, each with a rollback trigger. */
function premortemCheck(input: GateInput): Verdict {
  const modes = input.premortemModes ?? 0;
  const recorded = modes > 0 ? ` Its pre-mortem lists ${plural(modes, 'failure mode')}.` : '';
  if (input.risk.level !== 'high')
    return {
      status: 'not-applicable',
      reason: `Risk ${input.risk.level}: no pre-mortem required.${recorded}`,
    };
  return modes > 0
    ? { status: 'pass', reason: `High risk.${recorded}` }
    : {
        status: 'fail',
        reason: 'High risk and no pre-mortem: record the failure modes and their rollback triggers.',
      };
}
