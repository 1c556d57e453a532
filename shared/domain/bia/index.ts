// Public API of the business impact analysis (DESIGN.md §4 "BIA").
export type {
  BiaObjectives,
  BiaProcessInput,
  PreparedBiaConfig,
  RatingRow,
  RatingValue,
  ToleranceLimit,
} from './types';
export { DEFAULT_IMPACT_CATEGORIES, DEFAULT_INTOLERABLE_THRESHOLD } from './defaults';
export { formatSeverity } from './format';
export { DEFAULT_LEVEL_DEFINITIONS, levelDefinitions } from './levels';
export { isPreparedBiaConfig, prepareBiaConfig } from './config';
export { selectTier } from './tiers';
export { deriveAll, deriveObjectives } from './objectives';
