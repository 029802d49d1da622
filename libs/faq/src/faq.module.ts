import { Module } from '@nestjs/common';
import { AuditModule } from '@pleje/core';
import { NotificationsModule } from '@pleje/notifications';
import { TeamsNotifierModule } from '@pleje/teams';
import { FaqAnswerService } from './faq-answer.service';
import { FaqService } from './faq.service';
import { FaqResolver } from './graphql/faq.resolver';
import { FaqAskService } from './support/faq-ask.service';
import { FaqReportService } from './support/faq-report.service';
import { FaqSuggestionService } from './support/faq-suggestion.service';
import { FaqTicketService } from './support/faq-ticket.service';
import { FaqSupportResolver } from './support/graphql/faq-support.resolver';
import { TeamsTicketAnswerNotifier } from './support/teams-ticket-answer-notifier';
import { EmailTicketAnswerNotifier, TICKET_ANSWER_NOTIFIER } from './support/ticket-answer-notifier';

/**
 * The FAQ services without GraphQL: the knowledge base and Danish answer search, the question log with
 * "Hjalp det?", "Spørg en konsulent" tickets and the improvement report. The Teams bot app imports this one
 * and asks through FaqAskService.ask (channel TEAMS). Needs CoreModule and QueueModule (global).
 */
@Module({
  imports: [AuditModule, NotificationsModule, TeamsNotifierModule],
  providers: [
    FaqService,
    FaqAnswerService,
    FaqAskService,
    FaqTicketService,
    FaqReportService,
    FaqSuggestionService,
    EmailTicketAnswerNotifier,
    // A consultant's answer: a mail always, and the answer in the parent's Teams chat for Teams tickets.
    { provide: TICKET_ANSWER_NOTIFIER, useClass: TeamsTicketAnswerNotifier },
  ],
  exports: [
    FaqService,
    FaqAnswerService,
    FaqAskService,
    FaqTicketService,
    FaqReportService,
    FaqSuggestionService,
  ],
})
export class FaqCoreModule {}

/** The api's module: FaqCoreModule plus the GraphQL operations. */
@Module({
  imports: [FaqCoreModule],
  providers: [FaqResolver, FaqSupportResolver],
  exports: [FaqCoreModule],
})
export class FaqModule {}
