import type { Severity } from '../model';
import { DEFAULT_TIERS } from '../model';
import type { BiaConfig, ImpactCategory, TimeBucket } from './types';

export const DEFAULT_IMPACT_CATEGORIES: readonly ImpactCategory[] = [
  { id: 'financial', name: 'Financial' },
  { id: 'operational', name: 'Operational' },
  { id: 'legal-regulatory', name: 'Legal / regulatory' },
  { id: 'customer', name: 'Customer' },
  { id: 'reputational', name: 'Reputational' },
  { id: 'health-safety', name: 'Health & safety' },
];

export const DEFAULT_TIME_BUCKETS: readonly TimeBucket[] = [
  { id: '1h', minutes: 60, label: '1 h' },
  { id: '4h', minutes: 240, label: '4 h' },
  { id: '8h', minutes: 480, label: '8 h' },
  { id: '1d', minutes: 1440, label: '1 d' },
  { id: '3d', minutes: 4320, label: '3 d' },
  { id: '1w', minutes: 10080, label: '1 w' },
  { id: '2w', minutes: 20160, label: '2 w' },
  { id: '30d', minutes: 43200, label: '30 d' },
];

/** Significant: the first level a workshop would not accept for long. */
export const DEFAULT_INTOLERABLE_THRESHOLD: Severity = 3;

export const DEFAULT_BIA_CONFIG: BiaConfig = {
  categories: DEFAULT_IMPACT_CATEGORIES,
  buckets: DEFAULT_TIME_BUCKETS,
  tiers: DEFAULT_TIERS,
  intolerableThreshold: DEFAULT_INTOLERABLE_THRESHOLD,
};
