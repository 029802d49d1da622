import { Module } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '@pleje/core';
import { resolveBotCredentials } from '../bot-credentials';
import { ConversationService } from '../conversation/conversation.service';
import { CLOUD_ADAPTER } from './bot.tokens';
import { createCloudAdapter } from './cloud-adapter.factory';
import { MessagesController } from './messages.controller';
import { PlejeportalenBot } from './plejeportalen.bot';

@Module({
  controllers: [MessagesController],
  providers: [
    ConversationService,
    PlejeportalenBot,
    {
      provide: CLOUD_ADAPTER,
      useFactory: (config: AppConfig) => createCloudAdapter(resolveBotCredentials(config)),
      inject: [APP_CONFIG],
    },
  ],
})
export class BotModule {}
