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
import { SsoOffer } from '../conversation/sso/sso-offer';
import { BOT_CHANNEL_AUTH, CLOUD_ADAPTER } from './bot.tokens';
import { BotChannelAuthOverrides, createCloudAdapter } from './cloud-adapter.factory';
import { TeamsSsoHandler } from './teams-sso-handler';
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
    // Teams single sign-on (off without TEAMS_SSO_TENANT_ID and MICROSOFT_APP_ID).
    SsoOffer,
    TeamsSsoHandler,
    PlejeportalenBot,
    {
      provide: CLOUD_ADAPTER,
      useFactory: (config: AppConfig, overrides?: BotChannelAuthOverrides | null) =>
        createCloudAdapter(resolveBotCredentials(config), overrides ?? undefined),
      inject: [APP_CONFIG, { token: BOT_CHANNEL_AUTH, optional: true }],
    },
  ],
  exports: [CLOUD_ADAPTER, TeamsCoreModule],
})
export class BotModule {}
