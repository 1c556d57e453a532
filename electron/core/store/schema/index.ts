export * from './audit';
export * from './bia';
export * from './nodes';
export * from './registers';
export * from './workspace';
