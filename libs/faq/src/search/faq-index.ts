import { EntityManager } from 'typeorm';
import { fold, searchTitle, stripLinks, titleText } from './text';

export interface IndexableEntry {
  id: string;
  question: string;
  phrasings: string[];
  english: string[];
  answer: string;
  category: string;
}

/** Serialises knowledge-base writes per municipality, so vocabulary rebuilds never interleave. */
export async function lockKnowledgeBase(em: EntityManager, municipalityId: string): Promise<void> {
  await em.query(`SELECT pg_advisory_xact_lock(hashtext('faq:' || $1::text))`, [municipalityId]);
}

/** Writes the derived search columns of one entry (folded text, Danish and English stems). */
export async function indexEntry(em: EntityManager, entry: IndexableEntry): Promise<void> {
  await em.query(
    `UPDATE faq_entry
        SET search_title = $2,
            title_vector = setweight(to_tsvector('danish', $3), 'A') || setweight(to_tsvector('english', $4), 'B'),
            body_vector = to_tsvector('danish', $5)
      WHERE id = $1`,
    [
      entry.id,
      searchTitle(entry.question, entry.phrasings, entry.english),
      titleText(entry.question, entry.phrasings),
      entry.english.join(' . ').toLowerCase(),
      fold(`${entry.category} . ${stripLinks(entry.answer)}`),
    ],
  );
}

/** Rebuilds the municipality's vocabulary (stem → active entries containing it) from the vectors. */
export async function rebuildVocabulary(em: EntityManager, municipalityId: string): Promise<void> {
  await em.query(`DELETE FROM faq_term WHERE municipality_id = $1`, [municipalityId]);
  await em.query(
    `INSERT INTO faq_term (municipality_id, term, ndoc)
     SELECT $1::uuid, word, ndoc FROM ts_stat(format(
       'SELECT title_vector || body_vector FROM faq_entry WHERE municipality_id = %L AND status = %L',
       $1::text, 'ACTIVE'))`,
    [municipalityId],
  );
}
