import { Injectable } from '@nestjs/common';
import { AppError } from '@pleje/core';
import {
  FaqAskService,
  FaqChannel,
  FaqTicketService,
  FaqVerdict,
  MAX_QUESTION_LENGTH,
  TEAM_LABEL_DA,
} from '@pleje/faq';
import type { BotReply } from '../adaptive-card';
import type { CardActionValue } from '../card-actions';
import type { Speaker } from '../conversation.service';
import { BotMunicipalities } from './bot-municipalities';
import {
  answerCard,
  candidatesCard,
  consultantButton,
  FAQ_ACTIONS,
  humanRouteCard,
  withPhone,
} from './faq-cards';
import { faqTexts } from './faq-texts';

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Questions in Teams: answers from the knowledge base (FaqAskService, channel TEAMS, the same service as the
 * portal's askQuestion), "Hjalp det?", the candidates of a close call, and "Spørg en konsulent" (FaqTicketService).
 * Plain decisions and cards; the bot handler only translates activities.
 */
@Injectable()
export class FaqDialogService {
  constructor(
    private readonly ask: FaqAskService,
    private readonly tickets: FaqTicketService,
    private readonly municipalities: BotMunicipalities,
  ) {}

  /** Any message that is not a command. */
  async question(text: string, speaker: Speaker): Promise<BotReply> {
    const question = text.trim();
    if (!question) return { text: faqTexts.prompt };
    if (question.length > MAX_QUESTION_LENGTH) return { text: faqTexts.tooLong };
    const municipality = await this.municipalities.forActor(speaker.actor);
    if (!municipality) return { text: faqTexts.noMunicipality };
    const answer = await this.ask.ask(speaker.actor, municipality.id, question, FaqChannel.TEAMS);
    const { questionId } = answer;
    if (answer.verdict === FaqVerdict.CONFIDENT && answer.best)
      return { card: answerCard(questionId, answer.best.entry) };
    if (answer.verdict === FaqVerdict.CLOSE_CALL && answer.best) {
      const candidates = [answer.best, ...answer.runnersUp].map((c) => c.entry);
      return { text: faqTexts.closeCall, card: candidatesCard(questionId, candidates) };
    }
    return {
      text: faqTexts.notConfident,
      card: humanRouteCard(questionId, answer.phone, faqTexts.notConfident),
    };
  }

  /** "konsulent" typed: with a question after it, a ticket at once; alone, how it works. */
  async consultantCommand(argument: string, speaker: Speaker): Promise<BotReply> {
    const municipality = await this.municipalities.forActor(speaker.actor);
    if (!speaker.actor) return { text: withPhone(faqTexts.consultantNeedsLink, municipality?.phone ?? null) };
    if (!argument.trim()) return { text: withPhone(faqTexts.consultantIntro, municipality?.phone ?? null) };
    return this.createTicket(speaker, { text: argument.trim() });
  }

  /** Buttons on the FAQ cards (`faq.*`). */
  async cardAction(value: CardActionValue, speaker: Speaker): Promise<BotReply> {
    const questionId = str(value.questionId);
    switch (value.action) {
      case FAQ_ACTIONS.rate:
        return this.rate(questionId, str(value.entryId), value.helpful, speaker);
      case FAQ_ACTIONS.pick:
        return this.pick(questionId, str(value.entryId), speaker);
      case FAQ_ACTIONS.consultant: {
        if (!speaker.actor) {
          const municipality = await this.municipalities.forActor(null);
          return { text: withPhone(faqTexts.consultantNeedsLink, municipality?.phone ?? null) };
        }
        return this.createTicket(speaker, { questionId });
      }
      default:
        return { text: faqTexts.gone };
    }
  }

  private async rate(
    questionId: string,
    entryId: string,
    helpful: unknown,
    speaker: Speaker,
  ): Promise<BotReply> {
    if (typeof helpful !== 'boolean') return { text: faqTexts.gone };
    const municipality = await this.municipalities.forActor(speaker.actor);
    if (!municipality) return { text: faqTexts.noMunicipality };
    return this.danishErrors(async () => {
      await this.ask.rate(speaker.actor, questionId, entryId, helpful, municipality.id);
      if (helpful) return { text: faqTexts.thanksHelpful };
      return {
        text: faqTexts.thanksNotHelpful,
        card: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.5',
          lang: 'da',
          body: [
            { type: 'TextBlock', text: faqTexts.notHelpfulHint, wrap: true },
            ...(municipality.phone
              ? [{ type: 'TextBlock' as const, text: faqTexts.phone(municipality.phone), wrap: true }]
              : []),
          ],
          actions: [consultantButton(questionId)],
        },
      };
    });
  }

  private async pick(questionId: string, entryId: string, speaker: Speaker): Promise<BotReply> {
    const municipality = await this.municipalities.forActor(speaker.actor);
    if (!municipality) return { text: faqTexts.noMunicipality };
    return this.danishErrors(async () => {
      const entry = await this.ask.candidate(speaker.actor, questionId, entryId, municipality.id);
      return { card: answerCard(questionId, entry) };
    });
  }

  private async createTicket(
    speaker: Speaker,
    input: { questionId: string } | { text: string },
  ): Promise<BotReply> {
    const actor = speaker.actor;
    if (!actor) return { text: faqTexts.consultantNeedsLink };
    return this.danishErrors(async () => {
      const ticket = await this.tickets.ask(actor, { ...input, channel: FaqChannel.TEAMS });
      return {
        text: faqTexts.ticketCreated(TEAM_LABEL_DA[ticket.team], speaker.conversationType === 'personal'),
      };
    });
  }

  /** Typed errors carry a Danish message for the user (not found, wrong role, erased question, bad text). */
  private async danishErrors(run: () => Promise<BotReply>): Promise<BotReply> {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (error.code === 'NOT_FOUND') return { text: faqTexts.gone };
      if (error.code === 'FORBIDDEN') return { text: faqTexts.onlyFamilies };
      const fields = Object.values(error.fields ?? {});
      return { text: fields.length ? fields.join(' ') : error.message };
    }
  }
}
