import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, InjectConfig, REDIS } from '@pleje/core';
import Redis from 'ioredis';
import { commandArgument, findCommand } from '../bot-commands';
import { Speaker } from '../conversation.service';
import { ssoTexts } from './sso-texts';

/** An unlinked user gets the sign-in card with a message at most this often (unless they ask: "forbind"). */
export const SSO_OFFER_INTERVAL_SECONDS = 12 * 60 * 60;

export const OAUTH_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.oauth';

/** The Bot Framework OAuthCard, as plain JSON (no SDK types here). */
export interface OAuthCardContent {
  text: string;
  connectionName: string;
  /** Present: the Teams client fetches a token for `uri` silently and sends it in `signin/tokenExchange`. */
  tokenExchangeResource: { id: string; uri: string };
  buttons: Array<{ type: 'openUrl'; title: string; value: string }>;
}

/**
 * Decides when an unlinked Teams user is offered single sign-on, and builds the OAuthCard. Only with SSO
 * configured, only in a personal chat, only for a user whose Entra object id the channel reports (the token's
 * `oid` must equal it). The card's button is the fallback: the portal, where a one-time code is made.
 */
@Injectable()
export class SsoOffer {
  constructor(
    @InjectConfig() private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  async cardFor(text: string, speaker: Speaker): Promise<OAuthCardContent | null> {
    const sso = this.config.teamsSso;
    if (!sso || speaker.actor || speaker.conversationType !== 'personal') return null;
    if (!speaker.identity.channelUserId || !speaker.identity.aadObjectId) return null;
    const asked = findCommand(text)?.id === 'link' && !commandArgument(text);
    if (!asked && !(await this.firstInWindow(speaker.identity.channelUserId))) return null;
    return {
      text: ssoTexts.cardText,
      connectionName: sso.connectionName,
      tokenExchangeResource: { id: randomUUID(), uri: sso.appIdUri },
      buttons: [{ type: 'openUrl', title: ssoTexts.cardButton, value: this.config.publicUrl }],
    };
  }

  private async firstInWindow(channelUserId: string): Promise<boolean> {
    const id = createHash('sha256').update(channelUserId).digest('hex').slice(0, 32);
    try {
      const set = await this.redis.set(
        `${this.config.redis.prefix}:teams-sso-offer:${id}`,
        '1',
        'EX',
        SSO_OFFER_INTERVAL_SECONDS,
        'NX',
      );
      return set === 'OK';
    } catch {
      // Without Redis the card comes with every message: noisy, but linking still works.
      return true;
    }
  }
}
