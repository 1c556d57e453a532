// DR tests: results against RTO/RPO, overdue tests, and run state rebuilt from recorded events.

export * from './types';
export * from './results';
export * from './overdue';
export * from './run-state';
