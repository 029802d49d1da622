import type { FamilyInput, NeedInput, PreferenceConflict, SupportLevel } from './types';
import { type PreparedPoint, preparePoint } from './haversine';
import { needLabel, WISH_FEATURES } from './vocabulary';

/**
 * Per-need and per-family work done once, so ranking 10,000 families (or scoring 300 × 3,000 pairs) only
 * compares precomputed numbers and short arrays in the hot loop.
 */

export const LEVEL_RANK: Readonly<Record<SupportLevel, number>> = {
  ALMEN: 1,
  FORSTAERKET: 2,
  SPECIALISERET: 3,
};

export class MatchingInputError extends Error {
  constructor(
    readonly code:
      | 'MATCHING.INVALID_DATE'
      | 'MATCHING.INVALID_WEIGHTS'
      | 'MATCHING.EMPTY_NEED'
      | 'MATCHING.BATCH_TOO_LARGE',
    message: string,
  ) {
    super(message);
    this.name = 'MatchingInputError';
  }
}

interface DayParts {
  year: number;
  /** month × 100 + day, so "has the birthday passed" is one comparison. */
  monthDay: number;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})/;

export function parseDay(value: string): DayParts {
  const m = DATE_RE.exec(value);
  if (!m) throw new MatchingInputError('MATCHING.INVALID_DATE', 'Expected a date as YYYY-MM-DD');
  return { year: Number(m[1]), monthDay: Number(m[2]) * 100 + Number(m[3]) };
}

/** Age in whole years on `today` (a birthday on 29 February counts from 1 March in other years). */
export function ageOn(birthDate: string, today: DayParts): number {
  const b = parseDay(birthDate);
  return today.year - b.year - (today.monthDay < b.monthDay ? 1 : 0);
}

export interface NeedContext {
  need: NeedInput;
  groupSize: number;
  childAges: number[];
  minAge: number;
  maxAge: number;
  requiredRank: number;
  school: PreparedPoint | null;
  biologicalFamily: PreparedPoint | null;
  /** Per home wish: the features that meet it, or null for NEAR_FRIENDS (judged by the school distance). */
  homeWishFeatures: (readonly string[] | null)[];
  today: DayParts;
  /** Wishes judged against the home's features (not the ones about other children). */
  homeWishes: string[];
  wantsOtherChildren: boolean;
  wantsNoOtherChildren: boolean;
  networkIds: ReadonlySet<string>;
}

const OTHER_CHILDREN_WISHES = new Set(['OTHER_CHILDREN', 'NO_OTHER_CHILDREN']);

export function prepareNeed(need: NeedInput, today: string): NeedContext {
  if (need.children.length === 0) {
    throw new MatchingInputError('MATCHING.EMPTY_NEED', 'A placement need must have at least one child');
  }
  const day = parseDay(today);
  const childAges = need.children.map((c) => ageOn(c.birthDate, day));
  const homeWishes = need.wishes.filter((w) => !OTHER_CHILDREN_WISHES.has(w));
  return {
    need,
    groupSize: need.children.length,
    childAges,
    minAge: Math.min(...childAges),
    maxAge: Math.max(...childAges),
    requiredRank: LEVEL_RANK[need.supportLevel],
    school: preparePoint(need.schoolLocation),
    biologicalFamily: preparePoint(need.biologicalFamilyLocation),
    homeWishFeatures: homeWishes.map((w) => (w === 'NEAR_FRIENDS' ? null : (WISH_FEATURES[w] ?? [w]))),
    today: day,
    homeWishes,
    wantsOtherChildren: need.wishes.includes('OTHER_CHILDREN'),
    wantsNoOtherChildren: need.wishes.includes('NO_OTHER_CHILDREN'),
    networkIds: new Set(need.networkFamilyIds),
  };
}

/** What the family prefers after the consultant's judgment is applied (the consultant's wins). */
export interface EffectivePreferences {
  ageMin: number | null;
  ageMax: number | null;
  needsAble: readonly string[];
  needsExcluded: readonly string[];
  siblings: boolean | null;
  /** Per field: true when the value is the consultant's. */
  fromConsultant: {
    ageMin: boolean;
    ageMax: boolean;
    needsAble: boolean;
    needsExcluded: boolean;
    siblings: boolean;
  };
}

export function effectivePreferences(family: FamilyInput): EffectivePreferences {
  const f = family.familyPreferences;
  const c = family.consultantAssessment;
  return {
    ageMin: c.ageMin ?? f.ageMin,
    ageMax: c.ageMax ?? f.ageMax,
    needsAble: c.needsAble ?? f.needsAble,
    needsExcluded: c.needsExcluded ?? f.needsExcluded,
    siblings: c.siblings ?? f.siblings,
    fromConsultant: {
      ageMin: c.ageMin !== null,
      ageMax: c.ageMax !== null,
      needsAble: c.needsAble !== null,
      needsExcluded: c.needsExcluded !== null,
      siblings: c.siblings !== null,
    },
  };
}

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) {
    const sa = new Set(a);
    const sb = new Set(b);
    if (sa.size !== sb.size) return false;
    for (const x of sa) if (!sb.has(x)) return false;
    return true;
  }
  return a.every((x) => b.includes(x)) && b.every((x) => a.includes(x));
}

function tagList(tags: readonly string[]): string {
  return tags.length === 0 ? 'ingen' : tags.map(needLabel).join(', ');
}

function yesNo(value: boolean): string {
  return value ? 'ja' : 'nej';
}

/**
 * Where the family's own answer and the consultant's judgment are both given and differ. An empty list from
 * the family counts as "not said" (the form cannot tell "none" from "not answered").
 */
export function preferenceConflicts(family: FamilyInput): PreferenceConflict[] {
  const f = family.familyPreferences;
  const c = family.consultantAssessment;
  const out: PreferenceConflict[] = [];
  const used = ' Konsulentens vurdering bruges.';
  if (f.ageMin !== null && c.ageMin !== null && f.ageMin !== c.ageMin) {
    out.push({
      field: 'ageMin',
      explanation: `Familien ønsker børn fra ${f.ageMin} år; konsulenten vurderer fra ${c.ageMin} år.${used}`,
    });
  }
  if (f.ageMax !== null && c.ageMax !== null && f.ageMax !== c.ageMax) {
    out.push({
      field: 'ageMax',
      explanation: `Familien ønsker børn op til ${f.ageMax} år; konsulenten vurderer op til ${c.ageMax} år.${used}`,
    });
  }
  if (f.needsAble.length > 0 && c.needsAble !== null && !sameTags(f.needsAble, c.needsAble)) {
    out.push({
      field: 'needsAble',
      explanation: `Familien mener at kunne møde: ${tagList(f.needsAble)}; konsulenten vurderer: ${tagList(c.needsAble)}.${used}`,
    });
  }
  if (f.needsExcluded.length > 0 && c.needsExcluded !== null && !sameTags(f.needsExcluded, c.needsExcluded)) {
    out.push({
      field: 'needsExcluded',
      explanation: `Familien fravælger: ${tagList(f.needsExcluded)}; konsulenten vurderer: ${tagList(c.needsExcluded)}.${used}`,
    });
  }
  if (f.siblings !== null && c.siblings !== null && f.siblings !== c.siblings) {
    out.push({
      field: 'siblings',
      explanation: `Familien har svaret ${yesNo(f.siblings)} til søskende; konsulenten vurderer ${yesNo(c.siblings)}.${used}`,
    });
  }
  return out;
}

export interface FamilyContext {
  family: FamilyInput;
  /** Highest placement approval (ALMEN 1 … SPECIALISERET 3); 0 when none. */
  levelRank: number;
  reliefApproved: boolean;
  networkApproved: boolean;
  prefs: EffectivePreferences;
  otherChildAges: number[];
  location: PreparedPoint | null;
  /** Languages spoken in the home; Danish always (every approved family speaks it, listed or not). */
  languages: readonly string[];
}

export function prepareFamily(family: FamilyInput, today: DayParts): FamilyContext {
  let levelRank = 0;
  let reliefApproved = false;
  let networkApproved = false;
  for (const t of family.approvalTypes) {
    if (t === 'ALMEN' || t === 'FORSTAERKET' || t === 'SPECIALISERET') {
      levelRank = Math.max(levelRank, LEVEL_RANK[t]);
    } else if (t === 'AFLASTNING') reliefApproved = true;
    else if (t === 'NETVAERK') networkApproved = true;
  }
  return {
    family,
    levelRank,
    reliefApproved,
    networkApproved,
    prefs: effectivePreferences(family),
    otherChildAges: family.otherChildrenBirthDates.map((d) => ageOn(d, today)),
    location: preparePoint(family.location),
    languages: family.languages.includes('da') ? family.languages : ['da', ...family.languages],
  };
}

/** Age in whole years on `today` (both YYYY-MM-DD). */
export function ageInYears(birthDate: string, today: string): number {
  return ageOn(birthDate, parseDay(today));
}
