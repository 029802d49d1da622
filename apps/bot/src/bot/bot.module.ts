import { Module } from '@nestjs/common';
import { AppConfig, APP_CONFIG, AuditModule, AuthService } from '@pleje/core';
import { LoginRateLimiter } from '@pleje/core/auth/login-rate-limiter';
import { TokenService } from '@pleje/core/auth/token.service';
import { FaqCoreModule } from '@pleje/faq';
import { LearningService } from '@pleje/learning';
import { NotificationsModule } from '@pleje/notifications';
import { PeerGroupsService } from '@pleje/peer-groups';
import { ApplicationsService, RecruitmentEventsService } from '@pleje/recruitment';
import { ReliefService } from '@pleje/relief';
import { TeamsCoreModule } from '@pleje/teams';
import { resolveBotCredentials } from '../bot-credentials';
import { ConversationService } from '../conversation/conversation.service';
import { BotMunicipalities } from '../conversation/faq/bot-municipalities';
import { FaqDialogService } from '../conversation/faq/faq-dialog.service';
import { GroupsDialog } from '../conversation/groups/groups-dialog';
import { ReliefDialog } from '../conversation/relief/relief-dialog';
import { SchoolDialog } from '../conversation/school/school-dialog';
import { StatusDialog } from '../conversation/status/status-dialog';
import { ActivityGate } from '../safety/activity-gate';
import { CLOUD_ADAPTER } from './bot.tokens';
import { createCloudAdapter } from './cloud-adapter.factory';
import { MessagesController } from './messages.controller';
import { PlejeportalenBot } from './plejeportalen.bot';

@Module({
  imports: [TeamsCoreModule, FaqCoreModule, AuditModule, NotificationsModule],
  controllers: [MessagesController],
  providers: [
    // The domain services the bot calls, without their GraphQL resolvers and HTTP controllers.
    ReliefService,
    ReliefDialog,
    // "status", "grupper" and "skole": the portal's recruitment, peer-group and learning services.
    ApplicationsService,
    // ApplicationsService's own dependencies (registration signs in); the bot never calls those paths.
    AuthService,
    TokenService,
    LoginRateLimiter,
    RecruitmentEventsService,
    StatusDialog,
    PeerGroupsService,
    GroupsDialog,
    LearningService,
    SchoolDialog,
    ConversationService,
    FaqDialogService,
    BotMunicipalities,
    ActivityGate,
    PlejeportalenBot,
    {
      provide: CLOUD_ADAPTER,
      useFactory: (config: AppConfig) => createCloudAdapter(resolveBotCredentials(config)),
      inject: [APP_CONFIG],
    },
  ],
  exports: [CLOUD_ADAPTER, TeamsCoreModule],
})
export class BotModule {}
