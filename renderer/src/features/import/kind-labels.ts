// How the import screens name each sheet kind, in the order the template buttons list them.
import type { ImportKind } from '../../../../shared/contract';

export const IMPORT_KIND_LABELS: Record<ImportKind, string> = {
  processes: 'Processes',
  ratings: 'Ratings',
  tiers: 'Tiers',
  resources: 'Resources',
  dependencies: 'Dependencies',
  providers: 'Providers',
  contracts: 'Contracts',
};
