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
import { LearningModule } from '@pleje/learning';
import { MatchingModule } from '@pleje/matching';
import { PeerGroupsModule } from '@pleje/peer-groups';
import { RecruitmentModule } from '@pleje/recruitment';
import { ReliefModule } from '@pleje/relief';
import { FaqModule } from '@pleje/faq';
import { TeamsModule } from '@pleje/teams';

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
        LearningModule,
        PeerGroupsModule,
        FaqModule,
        TeamsModule,
      ],
    };
  }
}
