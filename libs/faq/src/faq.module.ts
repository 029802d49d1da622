import { Module } from '@nestjs/common';
import { AuditModule } from '@pleje/core';
import { NotificationsModule } from '@pleje/notifications';
import { FaqAnswerService } from './faq-answer.service';
import { FaqService } from './faq.service';
import { FaqResolver } from './graphql/faq.resolver';
import { FaqAskService } from './support/faq-ask.service';
import { FaqReportService } from './support/faq-report.service';
import { FaqTicketService } from './support/faq-ticket.service';
import { FaqSupportResolver } from './support/graphql/faq-support.resolver';
import { EmailTicketAnswerNotifier, TICKET_ANSWER_NOTIFIER } from './support/ticket-answer-notifier';

/**
 * The FAQ knowledge base and Danish answer search, the question log with "Hjalp det?", "Spørg en konsulent"
 * tickets and the improvement report. The Teams bot asks through FaqAskService.ask (channel TEAMS).
 */
@Module({
  imports: [AuditModule, NotificationsModule],
  providers: [
    FaqService,
    FaqAnswerService,
    FaqAskService,
    FaqTicketService,
    FaqReportService,
    // The seam for the Teams delivery of answers: override this provider with a notifier that also posts to Teams.
    { provide: TICKET_ANSWER_NOTIFIER, useClass: EmailTicketAnswerNotifier },
    FaqResolver,
    FaqSupportResolver,
  ],
  exports: [FaqService, FaqAnswerService, FaqAskService, FaqTicketService, FaqReportService],
})
export class FaqModule {}
