import { Injectable } from '@nestjs/common';
import { Actor, AppConfig, AppError, InjectConfig, Role, ROLE_LABEL_DA } from '@pleje/core';
import { TeamsIdentity, TeamsLinkService } from '@pleje/teams';
import { AdaptiveCard, BotReply } from './adaptive-card';
import { CommandId, commandArgument, findCommand } from './bot-commands';
import { botTexts } from './bot-texts';
import { cardActionData, CardActionHandler, cardActionFeature, CardActionValue } from './card-actions';
import { FaqDialogService } from './faq/faq-dialog.service';
import { GroupsDialog } from './groups/groups-dialog';
import { ReliefDialog } from './relief/relief-dialog';
import { SchoolDialog } from './school/school-dialog';
import { StatusDialog } from './status/status-dialog';
import { buildHelpCard } from './help-card';

export type ConversationType = 'personal' | 'groupChat' | 'channel';

export interface MembersAdded {
  conversationType: ConversationType;
  /** The bot itself was among the added members (the app was just installed here). */
  botWasAdded: boolean;
  /** How many people other than the bot were added. */
  peopleAdded: number;
}

/** Who wrote, and where: everything ConversationService needs besides the text. */
export interface Speaker {
  conversationType: ConversationType;
  identity: TeamsIdentity;
  /** The linked portal account, or null: unlinked users can only ask questions. */
  actor: Actor | null;
}

/** The words after the command word, spaces kept ("spørgsmål hvad er vederlag" → "hvad er vederlag"). */
function commandArgumentText(text: string): string {
  return text.trim().split(/\s+/).slice(1).join(' ');
}

/** Command words that open a sentence as often as they stand alone: with two or more words after, a question. */
const QUESTION_WHEN_FOLLOWED: ReadonlySet<CommandId> = new Set(['help', 'status', 'groups', 'school']);

/** What a linked Teams user may do that an unlinked one may not. */
const NEEDS_LINK: ReadonlySet<CommandId> = new Set(['relief', 'my-relief', 'groups', 'school', 'status']);

/** Decides what the bot answers. Knows nothing about the Bot Framework: the bot handler only translates. */
@Injectable()
export class ConversationService {
  private readonly answers: Record<CommandId, (text: string, speaker: Speaker) => Promise<BotReply>>;
  /** Card buttons by the feature prefix of `value.action` (`faq.rate` → faq). */
  private readonly cardActions: Record<string, CardActionHandler>;

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly links: TeamsLinkService,
    private readonly faq: FaqDialogService,
    private readonly relief: ReliefDialog,
    private readonly status: StatusDialog,
    private readonly groups: GroupsDialog,
    private readonly school: SchoolDialog,
  ) {
    this.answers = {
      help: async (_text, speaker) => ({ card: this.helpCard(speaker) }),
      question: (text, speaker) => this.faq.question(commandArgumentText(text), speaker),
      relief: async (_text, speaker) => this.asLinked(speaker, (actor) => this.relief.start(actor)),
      'my-relief': async (_text, speaker) => this.asLinked(speaker, (actor) => this.relief.mine(actor)),
      groups: async (_text, speaker) => this.asLinked(speaker, (actor) => this.groups.show(actor)),
      school: async (_text, speaker) => this.asLinked(speaker, (actor) => this.school.start(actor)),
      status: async (_text, speaker) => this.asLinked(speaker, (actor) => this.status.show(actor)),
      consultant: (text, speaker) => this.faq.consultantCommand(commandArgumentText(text), speaker),
      link: (text, speaker) => this.link(text, speaker),
    };
    this.cardActions = {
      faq: (value, speaker) => this.faq.cardAction(value, speaker),
      // Every relief step needs the linked account: a button on an old card does nothing for an unlinked user.
      relief: (value, speaker) =>
        this.asLinked(speaker, (actor) => this.relief.act(actor, cardActionData(value))),
      school: (value, speaker) =>
        this.asLinked(speaker, (actor) => this.school.act(actor, cardActionData(value))),
    };
  }

  /** Answer to a message: a command from the table, else a question for the knowledge base. */
  async replyTo(text: string, speaker: Speaker): Promise<BotReply> {
    const command = findCommand(text);
    if (!command) {
      if (!text.trim()) return { text: botTexts.notUnderstood, card: this.helpCard(speaker) };
      return this.faq.question(text, speaker);
    }
    // "Hej, hvad får vi i vederlag?" is a question that starts with a greeting, not a request for the menu; so is
    // "Skolen vil sende ham hjem, hvad gør vi?" or "grupper for plejebørn" rather than a request for a card.
    if (QUESTION_WHEN_FOLLOWED.has(command.id) && commandArgumentText(text).split(' ').length >= 2)
      return this.faq.question(text, speaker);
    if (NEEDS_LINK.has(command.id) && !speaker.actor) return { text: botTexts.link.needsLink };
    return this.answers[command.id](text, speaker);
  }

  /** A button on one of the bot's cards (Action.Submit with `data.action`). */
  async cardAction(value: CardActionValue, speaker: Speaker): Promise<BotReply> {
    const feature = cardActionFeature(value);
    const handler = Object.prototype.hasOwnProperty.call(this.cardActions, feature)
      ? this.cardActions[feature]
      : undefined;
    if (!handler) return { text: botTexts.notUnderstood, card: this.helpCard(speaker) };
    return handler(value, speaker);
  }

  /**
   * Greeting when members join. In a chat of one the greeting goes to the new person; in teams and
   * group chats only the bot's own arrival is announced, so every new colleague does not spam the channel.
   */
  welcome(event: MembersAdded, linked = false, role: Role | null = null): BotReply | null {
    const greet = event.botWasAdded || (event.conversationType === 'personal' && event.peopleAdded > 0);
    return greet
      ? { text: botTexts.welcome, card: buildHelpCard(this.config.publicUrl, { linked, role }) }
      : null;
  }

  private async link(text: string, speaker: Speaker): Promise<BotReply> {
    // A code typed into a team channel is visible to everyone there: never use it.
    if (speaker.conversationType !== 'personal') return { text: botTexts.link.privateChatOnly };
    const code = commandArgument(text);
    if (!code) return { text: botTexts.link.howTo };
    try {
      const actor = await this.links.linkWithCode(speaker.identity, code);
      return {
        text: botTexts.link.linked(ROLE_LABEL_DA[actor.role]),
        card: this.helpCard({ ...speaker, actor }),
      };
    } catch (error) {
      // Typed errors carry a Danish message meant for the user (wrong code, locked, inactive account).
      if (error instanceof AppError) return { text: error.message };
      throw error;
    }
  }

  private helpCard(speaker: Speaker): AdaptiveCard {
    return buildHelpCard(this.config.publicUrl, {
      linked: speaker.actor !== null,
      role: speaker.actor?.role ?? null,
    });
  }

  private asLinked(speaker: Speaker, answer: (actor: Actor) => Promise<BotReply>): Promise<BotReply> {
    return speaker.actor ? answer(speaker.actor) : Promise.resolve({ text: botTexts.link.needsLink });
  }
}
