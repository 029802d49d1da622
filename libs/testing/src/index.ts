export * from './test-database';
export * from './local-servers';
export * from './error-code';
