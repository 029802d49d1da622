import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { TextField } from '../../components/form-fields';
import { PageHeading } from '../../components/page-heading';
import { Alert } from '../../components/recruitment/alerts';
import { HorizontalBarChart } from '../../components/recruitment/charts';
import '../../components/recruitment/recruitment.css';
import { ChartTable } from '../../components/chart-table';
import { learningErrorOf } from '../../components/learning/learning-error';
import {
  addDays,
  copenhagenDay,
  copenhagenMidnight,
  formatHours,
} from '../../components/learning/learning-format';
import '../../components/learning/learning.css';
import { LearningDashboardDocument, LearningVocabularyDocument } from '../../graphql/learning.operations';
import { useI18n } from '../../i18n/i18n-context';
import { Link } from '../../routing/router';
import { LearningSettingsPage } from './learning-settings-page';

/** `/overblik` (and its settings at `/overblik/indstillinger`). */
export function LearningDashboardPage({ subPath }: { subPath: string }) {
  if (subPath === 'indstillinger') return <LearningSettingsPage />;
  return <Dashboard />;
}

/** Backlog by priority now, and waiting times, missed deadlines and outcomes for a period. */
function Dashboard() {
  const { t } = useI18n();
  const texts = t.learning.dashboard;
  const today = copenhagenDay(new Date());
  const [draft, setDraft] = useState({ from: addDays(today, -90), to: today });
  const [period, setPeriod] = useState(draft);
  const [error, setError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  // Whole Copenhagen days: from the start of "from" to the end of "to".
  const dashboard = useQuery(LearningDashboardDocument, {
    variables: {
      from: copenhagenMidnight(period.from).toISOString(),
      to: copenhagenMidnight(addDays(period.to, 1)).toISOString(),
    },
    fetchPolicy: 'cache-and-network',
  });
  const vocabulary = useQuery(LearningVocabularyDocument);
  const priorityLabel = (code: string) =>
    vocabulary.data?.learningVocabulary.priorities.find((p) => p.code === code)?.label ?? code;

  const onShow = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (!draft.from || !draft.to || draft.to < draft.from) {
      setError(texts.periodInvalid);
      return;
    }
    setError(undefined);
    setPeriod(draft);
  };

  const d = dashboard.data?.learningDashboard;
  const serverError = dashboard.error ? learningErrorOf(dashboard.error, t) : null;
  return (
    <>
      <PageHeading title={texts.title} />
      <p>
        <Link to="/overblik/indstillinger">{t.staffGaps.settings.link}</Link>
      </p>
      <ErrorSummary errors={error ? [{ fieldId: 'ld-to', message: error }] : []} attempt={attempt} />
      <form noValidate onSubmit={onShow} data-testid="ld-period">
        <fieldset>
          <legend className="h3">{texts.period}</legend>
          <TextField
            id="ld-from"
            type="date"
            label={texts.from}
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
          />
          <TextField
            id="ld-to"
            type="date"
            label={texts.to}
            error={error}
            value={draft.to}
            onChange={(e) => setDraft({ ...draft, to: e.target.value })}
          />
          <button type="submit" className="button button-secondary">
            {texts.show}
          </button>
        </fieldset>
      </form>
      {serverError ? (
        <Alert kind="error">{Object.values(serverError.fields)[0] ?? serverError.message}</Alert>
      ) : null}
      {!d ? (
        <p>{t.common.loading}</p>
      ) : (
        <>
          <section aria-labelledby="ld-figures">
            <h2 id="ld-figures">{texts.figures}</h2>
            <dl className="learning-figures" data-testid="ld-figures">
              <div>
                <dt>{texts.waitingMedian}</dt>
                <dd>{formatHours(d.waitingHoursMedian, t)}</dd>
              </div>
              <div>
                <dt>{texts.waitingP90}</dt>
                <dd>{formatHours(d.waitingHoursP90, t)}</dd>
              </div>
              <div>
                <dt>{texts.taken}</dt>
                <dd>{d.taken}</dd>
              </div>
              <div>
                <dt>{texts.created}</dt>
                <dd>{d.created}</dd>
              </div>
              <div>
                <dt>{texts.resolved}</dt>
                <dd>{d.resolved}</dd>
              </div>
              <div>
                <dt>{texts.missed}</dt>
                <dd>{d.deadlinesMissed}</dd>
              </div>
              <div>
                <dt>{texts.overdueNow}</dt>
                <dd>{d.overdueNow}</dd>
              </div>
            </dl>
          </section>
          <section aria-labelledby="ld-backlog">
            <h2 id="ld-backlog">{texts.backlog}</h2>
            <HorizontalBarChart
              title={texts.backlog}
              description={texts.backlogDescription}
              data={d.backlog.map((row) => ({
                label: priorityLabel(row.priority),
                value: row.open,
              }))}
              testId="ld-backlog-chart"
            />
            <ChartTable
              caption={texts.backlog}
              headers={[texts.priority, texts.open, texts.unassigned, texts.overdue]}
              rows={d.backlog.map((row) => ({
                label: priorityLabel(row.priority),
                cells: [row.open, row.unassigned, row.overdue],
              }))}
              testId="ld-backlog-table"
            />
          </section>
          <section aria-labelledby="ld-outcomes">
            <h2 id="ld-outcomes">{texts.outcomes}</h2>
            {d.outcomes.length === 0 ? (
              <p>{texts.noOutcomes}</p>
            ) : (
              <>
                <HorizontalBarChart
                  title={texts.outcomes}
                  description={texts.outcomesDescription}
                  data={d.outcomes.map((o) => ({ label: o.label, value: o.count }))}
                  testId="ld-outcomes-chart"
                />
                <ChartTable
                  caption={texts.outcomes}
                  headers={[texts.outcome, texts.count]}
                  rows={d.outcomes.map((o) => ({ label: o.label, cells: [o.count] }))}
                  testId="ld-outcomes-table"
                />
              </>
            )}
          </section>
        </>
      )}
    </>
  );
}
