import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule, HealthModule, LoggingModule } from '@pleje/core';
import { BotModule } from './bot/bot.module';

@Module({})
export class BotAppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: BotAppModule,
      // The bot keeps no database connection yet; Redis is its only dependency (future proactive messages).
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot('bot'),
        HealthModule.forRoot({ redis: true }),
        BotModule,
      ],
    };
  }
}
