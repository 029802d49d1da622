import { Injectable } from '@nestjs/common';
import { TeamsIdentity, TeamsLinkService } from '@pleje/teams';
import {
  Activity,
  ActivityTypes,
  CardFactory,
  InvokeResponse,
  MessageFactory,
  TeamsActivityHandler,
  TurnContext,
} from 'botbuilder';
import { BotReply } from '../conversation/adaptive-card';
import { botTexts } from '../conversation/bot-texts';
import { cardActionOf } from '../conversation/card-actions';
import { ConversationService, ConversationType, Speaker } from '../conversation/conversation.service';
import { ActivityGate } from '../safety/activity-gate';
import { TeamsSsoHandler } from './teams-sso-handler';

const conversationTypes: readonly ConversationType[] = ['personal', 'groupChat', 'channel'];

function conversationTypeOf(activity: Activity): ConversationType {
  const type = activity.conversation?.conversationType;
  return conversationTypes.find((t) => t === type) ?? 'personal';
}

/** Text of a message, or the command of a card button when the channel sends it as a value. */
function messageText(activity: Activity): string {
  const text = TurnContext.removeRecipientMention(activity) ?? activity.text ?? '';
  if (text.trim()) return text;
  const value: unknown = activity.value;
  if (
    typeof value === 'object' &&
    value !== null &&
    'command' in value &&
    typeof value.command === 'string'
  ) {
    return value.command;
  }
  return '';
}

function tenantOf(activity: Activity): string | null {
  const channelData: unknown = activity.channelData;
  const fromChannelData =
    typeof channelData === 'object' &&
    channelData !== null &&
    'tenant' in channelData &&
    typeof channelData.tenant === 'object' &&
    channelData.tenant !== null &&
    'id' in channelData.tenant &&
    typeof channelData.tenant.id === 'string'
      ? channelData.tenant.id
      : null;
  return activity.conversation?.tenantId ?? fromChannelData;
}

function identityOf(activity: Activity): TeamsIdentity | null {
  const channelUserId = activity.from?.id;
  if (!channelUserId) return null;
  return {
    channelUserId,
    aadObjectId: activity.from.aadObjectId ?? null,
    tenantId: tenantOf(activity),
  };
}

export function toActivity(reply: BotReply): Partial<Activity> {
  if (!reply.card) return MessageFactory.text(reply.text ?? '');
  return MessageFactory.attachment(CardFactory.adaptiveCard(reply.card), reply.text);
}

const SPEAKER = Symbol('speaker');

/** Translates Teams activities to ConversationService calls and back; no decisions live here. */
@Injectable()
export class PlejeportalenBot extends TeamsActivityHandler {
  constructor(
    private readonly conversation: ConversationService,
    private readonly gate: ActivityGate,
    private readonly links: TeamsLinkService,
    private readonly sso: TeamsSsoHandler,
  ) {
    super();

    this.onMessage(async (context, next) => {
      const speaker = this.speakerOf(context);
      const action = cardActionOf(context.activity.value);
      const text = messageText(context.activity);
      const reply = action
        ? await this.conversation.cardAction(action, speaker)
        : await this.conversation.replyTo(text, speaker);
      // "forbind 123456" may have linked the user just now: keep the chat for proactive messages at once.
      const linkedNow = !speaker.actor && (await this.rememberIfLinked(context.activity, speaker));
      await context.sendActivity(toActivity(reply));
      // Still unlinked: Teams single sign-on may link silently (when configured).
      if (!speaker.actor && !linkedNow && !action) await this.sso.offerAfterMessage(context, text, speaker);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const added = context.activity.membersAdded ?? [];
      const botId = context.activity.recipient?.id;
      const botWasAdded = added.some((m) => m.id === botId);
      const { actor } = this.speakerOf(context);
      const reply = this.conversation.welcome(
        {
          conversationType: conversationTypeOf(context.activity),
          botWasAdded,
          peopleAdded: added.filter((m) => m.id !== botId).length,
        },
        actor !== null,
        actor?.role ?? null,
      );
      if (reply) await context.sendActivity(toActivity(reply));
      await next();
    });
  }

  /**
   * Before any handler: drop Teams' retries of an activity already taken, rate-limit each user, find the
   * linked portal account and keep the personal chat's reference fresh for proactive messages.
   */
  override async run(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const identity = identityOf(activity);
    const isMessage = activity.type === ActivityTypes.Message;
    const verdict = await this.gate.admit({
      channelId: activity.channelId,
      conversationId: activity.conversation?.id,
      activityId: activity.id,
      channelUserId: identity?.channelUserId,
      isMessage,
    });
    if (verdict === 'duplicate' || verdict === 'rate-limited-silent') return;
    if (verdict === 'rate-limited') {
      await context.sendActivity(MessageFactory.text(botTexts.rateLimited));
      return;
    }

    const speaker: Speaker = {
      conversationType: conversationTypeOf(activity),
      identity: identity ?? { channelUserId: '', aadObjectId: null, tenantId: null },
      actor: identity ? await this.links.actorFor(identity) : null,
    };
    if (speaker.actor) await this.remember(activity, speaker, speaker.actor.userId);
    context.turnState.set(SPEAKER, speaker);
    await super.run(context);
  }

  /** Sign-in invokes (Teams single sign-on) first; every other invoke as the SDK handles it. */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (!this.sso.isSignInInvoke(context.activity)) return super.onInvokeActivity(context);
    const speaker = this.speakerOf(context);
    return this.sso.onSignInInvoke(context, speaker, (userId) =>
      this.remember(context.activity, speaker, userId),
    );
  }

  private async rememberIfLinked(activity: Activity, speaker: Speaker): Promise<boolean> {
    if (speaker.conversationType !== 'personal' || !speaker.identity.channelUserId) return false;
    const actor = await this.links.actorFor(speaker.identity);
    if (actor) await this.remember(activity, speaker, actor.userId);
    return actor !== null;
  }

  private async remember(activity: Activity, speaker: Speaker, userId: string): Promise<void> {
    // Only a personal chat may receive proactive messages: a reminder must never land in a team channel.
    if (speaker.conversationType !== 'personal' || !activity.serviceUrl) return;
    await this.links.rememberConversation(userId, {
      serviceUrl: activity.serviceUrl,
      conversationId: activity.conversation.id,
      botId: activity.recipient.id,
      channelUserId: speaker.identity.channelUserId,
      channelId: activity.channelId,
      tenantId: speaker.identity.tenantId,
    });
  }

  private speakerOf(context: TurnContext): Speaker {
    const speaker = context.turnState.get<Speaker | undefined>(SPEAKER);
    if (!speaker) throw new Error('speaker not resolved for this turn');
    return speaker;
  }
}
