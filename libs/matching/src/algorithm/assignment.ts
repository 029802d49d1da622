import {
  type FamilyContext,
  MatchingInputError,
  type NeedContext,
  prepareFamily,
  prepareNeed,
} from './context';
import { planWeights, quickScoreTenths } from './scoring';
import type { Assignment, BatchResult, FamilyInput, NeedInput, Weights } from './types';

/** The highest score in tenths (100.0). */
const MAX_TENTHS = 1000;

/**
 * Integer edge weights that make one maximum-weight matching lexicographic: first the number of children
 * placed, then the number of network families used, then the total score (in tenths). `k` is the largest
 * possible number of assignments; each tier's unit exceeds everything the lower tiers can add up to.
 */
export function lexicographicUnits(k: number): { network: number; child: number } {
  const network = MAX_TENTHS * k + 1;
  const child = k * network + MAX_TENTHS * k + 1;
  return { network, child };
}

/**
 * Exact best assignment of one batch of waiting needs to families.
 *
 * Model: in one batch round a family receives at most ONE need (one child or one sibling group), whatever
 * its vacancies — a new placement needs time to settle before another child arrives, and the consultant
 * decides on the next one after that. Only eligible pairs (no hard rule broken) are edges.
 *
 * Objective, lexicographic: most children placed, then most network families used, then the highest total
 * score. Solved as one maximum-weight bipartite matching with the Hungarian method (shortest augmenting
 * paths with potentials) on the needs × candidate-families cost matrix: exact, not greedy.
 */
export function assignBatch(
  needs: readonly NeedInput[],
  families: readonly FamilyInput[],
  weights: Weights,
  today: string,
): BatchResult {
  const plan = planWeights(weights);
  const needCtx: NeedContext[] = needs.map((need) => prepareNeed(need, today));
  const n = needs.length;
  if (n === 0) return { assignments: [], unassigned: [], eligibleFamilies: {}, totalScore: 0 };
  const day = needCtx[0].today;
  const familyCtx: FamilyContext[] = families.map((f) => prepareFamily(f, day));
  const m = families.length;

  // Score every pair once; -1 = ineligible. Columns no need can use are dropped before the solve.
  const tenths = new Int32Array(n * m);
  const usable = new Uint8Array(m);
  const eligibleCount = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const nc = needCtx[i];
    for (let j = 0; j < m; j++) {
      const t = quickScoreTenths(nc, familyCtx[j], plan);
      tenths[i * m + j] = t;
      if (t >= 0) {
        usable[j] = 1;
        eligibleCount[i]++;
      }
    }
  }
  const columns: number[] = [];
  for (let j = 0; j < m; j++) if (usable[j]) columns.push(j);
  const mc = columns.length;
  if (mc === 0)
    return {
      assignments: [],
      unassigned: needs.map((x) => x.id),
      eligibleFamilies: Object.fromEntries(needs.map((x) => [x.id, 0])),
      totalScore: 0,
    };

  const k = Math.min(n, mc);
  const units = lexicographicUnits(k);
  let maxChildren = 0;
  for (const nc of needCtx) maxChildren += nc.groupSize;
  if (maxChildren * units.child + k * units.network + MAX_TENTHS * k > Number.MAX_SAFE_INTEGER) {
    throw new MatchingInputError('MATCHING.BATCH_TOO_LARGE', 'Batch too large for exact integer weights');
  }

  // Cost = −weight for an eligible pair, 0 otherwise (0 = "not assigned"). With at least n columns every
  // partial matching extends to a full row assignment of the same cost, so the minimum-cost assignment is
  // the maximum-weight matching.
  const cols = Math.max(mc, n);
  const cost = new Float64Array(n * cols);
  for (let i = 0; i < n; i++) {
    const nc = needCtx[i];
    for (let c = 0; c < mc; c++) {
      const j = columns[c];
      const t = tenths[i * m + j];
      if (t < 0) continue;
      const network = nc.networkIds.has(familyCtx[j].family.id) ? 1 : 0;
      cost[i * cols + c] = -(nc.groupSize * units.child + network * units.network + t);
    }
  }

  const rowOfColumn = hungarianMinCost(cost, n, cols);

  const assignedFamily = new Int32Array(n).fill(-1);
  for (let c = 0; c < mc; c++) {
    const i = rowOfColumn[c];
    if (i >= 0 && cost[i * cols + c] < 0) assignedFamily[i] = columns[c];
  }
  const assignments: Assignment[] = [];
  const unassigned: string[] = [];
  const eligibleFamilies: Record<string, number> = {};
  let totalTenths = 0;
  for (let i = 0; i < n; i++) {
    const j = assignedFamily[i];
    if (j < 0) {
      unassigned.push(needs[i].id);
      eligibleFamilies[needs[i].id] = eligibleCount[i];
      continue;
    }
    const t = tenths[i * m + j];
    totalTenths += t;
    assignments.push({
      needId: needs[i].id,
      familyId: families[j].id,
      score: t / 10,
      network: needCtx[i].networkIds.has(families[j].id),
    });
  }
  return { assignments, unassigned, eligibleFamilies, totalScore: totalTenths / 10 };
}

/**
 * Minimum-cost assignment of every row to a distinct column (rows ≤ columns), the Hungarian method in its
 * shortest-augmenting-path form with row/column potentials: O(rows² × columns). Returns, per column, the
 * row assigned to it or -1. Costs are integers below 2^53, so every potential stays exact.
 */
export function hungarianMinCost(cost: Float64Array, rows: number, cols: number): Int32Array {
  if (rows > cols) throw new RangeError('hungarianMinCost needs rows <= columns');
  // 1-based internally: column 0 is the virtual start of each augmenting path.
  const u = new Float64Array(rows + 1);
  const v = new Float64Array(cols + 1);
  const p = new Int32Array(cols + 1); // p[j] = row (1-based) matched to column j, 0 = free
  const way = new Int32Array(cols + 1);
  const minv = new Float64Array(cols + 1);
  const used = new Uint8Array(cols + 1);
  for (let i = 1; i <= rows; i++) {
    p[0] = i;
    let j0 = 0;
    minv.fill(Infinity);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      const base = (i0 - 1) * cols - 1;
      const ui0 = u[i0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= cols; j++) {
        if (used[j]) continue;
        const cur = cost[base + j] - ui0 - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= cols; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else {
          minv[j] -= delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0 !== 0);
  }
  const rowOfColumn = new Int32Array(cols).fill(-1);
  for (let j = 1; j <= cols; j++) if (p[j] > 0) rowOfColumn[j - 1] = p[j] - 1;
  return rowOfColumn;
}
