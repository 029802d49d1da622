import { Module } from '@nestjs/common';
import { AuditModule } from '@pleje/core';
import { EraseExpiredFaqQuestionsJob } from './erase-expired-faq-questions.job';

/** What the FAQ's job handlers depend on; the worker's QueueWorkerModule provides the handlers themselves. */
@Module({
  imports: [AuditModule],
  exports: [AuditModule],
})
export class FaqJobsModule {}

export const FAQ_JOB_HANDLERS = [EraseExpiredFaqQuestionsJob];
