import { Injectable } from '@nestjs/common';
import { AppConfig, InjectConfig, ROLE_LABEL_DA } from '@pleje/core';
import { TeamsErrorCode, TeamsSsoService } from '@pleje/teams';
import {
  Activity,
  CardFactory,
  InvokeResponse,
  MessageFactory,
  StatusCodes,
  tokenExchangeOperationName,
  TurnContext,
  verifyStateOperationName,
} from 'botbuilder';
import { buildHelpCard } from '../conversation/help-card';
import { Speaker } from '../conversation/conversation.service';
import { OAUTH_CARD_CONTENT_TYPE, SsoOffer } from '../conversation/sso/sso-offer';
import { ssoTexts } from '../conversation/sso/sso-texts';

interface TokenExchangeValue {
  id: string;
  connectionName: string;
  token: string;
}

function tokenExchangeValue(value: unknown): TokenExchangeValue | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, connectionName, token } = value as Record<string, unknown>;
  if (typeof id !== 'string' || typeof token !== 'string' || !id || !token) return null;
  return { id, token, connectionName: typeof connectionName === 'string' ? connectionName : '' };
}

/**
 * The Bot Framework side of Teams single sign-on: sends the OAuthCard to unlinked users and answers the
 * `signin/tokenExchange` invoke (200 when linked, 412 so Teams shows the fallback button otherwise). The
 * decisions live in SsoOffer and TeamsSsoService; the token is never logged.
 */
@Injectable()
export class TeamsSsoHandler {
  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly sso: TeamsSsoService,
    private readonly offer: SsoOffer,
  ) {}

  /** After the answer to an unlinked user's message: the sign-in card, when SsoOffer says so. */
  async offerAfterMessage(context: TurnContext, text: string, speaker: Speaker): Promise<void> {
    const card = await this.offer.cardFor(text, speaker);
    if (!card) return;
    await context.sendActivity(
      MessageFactory.attachment({ contentType: OAUTH_CARD_CONTENT_TYPE, content: card }),
    );
  }

  isSignInInvoke(activity: Activity): boolean {
    return activity.name === tokenExchangeOperationName || activity.name === verifyStateOperationName;
  }

  /**
   * Answers a sign-in invoke. Returns the linked speaker's actor when a link was made, so the caller can keep
   * the chat reference like after "forbind <kode>".
   */
  async onSignInInvoke(
    context: TurnContext,
    speaker: Speaker,
    remember: (userId: string) => Promise<void>,
  ): Promise<InvokeResponse> {
    const activity = context.activity;
    if (activity.name === verifyStateOperationName) {
      // Only sent after a sign-in page completed in a browser; our button opens the portal instead. Nothing to
      // verify with the token service, so ask for the message again.
      await context.sendActivity(MessageFactory.text(ssoTexts.writeAgain));
      return { status: StatusCodes.OK };
    }
    const value = tokenExchangeValue(activity.value);
    const connectionName = this.config.teamsSso?.connectionName ?? '';
    const refuse = (failureDetail: string): InvokeResponse => ({
      status: StatusCodes.PRECONDITION_FAILED,
      body: { id: value?.id ?? '', connectionName: value?.connectionName || connectionName, failureDetail },
    });
    if (!value) return refuse('The token exchange request is incomplete.');
    if (speaker.conversationType !== 'personal')
      return refuse('Single sign-on works in a personal chat only.');

    const outcome = await this.sso.exchange(speaker.identity, { id: value.id, token: value.token });
    if (outcome.kind === 'duplicate') return { status: StatusCodes.OK };
    if (outcome.kind === 'refused') {
      if (outcome.code === TeamsErrorCode.SSO_NO_ACCOUNT || outcome.code === TeamsErrorCode.USER_INACTIVE) {
        await context.sendActivity(MessageFactory.text(ssoTexts.noAccount));
      }
      return refuse(outcome.code);
    }
    const { actor } = outcome;
    await remember(actor.userId);
    await context.sendActivity(
      MessageFactory.attachment(
        CardFactory.adaptiveCard(buildHelpCard(this.config.publicUrl, { linked: true, role: actor.role })),
        ssoTexts.linked(ROLE_LABEL_DA[actor.role]),
      ),
    );
    return { status: StatusCodes.OK };
  }
}
