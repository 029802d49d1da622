// Text normalisation shared by the index and the query side: both must fold the same way or nothing matches.

const LETTER_FOLD: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * Lower case with æ/ø/å written as ae/oe/aa and other accents dropped. Parents type "borneattest",
 * "boerneattest" and "børneattest"; all three fold to "boerneattest" except the first, which trigram
 * correction then catches.
 */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøåäöüß]/g, (c) => LETTER_FOLD[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

/**
 * The second way parents write æ/ø/å without them: as plain a/o ("ansoger", "born", "pa"). The folded
 * index cannot tell which a/o stood for æ/ø/å, so the query side tries the words it could have been:
 * each o as o or oe, each a as a, aa or ae (the first few of them, so a long word stays a handful of
 * guesses). The word itself is not among them.
 */
export function plainFoldVariants(word: string, maxPositions = 4, maxVariants = 24): string[] {
  const positions: number[] = [];
  for (let i = 0; i < word.length && positions.length < maxPositions; i++) {
    const c = word[i];
    const next = word[i + 1];
    // Already written the ae/oe/aa way: nothing to guess.
    if (c === 'o' && next !== 'e') positions.push(i);
    else if (c === 'a' && next !== 'a' && next !== 'e' && word[i - 1] !== 'a') positions.push(i);
  }
  let out = [''];
  let from = 0;
  for (const i of positions) {
    const c = word[i];
    const choices = c === 'o' ? ['o', 'oe'] : ['a', 'aa', 'ae'];
    const head = word.slice(from, i);
    out = out.flatMap((prefix) => choices.map((ch) => prefix + head + ch)).slice(0, maxVariants * 3);
    from = i + 1;
  }
  const tail = word.slice(from);
  return [...new Set(out.map((v) => v + tail))].filter((v) => v !== word).slice(0, maxVariants);
}

/** Markdown links keep their text; the URL is not content a parent asks about. */
export function stripLinks(markdown: string): string {
  return markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/https?:\/\/\S+/g, ' ');
}

export function words(folded: string): string[] {
  return folded.split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}

/** The same words, whatever the case, punctuation or æ/ae spelling: "Hvornår får vi løn?" = "hvornaar faar vi loen". */
export function sameWordsKey(text: string): string {
  return words(fold(text)).join(' ');
}

// PostgreSQL's danish.stop and english.stop, folded, plus the filler of chat questions ("hej", "tak",
// "hvordan"): words that say nothing about which answer is wanted.
const STOP = `og i jeg det at en den til er som paa de med han af for ikke der var mig sig men et har om vi min havde
ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv her alle vil blev kunne ind naar vaere
dog noget ville jo deres efter ned skulle denne end dette mit ogsaa under have dig anden hende mine alt meget sit sine
vor mod disse hvis din nogle hos blive mange ad bliver hendes vaeret thi jer saadan
hvordan hvorfor hvornaar hvem hvilke hvilken hvilket kan maa faar faa fik saa lige gerne godt hej hejsa tak mon
helt bare nogen vores jeres ens nej ja altsaa egentlig sker gaar goer gjorde
a an the and or but if of to in on at by for with about from into is are was were be been being am do does did
done have has had i me my we our us you your he she it its they them their this that these those what which who
whom how when where why can could should would will shall may might must not no yes please hi hello thanks
there here as so than too very just get got`;

export const STOPWORDS: ReadonlySet<string> = new Set(STOP.split(/\s+/).filter(Boolean));

/** A stop word also when written with plain a/o: "pa", "nar", "hvornar", "ma". */
export function isStopWord(word: string): boolean {
  if (STOPWORDS.has(word)) return true;
  return word.length <= 8 && plainFoldVariants(word).some((v) => STOPWORDS.has(v));
}

export function contentWords(folded: string): string[] {
  return words(folded).filter((w) => w.length >= 2 && !isStopWord(w));
}

/** Text for the Danish title vector: the question and its phrasings, folded. */
export function titleText(question: string, phrasings: readonly string[]): string {
  return fold([question, ...phrasings].join(' . '));
}

/** What the whole query is compared with by trigram similarity. */
export function searchTitle(
  question: string,
  phrasings: readonly string[],
  english: readonly string[],
): string {
  return fold([question, ...phrasings, ...english].join(' . '));
}

/** Ways two query words can form one compound: "aflastnings familie", "familie til aflastning". */
export function joinCandidates(a: string, b: string): string[] {
  if (a.length < 3 || b.length < 3) return [];
  const out = [a + b];
  if (!a.endsWith('s')) out.push(`${a}s${b}`);
  if (!a.endsWith('e')) out.push(`${a}e${b}`);
  return out;
}

export interface SplitCandidate {
  left: string;
  right: string;
}

/** Every split of a long word into two parts of at least 3 letters, with and without a linking s/e. */
export function splitCandidates(word: string): SplitCandidate[] {
  const out: SplitCandidate[] = [];
  if (word.length < 7) return out;
  for (let i = 3; i <= word.length - 3; i++) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    out.push({ left, right });
    if ((left.endsWith('s') || left.endsWith('e')) && left.length > 3)
      out.push({ left: left.slice(0, -1), right });
  }
  return out;
}
