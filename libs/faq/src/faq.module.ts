import { Module } from '@nestjs/common';
import { AuditModule } from '@pleje/core';
import { FaqAnswerService } from './faq-answer.service';
import { FaqService } from './faq.service';
import { FaqResolver } from './graphql/faq.resolver';

/** The FAQ knowledge base and Danish answer search; the Teams bot uses FaqAnswerService.ask. */
@Module({
  imports: [AuditModule],
  providers: [FaqService, FaqAnswerService, FaqResolver],
  exports: [FaqService, FaqAnswerService],
})
export class FaqModule {}
