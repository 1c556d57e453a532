export * from './audit';
export * from './workspace';
