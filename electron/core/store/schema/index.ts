export * from './audit';
export * from './bia';
export * from './drtests';
export * from './nodes';
export * from './registers';
export * from './runbooks';
export * from './workspace';
export * from './releases';
