import { isUUID } from 'class-validator';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, AppError, AuditService } from '@pleje/core';
import { FaqAnswer, FaqAnswerService } from '../faq-answer.service';
import { FaqEntry, FaqEntryStatus } from '../faq-entry.entity';
import { FaqTicketError, FaqTicketErrorCode } from './faq-support.exception';
import { FaqChannel, FaqQuestion } from './faq-question.entity';

/** The answer plus the id of the logged question: "Hjalp det?" and "Spørg en konsulent" refer to it. */
export interface LoggedFaqAnswer extends FaqAnswer {
  questionId: string;
}

export interface FaqRating {
  questionId: string;
  entryId: string;
  helpful: boolean;
}

/**
 * Every question put to the knowledge base goes through here (the portal's askQuestion now, the Teams bot
 * later): it answers through FaqAnswerService and logs the question with its verdict for the improvement report.
 * The text is never logged to the application log; it sits in faq_question until the retention job erases it.
 */
@Injectable()
export class FaqAskService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly answers: FaqAnswerService,
    private readonly audit: AuditService,
  ) {}

  /**
   * `actor` is null for a Teams user not linked to a portal account; the bot then names the municipality of
   * its tenant. A linked actor always asks in their own municipality.
   */
  async ask(
    actor: Actor | null,
    municipalityId: string,
    text: string,
    channel: FaqChannel,
  ): Promise<LoggedFaqAnswer> {
    if (actor && actor.municipalityId !== municipalityId) throw AppError.forbidden();
    if (!Object.values(FaqChannel).includes(channel)) throw AppError.badInput({ channel: 'Ukendt kanal.' });
    // Validates the text (empty, too long) before anything is written.
    const answer = await this.answers.ask(municipalityId, text);
    const candidates = [answer.best, ...answer.runnersUp].filter((c) => c !== null);
    const row = await this.dataSource.getRepository(FaqQuestion).save({
      municipalityId,
      askedBy: actor?.userId ?? null,
      channel,
      text: text.trim(),
      verdict: answer.verdict,
      bestEntryId: answer.best?.entry.id ?? null,
      confidence: answer.best?.confidence ?? null,
      candidateIds: candidates.map((c) => c.entry.id),
      helpful: null,
      ratedEntryId: null,
      ratedAt: null,
    });
    return { ...answer, questionId: row.id };
  }

  /**
   * 👍/👎 on an answer, by the asker only (another user's question looks missing). The entry must be one of
   * those shown; a second rating replaces the first (the parent changed their mind, or picked another
   * candidate). A question asked without an account (Teams, unlinked) is rated with `actor` null and the
   * municipality the bot serves.
   */
  async rate(
    actor: Actor | null,
    questionId: string,
    entryId: string,
    helpful: boolean,
    municipalityId: string | undefined = actor?.municipalityId,
  ): Promise<FaqRating> {
    const fields: Record<string, string> = {};
    if (typeof helpful !== 'boolean') fields.helpful = 'Vælg om svaret hjalp.';
    if (!isUUID(entryId)) fields.entryId = 'Vælg svaret.';
    if (Object.keys(fields).length) throw AppError.badInput(fields);
    if (!isUUID(questionId) || !municipalityId) throw AppError.notFound();
    return this.dataSource.transaction(async (em) => {
      const q = await em.findOne(FaqQuestion, {
        where: { id: questionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!q || q.municipalityId !== municipalityId || q.askedBy !== (actor?.userId ?? null))
        throw AppError.notFound();
      if (!q.candidateIds.includes(entryId))
        throw new FaqTicketError(FaqTicketErrorCode.NOT_A_CANDIDATE, 'Svaret hører ikke til spørgsmålet.', {
          entryId: 'Svaret hører ikke til spørgsmålet.',
        });
      await em.update(FaqQuestion, { id: q.id }, { helpful, ratedEntryId: entryId, ratedAt: new Date() });
      await this.audit.record(
        actor,
        { action: 'UPDATE', entity: 'faq_question', entityId: q.id, municipalityId, details: { helpful } },
        em,
      );
      return { questionId: q.id, entryId, helpful };
    });
  }

  /**
   * One of the candidates shown for a question (the Teams bot's "did you mean" buttons), for its asker only, on
   * the same terms as rate(): another user's question, an entry not shown for it or an archived entry look
   * missing.
   */
  async candidate(
    actor: Actor | null,
    questionId: string,
    entryId: string,
    municipalityId: string | undefined = actor?.municipalityId,
  ): Promise<FaqEntry> {
    if (!isUUID(questionId) || !isUUID(entryId) || !municipalityId) throw AppError.notFound();
    const q = await this.dataSource.getRepository(FaqQuestion).findOne({
      where: { id: questionId },
      select: { id: true, municipalityId: true, askedBy: true, candidateIds: true },
    });
    if (!q || q.municipalityId !== municipalityId || q.askedBy !== (actor?.userId ?? null))
      throw AppError.notFound();
    if (!q.candidateIds.includes(entryId)) throw AppError.notFound();
    const entry = await this.dataSource.getRepository(FaqEntry).findOne({
      where: { id: entryId, municipalityId, status: FaqEntryStatus.ACTIVE },
    });
    if (!entry) throw AppError.notFound();
    return entry;
  }
}
