import { DEFAULT_TRIAGE_RULES, effectiveRules, triage, triageRulesProblems, TriageRules } from './triage';
import {
  LearningCategory,
  LearningPriority,
  LearningRiskSignal,
  LearningUrgency,
} from './learning-vocabulary';

const base = {
  urgency: LearningUrgency.NORMAL,
  category: LearningCategory.HOMEWORK_SUPPORT,
  riskSignals: [] as LearningRiskSignal[],
  absencePercent: null as number | null,
};

describe('triage', () => {
  it('a normal homework question is P4 with the longest SLA', () => {
    expect(triage(base)).toEqual({ priority: LearningPriority.P4, points: 1, slaHours: 336 });
  });

  it('urgency, category and risk signals add up to the priority', () => {
    expect(triage({ ...base, category: LearningCategory.ABSENCE }).priority).toBe(LearningPriority.P3);
    expect(
      triage({ ...base, urgency: LearningUrgency.HIGH, category: LearningCategory.ABSENCE }).priority,
    ).toBe(LearningPriority.P2);
    // A child with no school offer at all is critical even when asked about calmly.
    expect(
      triage({
        ...base,
        category: LearningCategory.SCHOOL_CHANGE,
        riskSignals: [LearningRiskSignal.NO_SCHOOL_OFFER, LearningRiskSignal.EXCLUSION_FROM_CLASS],
      }),
    ).toEqual({ priority: LearningPriority.P1, points: 9, slaHours: 24 });
  });

  it('high absence counts from the threshold, not below it', () => {
    const absence = { ...base, category: LearningCategory.ABSENCE, urgency: LearningUrgency.LOW };
    expect(triage({ ...absence, absencePercent: 9 }).points).toBe(2);
    expect(triage({ ...absence, absencePercent: 10 }).points).toBe(4);
    expect(triage({ ...absence, absencePercent: 10 }).priority).toBe(LearningPriority.P2);
  });

  it('a signal ticked twice counts once', () => {
    const once = triage({ ...base, riskSignals: [LearningRiskSignal.EXAM_YEAR] });
    const twice = triage({
      ...base,
      riskSignals: [LearningRiskSignal.EXAM_YEAR, LearningRiskSignal.EXAM_YEAR],
    });
    expect(twice).toEqual(once);
  });

  it('follows the municipality’s own rules', () => {
    const rules: TriageRules = {
      ...DEFAULT_TRIAGE_RULES,
      categoryPoints: { ...DEFAULT_TRIAGE_RULES.categoryPoints, HOMEWORK_SUPPORT: 4 },
      slaHours: { P1: 4, P2: 48, P3: 120, P4: 240 },
    };
    expect(triage(base, rules)).toEqual({ priority: LearningPriority.P2, points: 5, slaHours: 48 });
  });

  it('stored rules are merged over the defaults; invalid ones fall back to the defaults', () => {
    expect(effectiveRules({ slaHours: { P1: 12 } }).slaHours).toEqual({ P1: 12, P2: 72, P3: 168, P4: 336 });
    expect(effectiveRules(null)).toEqual(DEFAULT_TRIAGE_RULES);
    expect(effectiveRules({ slaHours: { P1: -5 } })).toEqual(DEFAULT_TRIAGE_RULES);
  });

  it('names rules that parse but contradict each other', () => {
    expect(triageRulesProblems(DEFAULT_TRIAGE_RULES)).toEqual({});
    expect(
      Object.keys(
        triageRulesProblems({
          ...DEFAULT_TRIAGE_RULES,
          thresholds: { P1: 2, P2: 4, P3: 1 },
          slaHours: { P1: 100, P2: 72, P3: 168, P4: 336 },
          reminderHoursBefore: 200,
        }),
      ).sort(),
    ).toEqual(['reminderHoursBefore', 'slaHours', 'thresholds']);
  });
});
