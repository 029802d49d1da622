export * from './config';
export * from './health';
