import { familyFixture, needFixture, randomFamilies, randomNeeds, randomTools } from './random-instances';
import { compareEvaluations, explainEvaluation, rank } from './rank';
import { evaluate } from './scoring';
import { DEFAULT_WEIGHTS } from './vocabulary';

const TODAY = '2026-03-15';
const AARHUS = { lat: 56.1529, lon: 10.2039 };
const north = (km: number) => ({ lat: AARHUS.lat + km / 111.195, lon: AARHUS.lon });

describe('rank', () => {
  it('puts the network family first even when others score higher; then score desc, ties by family id', () => {
    const need = needFixture({ schoolLocation: AARHUS, networkFamilyIds: ['z-aunt'] });
    const families = [
      familyFixture({ id: 'b-near', location: north(1) }),
      familyFixture({ id: 'z-aunt', approvalTypes: ['NETVAERK'], location: north(60) }),
      familyFixture({ id: 'a-near', location: north(1) }),
      familyFixture({ id: 'c-mid', location: north(15) }),
      familyFixture({ id: 'd-relief', approvalTypes: ['AFLASTNING'], location: north(1) }),
    ];
    const ranked = rank(need, families, DEFAULT_WEIGHTS, TODAY);
    expect(ranked.map((e) => e.familyId)).toEqual(['z-aunt', 'a-near', 'b-near', 'c-mid']);
    expect(ranked[0].network).toBe(true);
    expect(ranked[0].score).toBeLessThan(ranked[1].score);
    expect(ranked[1].score).toBe(ranked[2].score);
    expect(explainEvaluation(ranked[0])).toMatch(/^Netværksfamilie for barnet, derfor vist først\./);
  });

  it('on random data: network families first, then score desc, ties by id, and every entry equals evaluate()', () => {
    const t = randomTools(99);
    const families = randomFamilies(t, 1500, { today: TODAY });
    const ids = families.map((f) => f.id);
    const byId = new Map(families.map((f) => [f.id, f]));
    let networkSeen = 0;
    for (const need of randomNeeds(t, 40, { today: TODAY, familyIds: ids })) {
      // Two or three network families per need, so the ordering among them is tested too.
      need.networkFamilyIds = [t.pick(ids), t.pick(ids), t.pick(ids)];
      const ranked = rank(need, families, DEFAULT_WEIGHTS, TODAY, 10000);
      for (let k = 1; k < ranked.length; k++) {
        expect(compareEvaluations(ranked[k - 1], ranked[k])).toBeLessThan(0);
        if (ranked[k].network) expect(ranked[k - 1].network).toBe(true);
      }
      for (const e of ranked) {
        const family = byId.get(e.familyId);
        if (!family) throw new Error('unknown family');
        expect(e).toEqual(evaluate(need, family, DEFAULT_WEIGHTS, TODAY));
        if (e.network) networkSeen++;
      }
      // The limit keeps the head of the same order.
      expect(rank(need, families, DEFAULT_WEIGHTS, TODAY, 5)).toEqual(ranked.slice(0, 5));
    }
    expect(networkSeen).toBeGreaterThan(5);
  });

  it('reports the conflicts between the family and the consultant and uses the consultant value', () => {
    const prefs = familyFixture().familyPreferences;
    const family = familyFixture({
      familyPreferences: { ...prefs, needsAble: ['ADHD'], siblings: false, ageMax: 6 },
      consultantAssessment: {
        ageMin: null,
        ageMax: 12,
        needsAble: ['ADHD', 'TRAUMA'],
        needsExcluded: null,
        siblings: true,
      },
      vacancies: 2,
    });
    const need = needFixture({
      needs: ['TRAUMA'],
      children: [
        { id: 'a', firstName: 'Alma', birthDate: '2018-01-10' },
        { id: 'b', firstName: 'Bo', birthDate: '2016-01-10' },
      ],
    });
    const [e] = rank(need, [family], DEFAULT_WEIGHTS, TODAY);
    // Eligible only because the consultant's "yes" to siblings wins over the family's "no".
    expect(e.eligible).toBe(true);
    expect(e.conflicts.map((c) => c.field).sort()).toEqual(['ageMax', 'needsAble', 'siblings']);
    for (const c of e.conflicts) expect(c.explanation).toMatch(/Konsulentens vurdering bruges\.$/);
    expect(e.factors.find((f) => f.key === 'EXPERIENCE')?.value).toBe(1);
    expect(e.factors.find((f) => f.key === 'PREFERENCES')?.value).toBe(1);
  });

  it('returns nothing for limit 0 and only eligible families', () => {
    expect(rank(needFixture(), [familyFixture()], DEFAULT_WEIGHTS, TODAY, 0)).toEqual([]);
    expect(rank(needFixture(), [familyFixture({ vacancies: 0 })], DEFAULT_WEIGHTS, TODAY)).toEqual([]);
  });
});
