export * from './errors';
export * from './events';
export * from './methods';
export * from './types';
export * from './bridge';
export * from './bia-types';
export * from './graph-types';
