// Release readiness (DESIGN.md §4): calendar conflicts, risk, SLOs, canary analysis, the go/no-go
// gate and delivery metrics — pure functions over plain data, instants in UTC milliseconds.

export * from './types';
export * from './stats';
export * from './windows';
export * from './recurrence';
export * from './risk';
export * from './slo';
export * from './canary';
export * from './gate';
export * from './gate-guard';
export * from './metrics';
