/**
 * The matching algorithm's inputs and outputs: plain data, no database. The service maps entities to these,
 * so the rules and the optimisation are pure functions that tests can check against brute force.
 */

/** Approval level a need requires; a family approved at a higher level covers lower ones. */
export type SupportLevel = 'ALMEN' | 'FORSTAERKET' | 'SPECIALISERET';

export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface ChildInput {
  id: string;
  firstName: string;
  /** YYYY-MM-DD */
  birthDate: string;
}

/** One placement need: a child, or a sibling group that must be placed together. */
export interface NeedInput {
  id: string;
  children: ChildInput[];
  supportLevel: SupportLevel;
  /** Need tags, e.g. ADHD, TRAUMA, AUTISM, SPECIAL_SCHOOL, HEALTH, BEHAVIOUR (see NEED_TAGS). */
  needs: string[];
  /** Where the child goes to school now; null when unknown or changing anyway. */
  schoolLocation: GeoPoint | null;
  /** Where the biological family lives (contact visits, samvær). */
  biologicalFamilyLocation: GeoPoint | null;
  /** Contact visits per month; 0 = none. Distance matters more the more often they happen. */
  contactVisitsPerMonth: number;
  /** Languages the child speaks at home, ISO 639-1 lower case ('da', 'ar', 'kl' …). */
  languages: string[];
  /** Cultural or religious considerations as tags (see CULTURE_TAGS). */
  culture: string[];
  /** The child's own wishes as tags (see WISH_TAGS); the words themselves are shown beside them. */
  wishes: string[];
  /** Approved or approvable network families for this child: always shown first. */
  networkFamilyIds: string[];
  acute: boolean;
}

export interface FamilyPreferences {
  ageMin: number | null;
  ageMax: number | null;
  /** Needs the family feels able to meet. */
  needsAble: string[];
  /** Needs the family will not take. */
  needsExcluded: string[];
  /** Whether the family will take a sibling group; null = not said. */
  siblings: boolean | null;
}

/** The consultant's judgment of the same points; where set it wins over the family's own preference. */
export interface ConsultantAssessment {
  ageMin: number | null;
  ageMax: number | null;
  needsAble: string[] | null;
  needsExcluded: string[] | null;
  siblings: boolean | null;
}

export interface FamilyInput {
  id: string;
  /** FamilyType values: ALMEN, FORSTAERKET, SPECIALISERET, AFLASTNING, NETVAERK. */
  approvalTypes: string[];
  /** For NETVAERK families: the one child they are approved for. */
  networkChildName: string | null;
  vacancies: number;
  /** Approved age range (inclusive, whole years). */
  ageMin: number;
  ageMax: number;
  /** From the approval: may the family take a sibling group at all. */
  takesSiblings: boolean;
  location: GeoPoint | null;
  /** Need tags the family has experience with. */
  experience: string[];
  languages: string[];
  culture: string[];
  /** What the home offers, as tags (see FEATURE_TAGS): animals, countryside, city, garden, sports … */
  features: string[];
  /** Birth dates (YYYY-MM-DD) of the other children living in the home. */
  otherChildrenBirthDates: string[];
  familyPreferences: FamilyPreferences;
  consultantAssessment: ConsultantAssessment;
}

export type FactorKey =
  | 'SCHOOL'
  | 'BIO_FAMILY_DISTANCE'
  | 'EXPERIENCE'
  | 'LANGUAGE_CULTURE'
  | 'PREFERENCES'
  | 'CHILD_WISHES'
  | 'OTHER_CHILDREN';

/** Non-negative weights per factor, any scale; the score is normalised so it always runs 0-100. */
export type Weights = Record<FactorKey, number>;

export interface FactorResult {
  key: FactorKey;
  /** Danish name of the factor, e.g. "Kan blive i sin skole". */
  label: string;
  /** The weight as configured. */
  weight: number;
  /** 0..1: how well this factor is met. */
  value: number;
  /** Contribution to the score: value × weight / sum of weights × 100. The points of all factors add up to the score. */
  points: number;
  /** One plain Danish sentence: why this value (e.g. "Familien bor 4 km fra skolen"). */
  explanation: string;
}

export type HardRule =
  | 'APPROVAL_LEVEL'
  | 'RELIEF_ONLY'
  | 'NETWORK_OTHER_CHILD'
  | 'VACANCIES'
  | 'SIBLINGS'
  | 'AGE'
  | 'EXCLUDED_NEED';

export interface HardRuleViolation {
  rule: HardRule;
  /** Danish, e.g. "Familien er godkendt som almen plejefamilie; barnet har brug for en forstærket." */
  explanation: string;
}

/** Where the family's own preference and the consultant's judgment disagree (the consultant's is used). */
export interface PreferenceConflict {
  field: 'ageMin' | 'ageMax' | 'needsAble' | 'needsExcluded' | 'siblings';
  explanation: string;
}

export interface Evaluation {
  familyId: string;
  /** No hard rule broken. */
  eligible: boolean;
  violations: HardRuleViolation[];
  /** The family is one of the need's network families. */
  network: boolean;
  /** 0..100 (0 when not eligible), rounded to one decimal; equals the sum of the factors' points. */
  score: number;
  factors: FactorResult[];
  conflicts: PreferenceConflict[];
}

export interface Assignment {
  needId: string;
  familyId: string;
  score: number;
  network: boolean;
}

export interface BatchResult {
  assignments: Assignment[];
  /** Needs no eligible family could take in this round. */
  unassigned: string[];
  /**
   * Per unassigned need, how many families could have taken it: 0 = none meets the rules; more = they were all
   * given another need this round (one new placement per family per round).
   */
  eligibleFamilies: Record<string, number>;
  /** Sum of the assigned scores. */
  totalScore: number;
}
