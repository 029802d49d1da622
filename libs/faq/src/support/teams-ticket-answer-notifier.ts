import { Injectable } from '@nestjs/common';
import { TeamsNotifier } from '@pleje/teams';
import { EntityManager } from 'typeorm';
import { FaqChannel } from './faq-question.entity';
import { EmailTicketAnswerNotifier, TicketAnswered, TicketAnswerNotifier } from './ticket-answer-notifier';

/** The card recalls the question; the portal keeps it whole. */
export const TEAMS_QUESTION_EXCERPT = 200;

/** The first `max` characters of a text, cut at a word where one is near, with an ellipsis when cut. */
export function excerpt(text: string, max = TEAMS_QUESTION_EXCERPT): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/**
 * The answer goes back the way the question came: always a mail (the record, and the fallback when the chat is
 * gone), and for a ticket asked in Teams also a proactive message in the parent's personal chat with the bot
 * (`faq.ticket-answered`, sent by the bot app). A portal question is not pushed into Teams: the parent did
 * not ask there. Both rows are written in the answer's transaction, once per ticket (dedupe keys).
 */
@Injectable()
export class TeamsTicketAnswerNotifier implements TicketAnswerNotifier {
  constructor(
    private readonly email: EmailTicketAnswerNotifier,
    private readonly teams: TeamsNotifier,
  ) {}

  async ticketAnswered(em: EntityManager, event: TicketAnswered): Promise<void> {
    await this.email.ticketAnswered(em, event);
    if (event.channel !== FaqChannel.TEAMS) return;
    // Returns false (nothing written) when the parent has no live chat any more: the mail still tells them.
    await this.teams.queue(em, {
      recipientUserId: event.askerUserId,
      municipalityId: event.municipalityId,
      kind: 'faq.ticket-answered',
      params: { ticketId: event.ticketId, question: excerpt(event.question), answer: event.answer },
      dedupeKey: `faq-ticket-answered:${event.ticketId}`,
    });
  }
}
