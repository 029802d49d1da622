import { checkComposition, moveProblems } from './check';
import { proposeGroups } from './compose';
import { randomInstance } from './random-instances';
import { ChildPair, CompositionChild, CompositionInput, UnplacedReason } from './types';

const at = (id: string, age: number, lat = 56.15, lon = 10.2): CompositionChild => ({ id, age, lat, lon });

/** Whether the children can all be split into groups of two or more with no must-not pair together. */
function feasible(ids: string[], mustNot: readonly ChildPair[]): boolean {
  const bad = new Set(mustNot.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]));
  const groups: string[][] = [];
  const place = (k: number): boolean => {
    if (k === ids.length) return groups.every((g) => g.length >= 2);
    const c = ids[k];
    for (const g of groups) {
      if (g.some((o) => bad.has(`${c}|${o}`))) continue;
      g.push(c);
      if (place(k + 1)) return true;
      g.pop();
    }
    groups.push([c]);
    const ok = place(k + 1);
    groups.pop();
    return ok;
  };
  return place(0);
}

/** The proposal's objective for any partition: summed pair costs (same default weights as the algorithm). */
function partitionCost(input: CompositionInput, groups: string[][]): number {
  const byId = new Map(input.children.map((c) => [c.id, c]));
  const mates = new Set(input.earlierMates.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]));
  let cost = 0;
  for (const g of groups)
    for (let u = 0; u < g.length; u++)
      for (let v = u + 1; v < g.length; v++) {
        const a = byId.get(g[u]) as CompositionChild;
        const b = byId.get(g[v]) as CompositionChild;
        const km =
          a.lat == null || b.lat == null
            ? 0
            : Math.hypot(
                ((a.lon as number) - (b.lon as number)) * 111.32 * Math.cos((56.15 * Math.PI) / 180),
                (a.lat - b.lat) * 110.574,
              );
        cost += 4 * Math.abs(a.age - b.age) + km + (mates.has(`${g[u]}|${g[v]}`) ? 60 : 0);
      }
  return cost;
}

describe('peer group composition', () => {
  it('holds every hard rule on 400 random instances (sizes, dense must-not pairs, unknown homes)', () => {
    let withConflicts = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const children = seed % 50 === 0 ? seed % 3 : 2 + ((seed * 7) % 90);
      const input = randomInstance(seed, {
        children,
        groupSize: 2 + (seed % 8),
        // Up to one must-not pair per child: far denser than the ~50 among 2,000 a municipality has.
        mustNotPairs: (seed * 13) % (children + 1),
        earlierGroups: seed % 5,
        earlierGroupSize: 5,
        unknownLocation: seed % 4 === 0 ? 0.2 : 0,
      });
      const result = proposeGroups(input);
      expect({ seed, problems: checkComposition(input, result) }).toEqual({ seed, problems: [] });
      if (input.mustNot.length) withConflicts++;
      // Nobody is left out while a valid grouping of everyone exists (checked exhaustively on small inputs).
      if (
        children <= 9 &&
        feasible(
          input.children.map((c) => c.id),
          input.mustNot,
        )
      )
        expect({ seed, unplaced: result.unplaced }).toEqual({ seed, unplaced: [] });
      // With at most one must-not pair per child and six or more children, everyone always fits.
      if (children >= 6) expect({ seed, unplaced: result.unplaced }).toEqual({ seed, unplaced: [] });
    }
    expect(withConflicts).toBeGreaterThan(300);
  });

  it('sizes groups at the desired size or one off, never one alone', () => {
    for (const [n, size] of [
      [3, 2],
      [5, 2],
      [7, 3],
      [10, 4],
      [23, 6],
      [101, 8],
    ]) {
      const input = randomInstance(n, { children: n, groupSize: size, mustNotPairs: 0 });
      const sizes = proposeGroups(input).groups.map((g) => g.childIds.length);
      expect(sizes.reduce((s, x) => s + x, 0)).toBe(n);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(2);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });

  it('gives a reason per child when a group is impossible', () => {
    expect(proposeGroups({ children: [], groupSize: 4, mustNot: [], earlierMates: [] })).toMatchObject({
      groups: [],
      unplaced: [],
    });
    expect(
      proposeGroups({ children: [at('a', 9)], groupSize: 4, mustNot: [], earlierMates: [] }).unplaced,
    ).toEqual([expect.objectContaining({ childId: 'a', reason: UnplacedReason.TOO_FEW })]);
    const pair = proposeGroups({
      children: [at('a', 9), at('b', 9)],
      groupSize: 2,
      mustNot: [['a', 'b']],
      earlierMates: [],
    });
    expect(pair.groups).toEqual([]);
    expect(pair.unplaced.map((u) => u.reason)).toEqual([
      UnplacedReason.MUST_NOT_ALL,
      UnplacedReason.MUST_NOT_ALL,
    ]);
    expect(pair.unplaced[0].message).toMatch(/må ikke være i gruppe/);
    // c must not be with anyone; the other three still form a group.
    const three = proposeGroups({
      children: [at('a', 9), at('b', 9), at('c', 9), at('d', 9)],
      groupSize: 2,
      mustNot: [
        ['c', 'a'],
        ['c', 'b'],
        ['c', 'd'],
      ],
      earlierMates: [],
    });
    expect(three.unplaced.map((u) => u.childId)).toEqual(['c']);
    expect(three.groups.map((g) => g.childIds.sort())).toEqual([['a', 'b', 'd']]);
  });

  it('keeps ages together and travel short', () => {
    const young = ['y1', 'y2', 'y3', 'y4'].map((id, i) => at(id, 6 + i * 0.3));
    const old = ['o1', 'o2', 'o3', 'o4'].map((id, i) => at(id, 15 + i * 0.5));
    const ages = proposeGroups({ children: [...old, ...young], groupSize: 4, mustNot: [], earlierMates: [] });
    expect(ages.groups.map((g) => g.childIds.sort())).toEqual([
      ['y1', 'y2', 'y3', 'y4'],
      ['o1', 'o2', 'o3', 'o4'],
    ]);
    const aarhus = ['a1', 'a2', 'a3'].map((id) => at(id, 10, 56.156, 10.21));
    const silkeborg = ['s1', 's2', 's3'].map((id) => at(id, 10, 56.17, 9.55));
    const place = proposeGroups({
      children: [aarhus[0], silkeborg[0], aarhus[1], silkeborg[1], aarhus[2], silkeborg[2]],
      groupSize: 3,
      mustNot: [],
      earlierMates: [],
    });
    expect(place.groups.map((g) => g.childIds.sort())).toEqual(
      expect.arrayContaining([
        ['a1', 'a2', 'a3'],
        ['s1', 's2', 's3'],
      ]),
    );
    expect(Math.max(...place.groups.map((g) => g.maxKmFromCentre))).toBeLessThan(1);
  });

  it('repeats no earlier group mates when that is avoidable', () => {
    // Twelve children alike in age and place who were in four groups of three: regrouping in fours can mix
    // them fully (one from each earlier group), so no pair may meet again.
    const ids = Array.from({ length: 12 }, (_, i) => `c${i}`);
    const children = ids.map((id, i) => at(id, 10 + (i % 3) * 0.2));
    const earlierMates: ChildPair[] = [];
    for (let g = 0; g < 4; g++)
      for (let u = 0; u < 3; u++)
        for (let v = u + 1; v < 3; v++) earlierMates.push([ids[g * 3 + u], ids[g * 3 + v]]);
    for (let seed = 1; seed <= 20; seed++) {
      const result = proposeGroups({ children, groupSize: 4, mustNot: [], earlierMates, seed });
      expect(result.groups.reduce((s, g) => s + g.earlierMatePairs, 0)).toBe(0);
    }
  });

  it('beats random grouping by far on 2,000 children and keeps must-not pairs apart', () => {
    const input = randomInstance(7, {
      children: 2000,
      groupSize: 8,
      mustNotPairs: 50,
      earlierGroups: 200,
      earlierGroupSize: 6,
    });
    const result = proposeGroups(input);
    expect(checkComposition(input, result)).toEqual([]);
    expect(result.unplaced).toEqual([]);
    const shuffled = input.children.map((c) => c.id).sort(() => 0.5 - Math.random());
    const sizes = result.groups.map((g) => g.childIds.length);
    let at0 = 0;
    const random = sizes.map((s) => shuffled.slice(at0, (at0 += s)));
    const own = partitionCost(
      input,
      result.groups.map((g) => g.childIds),
    );
    expect(Math.abs(own - result.cost) / result.cost).toBeLessThan(0.001);
    expect(result.cost).toBeLessThan(partitionCost(input, random) * 0.25);
    // Ages stay within a few years in a typical group.
    const spreads = result.groups.map((g) => g.ageMax - g.ageMin).sort((a, b) => a - b);
    expect(spreads[Math.floor(spreads.length / 2)]).toBeLessThan(3);
  });

  it('gives the same proposal for the same input and seed', () => {
    const input = randomInstance(3, { children: 300, groupSize: 6, mustNotPairs: 10, earlierGroups: 20 });
    expect(proposeGroups({ ...input, timeBudgetMs: 60_000 })).toEqual(
      proposeGroups({ ...input, timeBudgetMs: 60_000 }),
    );
  });

  it('explains why a move between proposed groups would break a rule', () => {
    const groups = [
      ['a', 'b'],
      ['c', 'd', 'e'],
    ];
    expect(moveProblems(groups, 'a', 1, [['a', 'd']])).toEqual([
      { kind: 'MUST_NOT', otherId: 'd' },
      { kind: 'LEAVES_ALONE', otherId: 'b' },
    ]);
    expect(moveProblems(groups, 'c', 0, [])).toEqual([]);
    expect(moveProblems(groups, 'c', 1, [])).toEqual([{ kind: 'ALREADY_THERE' }]);
    expect(moveProblems(groups, 'x', 1, [])).toEqual([{ kind: 'UNKNOWN_CHILD' }]);
    expect(moveProblems(groups, 'c', 5, [])).toEqual([{ kind: 'UNKNOWN_GROUP' }]);
  });
});
