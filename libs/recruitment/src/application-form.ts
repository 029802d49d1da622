/** What a household offers; a network family is approved for one named child only. */
export enum FamilyType {
  ALMEN = 'ALMEN',
  FORSTAERKET = 'FORSTAERKET',
  SPECIALISERET = 'SPECIALISERET',
  AFLASTNING = 'AFLASTNING',
  NETVAERK = 'NETVAERK',
}

export enum RecruitmentSource {
  WEBSITE = 'WEBSITE',
  SOCIAL_MEDIA = 'SOCIAL_MEDIA',
  INFO_MEETING = 'INFO_MEETING',
  FRIENDS_FAMILY = 'FRIENDS_FAMILY',
  OTHER_FOSTER_FAMILY = 'OTHER_FOSTER_FAMILY',
  NEWSPAPER_RADIO = 'NEWSPAPER_RADIO',
  EVENT = 'EVENT',
  OTHER = 'OTHER',
}

export enum HousingType {
  HOUSE = 'HOUSE',
  TERRACED = 'TERRACED',
  APARTMENT = 'APARTMENT',
  FARM = 'FARM',
  OTHER = 'OTHER',
}

export enum HousingTenure {
  OWNED = 'OWNED',
  RENTED = 'RENTED',
  COOPERATIVE = 'COOPERATIVE',
}

export enum WorkSituation {
  FULL_TIME = 'FULL_TIME',
  PART_TIME = 'PART_TIME',
  SELF_EMPLOYED = 'SELF_EMPLOYED',
  STUDENT = 'STUDENT',
  RETIRED = 'RETIRED',
  NOT_WORKING = 'NOT_WORKING',
}

export enum HouseholdRelation {
  CHILD = 'CHILD',
  ADULT_CHILD = 'ADULT_CHILD',
  PARENT = 'PARENT',
  OTHER = 'OTHER',
}

/**
 * The steps of the form, in order; every field belongs to exactly one of the question steps. REVIEW is the last
 * page ("Se og send": everything to check, then send) and holds no field: it is a step so that the server, which
 * keeps the draft, also keeps that the applicant had reached it, and a reload resumes there.
 */
export enum FormStep {
  APPLICANTS = 'APPLICANTS',
  HOUSEHOLD = 'HOUSEHOLD',
  HOME = 'HOME',
  EXPERIENCE = 'EXPERIENCE',
  OFFER = 'OFFER',
  CONSENT = 'CONSENT',
  REVIEW = 'REVIEW',
}
export const FORM_STEPS = Object.values(FormStep);

export interface ApplicantForm {
  id?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  birthDate?: string | null;
  phone?: string | null;
  workSituation?: WorkSituation | null;
  occupation?: string | null;
  education?: string | null;
}

export interface HouseholdMemberForm {
  id?: string | null;
  firstName?: string | null;
  birthDate?: string | null;
  relation?: HouseholdRelation | null;
}

/** The whole application as saved while drafting: everything optional; `validateForm` is the authority. */
export interface ApplicationForm {
  applicants?: ApplicantForm[] | null;
  household?: HouseholdMemberForm[] | null;
  street?: string | null;
  postalCode?: string | null;
  city?: string | null;
  housingType?: HousingType | null;
  housingTenure?: HousingTenure | null;
  rooms?: number | null;
  spareRoom?: boolean | null;
  housingNotes?: string | null;
  hasOwnChildren?: boolean | null;
  professionalExperience?: boolean | null;
  professionalExperienceDescription?: string | null;
  otherExperience?: string | null;
  motivation?: string | null;
  familyTypes?: FamilyType[] | null;
  networkChildName?: string | null;
  networkChildRelation?: string | null;
  ageMin?: number | null;
  ageMax?: number | null;
  childrenCount?: number | null;
  siblings?: boolean | null;
  recruitmentSource?: RecruitmentSource | null;
  recruitmentSourceOther?: string | null;
  consentCertificates?: boolean | null;
  consentPrivacy?: boolean | null;
}

/** A problem with one field: `path` like `applicants.1.birthDate`, the Danish message shown beside it. */
export interface FieldProblem {
  step: FormStep;
  path: string;
  message: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Age in whole years on a day (both YYYY-MM-DD); null for an invalid date. */
export function ageOn(birthDate: string | null | undefined, onDay: string): number | null {
  if (!birthDate || !ISO_DATE.test(birthDate)) return null;
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const probe = new Date(Date.UTC(by, bm - 1, bd));
  if (probe.getUTCMonth() !== bm - 1 || probe.getUTCDate() !== bd) return null;
  const [ty, tm, td] = onDay.split('-').map(Number);
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

export function copenhagenToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(now);
}

const blank = (v: string | null | undefined): boolean => !v || !v.trim();

/** Which track the offer puts the application on: only a network offer is the municipality's own track. */
export function trackOf(form: ApplicationForm): 'STANDARD' | 'NETWORK' {
  const types = form.familyTypes ?? [];
  return types.length === 1 && types[0] === FamilyType.NETVAERK ? 'NETWORK' : 'STANDARD';
}

/** Everyone aged 15 or over in the household needs a straffe- and børneattest (ANCHORS.md fact 7). */
export function certificateSubjects(
  form: ApplicationForm,
  today: string,
): { id: string; firstName: string; applicant: boolean }[] {
  const out: { id: string; firstName: string; applicant: boolean }[] = [];
  for (const a of form.applicants ?? []) {
    if (a.id) out.push({ id: a.id, firstName: a.firstName?.trim() ?? '', applicant: true });
  }
  for (const m of form.household ?? []) {
    const age = ageOn(m.birthDate, today);
    if (m.id && age !== null && age >= 15)
      out.push({ id: m.id, firstName: m.firstName?.trim() ?? '', applicant: false });
  }
  return out;
}

/**
 * The server's validation, the one authority for what a complete application is. Conditional questions are
 * checked only when they apply. Returns every problem at once so the form can show them beside the fields.
 */
export function validateForm(form: ApplicationForm, today: string = copenhagenToday()): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (step: FormStep, path: string, message: string) => problems.push({ step, path, message });

  const applicants = form.applicants ?? [];
  if (applicants.length < 1 || applicants.length > 2)
    add(FormStep.APPLICANTS, 'applicants', 'Angiv én eller to voksne ansøgere.');
  applicants.forEach((a, i) => {
    const p = `applicants.${i}`;
    if (blank(a.firstName)) add(FormStep.APPLICANTS, `${p}.firstName`, 'Skriv fornavn.');
    if (blank(a.lastName)) add(FormStep.APPLICANTS, `${p}.lastName`, 'Skriv efternavn.');
    const age = ageOn(a.birthDate, today);
    if (age === null) add(FormStep.APPLICANTS, `${p}.birthDate`, 'Skriv en gyldig fødselsdato.');
    else if (age < 18) add(FormStep.APPLICANTS, `${p}.birthDate`, 'En ansøger skal være mindst 18 år.');
    else if (age > 100) add(FormStep.APPLICANTS, `${p}.birthDate`, 'Kontroller fødselsdatoen.');
    if (blank(a.phone) || !/^\+?[0-9 ]{8,16}$/.test(a.phone!.trim()))
      add(FormStep.APPLICANTS, `${p}.phone`, 'Skriv et telefonnummer med mindst 8 cifre.');
    if (!a.workSituation) add(FormStep.EXPERIENCE, `${p}.workSituation`, 'Vælg arbejdssituation.');
    else if (
      [WorkSituation.FULL_TIME, WorkSituation.PART_TIME, WorkSituation.SELF_EMPLOYED].includes(
        a.workSituation,
      ) &&
      blank(a.occupation)
    )
      add(FormStep.EXPERIENCE, `${p}.occupation`, 'Skriv hvad du arbejder med.');
  });

  (form.household ?? []).forEach((m, i) => {
    const p = `household.${i}`;
    if (blank(m.firstName)) add(FormStep.HOUSEHOLD, `${p}.firstName`, 'Skriv fornavn.');
    const age = ageOn(m.birthDate, today);
    if (age === null || age < 0) add(FormStep.HOUSEHOLD, `${p}.birthDate`, 'Skriv en gyldig fødselsdato.');
    if (!m.relation) add(FormStep.HOUSEHOLD, `${p}.relation`, 'Vælg hvem personen er i husstanden.');
  });

  if (blank(form.street)) add(FormStep.HOME, 'street', 'Skriv vejnavn og husnummer.');
  if (!form.postalCode || !/^\d{4}$/.test(form.postalCode.trim()))
    add(FormStep.HOME, 'postalCode', 'Skriv et postnummer med 4 cifre.');
  if (blank(form.city)) add(FormStep.HOME, 'city', 'Skriv by.');
  if (!form.housingType) add(FormStep.HOME, 'housingType', 'Vælg boligtype.');
  if (!form.housingTenure) add(FormStep.HOME, 'housingTenure', 'Vælg om I ejer eller lejer boligen.');
  if (form.rooms == null || form.rooms < 1 || form.rooms > 30)
    add(FormStep.HOME, 'rooms', 'Skriv antal værelser (1-30).');
  if (form.spareRoom == null) add(FormStep.HOME, 'spareRoom', 'Svar på om der er et værelse til barnet.');

  if (form.hasOwnChildren == null) add(FormStep.EXPERIENCE, 'hasOwnChildren', 'Svar på om I har egne børn.');
  if (form.professionalExperience == null)
    add(FormStep.EXPERIENCE, 'professionalExperience', 'Svar på om I har erfaring med børn gennem arbejdet.');
  else if (form.professionalExperience && blank(form.professionalExperienceDescription))
    add(FormStep.EXPERIENCE, 'professionalExperienceDescription', 'Beskriv kort jeres erfaring.');
  const motivation = form.motivation?.trim() ?? '';
  if (motivation.length < 50)
    add(FormStep.EXPERIENCE, 'motivation', 'Fortæl med mindst 50 tegn, hvorfor I vil være plejefamilie.');

  const types = form.familyTypes ?? [];
  if (!types.length) add(FormStep.OFFER, 'familyTypes', 'Vælg mindst én type plejefamilie.');
  if (types.includes(FamilyType.NETVAERK)) {
    if (types.length > 1)
      add(
        FormStep.OFFER,
        'familyTypes',
        'Netværksplejefamilie godkendes til ét bestemt barn og kan ikke vælges sammen med andre typer.',
      );
    if (blank(form.networkChildName))
      add(
        FormStep.OFFER,
        'networkChildName',
        'Skriv fornavnet på det barn, I søger om at blive netværksfamilie for.',
      );
    if (blank(form.networkChildRelation))
      add(FormStep.OFFER, 'networkChildRelation', 'Skriv jeres relation til barnet, fx moster eller nabo.');
  } else {
    if (form.ageMin == null || form.ageMin < 0 || form.ageMin > 17)
      add(FormStep.OFFER, 'ageMin', 'Vælg en alder fra 0 til 17 år.');
    if (form.ageMax == null || form.ageMax < 0 || form.ageMax > 17)
      add(FormStep.OFFER, 'ageMax', 'Vælg en alder fra 0 til 17 år.');
    else if (form.ageMin != null && form.ageMax < form.ageMin)
      add(FormStep.OFFER, 'ageMax', 'Højeste alder skal være mindst den laveste alder.');
    if (form.childrenCount == null || form.childrenCount < 1 || form.childrenCount > 4)
      add(FormStep.OFFER, 'childrenCount', 'Vælg hvor mange børn I kan tage (1-4).');
    if (form.siblings == null) add(FormStep.OFFER, 'siblings', 'Svar på om I kan tage søskende.');
  }

  if (!form.recruitmentSource) add(FormStep.CONSENT, 'recruitmentSource', 'Vælg hvor I hørte om os.');
  else if (form.recruitmentSource === RecruitmentSource.OTHER && blank(form.recruitmentSourceOther))
    add(FormStep.CONSENT, 'recruitmentSourceOther', 'Skriv hvor I hørte om os.');
  if (form.consentCertificates !== true)
    add(
      FormStep.CONSENT,
      'consentCertificates',
      'Giv samtykke til, at vi indhenter straffe- og børneattest for alle i husstanden på 15 år og derover.',
    );
  if (form.consentPrivacy !== true)
    add(
      FormStep.CONSENT,
      'consentPrivacy',
      'Bekræft at du har læst, hvordan vi behandler jeres oplysninger.',
    );
  return problems;
}
