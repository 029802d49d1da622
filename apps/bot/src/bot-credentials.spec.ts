import { AppConfig, loadConfig } from '@pleje/core';
import { resolveBotCredentials } from './bot-credentials';
import { BotError, BotErrorCode } from './bot.error';

const base = loadConfig({
  DATABASE_URL: 'postgres://unused@localhost:5432/unused',
  REDIS_URL: 'redis://localhost:6379',
});

/** The BotError code a call throws, or undefined when it does not throw. */
function errorCode(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    return error instanceof BotError ? error.code : 'NOT_A_BOT_ERROR';
  }
}

function withBot(bot: AppConfig['bot'], isProduction = false): AppConfig {
  return { ...base, isProduction, env: isProduction ? 'production' : 'development', bot };
}

describe('resolveBotCredentials', () => {
  it('runs unauthenticated in development when no app id is set', () => {
    expect(resolveBotCredentials(withBot({}))).toEqual({ mode: 'unauthenticated' });
  });

  it('refuses production without an app id', () => {
    expect(errorCode(() => resolveBotCredentials(withBot({}, true)))).toBe(BotErrorCode.AppIdMissing);
  });

  it('refuses an app id without password or tenant', () => {
    expect(errorCode(() => resolveBotCredentials(withBot({ appId: 'app', tenantId: 'tenant' })))).toBe(
      BotErrorCode.CredentialsIncomplete,
    );
    expect(
      errorCode(() => resolveBotCredentials(withBot({ appId: 'app', appPassword: 'secret' }, true))),
    ).toBe(BotErrorCode.CredentialsIncomplete);
  });

  it('uses single-tenant credentials when all three are set', () => {
    expect(resolveBotCredentials(withBot({ appId: 'a', appPassword: 'p', tenantId: 't' }, true))).toEqual({
      mode: 'single-tenant',
      appId: 'a',
      appPassword: 'p',
      tenantId: 't',
    });
  });

  it('never echoes the password in its errors', () => {
    try {
      resolveBotCredentials(withBot({ appId: 'app', appPassword: 'hemmeligt-password' }));
      throw new Error('expected a BotError');
    } catch (error) {
      expect(String(error)).not.toContain('hemmeligt-password');
    }
  });
});
