import { DynamicModule, Module } from '@nestjs/common';
import {
  AppConfig,
  CoreModule,
  HealthModule,
  OutboxRelayOptions,
  QueueModule,
  QueueWorkerModule,
} from '@pleje/core';
import { BotModule } from './bot/bot.module';
import { SendTeamsMessageJob } from './proactive/send-teams-message.job';

export interface BotAppOptions {
  /**
   * Run an outbox relay in the bot process too (off by default: the worker app relays every outbox row,
   * Teams messages included). Tests and a bot-only local setup switch it on.
   */
  relay?: Partial<OutboxRelayOptions> | false;
}

@Module({})
export class BotAppModule {
  static forRoot(config: AppConfig, options: BotAppOptions = {}): DynamicModule {
    return {
      module: BotAppModule,
      // Database for links and chat references; Redis for dedupe, rate limits and the `teams` queue.
      imports: [
        CoreModule.forRoot(config, 'bot'),
        HealthModule.forRoot({ database: true, redis: true }),
        QueueModule,
        BotModule,
        // The bot app is the only consumer of the `teams` queue: botbuilder stays in this app.
        QueueWorkerModule.forRoot({
          handlers: [SendTeamsMessageJob],
          imports: [BotModule],
          relay: options.relay ?? false,
          workers: { requireAllHandlers: false, schedules: false },
        }),
      ],
    };
  }
}
