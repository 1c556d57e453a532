// From one process's workshop answers to its MTD, RTO, RPO and tier, with every rule it breaks.
import type { Minutes, Tier } from '../model';
import { prepareBiaConfig } from './config';
import {
  invalidMinutesConflict,
  noMtdConflict,
  noTierFastEnoughConflict,
  rpoExceedsToleranceConflict,
  rtoOverrideConflict,
  rtoPlusWrtExceedsMtdConflict,
  tierRpoExceedsRpoConflict,
  tierRtoExceedsRtoConflict,
  unknownTierConflict,
  wrtNotBelowMtdConflict,
  type MtdBasis,
} from './conflicts';
import { alignFinancialLoss } from './curve';
import { assessRatings } from './tolerance';
import { findTier, selectTier } from './tiers';
import type {
  BiaConfig,
  BiaConflict,
  BiaObjectives,
  BiaProcessInput,
  BiaWarning,
  PreparedBiaConfig,
} from './types';

// Shared so that the many processes without issues keep no array of their own alive.
const NO_WARNINGS: readonly BiaWarning[] = Object.freeze([]);
const NO_CONFLICTS: readonly BiaConflict[] = Object.freeze([]);

function readMinutes(value: unknown, field: string, conflicts: BiaConflict[]): Minutes | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  conflicts.push(invalidMinutesConflict(field, value));
  return null;
}

/** Pass a PreparedBiaConfig when deriving many processes; a raw BiaConfig is prepared on each call. */
export function deriveObjectives(
  process: BiaProcessInput,
  config: BiaConfig | PreparedBiaConfig,
): BiaObjectives {
  const cfg = prepareBiaConfig(config);
  const conflicts: BiaConflict[] = [];

  const wrtInput = readMinutes(process.wrtMinutes, 'Work recovery time', conflicts);
  const tolerance = readMinutes(process.dataLossToleranceMinutes, 'Data-loss tolerance', conflicts);
  const manualRto = readMinutes(process.manualRtoMinutes, 'Hand-set RTO', conflicts);
  const manualRpo = readMinutes(process.manualRpoMinutes, 'Hand-set RPO', conflicts);
  // A process whose staff need no catch-up time has WRT 0; leaving it blank should not block the RTO.
  const wrt = wrtInput ?? 0;

  const assessment = assessRatings(process.ratings, cfg);
  const { mtd } = assessment;

  let recommendedRto: Minutes | null = null;
  if (mtd === null) {
    const horizon = cfg.bucketLabels[cfg.bucketLabels.length - 1];
    conflicts.push(noMtdConflict(assessment.ratedCells, cfg.intolerableThreshold, horizon, manualRto));
  } else {
    const basis: MtdBasis = {
      mtd,
      categoryName: cfg.categories[assessment.mtdCategoryIndex]?.name ?? '',
      bucketLabel: cfg.bucketLabels[assessment.mtdBucketIndex] ?? '',
      threshold: cfg.intolerableThreshold,
    };
    if (wrt >= mtd) {
      // Subsumes "RTO + WRT > MTD" for a hand-set RTO: no RTO can fix it, only WRT or the ratings can.
      conflicts.push(wrtNotBelowMtdConflict(wrt, basis));
    } else {
      recommendedRto = mtd - wrt;
      if (manualRto !== null && manualRto + wrt > mtd) {
        conflicts.push(rtoPlusWrtExceedsMtdConflict(manualRto, wrt, basis));
      } else if (manualRto !== null && manualRto < recommendedRto) {
        conflicts.push(rtoOverrideConflict(manualRto, recommendedRto, wrt, mtd));
      }
    }
  }
  const effectiveRto = manualRto ?? recommendedRto;

  const recommendedRpo = tolerance;
  const effectiveRpo = manualRpo ?? recommendedRpo;
  if (manualRpo !== null && tolerance !== null && manualRpo > tolerance) {
    conflicts.push(rpoExceedsToleranceConflict(manualRpo, tolerance));
  }

  let tier: Tier | null;
  let tierSource: BiaObjectives['tierSource'];
  const pinnedId = process.pinnedTierId;
  const pinned = pinnedId === null || pinnedId === undefined ? null : findTier(cfg.tiers, pinnedId);
  if (pinned !== null) {
    tier = pinned;
    tierSource = 'pinned';
    if (effectiveRto !== null && pinned.rtoMinutes > effectiveRto) {
      conflicts.push(tierRtoExceedsRtoConflict(pinned, effectiveRto));
    }
  } else {
    // Every process gets a tier, so that it weighs in blast radius, SPOFs and the DR-test schedule
    // (docs/domain-rules.md, "Tiers"): by its RTO; with no tier fast enough, or with a WRT at least
    // its MTD (the most urgent kind), the most stringent tier plus the conflict; with nothing
    // intolerable within the horizon, the least stringent tier.
    if (effectiveRto !== null) {
      tier = selectTier(cfg.tiers, effectiveRto);
      if (tier === null) {
        conflicts.push(noTierFastEnoughConflict(effectiveRto, cfg.tiers[0]));
        tier = cfg.tiers[0] ?? null;
      }
    } else if (mtd !== null) tier = cfg.tiers[0] ?? null;
    else tier = cfg.tiers[cfg.tiers.length - 1] ?? null;
    tierSource = tier === null ? null : 'derived';
  }
  if (pinnedId !== null && pinnedId !== undefined && pinned === null) {
    conflicts.push(unknownTierConflict(pinnedId, tier));
  }
  // The tier was chosen for its RTO; its RPO promise must still cover the process.
  if (tier !== null && effectiveRpo !== null && tier.rpoMinutes > effectiveRpo) {
    conflicts.push(tierRpoExceedsRpoConflict(tier, effectiveRpo));
  }

  const curve = alignFinancialLoss(process.financialLossByBucket, cfg);
  let warnings: readonly BiaWarning[] = assessment.warnings ?? NO_WARNINGS;
  if (curve.warning !== null) warnings = [...warnings, curve.warning];

  return {
    processId: process.id,
    toleranceLimits: assessment.toleranceLimits,
    mtd,
    mtdCategoryId: cfg.categories[assessment.mtdCategoryIndex]?.id ?? null,
    wrtMinutes: wrt,
    recommendedRto,
    effectiveRto,
    rtoSource: manualRto !== null ? 'manual' : recommendedRto !== null ? 'recommended' : null,
    recommendedRpo,
    effectiveRpo,
    rpoSource: manualRpo !== null ? 'manual' : recommendedRpo !== null ? 'recommended' : null,
    tier,
    tierSource,
    conflicts: conflicts.length === 0 ? NO_CONFLICTS : conflicts,
    warnings,
    worstSeverityByBucket: assessment.worstSeverityByBucket,
    financialLossByBucket: curve.lossByBucket,
    mbco: process.mbco ?? null,
  };
}

/** Prepares the configuration once and derives every process against it, in input order. */
export function deriveAll(
  processes: readonly BiaProcessInput[],
  config: BiaConfig | PreparedBiaConfig,
): BiaObjectives[] {
  const cfg = prepareBiaConfig(config);
  const out = new Array<BiaObjectives>(processes.length);
  for (let i = 0; i < processes.length; i++) out[i] = deriveObjectives(processes[i]!, cfg);
  return out;
}
