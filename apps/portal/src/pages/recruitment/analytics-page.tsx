import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { TextField } from '../../components/form-fields';
import { PageHeading } from '../../components/page-heading';
import { Alert } from '../../components/recruitment/alerts';
import { GroupedBarChart, HorizontalBarChart, Histogram } from '../../components/recruitment/charts';
import { copenhagenToIso, copenhagenToday } from '../../components/recruitment/format';
import '../../components/recruitment/recruitment.css';
import { toApiError } from '../../graphql/api-error';
import { RecruitmentAnalyticsDocument } from '../../graphql/recruitment-staff.operations';
import { useI18n } from '../../i18n/i18n-context';
import { ChartTable } from '../../components/chart-table';

function yearBefore(day: string): string {
  const [year, month, date] = day.split('-');
  return `${Number(year) - 1}-${month}-${date}`;
}

function nextDay(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

const percent = (share: number | null | undefined) =>
  share === null || share === undefined ? null : Math.round(share * 100);
const round = (value: number | null | undefined) =>
  value === null || value === undefined ? null : Math.round(value * 10) / 10;

/** Recruitment figures for a period: funnel, median days per stage, results by source, age distribution. */
export function AnalyticsPage() {
  const { t } = useI18n();
  const texts = t.recruitment.analytics;
  const today = copenhagenToday();
  const [draft, setDraft] = useState({ from: yearBefore(today), to: today });
  const [period, setPeriod] = useState(draft);
  const [error, setError] = useState<string | undefined>();
  // The period is whole Copenhagen days: from the start of "from" to the end of "to".
  const analytics = useQuery(RecruitmentAnalyticsDocument, {
    variables: {
      from: copenhagenToIso(period.from, '00:00'),
      to: copenhagenToIso(nextDay(period.to), '00:00'),
    },
    fetchPolicy: 'cache-and-network',
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!draft.from || !draft.to || draft.from > draft.to) {
      setError(texts.periodInvalid);
      return;
    }
    setError(undefined);
    setPeriod(draft);
  };

  const data = analytics.data?.recruitmentAnalytics;
  const label = (status: keyof typeof t.recruitment.statuses) => t.recruitment.statuses[status];
  const funnel = (data?.funnel ?? []).map((stage) => {
    const share = percent(stage.conversionFromPrevious);
    return {
      label: label(stage.status),
      value: stage.reached,
      note: share === null ? undefined : texts.percent(share),
    };
  });
  const stageDays = (data?.funnel ?? [])
    .filter((stage) => stage.medianDaysInStage !== null)
    .map((stage) => ({ label: label(stage.status), value: round(stage.medianDaysInStage) ?? 0 }));
  const sources = (data?.bySource ?? []).map((row) => ({
    label: row.source ? t.recruitment.sources[row.source] : row.label,
    values: [row.applications, row.submitted, row.approved],
  }));
  const ages = (data?.ageDistribution ?? []).map((band) => ({ label: band.band, value: band.count }));
  const list = (parts: string[]) => parts.join(', ') || texts.noData;

  return (
    <>
      <PageHeading title={texts.title} />
      <p className="font-lead">{texts.intro}</p>
      <form noValidate onSubmit={onSubmit} className="mb-6">
        <div className="row">
          <div className="col-12 col-md-4">
            <TextField
              id="period-from"
              type="date"
              label={texts.from}
              error={error}
              value={draft.from}
              onChange={(event) => setDraft({ ...draft, from: event.target.value })}
            />
          </div>
          <div className="col-12 col-md-4">
            <TextField
              id="period-to"
              type="date"
              label={texts.to}
              value={draft.to}
              onChange={(event) => setDraft({ ...draft, to: event.target.value })}
            />
          </div>
        </div>
        <button type="submit" className="button button-primary">
          {texts.show}
        </button>
      </form>

      {analytics.error ? (
        <Alert kind="error">
          {toApiError(analytics.error).code === 'INTERNAL'
            ? texts.unavailable
            : t.errors[toApiError(analytics.error).code]}
        </Alert>
      ) : null}
      {!data && analytics.loading ? <p role="status">{t.common.loading}</p> : null}
      {data ? (
        <>
          <ul className="key-figures" data-testid="key-figures">
            <li>
              {texts.applications}
              <strong>{data.applications}</strong>
            </li>
            <li>
              {texts.approved}
              <strong>{data.approved}</strong>
            </li>
            <li>
              {texts.refused}
              <strong>{data.refused}</strong>
            </li>
            <li>
              {texts.withdrawn}
              <strong>{data.withdrawn}</strong>
            </li>
            <li>
              {texts.medianDaysToApproval}
              <strong>
                {data.medianDaysToApproval === null
                  ? texts.noData
                  : texts.days(round(data.medianDaysToApproval) ?? 0)}
              </strong>
            </li>
          </ul>

          <section aria-labelledby="funnel-heading">
            <h2 id="funnel-heading">{texts.funnelHeading}</h2>
            <HorizontalBarChart
              title={texts.funnelHeading}
              description={texts.funnelDescription(
                list(funnel.map((row) => `${row.label} ${row.value}${row.note ? ` (${row.note})` : ''}`)),
              )}
              data={funnel}
              testId="funnel-chart"
            />
            <ChartTable
              caption={texts.funnelHeading}
              headers={[texts.stage, texts.reached, texts.conversion]}
              rows={funnel.map((row) => ({ label: row.label, cells: [row.value, row.note ?? '–'] }))}
            />
          </section>

          <section aria-labelledby="stage-days-heading">
            <h2 id="stage-days-heading">{texts.stageDaysHeading}</h2>
            <HorizontalBarChart
              title={texts.stageDaysHeading}
              description={texts.stageDaysDescription(
                list(stageDays.map((row) => `${row.label} ${row.value}`)),
              )}
              data={stageDays}
              testId="stage-days-chart"
            />
            <ChartTable
              caption={texts.stageDaysHeading}
              headers={[texts.stage, texts.medianDays]}
              rows={stageDays.map((row) => ({ label: row.label, cells: [row.value] }))}
            />
          </section>

          <section aria-labelledby="source-heading">
            <h2 id="source-heading">{texts.sourceHeading}</h2>
            <GroupedBarChart
              title={texts.sourceHeading}
              description={texts.sourceDescription(
                list(sources.map((row) => `${row.label} ${row.values.join('/')}`)),
              )}
              series={[texts.started, texts.submitted, texts.approved]}
              data={sources}
              testId="source-chart"
            />
            <ChartTable
              caption={texts.sourceHeading}
              headers={[texts.source, texts.started, texts.submitted, texts.approved]}
              rows={sources.map((row) => ({ label: row.label, cells: row.values }))}
            />
          </section>

          <section aria-labelledby="age-heading">
            <h2 id="age-heading">{texts.ageHeading}</h2>
            <Histogram
              title={texts.ageHeading}
              description={texts.ageDescription(list(ages.map((row) => `${row.label}: ${row.value}`)))}
              data={ages}
              testId="age-chart"
            />
            <ChartTable
              caption={texts.ageHeading}
              headers={[texts.ageBand, texts.count]}
              rows={ages.map((row) => ({ label: row.label, cells: [row.value] }))}
            />
          </section>
        </>
      ) : null}
    </>
  );
}
