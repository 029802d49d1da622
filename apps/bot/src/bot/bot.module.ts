import { Module } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '@pleje/core';
import { TeamsCoreModule } from '@pleje/teams';
import { resolveBotCredentials } from '../bot-credentials';
import { ConversationService } from '../conversation/conversation.service';
import { ActivityGate } from '../safety/activity-gate';
import { CLOUD_ADAPTER } from './bot.tokens';
import { createCloudAdapter } from './cloud-adapter.factory';
import { MessagesController } from './messages.controller';
import { PlejeportalenBot } from './plejeportalen.bot';

@Module({
  imports: [TeamsCoreModule],
  controllers: [MessagesController],
  providers: [
    ConversationService,
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
