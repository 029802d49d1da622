import type {
  ApplicationFormFieldsFragment,
  ApplicationFormInput,
  FamilyType,
  FormStep,
  HouseholdRelation,
  HousingTenure,
  HousingType,
  RecruitmentSource,
  WorkSituation,
} from '../../gql/graphql';

/** A step with questions; every field belongs to one. */
export type QuestionStep = Exclude<FormStep, 'REVIEW'>;
/** The question steps in order, then the summary before sending. */
export const formSteps: readonly QuestionStep[] = [
  'APPLICANTS',
  'HOUSEHOLD',
  'HOME',
  'EXPERIENCE',
  'OFFER',
  'CONSENT',
];
/** Every page of the wizard, "Se og send" (REVIEW) included: the server keeps which one was reached. */
export type WizardStep = FormStep;
export const wizardSteps: readonly WizardStep[] = [...formSteps, 'REVIEW'];

export const workSituations: readonly WorkSituation[] = [
  'FULL_TIME',
  'PART_TIME',
  'SELF_EMPLOYED',
  'STUDENT',
  'RETIRED',
  'NOT_WORKING',
];
export const workingSituations: readonly WorkSituation[] = ['FULL_TIME', 'PART_TIME', 'SELF_EMPLOYED'];
export const householdRelations: readonly HouseholdRelation[] = ['CHILD', 'ADULT_CHILD', 'PARENT', 'OTHER'];
export const housingTypes: readonly HousingType[] = ['HOUSE', 'TERRACED', 'APARTMENT', 'FARM', 'OTHER'];
export const housingTenures: readonly HousingTenure[] = ['OWNED', 'RENTED', 'COOPERATIVE'];
export const familyTypes: readonly FamilyType[] = [
  'ALMEN',
  'FORSTAERKET',
  'SPECIALISERET',
  'AFLASTNING',
  'NETVAERK',
];
export const recruitmentSources: readonly RecruitmentSource[] = [
  'WEBSITE',
  'SOCIAL_MEDIA',
  'INFO_MEETING',
  'FRIENDS_FAMILY',
  'OTHER_FOSTER_FAMILY',
  'NEWSPAPER_RADIO',
  'EVENT',
  'OTHER',
];

/** A missing or wrong answer as the api reports it (`myApplication.problems`). */
export interface FieldProblem {
  step: FormStep;
  path: string;
  message: string;
}

export interface ApplicantDraft {
  id: string;
  firstName: string;
  lastName: string;
  /** As typed: `år-måned-dag`, parts may be empty or partial until the date is complete. */
  birthDate: string;
  phone: string;
  workSituation: WorkSituation | '';
  occupation: string;
  education: string;
}

export interface MemberDraft {
  id: string;
  firstName: string;
  birthDate: string;
  relation: HouseholdRelation | '';
}

/**
 * The form as the applicant typed it. Numbers stay text and dates stay in parts, so nothing half-typed is
 * thrown away; `toFormInput` turns it into what the api accepts.
 */
export interface FormDraft {
  applicants: ApplicantDraft[];
  household: MemberDraft[];
  street: string;
  postalCode: string;
  city: string;
  housingType: HousingType | '';
  housingTenure: HousingTenure | '';
  rooms: string;
  spareRoom: boolean | null;
  housingNotes: string;
  hasOwnChildren: boolean | null;
  professionalExperience: boolean | null;
  professionalExperienceDescription: string;
  otherExperience: string;
  motivation: string;
  familyTypes: FamilyType[];
  networkChildName: string;
  networkChildRelation: string;
  ageMin: string;
  ageMax: string;
  childrenCount: string;
  siblings: boolean | null;
  recruitmentSource: RecruitmentSource | '';
  recruitmentSourceOther: string;
  consentCertificates: boolean;
  consentPrivacy: boolean;
}

// The api keeps client-made ids (it only adds one when missing), so certificates stay tied to the person.
export function newId(): string {
  return crypto.randomUUID();
}

export function emptyApplicant(): ApplicantDraft {
  return {
    id: newId(),
    firstName: '',
    lastName: '',
    birthDate: '',
    phone: '',
    workSituation: '',
    occupation: '',
    education: '',
  };
}

export function emptyMember(): MemberDraft {
  return { id: newId(), firstName: '', birthDate: '', relation: '' };
}

const text = (value: string | null | undefined): string => value ?? '';
const numberText = (value: number | null | undefined): string => (value == null ? '' : String(value));

export function fromServerForm(form: ApplicationFormFieldsFragment): FormDraft {
  const applicants = form.applicants.map((a): ApplicantDraft => ({
    id: a.id ?? newId(),
    firstName: text(a.firstName),
    lastName: text(a.lastName),
    birthDate: text(a.birthDate),
    phone: text(a.phone),
    workSituation: a.workSituation ?? '',
    occupation: text(a.occupation),
    education: text(a.education),
  }));
  return {
    applicants: applicants.length > 0 ? applicants : [emptyApplicant()],
    household: form.household.map((m) => ({
      id: m.id ?? newId(),
      firstName: text(m.firstName),
      birthDate: text(m.birthDate),
      relation: m.relation ?? '',
    })),
    street: text(form.street),
    postalCode: text(form.postalCode),
    city: text(form.city),
    housingType: form.housingType ?? '',
    housingTenure: form.housingTenure ?? '',
    rooms: numberText(form.rooms),
    spareRoom: form.spareRoom ?? null,
    housingNotes: text(form.housingNotes),
    hasOwnChildren: form.hasOwnChildren ?? null,
    professionalExperience: form.professionalExperience ?? null,
    professionalExperienceDescription: text(form.professionalExperienceDescription),
    otherExperience: text(form.otherExperience),
    motivation: text(form.motivation),
    familyTypes: [...form.familyTypes],
    networkChildName: text(form.networkChildName),
    networkChildRelation: text(form.networkChildRelation),
    ageMin: numberText(form.ageMin),
    ageMax: numberText(form.ageMax),
    childrenCount: numberText(form.childrenCount),
    siblings: form.siblings ?? null,
    recruitmentSource: form.recruitmentSource ?? '',
    recruitmentSourceOther: text(form.recruitmentSourceOther),
    consentCertificates: form.consentCertificates === true,
    consentPrivacy: form.consentPrivacy === true,
  };
}

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export function dateParts(value: string): DateParts {
  const [year = '', month = '', day = ''] = value.split('-');
  return { day, month, year };
}

export function joinDateParts(parts: DateParts): string {
  return parts.year || parts.month || parts.day ? `${parts.year}-${parts.month}-${parts.day}` : '';
}

/** `YYYY-MM-DD` when the parts make a real calendar date, else null (the api refuses anything else). */
export function isoDate(value: string): string | null {
  const { day, month, year } = dateParts(value);
  if (!/^\d{4}$/.test(year) || !/^\d{1,2}$/.test(month) || !/^\d{1,2}$/.test(day)) return null;
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return null;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function integer(value: string, max: number): number | null {
  const trimmed = value.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const parsed = Number(trimmed);
  // Out-of-range numbers are sent as missing so the draft still saves; the server then says what is wrong.
  return parsed <= max ? parsed : null;
}

const optionalText = (value: string): string | null => (value.trim() ? value : null);

export function isNetworkOffer(draft: FormDraft): boolean {
  return draft.familyTypes.includes('NETVAERK');
}

export function isWorking(situation: WorkSituation | ''): boolean {
  return situation !== '' && workingSituations.includes(situation);
}

/** What the api stores: only the questions that apply (conditional answers that no longer apply are dropped). */
export function toFormInput(draft: FormDraft): ApplicationFormInput {
  const network = isNetworkOffer(draft);
  return {
    applicants: draft.applicants.map((a) => ({
      id: a.id,
      firstName: optionalText(a.firstName),
      lastName: optionalText(a.lastName),
      birthDate: isoDate(a.birthDate),
      phone: optionalText(a.phone),
      workSituation: a.workSituation || null,
      occupation: isWorking(a.workSituation) ? optionalText(a.occupation) : null,
      education: optionalText(a.education),
    })),
    household: draft.household.map((m) => ({
      id: m.id,
      firstName: optionalText(m.firstName),
      birthDate: isoDate(m.birthDate),
      relation: m.relation || null,
    })),
    street: optionalText(draft.street),
    postalCode: optionalText(draft.postalCode.slice(0, 4)),
    city: optionalText(draft.city),
    housingType: draft.housingType || null,
    housingTenure: draft.housingTenure || null,
    rooms: integer(draft.rooms, 99),
    spareRoom: draft.spareRoom,
    housingNotes: optionalText(draft.housingNotes),
    hasOwnChildren: draft.hasOwnChildren,
    professionalExperience: draft.professionalExperience,
    professionalExperienceDescription:
      draft.professionalExperience === true ? optionalText(draft.professionalExperienceDescription) : null,
    otherExperience: optionalText(draft.otherExperience),
    motivation: optionalText(draft.motivation),
    familyTypes: draft.familyTypes,
    networkChildName: network ? optionalText(draft.networkChildName) : null,
    networkChildRelation: network ? optionalText(draft.networkChildRelation) : null,
    ageMin: network ? null : integer(draft.ageMin, 17),
    ageMax: network ? null : integer(draft.ageMax, 17),
    childrenCount: network ? null : integer(draft.childrenCount, 10),
    siblings: network ? null : draft.siblings,
    recruitmentSource: draft.recruitmentSource || null,
    recruitmentSourceOther:
      draft.recruitmentSource === 'OTHER' ? optionalText(draft.recruitmentSourceOther) : null,
    consentCertificates: draft.consentCertificates,
    consentPrivacy: draft.consentPrivacy,
  };
}

/** Age in whole years today (Copenhagen), or null while the date is incomplete. */
export function ageToday(birthDate: string, now = new Date()): number | null {
  const iso = isoDate(birthDate);
  if (!iso) return null;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(now);
  const [by, bm, bd] = iso.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** Everyone who needs a straffe- and børneattest: both applicants and household members aged 15 or over. */
export function certificatePeople(draft: FormDraft): string[] {
  const names: string[] = [];
  for (const a of draft.applicants) {
    const name = [a.firstName.trim(), a.lastName.trim()].filter(Boolean).join(' ');
    if (name) names.push(name);
  }
  for (const m of draft.household) {
    const age = ageToday(m.birthDate);
    if (age !== null && age >= 15 && m.firstName.trim()) names.push(m.firstName.trim());
  }
  return names;
}

/** The step a problem path belongs to, for api errors that come without one (submit's `extensions.fields`). */
export function stepOfPath(path: string): FormStep {
  const [head = '', , leaf = ''] = path.split('.');
  if (head === 'applicants')
    return leaf === 'workSituation' || leaf === 'occupation' ? 'EXPERIENCE' : 'APPLICANTS';
  if (head === 'household') return 'HOUSEHOLD';
  if (
    [
      'street',
      'postalCode',
      'city',
      'housingType',
      'housingTenure',
      'rooms',
      'spareRoom',
      'housingNotes',
    ].includes(head)
  )
    return 'HOME';
  if (
    [
      'hasOwnChildren',
      'professionalExperience',
      'professionalExperienceDescription',
      'otherExperience',
      'motivation',
    ].includes(head)
  )
    return 'EXPERIENCE';
  if (
    [
      'familyTypes',
      'networkChildName',
      'networkChildRelation',
      'ageMin',
      'ageMax',
      'childrenCount',
      'siblings',
    ].includes(head)
  )
    return 'OFFER';
  return 'CONSENT';
}

/** The element id of a field: the problem path with dots as dashes (`applicants-0-firstName`). */
export function fieldIdOf(path: string): string {
  return path.replace(/\./g, '-');
}
