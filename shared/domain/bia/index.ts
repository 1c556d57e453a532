// Public API of the business impact analysis (DESIGN.md §4 "BIA").
export type {
  BiaConfig,
  BiaConfigIssue,
  BiaConfigIssueCode,
  BiaConflict,
  BiaConflictCode,
  BiaIssue,
  BiaObjectives,
  BiaProcessInput,
  BiaRatings,
  BiaWarning,
  BiaWarningCode,
  ImpactCategory,
  IssueSeverity,
  PreparedBiaConfig,
  RatingRow,
  RatingValue,
  TimeBucket,
  ToleranceLimit,
} from './types';
export {
  DEFAULT_BIA_CONFIG,
  DEFAULT_IMPACT_CATEGORIES,
  DEFAULT_INTOLERABLE_THRESHOLD,
  DEFAULT_TIME_BUCKETS,
} from './defaults';
export { formatSeverity } from './format';
export { isPreparedBiaConfig, prepareBiaConfig } from './config';
export { assessRatings, type RatingsAssessment } from './tolerance';
export { alignFinancialLoss, type FinancialCurve } from './curve';
export { findTier, selectTier } from './tiers';
export { deriveAll, deriveObjectives } from './objectives';
