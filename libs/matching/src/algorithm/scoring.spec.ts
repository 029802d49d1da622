import { MatchingInputError } from './context';
import { familyFixture, needFixture, randomFamily, randomNeed, randomTools } from './random-instances';
import { evaluate } from './scoring';
import type { Evaluation, FactorKey, Weights } from './types';
import { DEFAULT_WEIGHTS, FACTOR_KEYS } from './vocabulary';

const TODAY = '2026-03-15';
// Aarhus city hall and points east/north of it; 1° latitude ≈ 111.2 km.
const AARHUS = { lat: 56.1529, lon: 10.2039 };
const north = (km: number) => ({ lat: AARHUS.lat + km / 111.195, lon: AARHUS.lon });

const factor = (e: Evaluation, key: FactorKey) => {
  const f = e.factors.find((x) => x.key === key);
  if (!f) throw new Error(`factor ${key} missing`);
  return f;
};

describe('explanations add up', () => {
  const t = randomTools(7);
  const randomWeights = (): Weights =>
    Object.fromEntries(FACTOR_KEYS.map((k) => [k, t.pick([0, 1, 2.5, 3, 7, 10, 33])])) as Weights;

  it('on 2,000 random pairs the shown points sum to the shown score and every factor has a Danish sentence', () => {
    let eligible = 0;
    for (let k = 0; k < 2000; k++) {
      const family = randomFamily(t, `f${k}`, { today: TODAY });
      const need = randomNeed(t, `n${k}`, { today: TODAY, familyIds: t.chance(0.5) ? [family.id] : [] });
      // Lenient families now and then so plenty of pairs are eligible.
      if (k % 2 === 0) {
        Object.assign(family, { approvalTypes: ['SPECIALISERET'], vacancies: 3, ageMin: 0, ageMax: 17 });
        Object.assign(family, { takesSiblings: true });
        family.consultantAssessment = { ...family.consultantAssessment, siblings: true, needsExcluded: [] };
      }
      const weights = k % 3 === 0 ? DEFAULT_WEIGHTS : randomWeights();
      const e = evaluate(need, family, weights, TODAY);
      expect(e.factors.map((f) => f.key)).toEqual([...FACTOR_KEYS]);
      // Exactly as shown, with one decimal: the printed points add up to the printed score.
      const shownSum = e.factors.reduce((s, f) => s + Math.round(Number(f.points.toFixed(1)) * 10), 0);
      expect(shownSum).toBe(Math.round(Number(e.score.toFixed(1)) * 10));
      expect(Number(e.score.toFixed(1))).toBe(e.score);
      expect(e.score).toBeGreaterThanOrEqual(0);
      expect(e.score).toBeLessThanOrEqual(100);
      for (const f of e.factors) {
        expect(f.value).toBeGreaterThanOrEqual(0);
        expect(f.value).toBeLessThanOrEqual(1);
        expect(f.weight).toBe(weights[f.key]);
        expect(f.label.length).toBeGreaterThan(0);
        // One sentence: capital letter first, full stop last, no English placeholders left.
        expect(f.explanation).toMatch(/^[A-ZÆØÅ][^\n]*\.$/);
        expect(f.explanation).not.toMatch(/undefined|NaN|null|\[object/);
        if (e.eligible) {
          const total = FACTOR_KEYS.reduce((s, key) => s + weights[key], 0);
          const exact = total > 0 ? (f.value * weights[f.key] * 100) / total : 0;
          expect(Math.abs(f.points - exact)).toBeLessThanOrEqual(0.05 + 1e-9);
        } else {
          expect(f.points).toBe(0);
        }
      }
      if (e.eligible) eligible++;
      else expect(e.score).toBe(0);
    }
    expect(eligible).toBeGreaterThan(400);
  });

  it('the weights are normalised: scaling all of them changes nothing', () => {
    const need = needFixture({ schoolLocation: AARHUS, needs: ['ADHD', 'TRAUMA'], wishes: ['ANIMALS'] });
    const family = familyFixture({ location: north(12), experience: ['ADHD'], features: ['ANIMALS'] });
    const a = evaluate(need, family, DEFAULT_WEIGHTS, TODAY);
    const doubled = Object.fromEntries(FACTOR_KEYS.map((k) => [k, DEFAULT_WEIGHTS[k] * 2])) as Weights;
    const b = evaluate(need, family, doubled, TODAY);
    expect(b.score).toBe(a.score);
    expect(b.factors.map((f) => f.points)).toEqual(a.factors.map((f) => f.points));
  });

  it('all weights 0 gives score 0; a negative weight is refused with a code', () => {
    const zero = Object.fromEntries(FACTOR_KEYS.map((k) => [k, 0])) as Weights;
    expect(evaluate(needFixture(), familyFixture(), zero, TODAY).score).toBe(0);
    const bad = { ...DEFAULT_WEIGHTS, SCHOOL: -1 };
    expect(() => evaluate(needFixture(), familyFixture(), bad, TODAY)).toThrow(MatchingInputError);
    try {
      evaluate(needFixture(), familyFixture(), bad, TODAY);
    } catch (e) {
      expect((e as MatchingInputError).code).toBe('MATCHING.INVALID_WEIGHTS');
    }
  });

  it('a family that breaks a rule scores 0 but still lists every factor with its reason', () => {
    const e = evaluate(
      needFixture({ schoolLocation: AARHUS }),
      familyFixture({ vacancies: 0, location: north(3) }),
      DEFAULT_WEIGHTS,
      TODAY,
    );
    expect(e.eligible).toBe(false);
    expect(e.score).toBe(0);
    expect(e.factors).toHaveLength(7);
    expect(factor(e, 'SCHOOL').value).toBe(1);
    expect(factor(e, 'SCHOOL').points).toBe(0);
  });
});

describe('factors', () => {
  const only = (key: FactorKey): Weights =>
    Object.fromEntries(FACTOR_KEYS.map((k) => [k, k === key ? 1 : 0])) as Weights;

  it('SCHOOL: full within 5 km, nothing from 25 km, linear between; unknown school is neutral', () => {
    const need = needFixture({ schoolLocation: AARHUS });
    const at = (km: number) =>
      factor(evaluate(need, familyFixture({ location: north(km) }), only('SCHOOL'), TODAY), 'SCHOOL');
    expect(at(3).value).toBe(1);
    expect(at(3).explanation).toBe('Familien bor 3 km fra barnets skole, så barnet kan blive i sin skole.');
    expect(at(15).value).toBe(0.5);
    expect(at(30).value).toBe(0);
    const unknown = factor(
      evaluate(needFixture(), familyFixture({ location: north(3) }), only('SCHOOL'), TODAY),
      'SCHOOL',
    );
    expect(unknown.value).toBe(0.5);
    expect(unknown.explanation).toContain('ikke oplyst');
    expect(evaluate(need, familyFixture({ location: north(15) }), only('SCHOOL'), TODAY).score).toBe(50);
  });

  it('BIO_FAMILY_DISTANCE: closer is better, more so with more visits; no visits counts fully', () => {
    const family = familyFixture({ location: north(25) });
    const v = (visits: number) =>
      factor(
        evaluate(
          needFixture({ biologicalFamilyLocation: AARHUS, contactVisitsPerMonth: visits }),
          family,
          only('BIO_FAMILY_DISTANCE'),
          TODAY,
        ),
        'BIO_FAMILY_DISTANCE',
      );
    expect(v(0).value).toBe(1);
    expect(v(0).explanation).toContain('ingen samvær');
    expect(v(4).value).toBe(0.5);
    expect(v(4).explanation).toBe(
      'Familien bor 25 km fra barnets biologiske familie, og der er 4 samvær om måneden.',
    );
    expect(v(1).value).toBeGreaterThan(v(4).value);
    expect(v(8).value).toBeLessThan(v(4).value);
  });

  it('EXPERIENCE: share of needs the family has experience with or is able to meet', () => {
    const need = needFixture({ needs: ['ADHD', 'TRAUMA', 'AUTISM', 'HEALTH'] });
    const family = familyFixture({
      experience: ['ADHD'],
      familyPreferences: { ...familyFixture().familyPreferences, needsAble: ['TRAUMA'] },
    });
    const f = factor(evaluate(need, family, only('EXPERIENCE'), TODAY), 'EXPERIENCE');
    expect(f.value).toBe(0.5);
    expect(f.explanation).toBe(
      'Familien har erfaring med eller kan møde 2 af barnets 4 behov (ADHD og traumer), men ikke autisme og sygdom eller helbred.',
    );
  });

  it('LANGUAGE_CULTURE: a shared language and matching culture tags', () => {
    const need = needFixture({ languages: ['ar', 'da'], culture: ['MUSLIM', 'HALAL'] });
    const family = familyFixture({ languages: ['da', 'ar'], culture: ['MUSLIM'] });
    const f = factor(evaluate(need, family, only('LANGUAGE_CULTURE'), TODAY), 'LANGUAGE_CULTURE');
    expect(f.value).toBe(0.75);
    expect(f.explanation).toBe(
      'Familien taler arabisk og dansk som barnet, deler hensynet til muslimsk og har ikke oplyst halal-kost.',
    );
    const none = factor(
      evaluate(needFixture({ languages: ['so'] }), familyFixture(), only('LANGUAGE_CULTURE'), TODAY),
      'LANGUAGE_CULTURE',
    );
    expect(none.value).toBe(0);
    expect(none.explanation).toBe('Familien taler ikke somali.');
  });

  it('PREFERENCES: the consultant-adjusted age wish, needs the family feels able to meet, siblings', () => {
    const prefs = familyFixture().familyPreferences;
    const assess = familyFixture().consultantAssessment;
    const need = needFixture({ needs: ['ADHD'] });
    // The family wants 0-5 year olds, the consultant judges 6-12: the 8-year-old fits the consultant's range.
    const family = familyFixture({
      familyPreferences: { ...prefs, ageMin: 0, ageMax: 5, needsAble: ['ADHD'] },
      consultantAssessment: { ...assess, ageMin: 6, ageMax: 12 },
    });
    const e = evaluate(need, family, only('PREFERENCES'), TODAY);
    expect(factor(e, 'PREFERENCES').value).toBe(1);
    expect(factor(e, 'PREFERENCES').explanation).toBe(
      'Familien ønsker børn på 6–12 år, og barnets alder passer; den føler sig i stand til barnets behov.',
    );
    expect(e.conflicts.map((c) => c.field)).toEqual(['ageMin', 'ageMax']);
    expect(e.conflicts[0].explanation).toBe(
      'Familien ønsker børn fra 0 år; konsulenten vurderer fra 6 år. Konsulentens vurdering bruges.',
    );
    const outside = familyFixture({ familyPreferences: { ...prefs, ageMax: 5 } });
    expect(factor(evaluate(need, outside, only('PREFERENCES'), TODAY), 'PREFERENCES').value).toBe(0);
  });

  it('CHILD_WISHES: share of wishes the home meets; no wishes is neutral', () => {
    const need = needFixture({ wishes: ['ANIMALS', 'COUNTRYSIDE', 'MUSIC', 'OTHER_CHILDREN'] });
    const family = familyFixture({ features: ['HORSES', 'COUNTRYSIDE'] });
    const f = factor(evaluate(need, family, only('CHILD_WISHES'), TODAY), 'CHILD_WISHES');
    expect(f.value).toBe(0.667);
    expect(f.explanation).toBe(
      'Hjemmet opfylder 2 af barnets 3 ønsker (dyr i hjemmet og bo på landet), men ikke musik.',
    );
    const neutral = factor(evaluate(needFixture(), family, only('CHILD_WISHES'), TODAY), 'CHILD_WISHES');
    expect(neutral.value).toBe(0.5);
    // NEAR_FRIENDS is met by living near the school, where the friends are.
    const friends = needFixture({ wishes: ['NEAR_FRIENDS'], schoolLocation: AARHUS });
    expect(
      factor(
        evaluate(friends, familyFixture({ location: north(4) }), only('CHILD_WISHES'), TODAY),
        'CHILD_WISHES',
      ).value,
    ).toBe(1);
    expect(
      factor(
        evaluate(friends, familyFixture({ location: north(40) }), only('CHILD_WISHES'), TODAY),
        'CHILD_WISHES',
      ).value,
    ).toBe(0);
  });

  it('OTHER_CHILDREN: a child of the same age (±1 year) lowers it; the wish for or against other children counts', () => {
    const v = (wishes: string[], births: string[]) =>
      factor(
        evaluate(
          needFixture({ wishes }),
          familyFixture({ otherChildrenBirthDates: births }),
          only('OTHER_CHILDREN'),
          TODAY,
        ),
        'OTHER_CHILDREN',
      );
    expect(v([], []).value).toBe(1);
    expect(v([], ['2012-01-01']).value).toBe(1); // 14, the child is 8
    const same = v([], ['2017-06-01', '2012-01-01']); // 8 and 14
    expect(same.value).toBe(0.5);
    expect(same.explanation).toBe('Der bor 2 andre børn i hjemmet, heraf 1 på barnets alder (±1 år).');
    expect(v(['OTHER_CHILDREN'], []).value).toBe(0.3);
    expect(v(['NO_OTHER_CHILDREN'], ['2012-01-01']).value).toBe(0.1);
    expect(v(['NO_OTHER_CHILDREN'], []).explanation).toBe(
      'Der bor ingen andre børn i hjemmet, som barnet ønsker.',
    );
  });
});
