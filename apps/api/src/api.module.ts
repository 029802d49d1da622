import { DynamicModule, Module } from '@nestjs/common';
import {
  AppConfig,
  AuthModule,
  CoreModule,
  HealthModule,
  PlejeGraphqlModule,
  TenancyModule,
  UsersModule,
} from '@pleje/core';

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        CoreModule.forRoot(config),
        HealthModule.forRoot({ database: true, redis: true }),
        PlejeGraphqlModule,
        AuthModule,
        TenancyModule,
        UsersModule,
      ],
    };
  }
}
