import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, AppError, AuditService } from '@pleje/core';

/** One line of the improvement report: the entry the questions came closest to, or none. */
export interface FaqImprovementGroup {
  entryId: string | null;
  entryKey: string | null;
  /** The entry's question; null for "ingen" (nothing in the knowledge base came close). */
  entryQuestion: string | null;
  /** Questions the knowledge base could not answer (NOT_CONFIDENT). */
  unanswered: number;
  /** Answers the asker rated 👎. */
  notHelpful: number;
  total: number;
  /** Up to five recent question texts still kept (the retention job erases older ones). */
  examples: string[];
}

export interface FaqImprovementReport {
  from: Date;
  to: Date;
  questions: number;
  unanswered: number;
  notHelpful: number;
  helpful: number;
  groups: FaqImprovementGroup[];
}

const MAX_DAYS = 366;
const EXAMPLES = 5;

/**
 * What to improve in the knowledge base: the questions it could not answer and the answers parents rated 👎,
 * grouped by the entry they came closest to (a 👎 by the entry rated), worst first.
 */
@Injectable()
export class FaqReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async improvementReport(actor: Actor, from: Date, to: Date): Promise<FaqImprovementReport> {
    const fields: Record<string, string> = {};
    if (!(from instanceof Date) || Number.isNaN(from.getTime())) fields.from = 'Vælg en startdato.';
    if (!(to instanceof Date) || Number.isNaN(to.getTime())) fields.to = 'Vælg en slutdato.';
    else if (!fields.from && to.getTime() <= from.getTime())
      fields.to = 'Slutdatoen skal ligge efter startdatoen.';
    else if (!fields.from && to.getTime() - from.getTime() > MAX_DAYS * 86_400_000)
      fields.to = `Vælg højst ${MAX_DAYS} dage.`;
    if (Object.keys(fields).length) throw AppError.badInput(fields);

    const params = [actor.municipalityId, from, to];
    const [totals] = (await this.dataSource.query(
      `SELECT count(*)::int AS questions,
              count(*) FILTER (WHERE verdict = 'NOT_CONFIDENT')::int AS unanswered,
              count(*) FILTER (WHERE helpful = false)::int AS not_helpful,
              count(*) FILTER (WHERE helpful = true)::int AS helpful
         FROM faq_question WHERE municipality_id = $1 AND created_at >= $2 AND created_at < $3`,
      params,
    )) as Array<{ questions: number; unanswered: number; not_helpful: number; helpful: number }>;
    // A question is counted once: a 👎 under the entry rated, otherwise an unanswered one under its nearest entry.
    const groups = (await this.dataSource.query(
      `WITH flagged AS (
         SELECT CASE WHEN helpful = false THEN rated_entry_id ELSE best_entry_id END AS entry_id,
                coalesce(helpful = false, false) AS not_helpful, text, created_at
           FROM faq_question
          WHERE municipality_id = $1 AND created_at >= $2 AND created_at < $3
            AND (verdict = 'NOT_CONFIDENT' OR helpful = false))
       SELECT f.entry_id, e.key AS entry_key, e.question AS entry_question,
              count(*) FILTER (WHERE NOT f.not_helpful)::int AS unanswered,
              count(*) FILTER (WHERE f.not_helpful)::int AS not_helpful,
              count(*)::int AS total,
              (array_agg(f.text ORDER BY f.created_at DESC) FILTER (WHERE f.text IS NOT NULL))[1:${EXAMPLES}]
                AS examples
         FROM flagged f LEFT JOIN faq_entry e ON e.id = f.entry_id
        GROUP BY f.entry_id, e.key, e.question
        ORDER BY total DESC, e.question NULLS FIRST`,
      params,
    )) as Array<{
      entry_id: string | null;
      entry_key: string | null;
      entry_question: string | null;
      unanswered: number;
      not_helpful: number;
      total: number;
      examples: string[] | null;
    }>;
    await this.audit.recordRead(actor, {
      entity: 'faq_question',
      details: { report: true, groups: groups.length },
    });
    return {
      from,
      to,
      questions: totals.questions,
      unanswered: totals.unanswered,
      notHelpful: totals.not_helpful,
      helpful: totals.helpful,
      groups: groups.map((g) => ({
        entryId: g.entry_id,
        entryKey: g.entry_key,
        entryQuestion: g.entry_question,
        unanswered: g.unanswered,
        notHelpful: g.not_helpful,
        total: g.total,
        examples: g.examples ?? [],
      })),
    };
  }
}
