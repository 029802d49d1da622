import { assignBatch } from './assignment';
import { hardRuleViolations, isEligible } from './hard-rules';
import {
  familyFixture,
  needFixture,
  randomFamilies,
  randomFamily,
  randomNeed,
  randomNeeds,
  randomTools,
} from './random-instances';
import { rank } from './rank';
import { evaluate } from './scoring';
import type { FamilyInput, HardRule, NeedInput } from './types';
import { DEFAULT_WEIGHTS } from './vocabulary';

const TODAY = '2026-03-15';

/** Whole years between two YYYY-MM-DD dates, written independently of the code under test. */
function referenceAge(birth: string, today: string): number {
  const [by, bm, bd] = birth.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  let age = ty - by;
  if (tm < bm || (tm === bm && td < bd)) age -= 1;
  return age;
}

/** The rules as the brief states them, as plainly as possible: the oracle for the random tests. */
function referenceRules(need: NeedInput, family: FamilyInput, today: string): Set<HardRule> {
  const broken = new Set<HardRule>();
  const network = need.networkFamilyIds.includes(family.id);
  const levels = ['ALMEN', 'FORSTAERKET', 'SPECIALISERET'];
  const needLevel = levels.indexOf(need.supportLevel);
  const familyLevel = Math.max(-1, ...family.approvalTypes.map((t) => levels.indexOf(t)));
  if (!network) {
    if (familyLevel < 0) {
      if (family.approvalTypes.includes('NETVAERK')) broken.add('NETWORK_OTHER_CHILD');
      if (family.approvalTypes.includes('AFLASTNING')) broken.add('RELIEF_ONLY');
      if (!family.approvalTypes.includes('NETVAERK') && !family.approvalTypes.includes('AFLASTNING')) {
        broken.add('APPROVAL_LEVEL');
      }
    } else if (familyLevel < needLevel) {
      broken.add('APPROVAL_LEVEL');
    }
  }
  if (family.vacancies < need.children.length) broken.add('VACANCIES');
  const siblingsPref = family.consultantAssessment.siblings ?? family.familyPreferences.siblings;
  if (need.children.length > 1 && (!family.takesSiblings || siblingsPref === false)) broken.add('SIBLINGS');
  for (const child of need.children) {
    const age = referenceAge(child.birthDate, today);
    if (age < family.ageMin || age > family.ageMax) broken.add('AGE');
  }
  const excluded = family.consultantAssessment.needsExcluded ?? family.familyPreferences.needsExcluded;
  if (need.needs.some((n) => excluded.includes(n))) broken.add('EXCLUDED_NEED');
  return broken;
}

describe('hard rules on random data', () => {
  const t = randomTools(20260315);
  const families = randomFamilies(t, 400, { today: TODAY });
  const familyIds = families.map((f) => f.id);
  const pairs: { need: NeedInput; family: FamilyInput }[] = [];
  for (let k = 0; k < 2000; k++) {
    const family = k % 5 === 0 ? randomFamily(t, `x${k}`, { today: TODAY }) : t.pick(families);
    const need = randomNeed(t, `n${k}`, {
      today: TODAY,
      // Name the very family as network family now and then, so the network exemption is exercised.
      familyIds: t.chance(0.3) ? [family.id] : familyIds,
    });
    pairs.push({ need, family });
  }

  it('reports exactly the rules the reference finds broken, each with a Danish sentence', () => {
    let eligible = 0;
    const seen = new Set<HardRule>();
    for (const { need, family } of pairs) {
      const violations = hardRuleViolations(need, family, TODAY);
      const rules = new Set(violations.map((v) => v.rule));
      expect([...rules].sort()).toEqual([...referenceRules(need, family, TODAY)].sort());
      for (const v of violations) {
        expect(v.explanation).toMatch(/^[A-ZÆØÅ].+\.$/);
        seen.add(v.rule);
      }
      expect(isEligible(need, family, TODAY)).toBe(violations.length === 0);
      if (violations.length === 0) eligible++;
    }
    // The random data must really exercise both outcomes and every rule.
    expect(eligible).toBeGreaterThan(100);
    expect(eligible).toBeLessThan(1900);
    expect([...seen].sort()).toEqual(
      [
        'AGE',
        'APPROVAL_LEVEL',
        'EXCLUDED_NEED',
        'NETWORK_OTHER_CHILD',
        'RELIEF_ONLY',
        'SIBLINGS',
        'VACANCIES',
      ].sort(),
    );
  });

  it('evaluate() marks a broken rule as not eligible with score 0, and an eligible pair as eligible', () => {
    for (const { need, family } of pairs) {
      const e = evaluate(need, family, DEFAULT_WEIGHTS, TODAY);
      const broken = referenceRules(need, family, TODAY).size > 0;
      expect(e.eligible).toBe(!broken);
      if (broken) expect(e.score).toBe(0);
    }
  });

  it('rank() returns exactly the families that break no rule', () => {
    for (const need of randomNeeds(t, 60, { today: TODAY, familyIds })) {
      const ranked = rank(need, families, DEFAULT_WEIGHTS, TODAY, families.length);
      const expected = families.filter((f) => referenceRules(need, f, TODAY).size === 0).map((f) => f.id);
      expect(ranked.map((e) => e.familyId).sort()).toEqual(expected.sort());
      for (const e of ranked) {
        expect(e.eligible).toBe(true);
        expect(e.violations).toEqual([]);
      }
    }
  });

  it('assignBatch() never proposes a pair that breaks a rule, nor a family twice', () => {
    let proposed = 0;
    for (let round = 0; round < 5; round++) {
      const needs = randomNeeds(t, 40, { today: TODAY, familyIds });
      const result = assignBatch(needs, families.slice(0, 150), DEFAULT_WEIGHTS, TODAY);
      const byId = new Map(families.map((f) => [f.id, f]));
      const needById = new Map(needs.map((n) => [n.id, n]));
      for (const a of result.assignments) {
        const need = needById.get(a.needId);
        const family = byId.get(a.familyId);
        expect(need && family).toBeTruthy();
        if (need && family) expect(referenceRules(need, family, TODAY).size).toBe(0);
      }
      const used = result.assignments.map((a) => a.familyId);
      expect(new Set(used).size).toBe(used.length);
      expect(result.assignments.length + result.unassigned.length).toBe(needs.length);
      proposed += result.assignments.length;
    }
    expect(proposed).toBeGreaterThan(20);
  });
});

describe('hard rules, one at a time', () => {
  const rulesOf = (need: NeedInput, family: FamilyInput): HardRule[] =>
    hardRuleViolations(need, family, TODAY).map((v) => v.rule);

  it('the approval level covers the need: specialiseret ⊇ forstærket ⊇ almen', () => {
    const levels = ['ALMEN', 'FORSTAERKET', 'SPECIALISERET'] as const;
    levels.forEach((needLevel, ni) => {
      levels.forEach((familyLevel, fi) => {
        const rules = rulesOf(
          needFixture({ supportLevel: needLevel }),
          familyFixture({ approvalTypes: [familyLevel] }),
        );
        expect(rules).toEqual(fi >= ni ? [] : ['APPROVAL_LEVEL']);
      });
    });
    const v = hardRuleViolations(
      needFixture({ supportLevel: 'FORSTAERKET' }),
      familyFixture({ approvalTypes: ['ALMEN'] }),
      TODAY,
    );
    expect(v[0].explanation).toBe(
      'Familien er godkendt som almen plejefamilie; barnet har brug for en forstærket.',
    );
  });

  it('a relief-only family cannot take a placement; relief next to a placement approval is fine', () => {
    expect(rulesOf(needFixture(), familyFixture({ approvalTypes: ['AFLASTNING'] }))).toEqual(['RELIEF_ONLY']);
    expect(rulesOf(needFixture(), familyFixture({ approvalTypes: ['ALMEN', 'AFLASTNING'] }))).toEqual([]);
  });

  it('a network-only family is eligible only for the need that names it, whatever its level', () => {
    const family = familyFixture({ id: 'net-1', approvalTypes: ['NETVAERK'], networkChildName: 'Alma' });
    expect(rulesOf(needFixture(), family)).toEqual(['NETWORK_OTHER_CHILD']);
    expect(
      rulesOf(needFixture({ supportLevel: 'SPECIALISERET', networkFamilyIds: ['net-1'] }), family),
    ).toEqual([]);
    // A listed network family approved only as almen still comes in for a specialised need.
    expect(
      rulesOf(
        needFixture({ supportLevel: 'SPECIALISERET', networkFamilyIds: ['fam'] }),
        familyFixture({ id: 'fam', approvalTypes: ['ALMEN'] }),
      ),
    ).toEqual([]);
    // … but the other rules still hold for it.
    expect(
      rulesOf(
        needFixture({ networkFamilyIds: ['net-1'] }),
        familyFixture({ id: 'net-1', approvalTypes: ['NETVAERK'], vacancies: 0 }),
      ),
    ).toEqual(['VACANCIES']);
  });

  const siblings = needFixture({
    children: [
      { id: 'a', firstName: 'Alma', birthDate: '2016-05-01' },
      { id: 'b', firstName: 'Bo', birthDate: '2019-09-30' },
    ],
  });

  it('vacancies cover the whole sibling group', () => {
    expect(rulesOf(siblings, familyFixture({ vacancies: 1 }))).toEqual(['VACANCIES']);
    expect(rulesOf(siblings, familyFixture({ vacancies: 2 }))).toEqual([]);
    expect(rulesOf(needFixture(), familyFixture({ vacancies: 0 }))).toEqual(['VACANCIES']);
    expect(hardRuleViolations(siblings, familyFixture({ vacancies: 1 }), TODAY)[0].explanation).toBe(
      'Familien har 1 ledig plads; søskendegruppen er 2 børn.',
    );
  });

  it('siblings: the approval must allow them and the effective preference must not refuse them', () => {
    const two = { vacancies: 2 };
    expect(rulesOf(siblings, familyFixture({ ...two, takesSiblings: false }))).toEqual(['SIBLINGS']);
    const prefs = familyFixture().familyPreferences;
    const assess = familyFixture().consultantAssessment;
    // The family says no, nobody overrides: refused.
    expect(
      rulesOf(siblings, familyFixture({ ...two, familyPreferences: { ...prefs, siblings: false } })),
    ).toEqual(['SIBLINGS']);
    // The family says no, the consultant judges yes: the consultant wins.
    const overridden = familyFixture({
      ...two,
      familyPreferences: { ...prefs, siblings: false },
      consultantAssessment: { ...assess, siblings: true },
    });
    expect(rulesOf(siblings, overridden)).toEqual([]);
    // The family says yes, the consultant judges no: refused, and the sentence says whose judgment it is.
    const refused = familyFixture({
      ...two,
      familyPreferences: { ...prefs, siblings: true },
      consultantAssessment: { ...assess, siblings: false },
    });
    const v = hardRuleViolations(siblings, refused, TODAY);
    expect(v.map((x) => x.rule)).toEqual(['SIBLINGS']);
    expect(v[0].explanation).toContain('familieplejekonsulentens vurdering');
    // A single child is never stopped by the sibling rule.
    expect(rulesOf(needFixture(), familyFixture({ takesSiblings: false }))).toEqual([]);
  });

  it("every child's age in whole years on the day must be within the approved range", () => {
    // Alma turns 10 on 2026-05-01 and Bo is 6: a 6-9 approval holds today and not after the birthday.
    const range = familyFixture({ vacancies: 2, ageMin: 6, ageMax: 9 });
    expect(rulesOf(siblings, range)).toEqual([]);
    expect(hardRuleViolations(siblings, range, '2026-05-01').map((v) => v.rule)).toEqual(['AGE']);
    expect(hardRuleViolations(siblings, range, '2026-04-30').map((v) => v.rule)).toEqual([]);
    // The younger sibling alone being too young is enough.
    expect(rulesOf(siblings, familyFixture({ vacancies: 2, ageMin: 7, ageMax: 17 }))).toEqual(['AGE']);
    const single = hardRuleViolations(needFixture(), familyFixture({ ageMin: 10, ageMax: 17 }), TODAY);
    expect(single[0].explanation).toBe('Barnet er 8 år; familien er godkendt til børn på 10–17 år.');
  });

  it('needs the family (or the consultant, who wins) has excluded', () => {
    const need = needFixture({ needs: ['ADHD', 'SELF_HARM'] });
    const prefs = familyFixture().familyPreferences;
    const assess = familyFixture().consultantAssessment;
    const excluded = familyFixture({ familyPreferences: { ...prefs, needsExcluded: ['SELF_HARM'] } });
    const v = hardRuleViolations(need, excluded, TODAY);
    expect(v.map((x) => x.rule)).toEqual(['EXCLUDED_NEED']);
    expect(v[0].explanation).toBe('Familien tager ikke børn med selvskade (familiens eget ønske).');
    // The consultant judges the family can take it after all.
    const cleared = familyFixture({
      familyPreferences: { ...prefs, needsExcluded: ['SELF_HARM'] },
      consultantAssessment: { ...assess, needsExcluded: [] },
    });
    expect(rulesOf(need, cleared)).toEqual([]);
    // The consultant excludes a need the family did not.
    const judged = familyFixture({ consultantAssessment: { ...assess, needsExcluded: ['ADHD'] } });
    expect(rulesOf(need, judged)).toEqual(['EXCLUDED_NEED']);
  });
});
