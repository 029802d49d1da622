import { AppConfig } from '@pleje/core';
import { BotError, BotErrorCode } from './bot.error';

export type BotCredentials =
  | { mode: 'single-tenant'; appId: string; appPassword: string; tenantId: string }
  /** Authentication switched off: local development and tests only. */
  | { mode: 'unauthenticated' };

/** Decides how the bot authenticates, and refuses the combinations that must never run. */
export function resolveBotCredentials(config: AppConfig): BotCredentials {
  const { appId, appPassword, tenantId } = config.bot;
  if (!appId) {
    if (config.isProduction) {
      throw new BotError(
        BotErrorCode.AppIdMissing,
        'MICROSOFT_APP_ID is not set; without it the Bot Framework adapter skips authentication, ' +
          'which is never allowed in production. Set MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD and MICROSOFT_APP_TENANT_ID.',
      );
    }
    return { mode: 'unauthenticated' };
  }
  if (!appPassword || !tenantId) {
    throw new BotError(
      BotErrorCode.CredentialsIncomplete,
      'MICROSOFT_APP_ID is set, so MICROSOFT_APP_PASSWORD and MICROSOFT_APP_TENANT_ID must be set too (SingleTenant bot).',
    );
  }
  return { mode: 'single-tenant', appId, appPassword, tenantId };
}
