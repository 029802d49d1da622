export * from './health-check';
export * from './health.constants';
export * from './health.module';
export * from './health.service';
