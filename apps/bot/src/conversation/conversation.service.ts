import { Injectable } from '@nestjs/common';
import { AppConfig, InjectConfig } from '@pleje/core';
import { AdaptiveCard, BotReply } from './adaptive-card';
import { CommandId, findCommand } from './bot-commands';
import { botTexts } from './bot-texts';
import { buildHelpCard } from './help-card';

export type ConversationType = 'personal' | 'groupChat' | 'channel';

export interface MembersAdded {
  conversationType: ConversationType;
  /** The bot itself was among the added members (the app was just installed here). */
  botWasAdded: boolean;
  /** How many people other than the bot were added. */
  peopleAdded: number;
}

/** Decides what the bot answers. Knows nothing about the Bot Framework: the bot handler only translates. */
@Injectable()
export class ConversationService {
  private readonly answers: Record<CommandId, () => BotReply>;

  constructor(@InjectConfig() private readonly config: AppConfig) {
    this.answers = {
      help: () => ({ card: this.helpCard() }),
      question: () => this.withPortalLink(botTexts.comingSoon.question),
      relief: () => this.withPortalLink(botTexts.comingSoon.relief),
      consultant: () => this.withPortalLink(botTexts.comingSoon.consultant),
    };
  }

  /** Answer to a message; anything not in the command table gets the help card. */
  replyTo(text: string): BotReply {
    const command = findCommand(text);
    if (!command) return { text: botTexts.notUnderstood, card: this.helpCard() };
    return this.answers[command.id]();
  }

  /**
   * Greeting when members join. In a chat of one the greeting goes to the new person; in teams and
   * group chats only the bot's own arrival is announced, so every new colleague does not spam the channel.
   */
  welcome(event: MembersAdded): BotReply | null {
    const greet = event.botWasAdded || (event.conversationType === 'personal' && event.peopleAdded > 0);
    return greet ? { text: botTexts.welcome, card: this.helpCard() } : null;
  }

  private helpCard(): AdaptiveCard {
    return buildHelpCard(this.config.publicUrl);
  }

  private withPortalLink(text: string): BotReply {
    return { text: `${text} [${botTexts.portalLink}](${this.config.publicUrl})` };
  }
}
