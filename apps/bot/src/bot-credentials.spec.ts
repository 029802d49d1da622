import { AppConfig, loadConfig } from '@pleje/core';
import { resolveBotCredentials } from './bot-credentials';
import { BotErrorCode } from './bot.error';

const base = loadConfig({
  DATABASE_URL: 'postgres://unused@localhost:5432/unused',
  REDIS_URL: 'redis://localhost:6379',
});

function withBot(bot: AppConfig['bot'], isProduction = false): AppConfig {
  return { ...base, isProduction, env: isProduction ? 'production' : 'development', bot };
}

describe('resolveBotCredentials', () => {
  it('runs unauthenticated in development when no app id is set', () => {
    expect(resolveBotCredentials(withBot({}))).toEqual({ mode: 'unauthenticated' });
  });

  it('refuses production without an app id', () => {
    expect(() => resolveBotCredentials(withBot({}, true))).toThrow(
      expect.objectContaining({ code: BotErrorCode.AppIdMissing }),
    );
  });

  it('refuses an app id without password or tenant', () => {
    expect(() => resolveBotCredentials(withBot({ appId: 'app', tenantId: 'tenant' }))).toThrow(
      expect.objectContaining({ code: BotErrorCode.CredentialsIncomplete }),
    );
    expect(() => resolveBotCredentials(withBot({ appId: 'app', appPassword: 'secret' }, true))).toThrow(
      expect.objectContaining({ code: BotErrorCode.CredentialsIncomplete }),
    );
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
