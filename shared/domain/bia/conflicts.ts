// Plain-language conflicts between a process's objectives, with the numbers that break the rule.
import type { Minutes, Severity, Tier } from '../model';
import { formatDuration } from '../../format/duration';
import { formatSeverity } from './format';
import type { BiaConflict } from './types';

/** Why the MTD is what it is, so a conflict names the rating that drives it. */
export interface MtdBasis {
  mtd: Minutes;
  categoryName: string;
  bucketLabel: string;
  threshold: Severity;
}

const d = formatDuration;

function mtdPhrase(basis: MtdBasis): string {
  return `the MTD of ${d(basis.mtd)} (${basis.categoryName} impact reaches ${formatSeverity(basis.threshold)} at ${basis.bucketLabel})`;
}

export function noMtdConflict(
  ratedCells: number,
  threshold: Severity,
  horizonLabel: string | undefined,
  manualRto: Minutes | null,
): BiaConflict {
  const consequence =
    manualRto === null
      ? 'there is no time-driven MTD to derive an RTO from; set the RTO by hand if the process still needs one.'
      : `the hand-set RTO of ${d(manualRto)} cannot be checked against an MTD.`;
  const cause =
    ratedCells === 0
      ? 'No impact has been rated yet, so '
      : `No impact category reaches ${formatSeverity(threshold)}${
          horizonLabel === undefined ? '' : ` within ${horizonLabel}`
        }, so `;
  return { code: 'no-mtd', severity: 'warning', message: cause + consequence };
}

export function wrtNotBelowMtdConflict(wrt: Minutes, basis: MtdBasis): BiaConflict {
  return {
    code: 'wrt-not-below-mtd',
    severity: 'error',
    message: `Work recovery time of ${d(wrt)} is not shorter than ${mtdPhrase(basis)}, so no RTO leaves time to catch up after systems are back.`,
  };
}

export function rtoPlusWrtExceedsMtdConflict(rto: Minutes, wrt: Minutes, basis: MtdBasis): BiaConflict {
  const total = rto + wrt;
  return {
    code: 'rto-plus-wrt-exceeds-mtd',
    severity: 'error',
    message: `RTO of ${d(rto)} plus work recovery time of ${d(wrt)} is ${d(total)}, ${d(total - basis.mtd)} over ${mtdPhrase(basis)}.`,
  };
}

/**
 * A hand-set RTO stricter than the BIA's: allowed (a process may promise more than it must), but an
 * override of the analysis, so it is listed where the BIA's conflicts are, never silently.
 */
export function rtoOverrideConflict(
  rto: Minutes,
  recommended: Minutes,
  wrt: Minutes,
  mtd: Minutes,
): BiaConflict {
  return {
    code: 'rto-override',
    severity: 'warning',
    message: `The hand-set RTO of ${d(rto)} overrides the ${d(recommended)} this BIA derives (MTD ${d(mtd)} − WRT ${d(wrt)}).`,
  };
}

export function rpoExceedsToleranceConflict(rpo: Minutes, tolerance: Minutes): BiaConflict {
  return {
    code: 'rpo-exceeds-data-loss-tolerance',
    severity: 'error',
    message: `RPO of ${d(rpo)} allows ${d(rpo - tolerance)} more data loss than the ${d(tolerance)} the workshop said the process can tolerate.`,
  };
}

export function noTierFastEnoughConflict(rto: Minutes, fastest: Tier | undefined): BiaConflict {
  return {
    code: 'no-tier-fast-enough',
    severity: 'error',
    message:
      fastest === undefined
        ? `No recovery tiers are defined, so nothing promises the RTO of ${d(rto)}.`
        : `No tier recovers within the RTO of ${d(rto)}: the fastest, ${fastest.name}, promises ${d(fastest.rtoMinutes)}.`,
  };
}

export function unknownTierConflict(tierId: string, fallback: Tier | null): BiaConflict {
  return {
    code: 'unknown-tier',
    severity: 'error',
    message: `The pinned tier "${tierId}" does not exist; ${
      fallback === null ? 'no tier could be derived either.' : `${fallback.name} was derived instead.`
    }`,
  };
}

export function tierRtoExceedsRtoConflict(tier: Tier, rto: Minutes): BiaConflict {
  return {
    code: 'tier-rto-exceeds-rto',
    severity: 'error',
    message: `${tier.name} recovers within ${d(tier.rtoMinutes)}, ${d(tier.rtoMinutes - rto)} slower than the process's RTO of ${d(rto)}.`,
  };
}

export function tierRpoExceedsRpoConflict(tier: Tier, rpo: Minutes): BiaConflict {
  return {
    code: 'tier-rpo-exceeds-rpo',
    severity: 'error',
    message: `${tier.name} may lose up to ${d(tier.rpoMinutes)} of data, ${d(tier.rpoMinutes - rpo)} more than the process's RPO of ${d(rpo)}.`,
  };
}

export function invalidMinutesConflict(field: string, value: unknown): BiaConflict {
  return {
    code: 'invalid-minutes',
    severity: 'error',
    message: `${field} must be a whole number of minutes, zero or more; got ${String(value)}, so it was ignored.`,
  };
}
