import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { TextField } from '../../components/form-fields';
import { Icon } from '../../components/icon';
import { MyWishesSection } from '../../components/matching/family-match-profile';
import { PageHeading } from '../../components/page-heading';
import { formatDate } from '../../components/application/format';
import { ApplicationTimeline } from '../../components/application/timeline';
import { TeamsLinkSection } from '../../components/teams/teams-link-section';
import { toApiError } from '../../graphql/api-error';
import {
  MyFosterFamilyDocument,
  UpdateFosterFamilyVacanciesDocument,
} from '../../graphql/application.operations';
import { useI18n } from '../../i18n/i18n-context';

/** FOSTER_PARENT landing page: the approval that matching and relief use, vacancies, and the approval timeline. */
export function MyFosterFamilyPage() {
  const { t } = useI18n();
  const fam = t.application.family;
  const { data, loading, error, refetch } = useQuery(MyFosterFamilyDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const [update, { loading: saving }] = useMutation(UpdateFosterFamilyVacanciesDocument);
  const [vacancies, setVacancies] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | null>(null);

  const family = data?.myFosterFamily;
  const application = data?.myApplication;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!family) return;
    setNotice(null);
    const raw = (vacancies ?? String(family.vacancies)).trim();
    const value = /^\d{1,2}$/.test(raw) ? Number(raw) : NaN;
    if (Number.isNaN(value) || value > family.places) {
      setFieldError(fam.vacanciesInvalid(family.places));
      return;
    }
    setFieldError(undefined);
    try {
      await update({
        variables: { input: { id: family.id, expectedVersion: family.version, vacancies: value } },
      });
      setVacancies(null);
      setNotice(fam.vacanciesSaved);
    } catch (caught) {
      const apiError = toApiError(caught);
      if (apiError.code === 'CONFLICT') {
        await refetch();
        setVacancies(null);
        setFieldError(fam.conflict);
      } else setFieldError(apiError.fields['vacancies'] ?? t.errors[apiError.code]);
    }
  };

  return (
    <>
      <PageHeading title={fam.title} />
      {error && !data ? (
        <div className="alert alert-error" role="alert">
          <Icon name="error" className="alert-icon" />
          <div className="alert-body">
            <p className="alert-text">{t.errors[toApiError(error).code]}</p>
          </div>
        </div>
      ) : null}
      {loading && !data ? <p role="status">{t.common.loading}</p> : null}
      {data && !family ? <p>{fam.none}</p> : null}
      {family ? (
        <>
          <section aria-labelledby="approval-heading">
            <h2 id="approval-heading">{fam.approvalHeading}</h2>
            <dl className="review-list" data-testid="family-approval">
              <div>
                <dt>{fam.approvalTypes}</dt>
                <dd>{family.approvalTypes.map((type) => t.application.enums.familyType[type]).join(', ')}</dd>
              </div>
              <div>
                <dt>{fam.approvedAt}</dt>
                <dd>{formatDate(family.approvedAt)}</dd>
              </div>
              <div>
                <dt>{fam.approvedBy}</dt>
                <dd>{fam.approvedByValue[family.approvedBy]}</dd>
              </div>
              {family.networkChildName ? (
                <div>
                  <dt>{fam.networkChild}</dt>
                  <dd>{family.networkChildName}</dd>
                </div>
              ) : null}
              <div>
                <dt>{fam.places}</dt>
                <dd>{family.places}</dd>
              </div>
              <div>
                <dt>{fam.ages}</dt>
                <dd>{fam.agesValue(family.ageMin, family.ageMax)}</dd>
              </div>
              <div>
                <dt>{fam.siblings}</dt>
                <dd>{family.takesSiblings ? t.common.yes : t.common.no}</dd>
              </div>
              <div>
                <dt>{fam.conditions}</dt>
                <dd>{family.conditions.trim() || fam.noConditions}</dd>
              </div>
            </dl>
          </section>
          <section aria-labelledby="vacancies-heading" className="mt-7">
            <h2 id="vacancies-heading">{fam.vacanciesHeading}</h2>
            <p>{fam.vacanciesIntro}</p>
            {notice ? (
              <div className="alert alert-success" role="status">
                <Icon name="check-circle" className="alert-icon" />
                <div className="alert-body">
                  <p className="alert-text">{notice}</p>
                </div>
              </div>
            ) : null}
            <form noValidate onSubmit={(event) => void onSubmit(event)}>
              <TextField
                id="vacancies"
                label={fam.vacancies}
                hint={`${fam.vacanciesHint(family.places)} ${fam.vacanciesUpdated(formatDate(family.vacanciesUpdatedAt))}`}
                inputMode="numeric"
                maxLength={2}
                className="input-width-xs"
                value={vacancies ?? String(family.vacancies)}
                error={fieldError}
                onChange={(event) => setVacancies(event.target.value)}
              />
              <button
                type="submit"
                className="button button-primary"
                disabled={saving}
                aria-disabled={saving}
              >
                {fam.saveVacancies}
              </button>
            </form>
          </section>
          <MyWishesSection />
        </>
      ) : null}
      {application ? (
        <section aria-labelledby="family-timeline-heading" className="mt-7">
          <h2 id="family-timeline-heading">{fam.timelineHeading}</h2>
          <p>{application.statusLabel}</p>
          <ApplicationTimeline steps={application.timeline} headingId="family-timeline-heading" />
        </section>
      ) : null}
      <TeamsLinkSection />
    </>
  );
}
