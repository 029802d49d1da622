export * from './test-database';
export * from './local-servers';
export * from './error-code';
export * from './smtp-server';
export * from './test-rows';
