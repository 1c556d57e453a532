// Operational resilience (DESIGN.md §4; PRA SS1/21): services, tolerances, scenarios, reviews.
export type * from './types';
export { resolveOrigins, scenarioFailure } from './failure';
export { indexRunbooks } from './own-times';
export { prepareModel, recomputeCell, remediationHints, scenarioMatrix } from './matrix';
export { serviceClosure, sharedResources, toleranceMtdFlags } from './services';
export type { SharedResource, ToleranceMtdFlag, ToleranceRef } from './services';
export {
  DEFAULT_REVIEW_INTERVAL_DAYS,
  EXPIRES_SOON_DAYS,
  releasesSinceReview,
  reviewStatus,
} from './reviews';
export type { ReleaseTouch, ReviewState, ReviewStatus } from './reviews';
