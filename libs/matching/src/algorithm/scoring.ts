import {
  type FamilyContext,
  MatchingInputError,
  type NeedContext,
  prepareFamily,
  prepareNeed,
  preferenceConflicts,
} from './context';
import { checkHardRules } from './hard-rules';
import { preparedDistanceKm } from './haversine';
import type { Evaluation, FactorKey, FactorResult, FamilyInput, NeedInput, Weights } from './types';
import {
  cultureLabel,
  FACTOR_KEYS,
  FACTOR_LABELS_DA,
  inSentence,
  joinDa,
  languageName,
  needLabel,
  numberDa,
  wishLabel,
} from './vocabulary';

/** SCHOOL: full value within this distance of the child's school (the child can keep its school). */
export const SCHOOL_FULL_KM = 5;
/** SCHOOL: no value from this distance (a change of school is all but certain). */
export const SCHOOL_ZERO_KM = 25;
/** NEAR_FRIENDS wish: the child's friends are where the school is. */
export const NEAR_FRIENDS_KM = 10;
/** BIO_FAMILY_DISTANCE: value 1/(1 + km × visits/month / this), i.e. 0.5 at 25 km with weekly visits. */
export const CONTACT_KM_VISITS_HALF = 100;

// Factor indexes in FACTOR_KEYS order; the hot path works on plain arrays.
const SCHOOL = 0;
const BIO = 1;
const EXPERIENCE = 2;
const LANGUAGE_CULTURE = 3;
const PREFERENCES = 4;
const CHILD_WISHES = 5;
const OTHER_CHILDREN = 6;

export interface WeightPlan {
  weights: Weights;
  /** Per factor, in FACTOR_KEYS order: weight / Σ weights × 1000 (points in tenths per unit of value). */
  tenthsPerValue: number[];
}

/** Checks the weights once per ranking or batch. */
export function planWeights(weights: Weights): WeightPlan {
  let total = 0;
  for (const key of FACTOR_KEYS) {
    const w = weights[key];
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
      throw new MatchingInputError('MATCHING.INVALID_WEIGHTS', `Weight ${key} must be a finite number ≥ 0`);
    }
    total += w;
  }
  return {
    weights,
    tenthsPerValue: FACTOR_KEYS.map((key) => (total > 0 ? (weights[key] / total) * 1000 : 0)),
  };
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;
const kmDa = (km: number): string => `${km < 10 ? numberDa(km) : String(Math.round(km))} km`;

/**
 * The seven factor values (0..1, three decimals) into `values`; with `texts` also one Danish sentence each.
 * One function for both paths, so the ranked score and the explained score can never differ.
 */
export function computeFactors(
  n: NeedContext,
  f: FamilyContext,
  values: number[],
  texts: string[] | null,
): void {
  const need = n.need;
  const family = f.family;
  const explain = texts !== null;

  // SCHOOL — § 52: avoid a change of school where possible.
  let schoolKm = -1;
  if (!n.school) {
    values[SCHOOL] = 0.5;
    if (explain) texts[SCHOOL] = 'Barnets skole er ikke oplyst, så afstanden til skolen tæller neutralt.';
  } else if (!f.location) {
    values[SCHOOL] = 0.5;
    if (explain)
      texts[SCHOOL] = 'Familiens bopæl mangler koordinater, så afstanden til skolen tæller neutralt.';
  } else {
    schoolKm = preparedDistanceKm(f.location, n.school);
    const v =
      schoolKm <= SCHOOL_FULL_KM
        ? 1
        : schoolKm >= SCHOOL_ZERO_KM
          ? 0
          : (SCHOOL_ZERO_KM - schoolKm) / (SCHOOL_ZERO_KM - SCHOOL_FULL_KM);
    values[SCHOOL] = round3(v);
    if (explain) {
      const tail =
        v === 1
          ? ', så barnet kan blive i sin skole.'
          : v === 0
            ? ', så barnet skal sandsynligvis skifte skole.'
            : '; skolevejen bliver længere.';
      texts[SCHOOL] = `Familien bor ${kmDa(schoolKm)} fra barnets skole${tail}`;
    }
  }

  // BIO_FAMILY_DISTANCE — distance matters in proportion to how often contact visits (samvær) happen.
  const visits = need.contactVisitsPerMonth;
  if (!(visits > 0)) {
    values[BIO] = 1;
    if (explain)
      texts[BIO] = 'Der er ingen samvær med den biologiske familie, så afstanden betyder ikke noget.';
  } else if (!n.biologicalFamily) {
    values[BIO] = 0.5;
    if (explain) texts[BIO] = 'Den biologiske families bopæl er ikke oplyst, så afstanden tæller neutralt.';
  } else if (!f.location) {
    values[BIO] = 0.5;
    if (explain) texts[BIO] = 'Familiens bopæl mangler koordinater, så afstanden tæller neutralt.';
  } else {
    const km = preparedDistanceKm(f.location, n.biologicalFamily);
    values[BIO] = round3(1 / (1 + (km * visits) / CONTACT_KM_VISITS_HALF));
    if (explain) {
      texts[BIO] =
        `Familien bor ${kmDa(km)} fra barnets biologiske familie, ` +
        `og der er ${numberDa(visits)} samvær om måneden.`;
    }
  }

  // EXPERIENCE — share of the child's needs the family has experience with or (by the effective
  // preference) feels able to meet.
  const needs = need.needs;
  if (needs.length === 0) {
    values[EXPERIENCE] = 1;
    if (explain) texts[EXPERIENCE] = 'Barnet har ingen særlige behov registreret.';
  } else {
    let met = 0;
    for (const tag of needs) {
      if (family.experience.includes(tag) || f.prefs.needsAble.includes(tag)) met++;
    }
    values[EXPERIENCE] = round3(met / needs.length);
    if (explain) {
      const yes = needs.filter((t) => family.experience.includes(t) || f.prefs.needsAble.includes(t));
      const no = needs.filter((t) => !yes.includes(t));
      const list = (tags: string[]): string => joinDa(tags.map((t) => inSentence(needLabel(t))));
      texts[EXPERIENCE] =
        no.length === 0
          ? `Familien har erfaring med eller kan møde alle barnets behov: ${list(yes)}.`
          : yes.length === 0
            ? `Familien har ikke erfaring med barnets behov: ${list(no)}.`
            : `Familien har erfaring med eller kan møde ${met} af barnets ${needs.length} behov ` +
              `(${list(yes)}), men ikke ${list(no)}.`;
    }
  }

  // LANGUAGE_CULTURE — share of the child's languages spoken in the home, and of its cultural or
  // religious considerations the family shares. Every approved family speaks Danish, listed or not.
  const langs = need.languages;
  const culture = need.culture;
  if (langs.length === 0 && culture.length === 0) {
    values[LANGUAGE_CULTURE] = 1;
    if (explain) texts[LANGUAGE_CULTURE] = 'Der er ingen særlige hensyn til sprog eller kultur.';
  } else {
    let parts = 0;
    let sum = 0;
    const homeLanguages = f.languages;
    if (langs.length > 0) {
      let shared = 0;
      for (const l of langs) if (homeLanguages.includes(l)) shared++;
      sum += shared / langs.length;
      parts++;
    }
    if (culture.length > 0) {
      let shared = 0;
      for (const c of culture) if (family.culture.includes(c)) shared++;
      sum += shared / culture.length;
      parts++;
    }
    values[LANGUAGE_CULTURE] = round3(sum / parts);
    if (explain) {
      const clauses: string[] = [];
      const spoken = langs.filter((l) => homeLanguages.includes(l)).map(languageName);
      const notSpoken = langs.filter((l) => !homeLanguages.includes(l)).map(languageName);
      if (spoken.length > 0) clauses.push(`taler ${joinDa(spoken)} som barnet`);
      if (notSpoken.length > 0) clauses.push(`taler ikke ${joinDa(notSpoken)}`);
      const sharedC = culture
        .filter((c) => family.culture.includes(c))
        .map((c) => inSentence(cultureLabel(c)));
      const missingC = culture
        .filter((c) => !family.culture.includes(c))
        .map((c) => inSentence(cultureLabel(c)));
      if (sharedC.length > 0) clauses.push(`deler hensynet til ${joinDa(sharedC)}`);
      if (missingC.length > 0) clauses.push(`har ikke oplyst ${joinDa(missingC)}`);
      texts[LANGUAGE_CULTURE] = `Familien ${joinDa(clauses)}.`;
    }
  }

  // PREFERENCES — the effective (consultant-over-family) preferred ages, needs and siblings.
  {
    const p = f.prefs;
    let parts = 1;
    let sum = 0;
    const tooYoung = p.ageMin !== null && n.minAge < p.ageMin;
    const tooOld = p.ageMax !== null && n.maxAge > p.ageMax;
    if (!tooYoung && !tooOld) sum += 1;
    let ableMet = -1;
    if (needs.length > 0 && p.needsAble.length > 0) {
      ableMet = 0;
      for (const t of needs) if (p.needsAble.includes(t)) ableMet++;
      sum += ableMet / needs.length;
      parts++;
    }
    if (n.groupSize > 1) {
      // false is a hard rule; here only "yes" (1) and "not said" (0.5) remain.
      sum += p.siblings === true ? 1 : 0.5;
      parts++;
    }
    values[PREFERENCES] = round3(sum / parts);
    if (explain) {
      const range =
        p.ageMin !== null && p.ageMax !== null
          ? `${p.ageMin}–${p.ageMax} år`
          : p.ageMin !== null
            ? `fra ${p.ageMin} år`
            : p.ageMax !== null
              ? `op til ${p.ageMax} år`
              : '';
      const who = n.groupSize === 1 ? 'barnets alder' : 'børnenes alder';
      const first =
        range === ''
          ? 'har ingen ønsker om alder'
          : `ønsker børn på ${range}, og ${who} ${tooYoung || tooOld ? 'passer ikke' : 'passer'}`;
      const rest: string[] = [];
      if (ableMet >= 0) {
        rest.push(
          ableMet === needs.length
            ? 'føler sig i stand til barnets behov'
            : `føler sig i stand til ${ableMet} af barnets ${needs.length} behov`,
        );
      }
      if (n.groupSize > 1) {
        rest.push(
          p.siblings === true ? 'vil gerne tage søskende' : 'har ikke sagt, om den vil tage søskende',
        );
      }
      texts[PREFERENCES] = `Familien ${first}${rest.length > 0 ? `; den ${joinDa(rest)}` : ''}.`;
    }
  }

  // CHILD_WISHES — the child's own wishes (Barnets Lov: the child has a say); none said → neutral.
  {
    let judged = 0;
    let met = 0;
    const metTags: string[] | null = explain ? [] : null;
    const unmetTags: string[] | null = explain ? [] : null;
    const homeFeatures = family.features;
    for (let w = 0; w < n.homeWishes.length; w++) {
      const features = n.homeWishFeatures[w];
      let ok = false;
      if (features === null) {
        if (schoolKm < 0) continue;
        ok = schoolKm <= NEAR_FRIENDS_KM;
      } else {
        for (const x of features) {
          if (homeFeatures.includes(x)) {
            ok = true;
            break;
          }
        }
      }
      judged++;
      if (ok) met++;
      if (explain) (ok ? metTags : unmetTags)?.push(inSentence(wishLabel(n.homeWishes[w])));
    }
    values[CHILD_WISHES] = judged === 0 ? 0.5 : round3(met / judged);
    if (explain) {
      const yes = metTags ?? [];
      const no = unmetTags ?? [];
      texts[CHILD_WISHES] =
        judged === 0
          ? 'Barnet har ikke udtrykt ønsker, der kan vurderes ud fra hjemmet, så de tæller neutralt.'
          : no.length === 0
            ? `Hjemmet opfylder alle barnets ønsker: ${joinDa(yes)}.`
            : yes.length === 0
              ? `Hjemmet opfylder ingen af barnets ønsker: ${joinDa(no)}.`
              : `Hjemmet opfylder ${met} af barnets ${judged} ønsker (${joinDa(yes)}), men ikke ${joinDa(no)}.`;
    }
  }

  // OTHER_CHILDREN — a child of (nearly) the same age in the home invites rivalry, a known strain on a new
  // placement; the child's own wish for or against other children counts too.
  {
    const others = f.otherChildAges;
    let sameAge = 0;
    for (const a of others) {
      for (const c of n.childAges) {
        if (Math.abs(a - c) <= 1) {
          sameAge++;
          break;
        }
      }
    }
    let v = sameAge > 0 ? 0.5 : 1;
    if (n.wantsOtherChildren && others.length === 0) v = Math.min(v, 0.3);
    if (n.wantsNoOtherChildren && others.length > 0) v = Math.min(v, 0.1);
    values[OTHER_CHILDREN] = v;
    if (explain) {
      const ours = n.groupSize === 1 ? 'barnets' : 'børnenes';
      let s: string;
      if (others.length === 0) {
        s = 'Der bor ingen andre børn i hjemmet';
        if (n.wantsOtherChildren)
          s += `, selv om ${n.groupSize === 1 ? 'barnet' : 'børnene'} ønsker andre børn`;
        else if (n.wantsNoOtherChildren) s += ', som barnet ønsker';
      } else {
        s =
          others.length === 1
            ? 'Der bor ét andet barn i hjemmet'
            : `Der bor ${others.length} andre børn i hjemmet`;
        s +=
          sameAge === 0
            ? `, ingen på ${ours} alder`
            : others.length === 1
              ? `, på ${ours} alder (±1 år)`
              : `, heraf ${sameAge} på ${ours} alder (±1 år)`;
        if (n.wantsNoOtherChildren) s += ', selv om barnet ønsker et hjem uden andre børn';
        else if (n.wantsOtherChildren) s += ', som barnet ønsker';
      }
      texts[OTHER_CHILDREN] = `${s}.`;
    }
  }
}

/** Score in tenths (integer) from factor values: the sum of each factor's points rounded to tenths. */
export function scoreTenths(plan: WeightPlan, values: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += Math.round(values[i] * plan.tenthsPerValue[i]);
  return sum;
}

const scratch: number[] = new Array<number>(FACTOR_KEYS.length).fill(0);

/** The hot path: -1 when a hard rule is broken, else the score in tenths (same number evaluate() shows). */
export function quickScoreTenths(n: NeedContext, f: FamilyContext, plan: WeightPlan): number {
  if (checkHardRules(n, f, false).length > 0) return -1;
  computeFactors(n, f, scratch, null);
  return scoreTenths(plan, scratch);
}

/** The full, explained evaluation from prepared contexts. */
export function evaluatePrepared(n: NeedContext, f: FamilyContext, plan: WeightPlan): Evaluation {
  const violations = [...checkHardRules(n, f, true)];
  const eligible = violations.length === 0;
  const values = new Array<number>(FACTOR_KEYS.length).fill(0);
  const texts = new Array<string>(FACTOR_KEYS.length).fill('');
  computeFactors(n, f, values, texts);
  let total = 0;
  const factors: FactorResult[] = FACTOR_KEYS.map((key: FactorKey, i) => {
    // Points are rounded first and the score is their sum, so the shown figures always add up.
    const tenths = eligible ? Math.round(values[i] * plan.tenthsPerValue[i]) : 0;
    total += tenths;
    return {
      key,
      label: FACTOR_LABELS_DA[key],
      weight: plan.weights[key],
      value: values[i],
      points: tenths / 10,
      explanation: texts[i],
    };
  });
  return {
    familyId: f.family.id,
    eligible,
    violations,
    network: n.networkIds.has(f.family.id),
    score: total / 10,
    factors,
    conflicts: preferenceConflicts(f.family),
  };
}

/** Hard rules, factors, points and score for one need and one family, explained in Danish. */
export function evaluate(need: NeedInput, family: FamilyInput, weights: Weights, today: string): Evaluation {
  const n = prepareNeed(need, today);
  return evaluatePrepared(n, prepareFamily(family, n.today), planWeights(weights));
}
