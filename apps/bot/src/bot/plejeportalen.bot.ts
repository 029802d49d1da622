import { Injectable } from '@nestjs/common';
import { Activity, CardFactory, MessageFactory, TeamsActivityHandler, TurnContext } from 'botbuilder';
import { BotReply } from '../conversation/adaptive-card';
import { ConversationService, ConversationType } from '../conversation/conversation.service';

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

export function toActivity(reply: BotReply): Partial<Activity> {
  if (!reply.card) return MessageFactory.text(reply.text ?? '');
  return MessageFactory.attachment(CardFactory.adaptiveCard(reply.card), reply.text);
}

/** Translates Teams activities to ConversationService calls and back; no decisions live here. */
@Injectable()
export class PlejeportalenBot extends TeamsActivityHandler {
  constructor(private readonly conversation: ConversationService) {
    super();

    this.onMessage(async (context, next) => {
      const reply = this.conversation.replyTo(messageText(context.activity));
      await context.sendActivity(toActivity(reply));
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const added = context.activity.membersAdded ?? [];
      const botId = context.activity.recipient?.id;
      const botWasAdded = added.some((m) => m.id === botId);
      const reply = this.conversation.welcome({
        conversationType: conversationTypeOf(context.activity),
        botWasAdded,
        peopleAdded: added.filter((m) => m.id !== botId).length,
      });
      if (reply) await context.sendActivity(toActivity(reply));
      await next();
    });
  }
}
