export * from './test-database';
export * from './local-servers';
