import type { ReactNode } from 'react';
import type { StaffApplicationFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { formatDay } from './format';

type Form = StaffApplicationFieldsFragment['form'];

function Row({ label, value }: { label: string; value: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}

/** The application form, read-only, in the sections the applicant filled it in. */
export function ApplicationSummary({ form }: { form: Form }) {
  const { t } = useI18n();
  const texts = t.recruitment.application;
  const r = t.recruitment;
  const text = (value: string | null | undefined) => (value && value.trim() ? value : texts.notGiven);
  const yesNo = (value: boolean | null | undefined) =>
    value === true ? t.common.yes : value === false ? t.common.no : texts.notGiven;
  const day = (value: string | null | undefined) => (value ? formatDay(value) : texts.notGiven);

  return (
    <section aria-labelledby="summary-heading" data-testid="application-summary">
      <h2 id="summary-heading">{texts.summaryHeading}</h2>

      <h3>{texts.applicantsHeading}</h3>
      {form.applicants.map((applicant, index) => (
        <dl key={applicant.id ?? index} className="summary-list">
          <Row label={texts.name} value={text(`${applicant.firstName ?? ''} ${applicant.lastName ?? ''}`)} />
          <Row label={texts.birthDate} value={day(applicant.birthDate)} />
          <Row label={texts.phone} value={text(applicant.phone)} />
          <Row label={texts.education} value={text(applicant.education)} />
          <Row label={texts.occupation} value={text(applicant.occupation)} />
          <Row
            label={texts.workSituation}
            value={applicant.workSituation ? r.workSituations[applicant.workSituation] : texts.notGiven}
          />
        </dl>
      ))}

      <h3>{texts.householdHeading}</h3>
      {form.household.length === 0 ? (
        <p>{texts.none}</p>
      ) : (
        <ul>
          {form.household.map((member, index) => (
            <li key={member.id ?? index}>
              {text(member.firstName)}, {member.relation ? r.relations[member.relation] : texts.notGiven},{' '}
              {day(member.birthDate)}
            </li>
          ))}
        </ul>
      )}

      <h3>{texts.homeHeading}</h3>
      <dl className="summary-list">
        <Row
          label={texts.address}
          value={text(
            [form.street, [form.postalCode, form.city].filter(Boolean).join(' ')].filter(Boolean).join(', '),
          )}
        />
        <Row
          label={texts.housingType}
          value={form.housingType ? r.housingTypes[form.housingType] : texts.notGiven}
        />
        <Row
          label={texts.housingTenure}
          value={form.housingTenure ? r.housingTenures[form.housingTenure] : texts.notGiven}
        />
        <Row label={texts.rooms} value={form.rooms ?? texts.notGiven} />
        <Row label={texts.spareRoom} value={yesNo(form.spareRoom)} />
        <Row label={texts.housingNotes} value={text(form.housingNotes)} />
      </dl>

      <h3>{texts.experienceHeading}</h3>
      <dl className="summary-list">
        <Row label={texts.hasOwnChildren} value={yesNo(form.hasOwnChildren)} />
        <Row
          label={texts.professionalExperience}
          value={
            form.professionalExperience
              ? text(form.professionalExperienceDescription)
              : yesNo(form.professionalExperience)
          }
        />
        <Row label={texts.otherExperience} value={text(form.otherExperience)} />
        <Row label={texts.motivation} value={text(form.motivation)} />
      </dl>

      <h3>{texts.offerHeading}</h3>
      <dl className="summary-list">
        <Row
          label={texts.familyTypes}
          value={
            form.familyTypes.length > 0
              ? form.familyTypes.map((type) => r.familyTypes[type]).join(', ')
              : texts.notGiven
          }
        />
        {form.networkChildName ? (
          <Row
            label={texts.networkChild}
            value={`${form.networkChildName}${form.networkChildRelation ? ` (${form.networkChildRelation})` : ''}`}
          />
        ) : null}
        <Row
          label={texts.ageRange}
          value={
            form.ageMin !== null || form.ageMax !== null
              ? texts.ageRangeValue(String(form.ageMin ?? 0), String(form.ageMax ?? 17))
              : texts.notGiven
          }
        />
        <Row label={texts.childrenCount} value={form.childrenCount ?? texts.notGiven} />
        <Row label={texts.siblings} value={yesNo(form.siblings)} />
        <Row
          label={texts.source}
          value={
            form.recruitmentSource
              ? `${r.sources[form.recruitmentSource]}${form.recruitmentSourceOther ? `: ${form.recruitmentSourceOther}` : ''}`
              : texts.notGiven
          }
        />
      </dl>

      <h3>{texts.consentHeading}</h3>
      <dl className="summary-list">
        <Row label={texts.consentCertificates} value={yesNo(form.consentCertificates)} />
        <Row label={texts.consentPrivacy} value={yesNo(form.consentPrivacy)} />
      </dl>
    </section>
  );
}
