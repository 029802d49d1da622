import { isUUID } from 'class-validator';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AppError } from '@pleje/core';
import { Municipality } from '@pleje/core/tenancy/municipality.entity';
import { FaqEntry, FaqSynonym } from './faq-entry.entity';
import { ALL_FEATURES, SearchFeatures, searchEntries } from './search/faq-search';

export enum FaqVerdict {
  /** Show the answer (with "Hjalp det?"). */
  CONFIDENT = 'CONFIDENT',
  /** Show up to three candidates to pick from. */
  CLOSE_CALL = 'CLOSE_CALL',
  /** Say so plainly and offer a consultant and the phone number. */
  NOT_CONFIDENT = 'NOT_CONFIDENT',
}

/**
 * Measured with `npm run eval:faq` (EVAL_FAQ_DUMP writes the dev scores to calibrate on): a lower bar with a
 * wider lead shows more right answers alone and fewer wrong ones, at 50 and at 1,000 entries alike.
 */
export const VERDICT_THRESHOLDS = {
  confident: 0.44,
  /** The best must lead the runner-up by this much to be shown alone. */
  margin: 0.08,
  closeCall: 0.32,
} as const;

export interface FaqCandidate {
  entry: FaqEntry;
  confidence: number;
}

export interface FaqAnswer {
  verdict: FaqVerdict;
  best: FaqCandidate | null;
  runnersUp: FaqCandidate[];
  /** The municipality's phone number, offered whenever the bot is not confident. */
  phone: string | null;
}

export const MAX_QUESTION_LENGTH = 500;

export function verdictFor(best: number | undefined, second: number | undefined): FaqVerdict {
  if (best === undefined || best < VERDICT_THRESHOLDS.closeCall) return FaqVerdict.NOT_CONFIDENT;
  // In thousandths, as confidences are rounded: 0.6 - 0.5 is 0.0999… in floating point.
  const lead = Math.round((best - (second ?? 0)) * 1000);
  if (best >= VERDICT_THRESHOLDS.confident && lead >= Math.round(VERDICT_THRESHOLDS.margin * 1000))
    return FaqVerdict.CONFIDENT;
  return FaqVerdict.CLOSE_CALL;
}

/**
 * Answers a question from the municipality's knowledge base. No actor: the bot calls it for users who are
 * not linked to a portal account yet; the GraphQL resolver passes the actor's municipality.
 */
@Injectable()
export class FaqAnswerService {
  constructor(private readonly dataSource: DataSource) {}

  async ask(
    municipalityId: string,
    text: string,
    features: SearchFeatures = ALL_FEATURES,
  ): Promise<FaqAnswer> {
    const question = typeof text === 'string' ? text.trim() : '';
    if (!question) throw AppError.badInput({ text: 'Skriv et spørgsmål.' });
    if (question.length > MAX_QUESTION_LENGTH)
      throw AppError.badInput({ text: `Skriv spørgsmålet med højst ${MAX_QUESTION_LENGTH} tegn.` });
    if (!isUUID(municipalityId)) throw AppError.notFound();
    const em = this.dataSource.manager;
    const [municipality, synonyms] = await Promise.all([
      em.findOne(Municipality, { where: { id: municipalityId }, select: { id: true, phone: true } }),
      em.find(FaqSynonym, { where: { municipalityId }, select: { term: true, synonyms: true } }),
    ]);
    if (!municipality) throw AppError.notFound();
    const scored = await searchEntries(em, municipalityId, question, synonyms, features, 3);
    const entries = scored.length
      ? await em.find(FaqEntry, { where: { id: In(scored.map((s) => s.entryId)) } })
      : [];
    const byId = new Map(entries.map((e) => [e.id, e]));
    const candidates = scored
      .filter((s) => byId.has(s.entryId))
      .map((s) => ({ entry: byId.get(s.entryId)!, confidence: Math.round(s.confidence * 1000) / 1000 }));
    const verdict = verdictFor(candidates[0]?.confidence, candidates[1]?.confidence);
    return {
      verdict,
      best: candidates[0] ?? null,
      runnersUp: candidates.slice(1, 3),
      phone: municipality.phone,
    };
  }
}
