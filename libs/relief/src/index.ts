export * from './relief-provider.entity';
export * from './relief-grant.entity';
export * from './relief-booking.entity';
export * from './relief.exception';
export * from './relief.service';
export * from './relief.module';
export * from './local-time';
