import { DynamicModule, Global, Module } from '@nestjs/common';
import {
  AppConfig,
  CoreModule,
  HealthModule,
  OutboxRelayOptions,
  QueueModule,
  QueueWorkerModule,
} from '@pleje/core';
import { BotModule } from './bot/bot.module';
import { BOT_CHANNEL_AUTH } from './bot/bot.tokens';
import { BotChannelAuthOverrides } from './bot/cloud-adapter.factory';
import { SendTeamsMessageJob } from './proactive/send-teams-message.job';

export interface BotAppOptions {
  /**
   * Run an outbox relay in the bot process too (off by default: the worker app relays every outbox row,
   * Teams messages included). Tests and a bot-only local setup switch it on.
   */
  relay?: Partial<OutboxRelayOptions> | false;
  /** Tests only: Bot Connector token keys from a local server (the check itself stays on). */
  channelAuth?: BotChannelAuthOverrides;
}

/** Carries BotAppOptions.channelAuth to the adapter factory in BotModule. */
@Global()
@Module({})
class BotChannelAuthModule {
  static forRoot(overrides: BotChannelAuthOverrides | undefined): DynamicModule {
    return {
      module: BotChannelAuthModule,
      providers: [{ provide: BOT_CHANNEL_AUTH, useValue: overrides ?? null }],
      exports: [BOT_CHANNEL_AUTH],
    };
  }
}

@Module({})
export class BotAppModule {
  static forRoot(config: AppConfig, options: BotAppOptions = {}): DynamicModule {
    return {
      module: BotAppModule,
      // Database for links and chat references; Redis for dedupe, rate limits and the `teams` queue.
      imports: [
        CoreModule.forRoot(config, 'bot'),
        BotChannelAuthModule.forRoot(options.channelAuth),
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
