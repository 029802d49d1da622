/** What decides a request's place in the allocation order (the fields the api returns per ranked request). */
export interface RankInputs {
  strained: boolean;
  priorDays: number;
}

/**
 * Why a request stands where it does: strained placements first, then the fewest døgn in the past year, and a
 * lottery only between neighbours that are equal on both — so "lodtrækning" is shown only where it decided.
 */
export function rankReasons(list: readonly RankInputs[], index: number): { strained: boolean; tie: boolean } {
  const me = list[index];
  if (!me) return { strained: false, tie: false };
  const same = (other?: RankInputs) =>
    !!other && other.strained === me.strained && other.priorDays === me.priorDays;
  return { strained: me.strained, tie: same(list[index - 1]) || same(list[index + 1]) };
}
