import { isUUID } from 'class-validator';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, AppError, assertInScope, AuditService } from '@pleje/core';
import { FaqEntry, FaqEntryStatus } from '../faq-entry.entity';
import { FaqError, FaqErrorCode } from '../faq.exception';
import { FaqService } from '../faq.service';
import { lockKnowledgeBase } from '../search/faq-index';
import { sameWordsKey } from '../search/text';
import { FaqPhrasingState, FaqQuestion } from './faq-question.entity';

/** A parent's own words for an entry the search was unsure of: a phrasing the consultant can add. */
export interface FaqPhrasingSuggestion {
  questionId: string;
  text: string;
  askedAt: Date;
  entryId: string;
  entryQuestion: string;
  /** How many kept questions said the same (the newest one is the suggestion). */
  count: number;
}

const LIMIT = 50;

/**
 * Learning from the parents (the "active learning" of FAQ bots): when the search was unsure (candidates, or
 * "not confident") and the parent then marked an answer 👍, their question is a phrasing the knowledge base
 * lacked. Consultants see these, may reword them (and must remove anything personal), and add them to the entry
 * in one click, or dismiss them. Only question texts still kept (the retention job erases them) are suggested.
 */
@Injectable()
export class FaqSuggestionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly faq: FaqService,
    private readonly audit: AuditService,
  ) {}

  async suggestions(actor: Actor): Promise<FaqPhrasingSuggestion[]> {
    const rows: {
      id: string;
      text: string;
      created_at: Date;
      entry_id: string;
      entry_question: string;
      phrasings: string[];
    }[] = await this.dataSource.query(
      `SELECT q.id, q.text, q.created_at, e.id AS entry_id, e.question AS entry_question, e.phrasings
         FROM faq_question q JOIN faq_entry e ON e.id = q.rated_entry_id
        WHERE q.municipality_id = $1 AND e.municipality_id = $1 AND e.status = 'ACTIVE'
          AND q.helpful = true AND q.text IS NOT NULL AND q.phrasing_state IS NULL
          AND (q.verdict <> 'CONFIDENT' OR q.best_entry_id IS DISTINCT FROM q.rated_entry_id)
        ORDER BY q.created_at DESC
        LIMIT 500`,
      [actor.municipalityId],
    );
    const byWords = new Map<string, FaqPhrasingSuggestion>();
    for (const r of rows) {
      const words = sameWordsKey(r.text);
      if (!words || [r.entry_question, ...r.phrasings].some((p) => sameWordsKey(p) === words)) continue;
      const key = `${r.entry_id}|${words}`;
      const seen = byWords.get(key);
      if (seen) seen.count++;
      else
        byWords.set(key, {
          questionId: r.id,
          text: r.text,
          askedAt: r.created_at,
          entryId: r.entry_id,
          entryQuestion: r.entry_question,
          count: 1,
        });
    }
    const list = [...byWords.values()]
      .sort((a, b) => b.count - a.count || b.askedAt.getTime() - a.askedAt.getTime())
      .slice(0, LIMIT);
    await this.audit.recordRead(actor, {
      entity: 'faq_question',
      details: { phrasingSuggestions: list.length },
    });
    return list;
  }

  /**
   * Adds the question (or the consultant's rewording of it) as a phrasing of the entry its asker chose, and
   * marks every kept question with the same words for that entry as handled. Exactly once: a colleague at the
   * same moment gets FAQ.SUGGESTION_HANDLED.
   */
  async accept(actor: Actor, questionId: string, text?: string | null): Promise<FaqEntry> {
    return this.dataSource.transaction(async (em) => {
      const q = await this.lockOpen(em, actor, questionId);
      const phrasing = text?.trim() ? text : q.text!;
      const entry = await this.faq.addPhrasing(actor, q.ratedEntryId!, phrasing, em);
      await this.close(em, q, FaqPhrasingState.ACCEPTED);
      await this.audit.record(
        actor,
        { action: 'UPDATE', entity: 'faq_question', entityId: q.id, details: { phrasing: 'ACCEPTED' } },
        em,
      );
      return entry;
    });
  }

  async dismiss(actor: Actor, questionId: string): Promise<boolean> {
    return this.dataSource.transaction(async (em) => {
      const q = await this.lockOpen(em, actor, questionId);
      await this.close(em, q, FaqPhrasingState.DISMISSED);
      await this.audit.record(
        actor,
        { action: 'UPDATE', entity: 'faq_question', entityId: q.id, details: { phrasing: 'DISMISSED' } },
        em,
      );
      return true;
    });
  }

  private async lockOpen(em: EntityManager, actor: Actor, questionId: string): Promise<FaqQuestion> {
    // The knowledge base's lock first: accepting or dismissing also locks the suggestion's duplicates, and two
    // colleagues handling two duplicates at once must queue, not deadlock.
    await lockKnowledgeBase(em, actor.municipalityId);
    const q = assertInScope(
      actor,
      isUUID(questionId)
        ? await em.findOne(FaqQuestion, { where: { id: questionId }, lock: { mode: 'pessimistic_write' } })
        : null,
    );
    if (!q.helpful || !q.ratedEntryId || q.text === null) throw AppError.notFound();
    if (q.phrasingState !== null)
      throw new FaqError(
        FaqErrorCode.SUGGESTION_HANDLED,
        'En kollega har allerede taget stilling til forslaget.',
      );
    const entry = await em.findOne(FaqEntry, { where: { id: q.ratedEntryId } });
    if (entry?.status !== FaqEntryStatus.ACTIVE)
      throw new FaqError(FaqErrorCode.ARCHIVED, 'Spørgsmålet er arkiveret og kan ikke redigeres.');
    return q;
  }

  /** The suggestion and its duplicates (same words, same entry) are handled together. */
  private async close(em: EntityManager, q: FaqQuestion, state: FaqPhrasingState): Promise<void> {
    const same: { id: string; text: string }[] = await em.query(
      `SELECT id, text FROM faq_question
        WHERE municipality_id = $1 AND rated_entry_id = $2 AND helpful = true AND text IS NOT NULL
          AND phrasing_state IS NULL
        FOR UPDATE`,
      [q.municipalityId, q.ratedEntryId],
    );
    const words = sameWordsKey(q.text!);
    const ids = same.filter((r) => r.id === q.id || sameWordsKey(r.text) === words).map((r) => r.id);
    await em.query(`UPDATE faq_question SET phrasing_state = $2 WHERE id = ANY($1::uuid[])`, [ids, state]);
  }
}
