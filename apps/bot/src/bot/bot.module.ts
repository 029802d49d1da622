import { Module } from '@nestjs/common';
import { AppConfig, APP_CONFIG, AuditModule } from '@pleje/core';
import { FaqCoreModule } from '@pleje/faq';
import { ReliefService } from '@pleje/relief';
import { TeamsCoreModule } from '@pleje/teams';
import { resolveBotCredentials } from '../bot-credentials';
import { ConversationService } from '../conversation/conversation.service';
import { BotMunicipalities } from '../conversation/faq/bot-municipalities';
import { FaqDialogService } from '../conversation/faq/faq-dialog.service';
import { ReliefDialog } from '../conversation/relief/relief-dialog';
import { ActivityGate } from '../safety/activity-gate';
import { CLOUD_ADAPTER } from './bot.tokens';
import { createCloudAdapter } from './cloud-adapter.factory';
import { MessagesController } from './messages.controller';
import { PlejeportalenBot } from './plejeportalen.bot';

@Module({
  imports: [TeamsCoreModule, FaqCoreModule, AuditModule],
  controllers: [MessagesController],
  providers: [
    // The domain services the bot calls, without their GraphQL resolvers and HTTP controllers.
    ReliefService,
    ReliefDialog,
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
