import { Logger } from '@nestjs/common';
import {
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationBotFrameworkAuthenticationOptions,
  ConfigurationServiceClientCredentialFactory,
  TurnContext,
} from 'botbuilder';
// botbuilder's own connector package (same release): the endpoint constants and the credentials factory type.
import { AuthenticationConstants, ServiceClientCredentialsFactory } from 'botframework-connector';
import { botTexts } from '../conversation/bot-texts';
import { BotCredentials } from '../bot-credentials';

const logger = new Logger('BotTurnError');

/** Stack frames only: the first stack line repeats the message, which may quote activity content. */
function stackFrames(error: unknown): string | undefined {
  if (!(error instanceof Error) || !error.stack) return undefined;
  return error.stack
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .join('\n');
}

function errorCode(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return 'BOT.TURN_FAILED';
}

/** Logs what failed (type, channel, code) but never text, names or ids, then apologises in Danish. */
export async function handleTurnError(context: TurnContext, error: unknown): Promise<void> {
  const activity = context.activity;
  const kind = error instanceof Error ? error.name : typeof error;
  logger.error(
    `Unhandled error in bot turn: ${kind} ${errorCode(error)} (activity ${activity.type}, channel ${activity.channelId})`,
    stackFrames(error),
  );
  try {
    await context.sendActivity(botTexts.apology);
  } catch {
    logger.error('Could not send the apology after a turn error');
  }
}

/**
 * For protocol tests with app credentials configured: the Bot Connector's token is still validated in full
 * (signature, issuer, audience = app id, serviceUrl claim, channel endorsement), but against keys published by
 * a local server instead of Bot Framework's, and outgoing calls carry a local token instead of one from Entra.
 * Never set from configuration.
 */
export interface BotChannelAuthOverrides {
  /** OpenID metadata of the channel token signer (production: Bot Framework's public one). */
  channelOpenIdMetadataUrl: string;
  /** Credentials for calls to the Bot Connector. */
  credentialsFactory: ServiceClientCredentialsFactory;
}

export function createCloudAdapter(
  credentials: BotCredentials,
  overrides?: BotChannelAuthOverrides,
): CloudAdapter {
  let auth: ConfigurationBotFrameworkAuthentication;
  if (credentials.mode === 'single-tenant') {
    const options: ConfigurationBotFrameworkAuthenticationOptions = {
      MicrosoftAppId: credentials.appId,
      MicrosoftAppPassword: credentials.appPassword,
      MicrosoftAppTenantId: credentials.tenantId,
      MicrosoftAppType: 'SingleTenant',
      // Once one endpoint is given the SDK takes them all as given: the public cloud's, with one replaced.
      ...(overrides
        ? {
            ValidateAuthority: true,
            ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
            ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
            ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
            OAuthUrl: AuthenticationConstants.OAuthUrl,
            ToBotFromChannelOpenIdMetadataUrl: overrides.channelOpenIdMetadataUrl,
            ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
            CallerId: CallerIdConstants.PublicAzureChannel,
          }
        : {}),
    };
    auth = new ConfigurationBotFrameworkAuthentication(
      options,
      overrides?.credentialsFactory ?? new ConfigurationServiceClientCredentialFactory(options),
    );
  } else {
    // No app id: the SDK accepts activities without a token. resolveBotCredentials forbids this in production.
    auth = new ConfigurationBotFrameworkAuthentication({});
  }
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = handleTurnError;
  return adapter;
}
