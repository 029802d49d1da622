import { assignBatch, hungarianMinCost } from './assignment';
import {
  familyFixture,
  needFixture,
  randomFamily,
  randomNeed,
  randomTools,
  type RandomTools,
} from './random-instances';
import { evaluate } from './scoring';
import type { BatchResult, FamilyInput, NeedInput, Weights } from './types';
import { DEFAULT_WEIGHTS, FACTOR_KEYS } from './vocabulary';

const TODAY = '2026-03-15';
const AARHUS = { lat: 56.1529, lon: 10.2039 };
const north = (km: number) => ({ lat: AARHUS.lat + km / 111.195, lon: AARHUS.lon });

/** (children placed, network families used, total score in tenths): compared lexicographically. */
type Objective = [number, number, number];

function compareObjective(a: Objective, b: Objective): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

function objectiveOf(result: BatchResult, needs: readonly NeedInput[]): Objective {
  const size = new Map(needs.map((n) => [n.id, n.children.length]));
  let children = 0;
  let network = 0;
  let tenths = 0;
  for (const a of result.assignments) {
    children += size.get(a.needId) ?? 0;
    if (a.network) network++;
    tenths += Math.round(a.score * 10);
  }
  return [children, network, tenths];
}

/** Every injective assignment of needs to eligible families (or none), scored through the public evaluate(). */
function bruteForce(
  needs: readonly NeedInput[],
  families: readonly FamilyInput[],
  weights: Weights,
): Objective {
  const edges = needs.map((need) =>
    families.map((family) => {
      const e = evaluate(need, family, weights, TODAY);
      return e.eligible ? { tenths: Math.round(e.score * 10), network: e.network ? 1 : 0 } : null;
    }),
  );
  const used = new Array<boolean>(families.length).fill(false);
  let best: Objective = [0, 0, 0];
  const walk = (i: number, acc: Objective): void => {
    if (i === needs.length) {
      if (compareObjective(acc, best) > 0) best = [...acc];
      return;
    }
    walk(i + 1, acc);
    for (let j = 0; j < families.length; j++) {
      const edge = edges[i][j];
      if (!edge || used[j]) continue;
      used[j] = true;
      walk(i + 1, [acc[0] + needs[i].children.length, acc[1] + edge.network, acc[2] + edge.tenths]);
      used[j] = false;
    }
  };
  walk(0, [0, 0, 0]);
  return best;
}

/** Families loosened at random so that small instances have many eligible pairs and real competition. */
function smallInstance(t: RandomTools, k: number): { needs: NeedInput[]; families: FamilyInput[] } {
  const families = Array.from({ length: t.int(1, 7) }, (_, j) => {
    const f = randomFamily(t, `f${k}-${j}`, { today: TODAY });
    if (t.chance(0.7)) {
      Object.assign(f, { approvalTypes: [t.pick(['FORSTAERKET', 'SPECIALISERET'])], vacancies: t.int(1, 3) });
      Object.assign(f, { ageMin: 0, ageMax: 17, takesSiblings: t.chance(0.8) });
      f.consultantAssessment = { ...f.consultantAssessment, needsExcluded: [], siblings: null };
      f.familyPreferences = { ...f.familyPreferences, siblings: null };
    }
    return f;
  });
  const ids = families.map((f) => f.id);
  const needs = Array.from({ length: t.int(1, 6) }, (_, i) => {
    const n = randomNeed(t, `n${k}-${i}`, { today: TODAY, familyIds: ids });
    if (t.chance(0.3)) n.networkFamilyIds = [t.pick(ids)];
    return n;
  });
  return { needs, families };
}

describe('assignBatch', () => {
  it('finds the exact optimum that brute force finds, on 400 small random instances', () => {
    const t = randomTools(4242);
    let nonTrivial = 0;
    for (let k = 0; k < 400; k++) {
      const { needs, families } = smallInstance(t, k);
      const weights =
        k % 2 === 0
          ? DEFAULT_WEIGHTS
          : (Object.fromEntries(FACTOR_KEYS.map((key) => [key, t.int(0, 10)])) as Weights);
      const result = assignBatch(needs, families, weights, TODAY);
      const best = bruteForce(needs, families, weights);
      expect(objectiveOf(result, needs)).toEqual(best);

      // The result itself is consistent: eligible pairs, each family and need at most once, scores as evaluated.
      const familyById = new Map(families.map((f) => [f.id, f]));
      const needById = new Map(needs.map((n) => [n.id, n]));
      const usedFamilies = new Set<string>();
      let totalTenths = 0;
      for (const a of result.assignments) {
        const need = needById.get(a.needId);
        const family = familyById.get(a.familyId);
        if (!need || !family) throw new Error('unknown id in result');
        const e = evaluate(need, family, weights, TODAY);
        expect(e.eligible).toBe(true);
        expect(a.score).toBe(e.score);
        expect(a.network).toBe(e.network);
        expect(usedFamilies.has(a.familyId)).toBe(false);
        usedFamilies.add(a.familyId);
        totalTenths += Math.round(a.score * 10);
      }
      expect(Math.round(result.totalScore * 10)).toBe(totalTenths);
      expect([...result.assignments.map((a) => a.needId), ...result.unassigned].sort()).toEqual(
        needs.map((n) => n.id).sort(),
      );
      if (result.assignments.length >= 2) nonTrivial++;
    }
    expect(nonTrivial).toBeGreaterThan(150);
  });

  it('places the most children first, even at a lower total score', () => {
    const siblings = needFixture({
      id: 'siblings',
      schoolLocation: AARHUS,
      children: [
        { id: 'a', firstName: 'Alma', birthDate: '2016-05-01' },
        { id: 'b', firstName: 'Bo', birthDate: '2019-09-30' },
      ],
    });
    const single = needFixture({ id: 'single', schoolLocation: north(40) });
    // The one family lives far from the siblings' school and next to the single child's: the single child
    // would score higher, but two children placed beat one.
    const family = familyFixture({ id: 'fam', vacancies: 2, location: north(40) });
    const result = assignBatch([single, siblings], [family], DEFAULT_WEIGHTS, TODAY);
    expect(result.assignments.map((a) => a.needId)).toEqual(['siblings']);
    expect(result.unassigned).toEqual(['single']);
    expect(result.eligibleFamilies).toEqual({ single: 1 });
  });

  it('uses the network family where eligible before the higher total score', () => {
    // A's aunt N lives far away; G lives by A's school. B lives by N. Without network-first the best total is
    // A→G, B→N; with the aunt used for A, B gets G.
    const a = needFixture({ id: 'A', schoolLocation: AARHUS, networkFamilyIds: ['N'] });
    const b = needFixture({ id: 'B', schoolLocation: north(50) });
    const n = familyFixture({ id: 'N', approvalTypes: ['NETVAERK'], location: north(50) });
    const nAlso = { ...n, approvalTypes: ['ALMEN', 'NETVAERK'] };
    const g = familyFixture({ id: 'G', location: AARHUS });
    const result = assignBatch([a, b], [nAlso, g], DEFAULT_WEIGHTS, TODAY);
    expect(result.assignments).toEqual([
      expect.objectContaining({ needId: 'A', familyId: 'N', network: true }),
      expect.objectContaining({ needId: 'B', familyId: 'G', network: false }),
    ]);
  });

  it('gives a family at most one need per round, whatever its vacancies', () => {
    const needs = [needFixture({ id: 'n1' }), needFixture({ id: 'n2' }), needFixture({ id: 'n3' })];
    const result = assignBatch(needs, [familyFixture({ vacancies: 3 })], DEFAULT_WEIGHTS, TODAY);
    expect(result.assignments).toHaveLength(1);
    expect(result.unassigned).toHaveLength(2);
    // The two left over could have gone to the family: they wait for the next round, not for a new family.
    expect(Object.values(result.eligibleFamilies)).toEqual([1, 1]);
  });

  it('handles empty input and needs nobody can take', () => {
    expect(assignBatch([], [familyFixture()], DEFAULT_WEIGHTS, TODAY)).toEqual({
      assignments: [],
      unassigned: [],
      eligibleFamilies: {},
      totalScore: 0,
    });
    const r = assignBatch(
      [needFixture({ supportLevel: 'SPECIALISERET' })],
      [familyFixture()],
      DEFAULT_WEIGHTS,
      TODAY,
    );
    expect(r).toEqual({
      assignments: [],
      unassigned: ['need-1'],
      eligibleFamilies: { 'need-1': 0 },
      totalScore: 0,
    });
  });
});

describe('hungarianMinCost', () => {
  it('matches brute force over all injections on random integer matrices', () => {
    const t = randomTools(5);
    for (let k = 0; k < 300; k++) {
      const rows = t.int(1, 5);
      const cols = t.int(rows, 6);
      const cost = new Float64Array(rows * cols);
      for (let x = 0; x < cost.length; x++) cost[x] = t.int(-50, 50);
      const rowOfColumn = hungarianMinCost(cost, rows, cols);
      let got = 0;
      const rowsSeen = new Set<number>();
      rowOfColumn.forEach((i, j) => {
        if (i >= 0) {
          got += cost[i * cols + j];
          rowsSeen.add(i);
        }
      });
      expect(rowsSeen.size).toBe(rows);
      let best = Infinity;
      const used = new Array<boolean>(cols).fill(false);
      const walk = (i: number, acc: number): void => {
        if (i === rows) {
          best = Math.min(best, acc);
          return;
        }
        for (let j = 0; j < cols; j++) {
          if (used[j]) continue;
          used[j] = true;
          walk(i + 1, acc + cost[i * cols + j]);
          used[j] = false;
        }
      };
      walk(0, 0);
      expect(got).toBe(best);
    }
  });
});
