// Dependency-graph analytics and layered layout: pure functions over plain data (DESIGN.md §4).

export type * from './types';
export { buildGraph } from './build';
export { propagateFailure, createPropagator, type Propagator } from './propagation';
export { blastRadius, blastRadiusSummary, blastPass, type BlastPass } from './blast-radius';
export { singlePointsOfFailure, CRITICAL_TIER_RANK } from './spof';
export { rtoInversions } from './inversions';
export { recoveryTimes, MAX_PATH_NODES } from './recovery-time';
export { recoveryOrder } from './recovery-order';
export { condense, findCycles, type Condensation } from './cycles';
export { analyze } from './analyze';
export { layoutGraph } from './layout/layout';
export type * from './layout/types';
