export * from './types';
export * from './vocabulary';
export * from './context';
export * from './hard-rules';
export * from './scoring';
export * from './rank';
export * from './assignment';
