// The programme home, computed on the Node side from the same reads the areas' lists use.
import { method } from '../method';
import { empty } from '../schemas';
import type { DashboardView } from '../dashboard-types';

export const dashboardMethods = {
  'dashboard.get': method<DashboardView>()(empty),
} as const;
