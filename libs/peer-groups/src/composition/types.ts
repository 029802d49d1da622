/**
 * The composition algorithm's inputs and outputs: plain data, no database. The service maps participants to
 * these, so the hard rules (nobody alone, must-not pairs apart) are pure functions tests can check on random data.
 */

export interface CompositionChild {
  id: string;
  /** Age in years (fractions allowed). */
  age: number;
  /** Where the child lives; null when unknown (the child is then placed on age alone). */
  lat: number | null;
  lon: number | null;
}

export type ChildPair = readonly [string, string];

export interface CompositionWeights {
  /** Cost of one year's age difference between two group mates. */
  agePerYear: number;
  /** Cost of one kilometre (straight line) between two group mates' homes. */
  perKm: number;
  /** Cost of putting two children together again who were in a group before. */
  earlierMate: number;
}

export const DEFAULT_WEIGHTS: CompositionWeights = { agePerYear: 4, perKm: 1, earlierMate: 60 };

export interface CompositionInput {
  children: readonly CompositionChild[];
  /** Desired group size (at least 2); groups get this size or one more/less so nobody is left over. */
  groupSize: number;
  /** "Must not be in the same group" (safeguarding): a hard rule. */
  mustNot: readonly ChildPair[];
  /** Pairs who were group mates before: avoided, not forbidden. */
  earlierMates: readonly ChildPair[];
  weights?: Partial<CompositionWeights>;
  /** Seed of the local search's random order: the same input and seed give the same proposal. */
  seed?: number;
  /** Local search stops after this many passes without improvement or when the time budget is used. */
  maxPasses?: number;
  timeBudgetMs?: number;
}

export enum UnplacedReason {
  /** Fewer than two children to form any group with. */
  TOO_FEW = 'TOO_FEW',
  /** The child must not be together with any of the other children. */
  MUST_NOT_ALL = 'MUST_NOT_ALL',
  /** Every possible group holds someone the child must not be with. */
  MUST_NOT_CONFLICT = 'MUST_NOT_CONFLICT',
}

export const UNPLACED_MESSAGE_DA: Record<UnplacedReason, string> = {
  [UnplacedReason.TOO_FEW]:
    'Der er ikke andre børn at danne en gruppe med, og ingen skal stå alene i en gruppe.',
  [UnplacedReason.MUST_NOT_ALL]:
    'Barnet må ikke være i gruppe med nogen af de andre valgte børn (sikkerhedshensyn).',
  [UnplacedReason.MUST_NOT_CONFLICT]:
    'Hver mulig gruppe har et barn, som barnet ikke må være sammen med (sikkerhedshensyn).',
};

export interface UnplacedChild {
  childId: string;
  reason: UnplacedReason;
  message: string;
}

export interface ProposedGroup {
  childIds: string[];
  ageMin: number;
  ageMax: number;
  /** Centre of the members' homes (null when nobody's home is known). */
  lat: number | null;
  lon: number | null;
  /** Longest straight-line distance from a member's home to the centre. */
  maxKmFromCentre: number;
  /** Pairs in the group who were group mates before. */
  earlierMatePairs: number;
}

export interface CompositionResult {
  groups: ProposedGroup[];
  unplaced: UnplacedChild[];
  /** The objective: summed pair costs within groups (lower is better). */
  cost: number;
}
