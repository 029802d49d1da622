import { Injectable } from '@nestjs/common';
import { AppConfig, AuditService, InjectConfig, JobHandler } from '@pleje/core';
import { DataSource } from 'typeorm';

const BATCH = 1000;

/**
 * GDPR storage limitation: what parents type to the FAQ may hold personal data, so a question's text is erased
 * FAQ_QUESTION_RETENTION_DAYS after it was asked (the verdict, entries and rating stay for the improvement
 * report), and a finished ticket (answered or closed that long ago) is deleted with its question and answer
 * (and the Teams message that carried the answer).
 * Open and taken tickets are kept: someone is still working on them. Re-running is a no-op.
 */
@Injectable()
export class EraseExpiredFaqQuestionsJob implements JobHandler<'faq.erase-expired-questions'> {
  readonly jobName = 'faq.erase-expired-questions' as const;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async handle(): Promise<{ questions: number; tickets: number }> {
    const days = this.config.faq.questionRetentionDays;
    let questions = 0;
    for (;;) {
      const [, erased] = (await this.dataSource.query(
        `UPDATE faq_question SET text = NULL
          WHERE id IN (SELECT id FROM faq_question
                        WHERE text IS NOT NULL AND created_at < now() - make_interval(days => $1)
                        LIMIT $2)`,
        [days, BATCH],
      )) as [unknown, number];
      questions += erased;
      if (erased < BATCH) break;
    }
    const tickets = await this.dataSource.transaction(async (em) => {
      const [rows] = (await em.query(
        `DELETE FROM faq_ticket
          WHERE status IN ('ANSWERED', 'CLOSED')
            AND GREATEST(answered_at, closed_at) < now() - make_interval(days => $1)
          RETURNING id, municipality_id`,
        [days],
      )) as [Array<{ id: string; municipality_id: string }>, number];
      // The Teams copy of the answer (faq.ticket-answered) holds the same texts: it goes with the ticket once
      // it is delivered or given up (a pending row is still owned by the send job).
      if (rows.length)
        await em.query(
          `DELETE FROM teams_message
            WHERE kind = 'faq.ticket-answered' AND status IN ('SENT', 'FAILED')
              AND params->>'ticketId' = ANY($1::text[])`,
          [rows.map((r) => r.id)],
        );
      for (const t of rows)
        await this.audit.record(
          null,
          {
            action: 'DELETE',
            entity: 'faq_ticket',
            entityId: t.id,
            municipalityId: t.municipality_id,
            details: { reason: 'retention' },
          },
          em,
        );
      return rows.length;
    });
    if (questions)
      await this.audit.record(null, {
        action: 'UPDATE',
        entity: 'faq_question',
        details: { reason: 'retention', erasedTexts: questions },
      });
    return { questions, tickets };
  }
}
