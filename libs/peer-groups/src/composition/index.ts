export * from './types';
export * from './compose';
export * from './check';
export * from './random-instances';
