// Operational resilience (DESIGN.md §4; PRA SS1/21): services, tolerances, scenarios, reviews.
export type * from './types';
export { recomputeCell, remediationHints, scenarioMatrix } from './matrix';
export { serviceClosure, sharedResources, toleranceMtdFlags } from './services';
export type { SharedResource, ToleranceMtdFlag } from './services';
export { DEFAULT_REVIEW_INTERVAL_DAYS, releasesSinceReview, reviewStatus } from './reviews';
export type { ReleaseTouch, ReviewState } from './reviews';
export { assessCoverage } from './coverage';
export type { CoverageInput, CoverageRecords, CoverageRow, CoverageStatus } from './coverage';
