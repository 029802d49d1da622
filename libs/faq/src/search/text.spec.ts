import { FaqVerdict, verdictFor, VERDICT_THRESHOLDS } from '../faq-answer.service';
import {
  contentWords,
  fold,
  isStopWord,
  joinCandidates,
  plainFoldVariants,
  sameWordsKey,
  splitCandidates,
  stripLinks,
} from './text';

describe('fold', () => {
  it('writes æ/ø/å as ae/oe/aa, lower case, without accents', () => {
    expect(fold('Børneattest PÅ Ærø, café')).toBe('boerneattest paa aeroe, cafe');
  });
  it('makes the two spellings of a word identical', () => {
    expect(fold('plejeløn')).toBe(fold('plejeloen'));
    expect(fold('ungestøtte')).toBe('ungestoette');
  });
});

describe('plain a/o for æ/ø/å', () => {
  it('guesses which o was ø and which a was å or æ', () => {
    expect(plainFoldVariants('born')).toEqual(['boern']);
    expect(plainFoldVariants('ansoger')).toContain('ansoeger');
    expect(plainFoldVariants('lordag')).toContain('loerdag');
    expect(plainFoldVariants('pa')).toEqual(['paa', 'pae']);
  });
  it('leaves words already written the ae/oe/aa way alone and stays a handful of guesses', () => {
    expect(plainFoldVariants('boerneattest')).not.toContain('boeerneattest');
    expect(plainFoldVariants('skat')).not.toContain('skat');
    expect(plainFoldVariants('aflastningsfamilie').length).toBeLessThanOrEqual(24);
  });
  it('knows stop words written with plain a/o', () => {
    expect(isStopWord('hvornar')).toBe(true);
    expect(contentWords(fold('hvornar kan vi fa aflastning pa lordag'))).toEqual(['aflastning', 'lordag']);
    expect(isStopWord('born')).toBe(false);
  });
});

describe('query words', () => {
  it('drop Danish and English stop words and chat filler', () => {
    expect(contentWords(fold('Hej, hvordan får jeg aflastning? Tak'))).toEqual(['aflastning']);
    expect(contentWords('how do i apply to be a foster parent')).toEqual(['apply', 'foster', 'parent']);
  });
  it('keep the text of markdown links but not the URL', () => {
    expect(stripLinks('Se [Barnets Lov](https://lovguiden.dk/x) og https://a.dk/y her')).toBe(
      'Se Barnets Lov og   her',
    );
  });
});

describe('compound candidates', () => {
  it('join two words with and without a linking s or e', () => {
    expect(joinCandidates('aflastning', 'familie')).toEqual([
      'aflastningfamilie',
      'aflastningsfamilie',
      'aflastningefamilie',
    ]);
    expect(joinCandidates('aflastnings', 'familie')).toEqual(['aflastningsfamilie', 'aflastningsefamilie']);
  });
  it('split a long word everywhere, also without a linking s', () => {
    const splits = splitCandidates('aflastningsweekend');
    expect(splits).toContainEqual({ left: 'aflastning', right: 'weekend' });
    expect(splits).toContainEqual({ left: 'aflastnings', right: 'weekend' });
    expect(splitCandidates('skat')).toEqual([]);
  });
});

describe('verdict thresholds', () => {
  const { confident, margin, closeCall } = VERDICT_THRESHOLDS;
  it('is confident only above the threshold and with a clear lead', () => {
    expect(verdictFor(confident, confident - margin)).toBe(FaqVerdict.CONFIDENT);
    expect(verdictFor(confident, confident - margin / 2)).toBe(FaqVerdict.CLOSE_CALL);
    expect(verdictFor(confident - 0.01, 0)).toBe(FaqVerdict.CLOSE_CALL);
  });
  it('measures the lead in thousandths, as confidences are rounded (0.6 - 0.5 is 0.0999… in floating point)', () => {
    expect(verdictFor(0.6, 0.6 - margin)).toBe(FaqVerdict.CONFIDENT);
    expect(verdictFor(0.6, 0.6 - margin + 0.001)).toBe(FaqVerdict.CLOSE_CALL);
  });
  it('is a close call between the two thresholds and not confident below or without an answer', () => {
    expect(verdictFor(closeCall, undefined)).toBe(FaqVerdict.CLOSE_CALL);
    expect(verdictFor(closeCall - 0.01, undefined)).toBe(FaqVerdict.NOT_CONFIDENT);
    expect(verdictFor(undefined, undefined)).toBe(FaqVerdict.NOT_CONFIDENT);
  });
});

describe('sameWordsKey', () => {
  it('is the same for the same words in any case, punctuation or æ/ae spelling, and differs otherwise', () => {
    expect(sameWordsKey('Hvornår får vi løn?')).toBe(sameWordsKey('  hvornaar   faar vi LOEN'));
    expect(sameWordsKey('Hvornår får vi løn?')).not.toBe(sameWordsKey('Hvornår får I løn?'));
  });
});
