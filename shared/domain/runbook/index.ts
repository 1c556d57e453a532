// Runbook timing: validation, critical path, Monte Carlo over Beta-PERT, and templates.

export * from './types';
export * from './graph';
export * from './rng';
export * from './pert';
export * from './critical-path';
export * from './monte-carlo';
export * from './templates';
