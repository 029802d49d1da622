/** The words of the learning-consultant queue, each with the Danish label the portal and mails show. */

export enum LearningCategory {
  ABSENCE = 'ABSENCE',
  SCHOOL_CHANGE = 'SCHOOL_CHANGE',
  LEARNING_DIFFICULTIES = 'LEARNING_DIFFICULTIES',
  SPECIAL_NEEDS_SUPPORT = 'SPECIAL_NEEDS_SUPPORT',
  YOUTH_EDUCATION_TRANSITION = 'YOUTH_EDUCATION_TRANSITION',
  EXAMS = 'EXAMS',
  HOMEWORK_SUPPORT = 'HOMEWORK_SUPPORT',
  OTHER = 'OTHER',
}

export const CATEGORY_LABEL_DA: Record<LearningCategory, string> = {
  [LearningCategory.ABSENCE]: 'Fravær',
  [LearningCategory.SCHOOL_CHANGE]: 'Skoleskift',
  [LearningCategory.LEARNING_DIFFICULTIES]: 'Læsevanskeligheder og andre læringsvanskeligheder',
  [LearningCategory.SPECIAL_NEEDS_SUPPORT]: 'Specialpædagogisk støtte',
  [LearningCategory.YOUTH_EDUCATION_TRANSITION]: 'Overgang til ungdomsuddannelse',
  [LearningCategory.EXAMS]: 'Prøver og eksamen',
  [LearningCategory.HOMEWORK_SUPPORT]: 'Lektiehjælp',
  [LearningCategory.OTHER]: 'Andet',
};

export enum LearningUrgency {
  LOW = 'LOW',
  NORMAL = 'NORMAL',
  HIGH = 'HIGH',
  ACUTE = 'ACUTE',
}

export const URGENCY_LABEL_DA: Record<LearningUrgency, string> = {
  [LearningUrgency.LOW]: 'Kan vente',
  [LearningUrgency.NORMAL]: 'Almindelig',
  [LearningUrgency.HIGH]: 'Haster',
  [LearningUrgency.ACUTE]: 'Akut (barnet er ikke i skole nu)',
};

/** Risk signals the requester or the consultant can tick; high absence is a number of its own. */
export enum LearningRiskSignal {
  NO_SCHOOL_OFFER = 'NO_SCHOOL_OFFER',
  EXAM_YEAR = 'EXAM_YEAR',
  RECENT_PLACEMENT = 'RECENT_PLACEMENT',
  SCHOOL_CHANGE_PENDING = 'SCHOOL_CHANGE_PENDING',
  EXCLUSION_FROM_CLASS = 'EXCLUSION_FROM_CLASS',
  WELLBEING_CONCERN = 'WELLBEING_CONCERN',
}

export const RISK_SIGNAL_LABEL_DA: Record<LearningRiskSignal, string> = {
  [LearningRiskSignal.NO_SCHOOL_OFFER]: 'Barnet har ikke et skoletilbud',
  [LearningRiskSignal.EXAM_YEAR]: 'Barnet skal til afgangsprøve i år',
  [LearningRiskSignal.RECENT_PLACEMENT]: 'Nyligt anbragt',
  [LearningRiskSignal.SCHOOL_CHANGE_PENDING]: 'Skoleskift er på vej',
  [LearningRiskSignal.EXCLUSION_FROM_CLASS]: 'Barnet er taget ud af klassen eller sendt hjem',
  [LearningRiskSignal.WELLBEING_CONCERN]: 'Bekymring for barnets trivsel i skolen',
};

export enum LearningPriority {
  P1 = 'P1',
  P2 = 'P2',
  P3 = 'P3',
  P4 = 'P4',
}

export const PRIORITY_LABEL_DA: Record<LearningPriority, string> = {
  [LearningPriority.P1]: 'P1 – kritisk',
  [LearningPriority.P2]: 'P2 – høj',
  [LearningPriority.P3]: 'P3 – normal',
  [LearningPriority.P4]: 'P4 – lav',
};

export enum LearningStatus {
  NEW = 'NEW',
  ASSIGNED = 'ASSIGNED',
  ON_HOLD = 'ON_HOLD',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}

export const STATUS_LABEL_DA: Record<LearningStatus, string> = {
  [LearningStatus.NEW]: 'Modtaget – venter på en læringskonsulent',
  [LearningStatus.ASSIGNED]: 'En læringskonsulent arbejder på sagen',
  [LearningStatus.ON_HOLD]: 'Afventer',
  [LearningStatus.RESOLVED]: 'Løst',
  [LearningStatus.CLOSED]: 'Afsluttet',
};

/** Statuses still in the learning consultants' backlog. */
export const OPEN_STATUSES = [LearningStatus.NEW, LearningStatus.ASSIGNED, LearningStatus.ON_HOLD];

export enum LearningHoldReason {
  SCHOOL = 'SCHOOL',
  FAMILY = 'FAMILY',
}

export const HOLD_REASON_LABEL_DA: Record<LearningHoldReason, string> = {
  [LearningHoldReason.SCHOOL]: 'Afventer svar fra skolen',
  [LearningHoldReason.FAMILY]: 'Afventer svar fra plejefamilien',
};

/** What the work achieved, so the municipality can report on initiative 10. */
export enum LearningOutcome {
  SCHOOL_PLAN_AGREED = 'SCHOOL_PLAN_AGREED',
  SCHOOL_CHANGE_AVOIDED = 'SCHOOL_CHANGE_AVOIDED',
  SUPPORT_GRANTED = 'SUPPORT_GRANTED',
  ATTENDANCE_IMPROVED = 'ATTENDANCE_IMPROVED',
  EXAM_SUPPORT_ARRANGED = 'EXAM_SUPPORT_ARRANGED',
  YOUTH_EDUCATION_STARTED = 'YOUTH_EDUCATION_STARTED',
  ADVICE_GIVEN = 'ADVICE_GIVEN',
  REFERRED = 'REFERRED',
  NO_ACTION_NEEDED = 'NO_ACTION_NEEDED',
}

export const OUTCOME_LABEL_DA: Record<LearningOutcome, string> = {
  [LearningOutcome.SCHOOL_PLAN_AGREED]: 'Skoleplan aftalt',
  [LearningOutcome.SCHOOL_CHANGE_AVOIDED]: 'Skoleskift undgået',
  [LearningOutcome.SUPPORT_GRANTED]: 'Støtte bevilget',
  [LearningOutcome.ATTENDANCE_IMPROVED]: 'Fremmøde forbedret',
  [LearningOutcome.EXAM_SUPPORT_ARRANGED]: 'Støtte til prøver aftalt',
  [LearningOutcome.YOUTH_EDUCATION_STARTED]: 'Ungdomsuddannelse påbegyndt',
  [LearningOutcome.ADVICE_GIVEN]: 'Rådgivning givet',
  [LearningOutcome.REFERRED]: 'Henvist til anden indsats',
  [LearningOutcome.NO_ACTION_NEEDED]: 'Ingen indsats nødvendig',
};

export enum LearningNoteKind {
  /** Among learning consultants only: never shown to the requester. */
  INTERNAL = 'INTERNAL',
  /** The consultant's answer, shown to the requester. */
  REPLY = 'REPLY',
  /** A message from the requester. */
  REQUESTER = 'REQUESTER',
}

export enum LearningEventType {
  CREATED = 'CREATED',
  TRIAGED = 'TRIAGED',
  ASSIGNED = 'ASSIGNED',
  RELEASED = 'RELEASED',
  HELD = 'HELD',
  RESUMED = 'RESUMED',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
  REOPENED = 'REOPENED',
  NOTE_ADDED = 'NOTE_ADDED',
  REPLIED = 'REPLIED',
  REQUESTER_MESSAGE = 'REQUESTER_MESSAGE',
  ATTACHMENT_ADDED = 'ATTACHMENT_ADDED',
  REMINDED = 'REMINDED',
  ESCALATED = 'ESCALATED',
}
