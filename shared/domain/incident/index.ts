export * from './comms';
export * from './dora';
export * from './measures';
export * from './review';
export * from './types';
export * from './validate';
export * from './dora-report';
export * from './report';
