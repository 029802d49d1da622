import { Injectable } from '@nestjs/common';
import { NotificationsService } from '@pleje/notifications';
import { EntityManager } from 'typeorm';
import { FaqOwnerTeam } from '../faq-entry.entity';
import { FaqChannel } from './faq-question.entity';

/**
 * What a delivery needs to tell the asker (and, for Teams, to find the chat). The texts are there for a delivery
 * that shows the answer in place (Teams); they may hold personal data, so never log them or put them in job data.
 */
export interface TicketAnswered {
  ticketId: string;
  municipalityId: string;
  askerUserId: string;
  /** Where the question was asked: a Teams delivery answers in the same chat. */
  channel: FaqChannel;
  team: FaqOwnerTeam;
  /** The logged question the ticket came from (null for a ticket typed directly in the portal). */
  questionId: string | null;
  /** The ticket's question as the asker wrote it. */
  question: string;
  /** The consultant's answer. */
  answer: string;
}

/**
 * The seam for telling the asker that a consultant answered. Called inside the transaction that marks the
 * ticket answered, exactly once per ticket: write through `em` (the outbox) so the message goes out if and
 * only if the answer commits. The default mails; the Teams delivery (the answer in the parent's chat) plugs in
 * here by providing TICKET_ANSWER_NOTIFIER with a notifier that does both.
 */
export interface TicketAnswerNotifier {
  ticketAnswered(em: EntityManager, event: TicketAnswered): Promise<void>;
}

export const TICKET_ANSWER_NOTIFIER = Symbol('TICKET_ANSWER_NOTIFIER');

/** Default delivery: a Danish mail (faq.ticket-answered) linking to /spoergsmaal, once per ticket. */
@Injectable()
export class EmailTicketAnswerNotifier implements TicketAnswerNotifier {
  constructor(private readonly notifications: NotificationsService) {}

  async ticketAnswered(em: EntityManager, event: TicketAnswered): Promise<void> {
    await this.notifications.queueEmail(em, {
      recipientUserId: event.askerUserId,
      municipalityId: event.municipalityId,
      template: 'faq.ticket-answered',
      params: { ticketId: event.ticketId },
      dedupeKey: `faq-ticket-answered:${event.ticketId}`,
    });
  }
}
