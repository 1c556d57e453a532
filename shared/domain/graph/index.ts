// Dependency-graph analytics and layered layout: pure functions over plain data (DESIGN.md §4).

export type * from './types';
export { buildGraph } from './build';
export { blastRadius } from './blast-radius';
export { singlePointsOfFailure } from './spof';
export { rtoInversions } from './inversions';
export { recoveryTimes } from './recovery-time';
export { recoveryOrder } from './recovery-order';
export { condense, findCycles } from './cycles';
export { analyze } from './analyze';
export { layoutGraph } from './layout/layout';
export type * from './layout/types';
