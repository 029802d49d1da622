import { ChildPair, CompositionInput, CompositionResult, UnplacedReason } from './types';

const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * Every hard rule of a proposal, checked from scratch (used by the tests, the benchmark and the service before
 * it saves): no group of one, no must-not pair together, every child exactly once (in a group or listed with a
 * reason), and a child listed as "must not be with anyone" really has a must-not pair with every other child.
 * Returns the broken rules in English for developers; an empty list means every rule holds.
 */
export function checkComposition(
  input: Pick<CompositionInput, 'children' | 'mustNot'>,
  result: Pick<CompositionResult, 'groups' | 'unplaced'>,
): string[] {
  const problems: string[] = [];
  const forbidden = new Set(input.mustNot.map(([a, b]) => key(a, b)));
  const seen = new Map<string, number>();
  result.groups.forEach((g, gi) => {
    if (g.childIds.length < 2) problems.push(`group ${gi} has ${g.childIds.length} member(s)`);
    for (let u = 0; u < g.childIds.length; u++)
      for (let v = u + 1; v < g.childIds.length; v++)
        if (forbidden.has(key(g.childIds[u], g.childIds[v])))
          problems.push(`group ${gi} holds the must-not pair ${g.childIds[u]} / ${g.childIds[v]}`);
    for (const id of g.childIds) seen.set(id, (seen.get(id) ?? 0) + 1);
  });
  for (const u of result.unplaced) {
    seen.set(u.childId, (seen.get(u.childId) ?? 0) + 1);
    if (!u.message) problems.push(`${u.childId} is left out without a reason`);
  }
  const ids = new Set(input.children.map((c) => c.id));
  for (const id of ids) if (seen.get(id) !== 1) problems.push(`${id} appears ${seen.get(id) ?? 0} times`);
  for (const id of seen.keys()) if (!ids.has(id)) problems.push(`${id} was not an input child`);
  const unplacedAll = result.unplaced.filter((u) => u.reason === UnplacedReason.MUST_NOT_ALL);
  const grouped = result.groups.flatMap((g) => g.childIds);
  for (const u of unplacedAll)
    if (grouped.some((other) => !forbidden.has(key(u.childId, other))))
      problems.push(`${u.childId} is said to conflict with everyone but could join ${grouped.length} others`);
  return problems;
}

export type MoveProblem =
  | { kind: 'MUST_NOT'; otherId: string }
  | { kind: 'LEAVES_ALONE'; otherId: string }
  | { kind: 'ALREADY_THERE' }
  | { kind: 'UNKNOWN_CHILD' }
  | { kind: 'UNKNOWN_GROUP' };

/** Why moving a child to another proposed group would break a hard rule (empty: the move is allowed). */
export function moveProblems(
  groups: readonly (readonly string[])[],
  childId: string,
  toGroup: number,
  mustNot: readonly ChildPair[],
): MoveProblem[] {
  const from = groups.findIndex((g) => g.includes(childId));
  if (from < 0) return [{ kind: 'UNKNOWN_CHILD' }];
  if (!Number.isInteger(toGroup) || toGroup < 0 || toGroup >= groups.length)
    return [{ kind: 'UNKNOWN_GROUP' }];
  if (from === toGroup) return [{ kind: 'ALREADY_THERE' }];
  const forbidden = new Set(mustNot.map(([a, b]) => key(a, b)));
  const problems: MoveProblem[] = groups[toGroup]
    .filter((other) => forbidden.has(key(childId, other)))
    .map((otherId) => ({ kind: 'MUST_NOT', otherId }));
  if (groups[from].length === 2)
    problems.push({ kind: 'LEAVES_ALONE', otherId: groups[from].find((c) => c !== childId) as string });
  return problems;
}
