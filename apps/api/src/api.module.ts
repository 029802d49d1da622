import { DynamicModule, Module } from '@nestjs/common';
import {
  AppConfig,
  AuthModule,
  CoreModule,
  HealthModule,
  PlejeGraphqlModule,
  QueueModule,
  TenancyModule,
  UsersModule,
} from '@pleje/core';
import { MatchingModule } from '@pleje/matching';
import { RecruitmentModule } from '@pleje/recruitment';
import { ReliefModule } from '@pleje/relief';
import { FaqModule } from '@pleje/faq';

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
        QueueModule,
        RecruitmentModule,
        MatchingModule,
        ReliefModule,
        FaqModule,
      ],
    };
  }
}
