import type { Severity } from '../model';
import type { ImpactCategory } from './types';

export const DEFAULT_IMPACT_CATEGORIES: readonly ImpactCategory[] = [
  { id: 'financial', name: 'Financial' },
  { id: 'operational', name: 'Operational' },
  { id: 'legal-regulatory', name: 'Legal / regulatory' },
  { id: 'customer', name: 'Customer' },
  { id: 'reputational', name: 'Reputational' },
  { id: 'health-safety', name: 'Health & safety' },
];

/** Significant: the first level a workshop would not accept for long. */
export const DEFAULT_INTOLERABLE_THRESHOLD: Severity = 3;
