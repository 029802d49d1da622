import { prepareFamily, prepareNeed } from './context';
import { clearlyIneligible } from './hard-rules';
import { evaluatePrepared, planWeights, quickScoreTenths } from './scoring';
import type { Evaluation, FamilyInput, NeedInput, Weights } from './types';
import { numberDa } from './vocabulary';

/**
 * Eligible families for one need, best first: the child's own network families always come first (least
 * intrusive placement), then by score, ties by family id so the order is stable between runs.
 * Only the returned `limit` families get the full Danish explanation; the rest are scored numerically by the
 * same code, so the ranking is the same as explaining every family and sorting.
 */
export function rank(
  need: NeedInput,
  families: readonly FamilyInput[],
  weights: Weights,
  today: string,
  limit = 50,
): Evaluation[] {
  if (limit <= 0) return [];
  const n = prepareNeed(need, today);
  const plan = planWeights(weights);
  const candidates: { index: number; network: boolean; tenths: number; id: string }[] = [];
  const prepared = new Array<ReturnType<typeof prepareFamily> | undefined>(families.length);
  for (let i = 0; i < families.length; i++) {
    if (clearlyIneligible(n, families[i])) continue;
    const f = prepareFamily(families[i], n.today);
    const tenths = quickScoreTenths(n, f, plan);
    if (tenths < 0) continue;
    prepared[i] = f;
    candidates.push({ index: i, network: n.networkIds.has(f.family.id), tenths, id: f.family.id });
  }
  candidates.sort(compareCandidates);
  const out: Evaluation[] = [];
  for (let k = 0; k < candidates.length && k < limit; k++) {
    const f = prepared[candidates[k].index];
    if (f) out.push(evaluatePrepared(n, f, plan));
  }
  return out;
}

function compareCandidates(
  a: { network: boolean; tenths: number; id: string },
  b: { network: boolean; tenths: number; id: string },
): number {
  if (a.network !== b.network) return a.network ? -1 : 1;
  if (a.tenths !== b.tenths) return b.tenths - a.tenths;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The ranking order as a comparator over evaluations (network first, score desc, family id). */
export function compareEvaluations(a: Evaluation, b: Evaluation): number {
  return compareCandidates(
    { network: a.network, tenths: Math.round(a.score * 10), id: a.familyId },
    { network: b.network, tenths: Math.round(b.score * 10), id: b.familyId },
  );
}

/** One Danish paragraph for a suggestion: why it is shown where it is, factor by factor. */
export function explainEvaluation(evaluation: Evaluation): string {
  if (!evaluation.eligible) {
    return `Familien kan ikke foreslås: ${evaluation.violations.map((v) => v.explanation).join(' ')}`;
  }
  const head = evaluation.network
    ? `Netværksfamilie for barnet, derfor vist først. Score ${numberDa(evaluation.score)} af 100.`
    : `Score ${numberDa(evaluation.score)} af 100.`;
  const parts = evaluation.factors.map((f) => `${f.label} (${numberDa(f.points)} point): ${f.explanation}`);
  const conflicts = evaluation.conflicts.map((c) => c.explanation);
  return [head, ...parts, ...conflicts].join(' ');
}
