// Exceptions (risk acceptances) and release pre-mortems: pure rules, no I/O.
export * from './rules';
export * from './standing';
export * from './premortem';
