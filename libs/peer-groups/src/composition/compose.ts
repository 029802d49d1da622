import {
  CompositionInput,
  CompositionResult,
  CompositionWeights,
  DEFAULT_WEIGHTS,
  ProposedGroup,
  UNPLACED_MESSAGE_DA,
  UnplacedChild,
  UnplacedReason,
} from './types';

const KM_PER_DEG_LAT = 110.574;
const KM_PER_DEG_LON_EQUATOR = 111.32;
/** Groups compared per child in the local search: the nearest ones in age and place. */
const NEIGHBOUR_GROUPS = 6;

/** mulberry32: small, fast and seedable, so a proposal can be reproduced. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Children as flat arrays (index = child): km coordinates on a local flat projection, age, adjacency sets. */
interface Problem {
  ids: string[];
  age: Float64Array;
  x: Float64Array;
  y: Float64Array;
  located: Uint8Array;
  mustNot: Set<number>[];
  mates: Set<number>[];
  w: CompositionWeights;
}

function buildProblem(input: CompositionInput): Problem {
  const seen = new Set<string>();
  const children = input.children.filter((c) => !seen.has(c.id) && seen.add(c.id));
  const n = children.length;
  const index = new Map(children.map((c, i) => [c.id, i]));
  const located = children.filter((c) => c.lat != null && c.lon != null);
  const lat0 = located.length ? located.reduce((s, c) => s + (c.lat as number), 0) / located.length : 56;
  const kmPerLon = KM_PER_DEG_LON_EQUATOR * Math.cos((lat0 * Math.PI) / 180);
  const p: Problem = {
    ids: children.map((c) => c.id),
    age: new Float64Array(n),
    x: new Float64Array(n),
    y: new Float64Array(n),
    located: new Uint8Array(n),
    mustNot: children.map(() => new Set<number>()),
    mates: children.map(() => new Set<number>()),
    w: { ...DEFAULT_WEIGHTS, ...input.weights },
  };
  children.forEach((c, i) => {
    p.age[i] = c.age;
    if (c.lat != null && c.lon != null) {
      p.located[i] = 1;
      p.x[i] = c.lon * kmPerLon;
      p.y[i] = c.lat * KM_PER_DEG_LAT;
    }
  });
  const link = (pairs: CompositionInput['mustNot'], into: Set<number>[]) => {
    for (const [a, b] of pairs) {
      const i = index.get(a);
      const j = index.get(b);
      if (i === undefined || j === undefined || i === j) continue;
      into[i].add(j);
      into[j].add(i);
    }
  };
  link(input.mustNot, p.mustNot);
  link(input.earlierMates, p.mates);
  return p;
}

function distance(p: Problem, i: number, j: number): number {
  if (!p.located[i] || !p.located[j]) return 0;
  const dx = p.x[i] - p.x[j];
  const dy = p.y[i] - p.y[j];
  // sqrt, not Math.hypot: this runs millions of times and hypot is several times slower in V8.
  return Math.sqrt(dx * dx + dy * dy);
}

/** What it costs to have i and j in one group (must-not pairs are checked separately: they are never allowed). */
function pairCost(p: Problem, i: number, j: number): number {
  return (
    p.w.agePerYear * Math.abs(p.age[i] - p.age[j]) +
    p.w.perKm * distance(p, i, j) +
    (p.mates[i].has(j) ? p.w.earlierMate : 0)
  );
}

/**
 * Proposes groups of about `groupSize` that keep ages close and travel short, never leave a child alone, never
 * put a must-not pair together and avoid earlier mates. Seeding by recursive bisection over place and age, then
 * repair of must-not pairs, then local search with swaps and size-keeping moves between neighbouring groups.
 * A child is left out only when the must-not pairs make a group impossible; the reason is given per child.
 */
export function proposeGroups(input: CompositionInput): CompositionResult {
  const started = Date.now();
  const budget = input.timeBudgetMs ?? 450;
  const p = buildProblem(input);
  const random = rng(input.seed ?? 1);
  const unplaced: UnplacedChild[] = [];
  const out = (i: number, reason: UnplacedReason) =>
    unplaced.push({ childId: p.ids[i], reason, message: UNPLACED_MESSAGE_DA[reason] });

  // Children who must not be with anyone left cannot be in any group; removing them can expose others.
  let remaining = p.ids.map((_, i) => i);
  for (;;) {
    const inSet = new Set(remaining);
    const blocked = remaining.filter(
      (i) =>
        remaining.length > 1 && [...p.mustNot[i]].filter((j) => inSet.has(j)).length >= remaining.length - 1,
    );
    if (!blocked.length) break;
    for (const i of blocked) out(i, UnplacedReason.MUST_NOT_ALL);
    const gone = new Set(blocked);
    remaining = remaining.filter((i) => !gone.has(i));
  }
  if (remaining.length < 2) {
    for (const i of remaining) out(i, UnplacedReason.TOO_FEW);
    return finish(p, [], unplaced);
  }

  const size = Math.max(2, Math.floor(input.groupSize));
  const k = Math.max(1, Math.min(Math.floor(remaining.length / 2), Math.round(remaining.length / size)));
  const groups = bisect(p, remaining, k);
  const groupOf = new Int32Array(p.ids.length).fill(-1);
  groups.forEach((g, gi) => g.forEach((i) => (groupOf[i] = gi)));

  repair(p, groups, groupOf, unplaced);
  localSearch(p, groups, groupOf, random, input.maxPasses ?? 12, () => Date.now() - started > budget);
  return finish(
    p,
    groups.filter((g) => g.length > 0),
    unplaced,
  );
}

/**
 * Recursive bisection: split along the widest of east-west, north-south and age (age scaled to km by the
 * weights), with each side sized for its share of the k groups, so every leaf is a compact group of n/k ± 1.
 */
function bisect(p: Problem, members: number[], k: number): number[][] {
  if (k <= 1) return [members];
  const ageScale = p.w.perKm > 0 ? p.w.agePerYear / p.w.perKm : 1;
  const dims: Array<(i: number) => number> = [(i) => p.x[i], (i) => p.y[i], (i) => p.age[i] * ageScale];
  let best = dims[2];
  let widest = -1;
  for (const dim of dims) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const i of members) {
      if (dim !== dims[2] && !p.located[i]) continue;
      const v = dim(i);
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    if (hi - lo > widest) {
      widest = hi - lo;
      best = dim;
    }
  }
  const sorted = [...members].sort((a, b) => best(a) - best(b));
  const k1 = Math.floor(k / 2);
  const k2 = k - k1;
  const n = members.length;
  const n1 = Math.min(n - 2 * k2, Math.max(2 * k1, Math.round((n * k1) / k)));
  return [...bisect(p, sorted.slice(0, n1), k1), ...bisect(p, sorted.slice(n1), k2)];
}

function conflictsWith(p: Problem, i: number, group: number[], except: number = -1): boolean {
  for (const j of group) if (j !== i && j !== except && p.mustNot[i].has(j)) return true;
  return false;
}

function costTo(p: Problem, i: number, group: number[], except: number = -1): number {
  let s = 0;
  for (const j of group) if (j !== i && j !== except) s += pairCost(p, i, j);
  return s;
}

function moveTo(groups: number[][], groupOf: Int32Array, i: number, to: number): void {
  const from = groupOf[i];
  groups[from].splice(groups[from].indexOf(i), 1);
  groups[to].push(i);
  groupOf[i] = to;
}

/**
 * Takes every child out of a group holding someone it must not be with: by the cheapest allowed swap, else by
 * the cheapest allowed move (the old group keeps two), else by pairing it with an allowed child from a group of
 * three or more; if none exists the child is reported, and a mate left alone by that is moved on the same way.
 */
function repair(p: Problem, groups: number[][], groupOf: Int32Array, unplaced: UnplacedChild[]): void {
  const queue: number[] = [];
  for (const g of groups) for (const i of g) if (conflictsWith(p, i, g)) queue.push(i);
  const fix = (i: number): boolean => {
    const a = groupOf[i];
    const A = groups[a];
    let bestDelta = Infinity;
    let bestAction: (() => void) | null = null;
    for (let b = 0; b < groups.length; b++) {
      if (b === a) continue;
      const B = groups[b];
      if (!B.length) continue;
      // Move i into B (A keeps at least two, or A is being emptied of a lone child).
      if ((A.length > 2 || A.length === 1) && !conflictsWith(p, i, B)) {
        const d = costTo(p, i, B) - costTo(p, i, A);
        if (d < bestDelta) {
          bestDelta = d;
          bestAction = () => moveTo(groups, groupOf, i, b);
        }
      }
      if (A.length === 1) continue;
      for (const j of B) {
        if (conflictsWith(p, i, B, j) || conflictsWith(p, j, A, i)) continue;
        const d = costTo(p, i, B, j) + costTo(p, j, A, i) - costTo(p, i, A) - costTo(p, j, B);
        if (d < bestDelta) {
          bestDelta = d;
          bestAction = () => {
            moveTo(groups, groupOf, i, b);
            moveTo(groups, groupOf, j, a);
          };
        }
      }
    }
    if (!bestAction) {
      // A new pair: i with the closest allowed child whose group keeps at least two (its own group included).
      let bestPair = Infinity;
      for (let b = 0; b < groups.length; b++) {
        const B = groups[b];
        if (B.length < (b === a ? 4 : 3)) continue;
        for (const j of B) {
          if (j === i || p.mustNot[i].has(j)) continue;
          const d = pairCost(p, i, j);
          if (d >= bestPair) continue;
          bestPair = d;
          bestAction = () => {
            groups.push([]);
            const fresh = groups.length - 1;
            moveTo(groups, groupOf, i, fresh);
            moveTo(groups, groupOf, j, fresh);
          };
        }
      }
    }
    if (!bestAction) return false;
    bestAction();
    return true;
  };
  while (queue.length) {
    const i = queue.shift() as number;
    const a = groupOf[i];
    if (a < 0) continue;
    if (!conflictsWith(p, i, groups[a]) && groups[a].length >= 2) continue;
    if (fix(i)) continue;
    // Nowhere to go: the child is reported, and a mate left alone is moved on.
    const A = groups[a];
    A.splice(A.indexOf(i), 1);
    groupOf[i] = -1;
    unplaced.push({
      childId: p.ids[i],
      reason: UnplacedReason.MUST_NOT_CONFLICT,
      message: UNPLACED_MESSAGE_DA[UnplacedReason.MUST_NOT_CONFLICT],
    });
    if (A.length === 1) queue.push(A[0]);
  }
}

/** Neighbouring groups by centre in (km, km, age) space. */
function neighbourGroups(p: Problem, groups: number[][]): number[][] {
  const ageScale = p.w.perKm > 0 ? p.w.agePerYear / p.w.perKm : 1;
  const centres = groups.map((g) => {
    let x = 0;
    let y = 0;
    let a = 0;
    let located = 0;
    for (const i of g) {
      a += p.age[i] * ageScale;
      if (p.located[i]) {
        x += p.x[i];
        y += p.y[i];
        located++;
      }
    }
    return { x: located ? x / located : 0, y: located ? y / located : 0, a: g.length ? a / g.length : 0 };
  });
  return groups.map((_, gi) =>
    groups
      .map((g, gj) => ({
        gj,
        d:
          gj === gi || !g.length
            ? Infinity
            : Math.hypot(
                centres[gi].x - centres[gj].x,
                centres[gi].y - centres[gj].y,
                centres[gi].a - centres[gj].a,
              ),
      }))
      .sort((u, v) => u.d - v.d)
      .slice(0, NEIGHBOUR_GROUPS)
      .filter((u) => u.d < Infinity)
      .map((u) => u.gj),
  );
}

function groupCost(p: Problem, g: number[]): number {
  let s = 0;
  for (let u = 0; u < g.length; u++) for (let v = u + 1; v < g.length; v++) s += pairCost(p, g[u], g[v]);
  return s;
}

/**
 * Swaps and size-keeping moves between neighbouring groups while the cost falls (must-not pairs never meet),
 * then kicks out of local minima where earlier mates are still together: swap one of them into a neighbouring
 * group, improve around it, and keep the change only if that neighbourhood got cheaper (iterated local search).
 */
function localSearch(
  p: Problem,
  groups: number[][],
  groupOf: Int32Array,
  random: () => number,
  maxPasses: number,
  outOfTime: () => boolean,
): void {
  const own = new Float64Array(p.ids.length);
  for (const g of groups) for (const i of g) own[i] = costTo(p, i, g);
  const refresh = (g: number[]) => {
    for (const i of g) own[i] = costTo(p, i, g);
  };
  const total = groups.reduce((s, g) => s + g.length, 0);
  const live = groups.filter((g) => g.length > 0).length || 1;
  const minSize = Math.max(2, Math.floor(total / live));
  const maxSize = Math.ceil(total / live);
  const shuffle = (list: number[]) => {
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [list[i], list[j]] = [list[j], list[i]];
    }
    return list;
  };

  /** One improving pass over `order`; candidate groups are the neighbours, limited to `within` when given. */
  const pass = (order: number[], neighbours: number[][], within?: Set<number>): boolean => {
    let improved = false;
    for (const i of order) {
      const a = groupOf[i];
      if (a < 0) continue;
      const A = groups[a];
      let best = -1e-9;
      let bestB = -1;
      let bestJ = -1;
      for (const b of neighbours[a]) {
        if (within && !within.has(b)) continue;
        const B = groups[b];
        if (A.length > minSize && B.length < maxSize && A.length > B.length && !conflictsWith(p, i, B)) {
          const d = costTo(p, i, B) - own[i];
          if (d < best) {
            best = d;
            bestB = b;
            bestJ = -1;
          }
        }
        for (const j of B) {
          if (p.mustNot[i].size && conflictsWith(p, i, B, j)) continue;
          if (p.mustNot[j].size && conflictsWith(p, j, A, i)) continue;
          const pij = pairCost(p, i, j);
          const d = costTo(p, i, B) - pij + (costTo(p, j, A) - pij) - own[i] - own[j];
          if (d < best) {
            best = d;
            bestB = b;
            bestJ = j;
          }
        }
      }
      if (bestB < 0) continue;
      moveTo(groups, groupOf, i, bestB);
      if (bestJ >= 0) moveTo(groups, groupOf, bestJ, a);
      refresh(groups[a]);
      refresh(groups[bestB]);
      improved = true;
    }
    return improved;
  };

  const order = shuffle(groups.flat());
  for (let n = 0; n < maxPasses && !outOfTime(); n++) {
    if (!pass(shuffle(order), neighbourGroups(p, groups))) break;
  }

  // Iterated local search on groups that still hold earlier mates; gives up after a run of failed kicks.
  const neighbours = neighbourGroups(p, groups);
  const hasMates = (g: number[]) => g.some((i) => g.some((j) => p.mates[i].has(j)));
  let failed = 0;
  for (let round = 0; round < 5000 && failed < 100 && !outOfTime(); round++) {
    const stuck = groups.map((g, gi) => (hasMates(g) ? gi : -1)).filter((gi) => gi >= 0);
    if (!stuck.length) return;
    failed++;
    const a = stuck[Math.floor(random() * stuck.length)];
    const area = [a, ...neighbours[a]].filter((g) => groups[g].length);
    if (area.length < 2) continue;
    const within = new Set(area);
    const before = area.reduce((s, g) => s + groupCost(p, groups[g]), 0);
    const saved = area.map((g) => [...groups[g]]);
    const A = groups[a];
    const i = A.find((x) => A.some((y) => p.mates[x].has(y))) as number;
    const b = area[1 + Math.floor(random() * (area.length - 1))];
    const B = groups[b];
    const j = B[Math.floor(random() * B.length)];
    if (conflictsWith(p, i, B, j) || conflictsWith(p, j, A, i)) continue;
    moveTo(groups, groupOf, i, b);
    moveTo(groups, groupOf, j, a);
    refresh(groups[a]);
    refresh(groups[b]);
    // Improve around the kick: the two changed groups' members against the neighbourhood.
    for (let n = 0; n < 2 && pass(shuffle([...groups[a], ...groups[b]]), neighbours, within); n++);
    const after = area.reduce((s, g) => s + groupCost(p, groups[g]), 0);
    if (after < before - 1e-9) {
      failed = 0;
      continue;
    }
    area.forEach((g, k) => {
      groups[g] = saved[k];
      for (const x of saved[k]) groupOf[x] = g;
      refresh(groups[g]);
    });
  }
}

function finish(p: Problem, groups: number[][], unplaced: UnplacedChild[], sort = true): CompositionResult {
  let cost = 0;
  const proposed: ProposedGroup[] = groups.map((g) => {
    let pairsCost = 0;
    let mates = 0;
    for (let u = 0; u < g.length; u++)
      for (let v = u + 1; v < g.length; v++) {
        pairsCost += pairCost(p, g[u], g[v]);
        if (p.mates[g[u]].has(g[v])) mates++;
      }
    cost += pairsCost;
    const located = g.filter((i) => p.located[i]);
    const cx = located.reduce((s, i) => s + p.x[i], 0) / (located.length || 1);
    const cy = located.reduce((s, i) => s + p.y[i], 0) / (located.length || 1);
    const ages = g.map((i) => p.age[i]);
    const lat0 = cy / KM_PER_DEG_LAT;
    return {
      childIds: g.map((i) => p.ids[i]),
      ageMin: Math.min(...ages),
      ageMax: Math.max(...ages),
      lat: located.length ? Math.round(lat0 * 1e5) / 1e5 : null,
      lon: located.length
        ? Math.round((cx / (KM_PER_DEG_LON_EQUATOR * Math.cos((meanLat(p) * Math.PI) / 180))) * 1e5) / 1e5
        : null,
      maxKmFromCentre: located.length
        ? Math.round(Math.max(...located.map((i) => Math.hypot(p.x[i] - cx, p.y[i] - cy))) * 10) / 10
        : 0,
      earlierMatePairs: mates,
    };
  });
  // Youngest groups first: a stable order for the consultant's screen.
  if (sort) proposed.sort((a, b) => a.ageMin - b.ageMin || a.ageMax - b.ageMax);
  return { groups: proposed, unplaced, cost: Math.round(cost * 100) / 100 };
}

function meanLat(p: Problem): number {
  let s = 0;
  let n = 0;
  for (let i = 0; i < p.ids.length; i++)
    if (p.located[i]) {
      s += p.y[i] / KM_PER_DEG_LAT;
      n++;
    }
  return n ? s / n : 56;
}

/** Figures (ages, centre, distance, earlier mates, cost) for given groups, in their order: after a manual move. */
export function describeGroups(
  input: Omit<CompositionInput, 'groupSize'>,
  childIdGroups: readonly (readonly string[])[],
): CompositionResult {
  const p = buildProblem({ ...input, groupSize: 2 });
  const index = new Map(p.ids.map((id, i) => [id, i]));
  const groups = childIdGroups.map((g) =>
    g.map((id) => index.get(id)).filter((i): i is number => i !== undefined),
  );
  return finish(p, groups, [], false);
}
