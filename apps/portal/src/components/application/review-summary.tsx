import { useI18n } from '../../i18n/i18n-context';
import { formatDate } from './format';
import {
  formSteps,
  isNetworkOffer,
  isoDate,
  isWorking,
  type FormDraft,
  type QuestionStep,
} from './form-model';

type Row = [label: string, value: string];

/** The answers per step, as the applicant will send them, each with a "Ret" button back to the step. */
export function ReviewSummary({ draft, onEdit }: { draft: FormDraft; onEdit(step: QuestionStep): void }) {
  const { t } = useI18n();
  const f = t.application.form;
  const e = t.application.enums;
  const none = f.notAnswered;
  const value = (v: string) => v.trim() || none;
  const yesNo = (v: boolean | null) => (v === null ? none : v ? t.common.yes : t.common.no);
  const date = (v: string) => {
    const iso = isoDate(v);
    return iso ? formatDate(`${iso}T12:00:00Z`) : none;
  };
  const network = isNetworkOffer(draft);

  const rows: Record<QuestionStep, Row[]> = {
    APPLICANTS: draft.applicants.flatMap((a, i) => [
      [f.applicantHeading(i + 1), value([a.firstName, a.lastName].filter((s) => s.trim()).join(' '))],
      [f.birthDate, date(a.birthDate)],
      [f.phone, value(a.phone)],
    ]),
    HOUSEHOLD: draft.household.length
      ? draft.household.map((m, i): Row => [
          f.memberHeading(i + 1),
          [value(m.firstName), date(m.birthDate), m.relation ? e.relation[m.relation] : none].join(', '),
        ])
      : [[t.application.steps.HOUSEHOLD, f.noMembers]],
    HOME: [
      [f.street, value(draft.street)],
      [f.postalCode, value(draft.postalCode)],
      [f.city, value(draft.city)],
      [f.housingType, draft.housingType ? e.housingType[draft.housingType] : none],
      [f.housingTenure, draft.housingTenure ? e.housingTenure[draft.housingTenure] : none],
      [f.rooms, value(draft.rooms)],
      [f.spareRoom, yesNo(draft.spareRoom)],
    ],
    EXPERIENCE: [
      ...draft.applicants.flatMap((a, i): Row[] => {
        const name = a.firstName.trim() || f.applicantHeading(i + 1);
        const situation: Row = [
          f.workSituation(name),
          a.workSituation ? e.workSituation[a.workSituation] : none,
        ];
        return isWorking(a.workSituation)
          ? [situation, [f.occupation(name), value(a.occupation)]]
          : [situation];
      }),
      [f.hasOwnChildren, yesNo(draft.hasOwnChildren)],
      [f.professionalExperience, yesNo(draft.professionalExperience)],
      ...(draft.professionalExperience
        ? [[f.professionalExperienceDescription, value(draft.professionalExperienceDescription)] as Row]
        : []),
      [f.motivation, value(draft.motivation)],
    ],
    OFFER: [
      [
        f.familyTypes,
        draft.familyTypes.length ? draft.familyTypes.map((type) => e.familyType[type]).join(', ') : none,
      ],
      ...(network
        ? ([
            [f.networkChildName, value(draft.networkChildName)],
            [f.networkChildRelation, value(draft.networkChildRelation)],
          ] as Row[])
        : ([
            [f.agesLegend, draft.ageMin && draft.ageMax ? `${draft.ageMin}-${draft.ageMax}` : none],
            [f.childrenCount, value(draft.childrenCount)],
            [f.siblings, yesNo(draft.siblings)],
          ] as Row[])),
    ],
    CONSENT: [
      [
        f.recruitmentSource,
        draft.recruitmentSource
          ? draft.recruitmentSource === 'OTHER' && draft.recruitmentSourceOther.trim()
            ? draft.recruitmentSourceOther
            : e.recruitmentSource[draft.recruitmentSource]
          : none,
      ],
      [f.certificatesHeading, draft.consentCertificates ? t.common.yes : none],
      [f.privacyHeading, draft.consentPrivacy ? t.common.yes : none],
    ],
  };

  return (
    <div data-testid="review-summary">
      <p>{f.reviewIntro}</p>
      {formSteps.map((step) => (
        <section key={step} aria-labelledby={`review-${step}`} className="mb-6">
          <h3 id={`review-${step}`}>{t.application.steps[step]}</h3>
          <dl className="review-list">
            {rows[step].map(([label, text], index) => (
              <div key={`${label}-${index}`}>
                <dt>{label}</dt>
                <dd>{text}</dd>
              </div>
            ))}
          </dl>
          <button type="button" className="function-link" onClick={() => onEdit(step)}>
            {f.edit}
            <span className="sr-only"> {t.application.steps[step]}</span>
          </button>
        </section>
      ))}
    </div>
  );
}
