import type { InputHTMLAttributes } from 'react';
import { SelectField, TextField } from '../form-fields';
import type { FamilyType } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { Link } from '../../routing/router';
import {
  CheckboxField,
  ChoiceGroup,
  DateField,
  RadioGroup,
  TextAreaField,
  YesNoField,
} from './choice-fields';
import {
  certificatePeople,
  emptyApplicant,
  emptyMember,
  familyTypes,
  fieldIdOf,
  householdRelations,
  housingTenures,
  housingTypes,
  isNetworkOffer,
  isWorking,
  recruitmentSources,
  workSituations,
  type ApplicantDraft,
  type FormDraft,
  type MemberDraft,
  type QuestionStep,
} from './form-model';

export interface StepProps {
  draft: FormDraft;
  update(change: (draft: FormDraft) => FormDraft): void;
  /** The message to show beside a field (by form path), if any. */
  errorFor(path: string): string | undefined;
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>;

function useFieldHelpers({ draft, update, errorFor }: StepProps) {
  type TextKey = {
    [K in keyof FormDraft]: FormDraft[K] extends string ? K : never;
  }[keyof FormDraft];
  const text = (
    key: TextKey,
    label: string,
    props: InputProps & { hint?: string; optional?: boolean } = {},
  ) => (
    <TextField
      id={fieldIdOf(key)}
      name={key}
      label={label}
      value={draft[key]}
      error={errorFor(key)}
      onChange={(event) => {
        const value = event.target.value;
        update((current) => ({ ...current, [key]: value }));
      }}
      {...props}
    />
  );
  const yesNo = (
    key: 'spareRoom' | 'hasOwnChildren' | 'professionalExperience' | 'siblings',
    legend: string,
  ) => (
    <YesNoField
      id={fieldIdOf(key)}
      legend={legend}
      value={draft[key]}
      error={errorFor(key)}
      onChange={(value) => update((current) => ({ ...current, [key]: value }))}
    />
  );
  return { text, yesNo };
}

function updateApplicant(index: number, change: Partial<ApplicantDraft>) {
  return (current: FormDraft): FormDraft => ({
    ...current,
    applicants: current.applicants.map((a, i) => (i === index ? { ...a, ...change } : a)),
  });
}

function updateMember(index: number, change: Partial<MemberDraft>) {
  return (current: FormDraft): FormDraft => ({
    ...current,
    household: current.household.map((m, i) => (i === index ? { ...m, ...change } : m)),
  });
}

function applicantName(a: ApplicantDraft, index: number, fallback: (n: number) => string): string {
  return a.firstName.trim() || fallback(index + 1);
}

export function ApplicantsStep({ draft, update, errorFor }: StepProps) {
  const { t } = useI18n();
  const f = t.application.form;
  return (
    <>
      <p>{f.applicantsIntro}</p>
      {errorFor('applicants') ? (
        <p className="form-error-message" id="applicants-error">
          {errorFor('applicants')}
        </p>
      ) : null}
      {draft.applicants.map((applicant, index) => {
        const p = `applicants.${index}`;
        const set = (change: Partial<ApplicantDraft>) => update(updateApplicant(index, change));
        return (
          <fieldset key={applicant.id} className="mb-6">
            <legend className="h3">{f.applicantHeading(index + 1)}</legend>
            <TextField
              id={fieldIdOf(`${p}.firstName`)}
              label={f.firstName}
              autoComplete={index === 0 ? 'given-name' : 'off'}
              value={applicant.firstName}
              error={errorFor(`${p}.firstName`)}
              onChange={(event) => set({ firstName: event.target.value })}
            />
            <TextField
              id={fieldIdOf(`${p}.lastName`)}
              label={f.lastName}
              autoComplete={index === 0 ? 'family-name' : 'off'}
              value={applicant.lastName}
              error={errorFor(`${p}.lastName`)}
              onChange={(event) => set({ lastName: event.target.value })}
            />
            <DateField
              id={fieldIdOf(`${p}.birthDate`)}
              legend={f.birthDate}
              value={applicant.birthDate}
              error={errorFor(`${p}.birthDate`)}
              onChange={(birthDate) => set({ birthDate })}
            />
            <TextField
              id={fieldIdOf(`${p}.phone`)}
              label={f.phone}
              type="tel"
              autoComplete={index === 0 ? 'tel' : 'off'}
              className="input-width-m"
              value={applicant.phone}
              error={errorFor(`${p}.phone`)}
              onChange={(event) => set({ phone: event.target.value })}
            />
          </fieldset>
        );
      })}
      {draft.applicants.length < 2 ? (
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            update((current) => ({ ...current, applicants: [...current.applicants, emptyApplicant()] }))
          }
        >
          {f.addApplicant}
        </button>
      ) : (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => update((current) => ({ ...current, applicants: current.applicants.slice(0, 1) }))}
        >
          {f.removeApplicant}
        </button>
      )}
    </>
  );
}

export function HouseholdStep({ draft, update, errorFor }: StepProps) {
  const { t } = useI18n();
  const f = t.application.form;
  const relationOptions = [
    { value: '', label: f.chooseRelation },
    ...householdRelations.map((value) => ({ value, label: t.application.enums.relation[value] })),
  ];
  return (
    <>
      <p>{f.householdIntro}</p>
      {draft.household.length === 0 ? <p>{f.noMembers}</p> : null}
      {draft.household.map((member, index) => {
        const p = `household.${index}`;
        const set = (change: Partial<MemberDraft>) => update(updateMember(index, change));
        return (
          <fieldset key={member.id} className="mb-6">
            <legend className="h3">{f.memberHeading(index + 1)}</legend>
            <TextField
              id={fieldIdOf(`${p}.firstName`)}
              label={f.firstName}
              autoComplete="off"
              value={member.firstName}
              error={errorFor(`${p}.firstName`)}
              onChange={(event) => set({ firstName: event.target.value })}
            />
            <DateField
              id={fieldIdOf(`${p}.birthDate`)}
              legend={f.birthDate}
              value={member.birthDate}
              error={errorFor(`${p}.birthDate`)}
              onChange={(birthDate) => set({ birthDate })}
            />
            <SelectField
              id={fieldIdOf(`${p}.relation`)}
              label={f.relation}
              options={relationOptions}
              value={member.relation}
              error={errorFor(`${p}.relation`)}
              onChange={(event) => set({ relation: event.target.value as MemberDraft['relation'] })}
            />
            <button
              type="button"
              className="button button-secondary"
              onClick={() =>
                update((current) => ({
                  ...current,
                  household: current.household.filter((_, i) => i !== index),
                }))
              }
            >
              {f.removeMember(member.firstName.trim() || f.memberHeading(index + 1))}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button button-secondary"
        onClick={() =>
          update((current) => ({ ...current, household: [...current.household, emptyMember()] }))
        }
      >
        {f.addMember}
      </button>
    </>
  );
}

export function HomeStep(props: StepProps) {
  const { t } = useI18n();
  const f = t.application.form;
  const { draft, update, errorFor } = props;
  const { text, yesNo } = useFieldHelpers(props);
  return (
    <>
      {text('street', f.street, { autoComplete: 'street-address' })}
      {text('postalCode', f.postalCode, {
        autoComplete: 'postal-code',
        inputMode: 'numeric',
        maxLength: 4,
        className: 'input-width-xs',
      })}
      {text('city', f.city, { autoComplete: 'address-level2' })}
      <RadioGroup
        id={fieldIdOf('housingType')}
        legend={f.housingType}
        options={housingTypes.map((value) => ({ value, label: t.application.enums.housingType[value] }))}
        value={draft.housingType}
        error={errorFor('housingType')}
        onChange={(housingType) => update((current) => ({ ...current, housingType }))}
      />
      <RadioGroup
        id={fieldIdOf('housingTenure')}
        legend={f.housingTenure}
        options={housingTenures.map((value) => ({ value, label: t.application.enums.housingTenure[value] }))}
        value={draft.housingTenure}
        error={errorFor('housingTenure')}
        onChange={(housingTenure) => update((current) => ({ ...current, housingTenure }))}
      />
      {text('rooms', f.rooms, { inputMode: 'numeric', maxLength: 2, className: 'input-width-xs' })}
      {yesNo('spareRoom', f.spareRoom)}
      <TextAreaField
        id={fieldIdOf('housingNotes')}
        label={f.housingNotes}
        optional
        value={draft.housingNotes}
        error={errorFor('housingNotes')}
        onChange={(event) => {
          const housingNotes = event.target.value;
          update((current) => ({ ...current, housingNotes }));
        }}
      />
    </>
  );
}

export function ExperienceStep(props: StepProps) {
  const { t } = useI18n();
  const f = t.application.form;
  const { draft, update, errorFor } = props;
  const { yesNo } = useFieldHelpers(props);
  const area = (
    key: 'professionalExperienceDescription' | 'otherExperience' | 'motivation',
    label: string,
    extra: { hint?: string; optional?: boolean } = {},
  ) => (
    <TextAreaField
      id={fieldIdOf(key)}
      label={label}
      value={draft[key]}
      error={errorFor(key)}
      onChange={(event) => {
        const value = event.target.value;
        update((current) => ({ ...current, [key]: value }));
      }}
      {...extra}
    />
  );
  return (
    <>
      {draft.applicants.map((applicant, index) => {
        const p = `applicants.${index}`;
        const name = applicantName(applicant, index, f.applicantHeading);
        return (
          <div key={applicant.id}>
            <RadioGroup
              id={fieldIdOf(`${p}.workSituation`)}
              legend={f.workSituation(name)}
              options={workSituations.map((value) => ({
                value,
                label: t.application.enums.workSituation[value],
              }))}
              value={applicant.workSituation}
              error={errorFor(`${p}.workSituation`)}
              onChange={(workSituation) => update(updateApplicant(index, { workSituation }))}
            />
            {isWorking(applicant.workSituation) ? (
              <TextField
                id={fieldIdOf(`${p}.occupation`)}
                label={f.occupation(name)}
                autoComplete={index === 0 ? 'organization-title' : 'off'}
                value={applicant.occupation}
                error={errorFor(`${p}.occupation`)}
                onChange={(event) => update(updateApplicant(index, { occupation: event.target.value }))}
              />
            ) : null}
            <TextField
              id={fieldIdOf(`${p}.education`)}
              label={f.education(name)}
              optional
              value={applicant.education}
              error={errorFor(`${p}.education`)}
              onChange={(event) => update(updateApplicant(index, { education: event.target.value }))}
            />
          </div>
        );
      })}
      {yesNo('hasOwnChildren', f.hasOwnChildren)}
      {yesNo('professionalExperience', f.professionalExperience)}
      {draft.professionalExperience === true
        ? area('professionalExperienceDescription', f.professionalExperienceDescription)
        : null}
      {area('otherExperience', f.otherExperience, { hint: f.otherExperienceHint, optional: true })}
      {area('motivation', f.motivation, { hint: f.motivationHint })}
    </>
  );
}

function toggleFamilyType(types: readonly FamilyType[], type: FamilyType, on: boolean): FamilyType[] {
  if (!on) return types.filter((value) => value !== type);
  // A network family is approved for one child only, so choosing it replaces the others and vice versa.
  if (type === 'NETVAERK') return ['NETVAERK'];
  return [...types.filter((value) => value !== 'NETVAERK' && value !== type), type];
}

export function OfferStep(props: StepProps) {
  const { t } = useI18n();
  const f = t.application.form;
  const { draft, update, errorFor } = props;
  const { text, yesNo } = useFieldHelpers(props);
  const network = isNetworkOffer(draft);
  return (
    <>
      <ChoiceGroup
        id={fieldIdOf('familyTypes')}
        legend={f.familyTypes}
        hint={f.familyTypesHint}
        error={errorFor('familyTypes')}
      >
        {familyTypes.map((type, index) => {
          const id = index === 0 ? 'familyTypes' : `familyTypes-${type}`;
          return (
            <div className="form-group-checkbox" key={type}>
              <input
                type="checkbox"
                className="form-checkbox"
                id={id}
                checked={draft.familyTypes.includes(type)}
                onChange={(event) => {
                  const on = event.target.checked;
                  update((current) => ({
                    ...current,
                    familyTypes: toggleFamilyType(current.familyTypes, type, on),
                  }));
                }}
              />
              <label className="form-label" htmlFor={id}>
                {t.application.enums.familyType[type]}
              </label>
            </div>
          );
        })}
      </ChoiceGroup>
      {network ? (
        <>
          {text('networkChildName', f.networkChildName, { autoComplete: 'off' })}
          {text('networkChildRelation', f.networkChildRelation, { hint: f.networkChildRelationHint })}
        </>
      ) : (
        <>
          <ChoiceGroup id="ages" legend={f.agesLegend}>
            {text('ageMin', f.ageMin, { inputMode: 'numeric', maxLength: 2, className: 'input-width-xs' })}
            {text('ageMax', f.ageMax, { inputMode: 'numeric', maxLength: 2, className: 'input-width-xs' })}
          </ChoiceGroup>
          {text('childrenCount', f.childrenCount, {
            inputMode: 'numeric',
            maxLength: 1,
            className: 'input-width-xs',
          })}
          {yesNo('siblings', f.siblings)}
        </>
      )}
    </>
  );
}

export function ConsentStep(props: StepProps) {
  const { t } = useI18n();
  const f = t.application.form;
  const { draft, update, errorFor } = props;
  const { text } = useFieldHelpers(props);
  const people = certificatePeople(draft);
  return (
    <>
      <RadioGroup
        id={fieldIdOf('recruitmentSource')}
        legend={f.recruitmentSource}
        options={recruitmentSources.map((value) => ({
          value,
          label: t.application.enums.recruitmentSource[value],
        }))}
        value={draft.recruitmentSource}
        error={errorFor('recruitmentSource')}
        onChange={(recruitmentSource) => update((current) => ({ ...current, recruitmentSource }))}
      />
      {draft.recruitmentSource === 'OTHER' ? text('recruitmentSourceOther', f.recruitmentSourceOther) : null}

      <h3>{f.certificatesHeading}</h3>
      <p>{f.certificatesIntro}</p>
      {people.length > 0 ? (
        <>
          <p className="mb-2">{f.certificatesFor}</p>
          <ul data-testid="certificate-people">
            {people.map((name, index) => (
              <li key={`${name}-${index}`}>{name}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{f.certificatesNobody}</p>
      )}
      <CheckboxField
        id={fieldIdOf('consentCertificates')}
        label={f.consentCertificates}
        checked={draft.consentCertificates}
        error={errorFor('consentCertificates')}
        onChange={(consentCertificates) => update((current) => ({ ...current, consentCertificates }))}
      />

      <h3>{f.privacyHeading}</h3>
      <p>
        {f.privacyText} <Link to="/privatlivspolitik">{f.privacyLink}</Link>
      </p>
      <CheckboxField
        id={fieldIdOf('consentPrivacy')}
        label={f.consentPrivacy}
        checked={draft.consentPrivacy}
        error={errorFor('consentPrivacy')}
        onChange={(consentPrivacy) => update((current) => ({ ...current, consentPrivacy }))}
      />
    </>
  );
}

export const stepComponents: Record<QuestionStep, (props: StepProps) => React.JSX.Element> = {
  APPLICANTS: ApplicantsStep,
  HOUSEHOLD: HouseholdStep,
  HOME: HomeStep,
  EXPERIENCE: ExperienceStep,
  OFFER: OfferStep,
  CONSENT: ConsentStep,
};
