import {
  type FamilyContext,
  LEVEL_RANK,
  type NeedContext,
  parseDay,
  prepareFamily,
  prepareNeed,
  preferenceConflicts,
} from './context';
import type { FamilyInput, HardRuleViolation, NeedInput, PreferenceConflict, SupportLevel } from './types';
import { inSentence, joinDa, needLabel, SUPPORT_LEVEL_LABELS_DA } from './vocabulary';

const RANK_LEVEL: readonly SupportLevel[] = ['ALMEN', 'ALMEN', 'FORSTAERKET', 'SPECIALISERET'];

/** Returned by the fast path: "some rule is broken", without building Danish sentences. */
const BROKEN: readonly HardRuleViolation[] = Object.freeze([
  Object.freeze({ rule: 'APPROVAL_LEVEL' as const, explanation: '' }),
]);
const NONE: readonly HardRuleViolation[] = Object.freeze([]);

function source(fromConsultant: boolean): string {
  return fromConsultant ? 'familieplejekonsulentens vurdering' : 'familiens eget ønske';
}

/**
 * The rules a suggestion may never break. With `explain` false it stops at the first broken rule and
 * returns a placeholder (the ranking and batch hot paths only need yes/no).
 */
export function checkHardRules(
  n: NeedContext,
  f: FamilyContext,
  explain: boolean,
): readonly HardRuleViolation[] {
  const out: HardRuleViolation[] = [];
  const family = f.family;
  const network = n.networkIds.has(family.id);

  // A network family found for this very child is eligible whatever its level: the least intrusive
  // placement in the child's own network comes first (Barnets Lov; seeds 001-004).
  if (!network) {
    if (f.levelRank === 0) {
      if (!explain) return BROKEN;
      if (f.networkApproved) {
        out.push({
          rule: 'NETWORK_OTHER_CHILD',
          explanation: 'Familien er godkendt som netværksplejefamilie for et andet barn.',
        });
      }
      if (f.reliefApproved) {
        out.push({
          rule: 'RELIEF_ONLY',
          explanation: 'Familien er kun godkendt til aflastning, ikke til at have et barn anbragt.',
        });
      }
      if (!f.networkApproved && !f.reliefApproved) {
        out.push({
          rule: 'APPROVAL_LEVEL',
          explanation: 'Familien har ingen godkendelse som plejefamilie.',
        });
      }
    } else if (f.levelRank < n.requiredRank) {
      if (!explain) return BROKEN;
      const has = SUPPORT_LEVEL_LABELS_DA[RANK_LEVEL[f.levelRank]];
      const wants = SUPPORT_LEVEL_LABELS_DA[n.need.supportLevel];
      out.push({
        rule: 'APPROVAL_LEVEL',
        explanation: `Familien er godkendt som ${has} plejefamilie; barnet har brug for en ${wants}.`,
      });
    }
  }

  if (family.vacancies < n.groupSize) {
    if (!explain) return BROKEN;
    const places =
      family.vacancies <= 0
        ? 'ingen ledige pladser'
        : family.vacancies === 1
          ? '1 ledig plads'
          : `${family.vacancies} ledige pladser`;
    out.push({
      rule: 'VACANCIES',
      explanation:
        n.groupSize === 1
          ? `Familien har ${places}.`
          : `Familien har ${places}; søskendegruppen er ${n.groupSize} børn.`,
    });
  }

  if (n.groupSize > 1) {
    if (!family.takesSiblings) {
      if (!explain) return BROKEN;
      out.push({ rule: 'SIBLINGS', explanation: 'Familien er ikke godkendt til at tage en søskendegruppe.' });
    } else if (f.prefs.siblings === false) {
      if (!explain) return BROKEN;
      out.push({
        rule: 'SIBLINGS',
        explanation: `Familien tager ikke søskende (${source(f.prefs.fromConsultant.siblings)}).`,
      });
    }
  }

  let outside: number[] | null = null;
  for (const age of n.childAges) {
    if (age < family.ageMin || age > family.ageMax) {
      if (!explain) return BROKEN;
      (outside ??= []).push(age);
    }
  }
  if (outside) {
    const range = `${family.ageMin}–${family.ageMax} år`;
    out.push({
      rule: 'AGE',
      explanation:
        n.groupSize === 1
          ? `Barnet er ${outside[0]} år; familien er godkendt til børn på ${range}.`
          : `Søskende på ${joinDa(outside)} år er uden for familiens godkendelse til børn på ${range}.`,
    });
  }

  const excluded = f.prefs.needsExcluded;
  if (excluded.length > 0) {
    let hit: string[] | null = null;
    for (const tag of n.need.needs) {
      if (excluded.includes(tag)) {
        if (!explain) return BROKEN;
        (hit ??= []).push(tag);
      }
    }
    if (hit) {
      out.push({
        rule: 'EXCLUDED_NEED',
        explanation: `Familien tager ikke børn med ${joinDa(hit.map((t) => inSentence(needLabel(t))))} (${source(
          f.prefs.fromConsultant.needsExcluded,
        )}).`,
      });
    }
  }

  return out.length === 0 ? NONE : out;
}

/**
 * A cheap pre-check on the raw family (no preparation, no allocation): true only when a rule that
 * checkHardRules also applies is certainly broken — vacancies, the approved age range or the approval
 * level. Ranking uses it to skip most ineligible families before preparing them.
 */
export function clearlyIneligible(n: NeedContext, family: FamilyInput): boolean {
  if (family.vacancies < n.groupSize) return true;
  if (n.minAge < family.ageMin || n.maxAge > family.ageMax) return true;
  if (n.networkIds.has(family.id)) return false;
  let level = 0;
  for (const t of family.approvalTypes) {
    if (t === 'ALMEN' || t === 'FORSTAERKET' || t === 'SPECIALISERET') level = Math.max(level, LEVEL_RANK[t]);
  }
  return level < n.requiredRank;
}

/** Every hard rule the family would break for this need, in Danish; empty = eligible. */
export function hardRuleViolations(need: NeedInput, family: FamilyInput, today: string): HardRuleViolation[] {
  const n = prepareNeed(need, today);
  return [...checkHardRules(n, prepareFamily(family, n.today), true)];
}

/** True when no hard rule is broken. */
export function isEligible(need: NeedInput, family: FamilyInput, today: string): boolean {
  const n = prepareNeed(need, today);
  return checkHardRules(n, prepareFamily(family, parseDay(today)), false).length === 0;
}

/** Where the family's own preference and the consultant's judgment differ; the consultant's is used. */
export function conflictsOf(family: FamilyInput): PreferenceConflict[] {
  return preferenceConflicts(family);
}
