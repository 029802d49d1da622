import { z } from 'zod';
import {
  LearningCategory,
  LearningPriority,
  LearningRiskSignal,
  LearningUrgency,
} from './learning-vocabulary';

/**
 * Triage as points: urgency + category + risk signals, then thresholds give P1-P4, and each priority has its SLA
 * in hours. Every number is configurable per municipality (learning_settings.rules); these are the defaults.
 */
export const triageRulesSchema = z.strictObject({
  urgencyPoints: z.strictObject({
    LOW: z.number().int().min(0).max(20),
    NORMAL: z.number().int().min(0).max(20),
    HIGH: z.number().int().min(0).max(20),
    ACUTE: z.number().int().min(0).max(20),
  }),
  categoryPoints: z.strictObject(
    Object.fromEntries(
      Object.values(LearningCategory).map((c) => [c, z.number().int().min(0).max(20)]),
    ) as Record<LearningCategory, z.ZodNumber>,
  ),
  riskPoints: z.strictObject(
    Object.fromEntries(
      Object.values(LearningRiskSignal).map((r) => [r, z.number().int().min(0).max(20)]),
    ) as Record<LearningRiskSignal, z.ZodNumber>,
  ),
  /** Absence at or above this per cent counts as high absence (national attention level: 10 %). */
  highAbsencePercent: z.number().int().min(1).max(100),
  highAbsencePoints: z.number().int().min(0).max(20),
  /** Minimum points for P1, P2 and P3; below P3's minimum is P4. Must be descending. */
  thresholds: z.strictObject({
    P1: z.number().int().min(0).max(100),
    P2: z.number().int().min(0).max(100),
    P3: z.number().int().min(0).max(100),
  }),
  /** Hours from the request (or resume/reopen) to its deadline. */
  slaHours: z.strictObject({
    P1: z
      .number()
      .min(1)
      .max(24 * 90),
    P2: z
      .number()
      .min(1)
      .max(24 * 90),
    P3: z
      .number()
      .min(1)
      .max(24 * 90),
    P4: z
      .number()
      .min(1)
      .max(24 * 90),
  }),
  /** The assignee is reminded this many hours before the deadline (0 = no reminder). */
  reminderHoursBefore: z
    .number()
    .min(0)
    .max(24 * 14),
});

export type TriageRules = z.infer<typeof triageRulesSchema>;

export const DEFAULT_TRIAGE_RULES: TriageRules = {
  urgencyPoints: { LOW: 0, NORMAL: 1, HIGH: 3, ACUTE: 5 },
  categoryPoints: {
    ABSENCE: 2,
    SCHOOL_CHANGE: 2,
    LEARNING_DIFFICULTIES: 1,
    SPECIAL_NEEDS_SUPPORT: 1,
    YOUTH_EDUCATION_TRANSITION: 1,
    EXAMS: 1,
    HOMEWORK_SUPPORT: 0,
    OTHER: 0,
  },
  riskPoints: {
    NO_SCHOOL_OFFER: 4,
    EXAM_YEAR: 1,
    RECENT_PLACEMENT: 1,
    SCHOOL_CHANGE_PENDING: 1,
    EXCLUSION_FROM_CLASS: 2,
    WELLBEING_CONCERN: 1,
  },
  highAbsencePercent: 10,
  highAbsencePoints: 2,
  thresholds: { P1: 7, P2: 4, P3: 2 },
  slaHours: { P1: 24, P2: 72, P3: 168, P4: 336 },
  reminderHoursBefore: 8,
};

export interface TriageInput {
  urgency: LearningUrgency;
  category: LearningCategory;
  riskSignals: readonly LearningRiskSignal[];
  absencePercent: number | null;
}

export interface TriageResult {
  priority: LearningPriority;
  points: number;
  slaHours: number;
}

/** Field errors (Danish) for rules that parse but do not make sense; empty when fine. */
export function triageRulesProblems(rules: TriageRules): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!(rules.thresholds.P1 > rules.thresholds.P2 && rules.thresholds.P2 > rules.thresholds.P3))
    problems.thresholds = 'Grænserne skal falde fra P1 over P2 til P3.';
  const { P1, P2, P3, P4 } = rules.slaHours;
  if (!(P1 <= P2 && P2 <= P3 && P3 <= P4))
    problems.slaHours = 'Fristen for P1 må ikke være længere end for P2 osv.';
  if (rules.reminderHoursBefore >= P1 && rules.reminderHoursBefore > 0)
    problems.reminderHoursBefore = 'Påmindelsen skal komme inden for den korteste frist.';
  return problems;
}

/** Pure: the priority and SLA for a request under the given rules. */
export function triage(input: TriageInput, rules: TriageRules = DEFAULT_TRIAGE_RULES): TriageResult {
  let points = rules.urgencyPoints[input.urgency] + rules.categoryPoints[input.category];
  for (const signal of new Set(input.riskSignals)) points += rules.riskPoints[signal];
  if (input.absencePercent !== null && input.absencePercent >= rules.highAbsencePercent)
    points += rules.highAbsencePoints;
  const priority =
    points >= rules.thresholds.P1
      ? LearningPriority.P1
      : points >= rules.thresholds.P2
        ? LearningPriority.P2
        : points >= rules.thresholds.P3
          ? LearningPriority.P3
          : LearningPriority.P4;
  return { priority, points, slaHours: rules.slaHours[priority] };
}

/** Stored rules merged over the defaults (a rule added later gets its default), then validated. */
export function effectiveRules(stored: unknown): TriageRules {
  if (!stored || typeof stored !== 'object') return DEFAULT_TRIAGE_RULES;
  const s = stored as Partial<Record<keyof TriageRules, unknown>>;
  const merged = { ...DEFAULT_TRIAGE_RULES } as Record<string, unknown>;
  for (const [key, value] of Object.entries(DEFAULT_TRIAGE_RULES)) {
    const given = s[key as keyof TriageRules];
    if (given === undefined) continue;
    merged[key] =
      typeof value === 'object' && given && typeof given === 'object' ? { ...value, ...given } : given;
  }
  const parsed = triageRulesSchema.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_TRIAGE_RULES;
}
