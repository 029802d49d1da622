import { gql } from './graphql-client';

/** A complete, valid application form (two adults, one teenager, almen + aflastning). */
export function completeForm(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    applicants: [
      {
        firstName: 'Anna',
        lastName: 'Holm',
        birthDate: '1982-04-12',
        phone: '+45 20 30 40 50',
        workSituation: 'FULL_TIME',
        occupation: 'Sygeplejerske',
      },
      {
        firstName: 'Bo',
        lastName: 'Holm',
        birthDate: '1979-09-30',
        phone: '21 31 41 51',
        workSituation: 'PART_TIME',
        occupation: 'Tømrer',
      },
    ],
    household: [{ firstName: 'Clara', birthDate: '2009-02-01', relation: 'CHILD' }],
    street: 'Skovvej 12',
    postalCode: '8000',
    city: 'Aarhus C',
    housingType: 'HOUSE',
    housingTenure: 'OWNED',
    rooms: 5,
    spareRoom: true,
    hasOwnChildren: true,
    professionalExperience: false,
    motivation:
      'Vi har plads i hjemmet og i hjertet, og vi vil gerne give et barn en tryg og stabil hverdag.',
    familyTypes: ['ALMEN', 'AFLASTNING'],
    ageMin: 4,
    ageMax: 12,
    childrenCount: 1,
    siblings: true,
    recruitmentSource: 'SOCIAL_MEDIA',
    consentCertificates: true,
    consentPrivacy: true,
    ...overrides,
  };
}

export const REGISTER = `mutation($input: RegisterApplicantInput!) {
  registerApplicant(input: $input) { accessToken user { id role } }
}`;
export const SAVE_DRAFT = `mutation($form: ApplicationFormInput!, $step: FormStep!) {
  saveApplicationDraft(input: { form: $form, step: $step }) { id status version lastStep problems { step path message } }
}`;
export const SUBMIT = `mutation { submitApplication { id status version track } }`;

export async function aarhusId(url: string): Promise<string> {
  const r = await gql<{ applicationMunicipalities: { id: string; name: string }[] }>(
    url,
    `{ applicationMunicipalities { id name } }`,
  );
  const found = r.data?.applicationMunicipalities.find((m) => m.name === 'Aarhus Kommune');
  if (!found) throw new Error('no Aarhus in applicationMunicipalities');
  return found.id;
}

/** Registers a fresh applicant and returns the bearer token and user id. */
export async function registerApplicant(
  url: string,
  municipalityId: string,
  email = `ansoeger-${Math.random().toString(36).slice(2)}@example.dk`,
): Promise<{ token: string; userId: string; email: string }> {
  const r = await gql<{ registerApplicant: { accessToken: string; user: { id: string } } }>(url, REGISTER, {
    input: { municipalityId, name: 'Anna Holm', email, password: 'Plejefamilie-2026', acceptPrivacy: true },
  });
  if (!r.data) throw new Error(`register failed: ${JSON.stringify(r.errors)}`);
  return { token: r.data.registerApplicant.accessToken, userId: r.data.registerApplicant.user.id, email };
}

/** Registers, fills the complete form and submits; returns the applicant's token and the application. */
export async function submittedApplication(
  url: string,
  municipalityId: string,
  form: Record<string, unknown> = completeForm(),
): Promise<{ token: string; userId: string; id: string; version: number }> {
  const applicant = await registerApplicant(url, municipalityId);
  const saved = await gql(url, SAVE_DRAFT, { form, step: 'CONSENT' }, { token: applicant.token });
  if (saved.errors) throw new Error(`save failed: ${JSON.stringify(saved.errors)}`);
  const r = await gql<{ submitApplication: { id: string; version: number } }>(
    url,
    SUBMIT,
    {},
    { token: applicant.token },
  );
  if (!r.data) throw new Error(`submit failed: ${JSON.stringify(r.errors)}`);
  return { ...applicant, id: r.data.submitApplication.id, version: r.data.submitApplication.version };
}
