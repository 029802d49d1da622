import { FaqVerdict, verdictFor, VERDICT_THRESHOLDS } from '../faq-answer.service';
import { contentWords, fold, joinCandidates, splitCandidates, stripLinks } from './text';

describe('fold', () => {
  it('writes æ/ø/å as ae/oe/aa, lower case, without accents', () => {
    expect(fold('Børneattest PÅ Ærø, café')).toBe('boerneattest paa aeroe, cafe');
  });
  it('makes the two spellings of a word identical', () => {
    expect(fold('plejeløn')).toBe(fold('plejeloen'));
    expect(fold('ungestøtte')).toBe('ungestoette');
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
  it('is a close call between the two thresholds and not confident below or without an answer', () => {
    expect(verdictFor(closeCall, undefined)).toBe(FaqVerdict.CLOSE_CALL);
    expect(verdictFor(closeCall - 0.01, undefined)).toBe(FaqVerdict.NOT_CONFIDENT);
    expect(verdictFor(undefined, undefined)).toBe(FaqVerdict.NOT_CONFIDENT);
  });
});
