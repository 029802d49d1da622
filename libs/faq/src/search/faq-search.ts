import { EntityManager } from 'typeorm';
import { contentWords, fold, joinCandidates, plainFoldVariants, splitCandidates, words } from './text';

/** Which search features run; all on in production. Tests switch one off to prove it is needed. */
export interface SearchFeatures {
  /** æ/ø/å ↔ ae/oe/aa on the query side (the index is always folded). */
  folding: boolean;
  /** æ/ø/å written as plain a/o ("ansoger", "born"): the query side guesses which a/o they were. */
  plainFolding: boolean;
  stemming: boolean;
  compounds: boolean;
  typos: boolean;
  synonyms: boolean;
  english: boolean;
}

export const ALL_FEATURES: SearchFeatures = {
  folding: true,
  plainFolding: true,
  stemming: true,
  compounds: true,
  typos: true,
  synonyms: true,
  english: true,
};

/** Tuning knobs, measured with `npm run eval:faq` (see the evaluation's printout for the current figures). */
export const SEARCH_TUNING: Record<
  | 'bodyHit'
  | 'unknownWeight'
  | 'typoSimilarity'
  | 'typoFactor'
  | 'synonymFactor'
  | 'englishFactor'
  | 'joinFactor'
  | 'splitFactor'
  | 'splitKnownFactor'
  | 'trigramBlend'
  | 'densityBlend'
  | 'typoLengthDiff'
  | 'trigramMode'
  | 'prefixFactor'
  | 'tailFactor'
  | 'plainFoldFactor',
  number
> = {
  /** A term found only in the answer counts this much of a hit in the question or phrasings. */
  bodyHit: 0.35,
  /** How much a query word the knowledge base has never seen weighs, relative to the rarest known term. */
  unknownWeight: 1,
  /** Least trigram similarity for a typo correction. */
  typoSimilarity: 0.45,
  typoFactor: 0.85,
  synonymFactor: 0.9,
  englishFactor: 1,
  joinFactor: 0.95,
  splitFactor: 0.7,
  /** A split when the whole word is known too only widens recall a little. */
  splitKnownFactor: 0.5,
  /**
   * Confidence = coverage of the query's information by the entry, blended with whole-query trigram similarity.
   * With 7-10 phrasings per entry the best single phrasing's similarity carries more (dev: 0.4 → 0.5).
   */
  trigramBlend: 0.5,
  /** 0: word_similarity against all phrasings at once; 1: the best similarity against any one phrasing. */
  trigramMode: 1,
  /** ... and with how much of the entry's question the query covers (a short, focused question wins ties). */
  densityBlend: 0.2,
  /** A typo changes a word's length by at most this much; longer differences are other words. */
  typoLengthDiff: 2,
  /** Another word of the same family (same beginning): "godkendt" for "godkendelsen". */
  prefixFactor: 0.8,
  /** A compound ending in the word: "tilsynsbesøg" for "besøg". */
  tailFactor: 0.75,
  /** "born" read as "boern": almost certainly what was meant, when the word itself is unknown. */
  plainFoldFactor: 0.95,
};

interface Alternative {
  /** Stems that must all be in the entry (a split compound or a multi-word synonym has several). */
  terms: string[];
  factor: number;
}

interface Slot {
  word: string;
  alternatives: Alternative[];
  /** IDF of the slot's best-known alternative; 0 until resolved. */
  weight: number;
}

export interface Scored {
  entryId: string;
  confidence: number;
}

export interface SynonymGroup {
  term: string;
  synonyms: string[];
}

interface StemRow {
  i: string;
  da: string | null;
  da_n: number | null;
  en: string | null;
  en_n: number | null;
  n: string;
}

const TERM = /^[a-z0-9]+(:\*)?$/;
const MAX_WORDS = 16;

function idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** Danish snowball stems of synonym words (folded word → stem), shared by every query and municipality. */
const STEM_CACHE = new Map<string, string>();
const STEM_CACHE_MAX = 20000;

async function cacheStems(em: EntityManager, words: string[]): Promise<void> {
  const missing = [...new Set(words)].filter((w) => !STEM_CACHE.has(w));
  if (!missing.length) return;
  if (STEM_CACHE.size + missing.length > STEM_CACHE_MAX) STEM_CACHE.clear();
  const rows: { w: string; s: string | null }[] = await em.query(
    `SELECT w, (ts_lexize('danish_stem', w))[1] AS s FROM unnest($1::text[]) AS w`,
    [missing],
  );
  for (const r of rows) STEM_CACHE.set(r.w, r.s ?? r.w);
}

/**
 * Two stems of one word: equal, or one a short extension of the other. The snowball stemmer reads folded
 * words unevenly ("plejeloen" → "plejelo", "plejeloennen" → "plejeloen").
 */
export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.length - short.length <= 2 && long.startsWith(short);
}

function findStems(haystack: string[], needle: string[]): number {
  if (!needle.length) return -1;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (!sameStem(haystack[i + j], needle[j])) continue outer;
    return i;
  }
  return -1;
}

/**
 * Danish question search on PostgreSQL: folded text, `danish` and `english` snowball stems, the knowledge
 * base's own vocabulary (faq_term) for compounds and pg_trgm typo correction, synonyms at query time, and
 * an IDF-weighted coverage score in [0, 1] per entry.
 */
export async function searchEntries(
  em: EntityManager,
  municipalityId: string,
  text: string,
  synonyms: SynonymGroup[],
  features: SearchFeatures = ALL_FEATURES,
  limit = 5,
): Promise<Scored[]> {
  const folded = features.folding ? fold(text) : text.toLowerCase();
  const all = words(folded);
  const content = contentWords(folded).slice(0, MAX_WORDS);
  if (!content.length) return [];
  const slots: Slot[] = content.map((word) => ({ word, alternatives: [], weight: 0 }));

  // Everything to stem in one round trip: the words, compound joins and splits, synonym words.
  const toStem: string[] = [];
  const index = new Map<string, number>();
  const want = (w: string): number => {
    let i = index.get(w);
    if (i === undefined) {
      i = toStem.length;
      toStem.push(w);
      index.set(w, i);
    }
    return i;
  };
  content.forEach((w) => want(w));
  const joins: { a: number; b: number; word: string }[] = [];
  const splits: { slot: number; left: string; right: string }[] = [];
  if (features.compounds) {
    for (let a = 0; a < content.length; a++)
      for (let b = 0; b < content.length; b++) {
        if (a === b) continue;
        // Adjacent words in order are the common case ("aflastnings familie"); any order catches
        // "familie til aflastning" → "aflastningsfamilie".
        for (const word of joinCandidates(content[a], content[b])) {
          want(word);
          joins.push({ a, b, word });
        }
      }
    content.forEach((w, slot) => {
      for (const s of splitCandidates(w)) {
        want(s.left);
        want(s.right);
        splits.push({ slot, ...s });
      }
    });
  }
  const plainVariants: { slot: number; word: string }[] = [];
  if (features.plainFolding)
    content.forEach((w, slot) => {
      for (const v of plainFoldVariants(w)) {
        want(v);
        plainVariants.push({ slot, word: v });
      }
    });
  // Synonym members match by stem, so a group matches every form of its words ("plejelønnen" the group
  // written "plejeløn"). Their stems are cached: the glossary is the same words query after query.
  const groups: { members: { words: string[] }[] }[] = [];
  if (features.synonyms) {
    for (const group of synonyms) {
      const members = [group.term, ...group.synonyms]
        .map((m) => ({ words: contentWords(fold(m)) }))
        .filter((m) => m.words.length > 0);
      if (members.length >= 2) groups.push({ members });
    }
    await cacheStems(
      em,
      groups.flatMap((g) => g.members.flatMap((m) => m.words)),
    );
  }

  const rows: StemRow[] = await em.query(
    `SELECT u.i::text AS i, d.stem AS da, dv.ndoc AS da_n, e.stem AS en, ev.ndoc AS en_n,
            (SELECT count(*) FROM faq_entry WHERE municipality_id = $1 AND status = 'ACTIVE')::text AS n
       FROM unnest($2::text[]) WITH ORDINALITY AS u(w, i)
       CROSS JOIN LATERAL (SELECT (ts_lexize('danish_stem', u.w))[1] AS stem) d
       CROSS JOIN LATERAL (SELECT (ts_lexize('english_stem', u.w))[1] AS stem) e
       LEFT JOIN faq_term dv ON dv.municipality_id = $1 AND dv.term = d.stem
       LEFT JOIN faq_term ev ON ev.municipality_id = $1 AND ev.term = e.stem`,
    [municipalityId, toStem],
  );
  const n = rows.length ? Number(rows[0].n) : 0;
  if (n === 0) return [];
  const stemOf: { da: string | null; daN: number; en: string | null; enN: number }[] = [];
  for (const r of rows) stemOf[Number(r.i) - 1] = { da: r.da, daN: r.da_n ?? 0, en: r.en, enN: r.en_n ?? 0 };
  const df = new Map<string, number>();
  /** The stem the index would hold for a word, when the vocabulary knows it. */
  const known = (w: string): string | null => {
    const s = stemOf[index.get(w)!];
    if (!s) return null;
    const da = features.stemming ? s.da : w;
    if (da && s.daN > 0 && features.stemming) {
      df.set(da, s.daN);
      return da;
    }
    if (!features.stemming && s.da === w && s.daN > 0) {
      df.set(w, s.daN);
      return w;
    }
    return null;
  };

  slots.forEach((slot) => {
    const stem = known(slot.word);
    if (stem) slot.alternatives.push({ terms: [stem], factor: 1 });
    const s = stemOf[index.get(slot.word)!];
    if (features.english && s?.en && s.enN > 0 && s.en !== stem) {
      df.set(s.en, s.enN);
      slot.alternatives.push({ terms: [s.en], factor: SEARCH_TUNING.englishFactor });
    }
  });
  // A plain a/o reading only where the word as typed is unknown; the most common known reading wins.
  const bestPlain = new Map<number, string>();
  for (const v of plainVariants) {
    if (slots[v.slot].alternatives.some((a) => a.factor === 1)) continue;
    const stem = known(v.word);
    if (!stem) continue;
    const prev = bestPlain.get(v.slot);
    if (!prev || (df.get(stem) ?? 0) > (df.get(prev) ?? 0)) bestPlain.set(v.slot, stem);
  }
  for (const [slot, stem] of bestPlain)
    slots[slot].alternatives.push({ terms: [stem], factor: SEARCH_TUNING.plainFoldFactor });
  for (const j of joins) {
    const stem = known(j.word);
    if (!stem) continue;
    for (const slot of [slots[j.a], slots[j.b]])
      slot.alternatives.push({ terms: [stem], factor: SEARCH_TUNING.joinFactor });
  }
  const bestSplit = new Map<number, { terms: string[]; score: number }>();
  for (const s of splits) {
    const l = known(s.left);
    const r = known(s.right);
    if (!l || !r) continue;
    const score = Math.min(s.left.length, s.right.length);
    const prev = bestSplit.get(s.slot);
    if (!prev || score > prev.score) bestSplit.set(s.slot, { terms: [l, r], score });
  }
  for (const [slot, split] of bestSplit) {
    const wholeKnown = slots[slot].alternatives.some((a) => a.factor === 1);
    slots[slot].alternatives.push({
      terms: split.terms,
      factor: wholeKnown ? SEARCH_TUNING.splitKnownFactor : SEARCH_TUNING.splitFactor,
    });
  }
  // A member matches where its words' stems stand in a row among the query's content words; each other
  // member of the group then explains the slot of the member's first word, when the knowledge base has it.
  if (groups.length) {
    const memberStem = (w: string): string => (features.stemming ? (STEM_CACHE.get(w) ?? w) : w);
    const queryStems = content.map((w) => (features.stemming ? (stemOf[index.get(w)!]?.da ?? w) : w));
    const hits: { slot: number; stems: string[] }[] = [];
    for (const { members } of groups)
      members.forEach((member, mi) => {
        const at = findStems(queryStems, member.words.map(memberStem));
        if (at < 0) return;
        members.forEach((other, oi) => {
          if (oi !== mi) hits.push({ slot: at, stems: other.words.map(memberStem) });
        });
      });
    const missing = [...new Set(hits.flatMap((h) => h.stems))].filter((t) => !df.has(t));
    if (missing.length) {
      const found: { term: string; ndoc: number }[] = await em.query(
        `SELECT term, ndoc FROM faq_term WHERE municipality_id = $1 AND term = ANY($2::text[])`,
        [municipalityId, missing],
      );
      for (const f of found) df.set(f.term, f.ndoc);
    }
    for (const hit of hits)
      if (hit.stems.every((t) => (df.get(t) ?? 0) > 0))
        slots[hit.slot].alternatives.push({ terms: hit.stems, factor: SEARCH_TUNING.synonymFactor });
  }

  // Typo correction against the vocabulary, only for words nothing else explained.
  if (features.typos) {
    // Also when a split or join explained it: "borneattest" splits into known parts but is a typo.
    const unknown = slots.filter((s) => !s.alternatives.some((a) => a.factor === 1) && s.word.length >= 4);
    if (unknown.length) {
      const targets = unknown.map((s) =>
        features.stemming ? (stemOf[index.get(s.word)!]?.da ?? s.word) : s.word,
      );
      const fixes: { i: string; term: string; ndoc: number; sim: number }[] = await em.query(
        `SELECT u.i::text AS i, t.term, t.ndoc, t.sim
           FROM unnest($2::text[]) WITH ORDINALITY AS u(s, i)
           CROSS JOIN LATERAL (
             SELECT term, ndoc, similarity(term, u.s) AS sim FROM faq_term
              WHERE municipality_id = $1 AND term % u.s
              ORDER BY similarity(term, u.s) DESC, ndoc DESC LIMIT 1) t`,
        [municipalityId, targets],
      );
      for (const f of fixes) {
        const target = targets[Number(f.i) - 1];
        if (f.sim < SEARCH_TUNING.typoSimilarity) continue;
        if (Math.abs(f.term.length - target.length) > SEARCH_TUNING.typoLengthDiff) continue;
        df.set(f.term, f.ndoc);
        unknown[Number(f.i) - 1].alternatives.push({ terms: [f.term], factor: SEARCH_TUNING.typoFactor });
      }
    }
  }

  // Word families and compounds through the vocabulary: a prefix query ("godkendt" → godkend:* finds
  // "godkendelsen") and compounds the word is the tail of ("besøg" → "tilsynsbesøg").
  if (features.stemming || features.compounds) {
    const family = slots
      .map((slot, k) => ({ k, stem: stemOf[index.get(slot.word)!]?.da ?? null, factor: 1 }))
      .filter(
        (x): x is { k: number; stem: string; factor: number } =>
          x.stem !== null && x.stem.length >= 4 && TERM.test(x.stem),
      );
    // Plain a/o readings of a word nothing explained join the family search: "ansoger" → "ansoeg" →
    // "ansoegning".
    const seenStems = new Set(family.map((f) => `${f.k}:${f.stem}`));
    for (const v of plainVariants) {
      if (slots[v.slot].alternatives.length) continue;
      const stem = stemOf[index.get(v.word)!]?.da ?? null;
      if (!stem || stem.length < 5 || !TERM.test(stem) || seenStems.has(`${v.slot}:${stem}`)) continue;
      seenStems.add(`${v.slot}:${stem}`);
      family.push({ k: v.slot, stem, factor: SEARCH_TUNING.plainFoldFactor });
    }
    if (family.length) {
      const rows: { i: string; prefix_n: number | null; tails: { term: string; ndoc: number }[] | null }[] =
        await em.query(
          `SELECT u.i::text AS i,
                  (SELECT max(ndoc) FROM faq_term
                    WHERE municipality_id = $1 AND term LIKE u.s || '%' AND term <> u.s) AS prefix_n,
                  (SELECT json_agg(x) FROM (
                     SELECT term, ndoc FROM faq_term
                      WHERE municipality_id = $1 AND term LIKE '%' || u.s AND length(term) >= length(u.s) + 3
                      ORDER BY ndoc DESC LIMIT 5) x) AS tails
             FROM unnest($2::text[]) WITH ORDINALITY AS u(s, i)`,
          [municipalityId, family.map((f) => f.stem)],
        );
      for (const r of rows) {
        const { k, stem, factor } = family[Number(r.i) - 1];
        if (features.stemming && r.prefix_n) {
          const prefix = `${stem}:*`;
          df.set(prefix, Math.max(r.prefix_n, df.get(stem) ?? 0));
          slots[k].alternatives.push({ terms: [prefix], factor: SEARCH_TUNING.prefixFactor * factor });
        }
        if (features.compounds)
          for (const tail of r.tails ?? []) {
            df.set(tail.term, tail.ndoc);
            slots[k].alternatives.push({ terms: [tail.term], factor: SEARCH_TUNING.tailFactor * factor });
          }
      }
    }
  }

  // Slot weights: IDF of the word's own meaning; words the knowledge base never uses weigh in too,
  // so "hvordan bliver vejret" is not explained by an entry that happens to contain "bliver".
  const maxIdf = idf(n, 1);
  for (const slot of slots) {
    // The word's own meaning sets its weight: its most faithful alternative (exact stem before prefix,
    // tails and typo fixes), and among equals the most common one. A rare compound tail must not make a
    // common word like "familien" weigh as much as "børneattest".
    const best = Math.max(0, ...slot.alternatives.map((a) => a.factor));
    const idfs = slot.alternatives
      .filter((a) => a.factor === best)
      .map((a) => Math.min(...a.terms.map((t) => idf(n, df.get(t) ?? 1))));
    slot.weight = idfs.length ? Math.min(...idfs) : maxIdf * SEARCH_TUNING.unknownWeight;
  }

  const terms = [...new Set(slots.flatMap((s) => s.alternatives.flatMap((a) => a.terms)))].filter((t) =>
    TERM.test(t),
  );
  if (!terms.length) return [];

  const candidates: {
    id: string;
    title_hits: string[];
    body_hits: string[];
    wsim: number;
    title_len: number;
  }[] = await em.query(
    `SELECT e.id,
            ARRAY(SELECT t FROM unnest($2::text[]) t WHERE e.title_vector @@ t::tsquery) AS title_hits,
            ARRAY(SELECT t FROM unnest($2::text[]) t WHERE e.body_vector @@ t::tsquery) AS body_hits,
            CASE WHEN $5::int = 1
                 THEN (SELECT max(similarity($4, p)) FROM unnest(string_to_array(e.search_title, ' . ')) p)
                 ELSE word_similarity($4, e.search_title) END AS wsim,
            length(e.title_vector) AS title_len
       FROM faq_entry e
      WHERE e.municipality_id = $1 AND e.status = 'ACTIVE'
        AND (e.title_vector @@ $3::tsquery OR e.body_vector @@ $3::tsquery)`,
    [municipalityId, terms, terms.join(' | '), all.join(' '), SEARCH_TUNING.trigramMode],
  );
  const total = slots.reduce((sum, s) => sum + s.weight, 0);
  const scored = candidates.map((c) => {
    const title = new Set(c.title_hits);
    const body = new Set(c.body_hits);
    let covered = 0;
    for (const slot of slots) {
      let best = 0;
      for (const alt of slot.alternatives) {
        const hit =
          alt.terms.reduce(
            (sum, t) => sum + (title.has(t) ? 1 : body.has(t) ? SEARCH_TUNING.bodyHit : 0),
            0,
          ) / alt.terms.length;
        best = Math.max(best, hit * alt.factor);
      }
      covered += slot.weight * best;
    }
    const coverage = total > 0 ? covered / total : 0;
    const density = c.title_len > 0 ? Math.min(1, title.size / Number(c.title_len)) : 0;
    const { trigramBlend, densityBlend } = SEARCH_TUNING;
    const confidence =
      (1 - trigramBlend - densityBlend) * coverage + trigramBlend * Number(c.wsim) + densityBlend * density;
    return { entryId: c.id, confidence: Math.min(1, Math.max(0, confidence)) };
  });
  scored.sort((a, b) => b.confidence - a.confidence);
  return scored.slice(0, limit);
}
