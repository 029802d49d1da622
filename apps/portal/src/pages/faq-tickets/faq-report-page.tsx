import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ChartTable } from '../../components/chart-table';
import { ErrorSummary, type SummaryError } from '../../components/error-summary';
import { TextField } from '../../components/form-fields';
import { PageHeading } from '../../components/page-heading';
import { Alert } from '../../components/recruitment/alerts';
import { FaqTabs } from '../../components/faq/faq-tabs';
import '../../components/faq/faq.css';
import { faqTicketErrorOf } from '../../components/faq-tickets/faq-tickets-error';
import '../../components/faq-tickets/faq-tickets.css';
import type { FaqImprovementReportQuery, FaqPhrasingSuggestionsQuery } from '../../gql/graphql';
import {
  AcceptFaqPhrasingDocument,
  DismissFaqPhrasingDocument,
  FaqImprovementReportDocument,
  FaqPhrasingSuggestionsDocument,
} from '../../graphql/faq-tickets.operations';
import { useI18n } from '../../i18n/i18n-context';

type Group = FaqImprovementReportQuery['faqImprovementReport']['groups'][number];

const dayFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' });
const CHART_ROWS = 10;

/** yyyy-mm-dd of a day in Danish time. */
function isoDay(date: Date): string {
  return dayFormat.format(date);
}

/** The period as instants: from the start of the first day to the start of the day after the last (Danish time). */
function periodOf(from: string, to: string): { from: string; to: string } {
  const start = (day: string) => {
    // Midnight in Copenhagen: try both offsets and keep the one that lands on the same local day.
    for (const offset of ['+01:00', '+02:00']) {
      const d = new Date(`${day}T00:00:00${offset}`);
      if (isoDay(d) === day && isoDay(new Date(d.getTime() - 1)) !== day) return d;
    }
    return new Date(`${day}T00:00:00Z`);
  };
  const end = start(to);
  const next = new Date(end.getTime() + 36 * 3_600_000);
  return { from: start(from).toISOString(), to: start(isoDay(next)).toISOString() };
}

/**
 * Horizontal bars per knowledge-base question: "uden svar" solid, "tommelfinger ned" hatched, each segment with
 * its number written beside the bar, so neither colour nor pattern alone carries the meaning.
 */
function ReportChart({ groups, labelOf }: { groups: Group[]; labelOf: (g: Group) => string }) {
  const { t } = useI18n();
  const texts = t.faqTickets.report;
  const rows = groups.slice(0, CHART_ROWS);
  const max = Math.max(1, ...rows.map((g) => g.total));
  const rowHeight = 44;
  const labelWidth = 0;
  const width = 640;
  const barWidth = width - 120;
  const height = rows.length * rowHeight + 30;
  const short = (s: string) => (s.length > 70 ? `${s.slice(0, 69)}…` : s);
  return (
    <figure>
      <figcaption className="h4">{texts.chartTitle}</figcaption>
      <svg
        className="faq-chart"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={texts.chartDescription(rows.length)}
        data-testid="faq-report-chart"
      >
        <defs>
          <pattern
            id="faq-hatch"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill="#ffffff" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#1a1a1a" strokeWidth="3" />
          </pattern>
        </defs>
        <g fontSize="12" fill="#1a1a1a">
          <rect x={0} y={4} width={12} height={12} fill="#004993" />
          <text x={18} y={14}>
            {texts.unanswered}
          </text>
          <rect x={140} y={4} width={12} height={12} fill="url(#faq-hatch)" stroke="#1a1a1a" />
          <text x={158} y={14}>
            {texts.notHelpful}
          </text>
        </g>
        {rows.map((g, i) => {
          const y = 30 + i * rowHeight;
          const a = (g.unanswered / max) * barWidth;
          const b = (g.notHelpful / max) * barWidth;
          return (
            <g key={g.entryId ?? 'none'} fontSize="12" fill="#1a1a1a">
              <text x={labelWidth} y={y + 12}>
                {short(labelOf(g))}
              </text>
              <rect x={labelWidth} y={y + 18} width={Math.max(a, 0)} height={16} fill="#004993" />
              <rect
                x={labelWidth + a}
                y={y + 18}
                width={Math.max(b, 0)}
                height={16}
                fill="url(#faq-hatch)"
                stroke={b > 0 ? '#1a1a1a' : 'none'}
              />
              <text x={labelWidth + a + b + 6} y={y + 31}>
                {`${g.unanswered} + ${g.notHelpful} = ${g.total}`}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/** `/vidensbase/forbedringer`: unanswered questions and 👎 answers per knowledge-base question, for a period. */
export function FaqReportPage(_props: { subPath: string }) {
  const { t } = useI18n();
  const texts = t.faqTickets.report;
  const today = new Date();
  const [draft, setDraft] = useState({
    from: isoDay(new Date(today.getTime() - 30 * 86_400_000)),
    to: isoDay(today),
  });
  const [period, setPeriod] = useState(draft);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const variables = periodOf(period.from, period.to);
  const report = useQuery(FaqImprovementReportDocument, { variables, fetchPolicy: 'cache-and-network' });
  const serverError = report.error ? faqTicketErrorOf(report.error, t) : null;
  const fieldError = (field: 'from' | 'to') =>
    errors.find((e) => e.fieldId === `faq-report-${field}`)?.message ?? serverError?.fields[field];
  const labelOf = (g: Group) => g.entryQuestion ?? texts.none;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const missing: SummaryError[] = [];
    if (!draft.from) missing.push({ fieldId: 'faq-report-from', message: texts.dateMissing });
    if (!draft.to) missing.push({ fieldId: 'faq-report-to', message: texts.dateMissing });
    setErrors(missing);
    if (!missing.length) setPeriod(draft);
  };

  const data = report.data?.faqImprovementReport;
  const summaryErrors: SummaryError[] = errors.length
    ? errors
    : Object.entries(serverError?.fields ?? {}).map(([field, message]) => ({
        fieldId: `faq-report-${field}`,
        message,
      }));
  return (
    <>
      <FaqTabs current="improvements" />
      <PageHeading title={texts.title} />
      <p>{texts.intro}</p>
      <form noValidate onSubmit={onSubmit} data-testid="faq-report-period">
        <ErrorSummary errors={summaryErrors} attempt={attempt} />
        <fieldset>
          <legend className="h4">{texts.period}</legend>
          <TextField
            id="faq-report-from"
            type="date"
            label={texts.from}
            value={draft.from}
            error={fieldError('from')}
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
          />
          <TextField
            id="faq-report-to"
            type="date"
            label={texts.to}
            value={draft.to}
            error={fieldError('to')}
            onChange={(e) => setDraft({ ...draft, to: e.target.value })}
          />
        </fieldset>
        <button type="submit" className="button button-secondary">
          {texts.show}
        </button>
      </form>
      <div aria-live="polite">
        {data ? (
          <p data-testid="faq-report-totals">
            {texts.totals(data.questions, data.unanswered, data.notHelpful, data.helpful)}
          </p>
        ) : report.loading ? (
          <p role="status">{t.common.loading}</p>
        ) : null}
        {serverError && !Object.keys(serverError.fields).length ? (
          <Alert kind="error">{serverError.message}</Alert>
        ) : null}
      </div>
      {data && data.groups.length === 0 ? <p>{texts.empty}</p> : null}
      {data && data.groups.length > 0 ? (
        <>
          <ReportChart groups={data.groups} labelOf={labelOf} />
          <ChartTable
            caption={texts.tableCaption}
            headers={[texts.entry, texts.unanswered, texts.notHelpful, texts.total]}
            rows={data.groups.map((g) => ({
              key: g.entryId ?? 'none',
              label: labelOf(g),
              cells: [g.unanswered, g.notHelpful, g.total],
            }))}
            testId="faq-report-table"
          />
          <h2>{texts.examples}</h2>
          {data.groups.map((g) => (
            <section key={g.entryId ?? 'none'} aria-label={labelOf(g)} className="mb-5">
              <h3 className="h5">{`${labelOf(g)} (${g.total})`}</h3>
              {g.examples.length ? (
                <ul className="faq-report-examples">
                  {g.examples.map((example, i) => (
                    <li key={i}>{example}</li>
                  ))}
                </ul>
              ) : (
                <p>{texts.noExamples}</p>
              )}
            </section>
          ))}
        </>
      ) : null}
      <PhrasingSuggestions />
    </>
  );
}

type Suggestion = FaqPhrasingSuggestionsQuery['faqPhrasingSuggestions'][number];

function SuggestionCard({
  suggestion,
  onDone,
}: {
  suggestion: Suggestion;
  onDone: (message: string) => void;
}) {
  const { t } = useI18n();
  const texts = t.faqTickets.suggestions;
  const [text, setText] = useState(suggestion.text);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [accept, accepting] = useMutation(AcceptFaqPhrasingDocument);
  const [dismiss, dismissing] = useMutation(DismissFaqPhrasingDocument);
  const id = `faq-suggestion-${suggestion.questionId}`;
  const busy = accepting.loading || dismissing.loading;

  const run = async (action: () => Promise<unknown>, success: string) => {
    setError(null);
    setFieldError(undefined);
    try {
      await action();
      onDone(success);
    } catch (caught) {
      const problem = faqTicketErrorOf(caught, t);
      const field = problem.fields['phrasing'];
      if (field) setFieldError(field);
      else setError(problem.message);
    }
  };
  const onAccept = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(
      () => accept({ variables: { questionId: suggestion.questionId, text } }),
      texts.added(suggestion.entryQuestion),
    );
  };

  return (
    <li className="faq-ticket" data-testid="faq-suggestion">
      <form noValidate onSubmit={onAccept} aria-labelledby={`${id}-heading`}>
        <p id={`${id}-heading`} className="h5">
          {texts.chosen} <q>{suggestion.entryQuestion}</q>
        </p>
        <p className="form-hint">{texts.times(suggestion.count)}</p>
        <TextField
          id={id}
          label={texts.label}
          hint={texts.privacy}
          value={text}
          maxLength={300}
          error={fieldError}
          onChange={(e) => setText(e.target.value)}
        />
        {error ? <Alert kind="error">{error}</Alert> : null}
        <div className="faq-ticket-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {accepting.loading ? texts.adding : texts.add}
          </button>
          <button
            type="button"
            className="button button-secondary"
            disabled={busy}
            onClick={() =>
              void run(() => dismiss({ variables: { questionId: suggestion.questionId } }), texts.dismissed)
            }
          >
            {texts.dismiss}
          </button>
        </div>
      </form>
    </li>
  );
}

/** Parents' own words for answers the search was unsure of, to add as phrasings (or dismiss). */
export function PhrasingSuggestions() {
  const { t } = useI18n();
  const texts = t.faqTickets.suggestions;
  const query = useQuery(FaqPhrasingSuggestionsDocument, { fetchPolicy: 'cache-and-network' });
  const [status, setStatus] = useState<string | null>(null);
  const list = query.data?.faqPhrasingSuggestions;
  const serverError = query.error ? faqTicketErrorOf(query.error, t) : null;
  return (
    <section aria-labelledby="faq-suggestions-title" className="mt-8">
      <h2 id="faq-suggestions-title">{texts.title}</h2>
      <p>{texts.intro}</p>
      <div aria-live="polite" data-testid="faq-suggestions-status">
        {status ? <Alert kind="success">{status}</Alert> : null}
        {serverError ? <Alert kind="error">{serverError.message}</Alert> : null}
      </div>
      {list && list.length === 0 ? <p>{texts.empty}</p> : null}
      {!list && query.loading ? <p role="status">{t.common.loading}</p> : null}
      {list && list.length > 0 ? (
        <ul className="nobullet-list">
          {list.map((s) => (
            <SuggestionCard
              key={s.questionId}
              suggestion={s}
              onDone={(message) => {
                setStatus(message);
                void query.refetch();
              }}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
