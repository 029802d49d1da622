import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { TextAreaField } from '../../components/form-fields';
import { PageHeading } from '../../components/page-heading';
import { Alert } from '../../components/recruitment/alerts';
import { AnswerText } from '../../components/faq/answer-text';
import { faqErrorOf } from '../../components/faq/faq-error';
import { formatFaqTime } from '../../components/faq/faq-format';
import { faqTicketErrorOf } from '../../components/faq-tickets/faq-tickets-error';
import { TeamsLinkSection } from '../../components/teams/teams-link-section';
import '../../components/faq/faq.css';
import type { AskQuestionQuery } from '../../gql/graphql';
import { AskQuestionDocument } from '../../graphql/faq.operations';
import {
  AskConsultantDocument,
  MyFaqTicketsDocument,
  RateFaqAnswerDocument,
} from '../../graphql/faq-asker.operations';
import { useI18n } from '../../i18n/i18n-context';

type Answer = AskQuestionQuery['askQuestion'];
type Candidate = NonNullable<Answer['best']>;

/** "Hjalp det?" under an answer: the vote is stored against the logged question, for the improvement report. */
function Feedback({ questionId, entryId }: { questionId: string; entryId: string }) {
  const { t } = useI18n();
  const texts = t.faq.ask;
  const [given, setGiven] = useState<'yes' | 'no' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [rate, rating] = useMutation(RateFaqAnswerDocument);
  const onRate = async (helpful: boolean) => {
    setFailure(null);
    try {
      await rate({ variables: { questionId, entryId, helpful } });
      setGiven(helpful ? 'yes' : 'no');
    } catch (caught) {
      const problem = faqTicketErrorOf(caught, t);
      setFailure(problem.code.startsWith('FAQ_') ? problem.message : texts.rateFailed);
    }
  };
  return (
    <fieldset className="faq-feedback">
      <legend className="h5 mb-0">{texts.helpful}</legend>
      {given ? (
        <p role="status" data-testid="faq-feedback-thanks">
          {given === 'yes' ? texts.thanksYes : texts.thanksNo}
        </p>
      ) : (
        <>
          <button
            type="button"
            className="button button-secondary"
            disabled={rating.loading}
            onClick={() => void onRate(true)}
          >
            <span aria-hidden="true">👍 </span>
            {texts.yes}
          </button>
          <button
            type="button"
            className="button button-secondary"
            disabled={rating.loading}
            onClick={() => void onRate(false)}
          >
            <span aria-hidden="true">👎 </span>
            {texts.no}
          </button>
          {failure ? (
            <Alert kind="error" testId="faq-feedback-failure">
              {failure}
            </Alert>
          ) : null}
        </>
      )}
    </fieldset>
  );
}

function AnswerCard({
  candidate,
  questionId,
  headingLevel,
}: {
  candidate: Candidate;
  questionId: string;
  headingLevel: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="faq-card" data-testid="faq-answer-card">
      <Heading>{candidate.entry.question}</Heading>
      <AnswerText answer={candidate.entry.answer} testId="faq-answer-text" />
      <Feedback key={candidate.entry.id} questionId={questionId} entryId={candidate.entry.id} />
    </article>
  );
}

/**
 * The human route, offered under every answer and before any: "Spørg en konsulent" sends the logged question
 * (or, before asking or after editing it, the text in the field) as a ticket; the phone number stays offered.
 */
function AskConsultant({
  phone,
  busy,
  sent,
  failure,
  onAsk,
}: {
  phone: string | null;
  busy: boolean;
  sent: string | null;
  failure: string | null;
  onAsk(): void;
}) {
  const { t } = useI18n();
  const texts = t.faq.ask;
  return (
    <section className="faq-human" aria-labelledby="faq-human-heading" data-testid="faq-ask-consultant">
      <h2 id="faq-human-heading">{texts.humanHeading}</h2>
      <p>{texts.humanText}</p>
      <div aria-live="polite">
        {sent ? (
          <Alert kind="success" testId="faq-consultant-sent">
            {texts.consultantSent(sent)}
          </Alert>
        ) : null}
        {failure ? (
          <Alert kind="error" testId="faq-consultant-failure">
            {failure}
          </Alert>
        ) : null}
      </div>
      {sent ? null : (
        <>
          <p className="mb-0">{texts.consultantText}</p>
          <p>
            <button type="button" className="button button-primary" disabled={busy} onClick={onAsk}>
              {busy ? texts.askingConsultant : texts.askConsultant}
            </button>
          </p>
        </>
      )}
      {phone ? (
        <a className="button button-secondary" href={`tel:${phone.replace(/\s+/g, '')}`}>
          {texts.call(phone)}
        </a>
      ) : (
        <p>{texts.noPhone}</p>
      )}
    </section>
  );
}

/** "Mine spørgsmål til konsulenten": the asker's tickets, newest first, with the answer once there is one. */
function MyTickets() {
  const { t } = useI18n();
  const texts = t.faq.mine;
  const tickets = useQuery(MyFaqTicketsDocument, { fetchPolicy: 'cache-and-network' });
  const rows = tickets.data?.myFaqTickets ?? [];
  return (
    <section className="faq-mine" aria-labelledby="faq-mine-heading" data-testid="faq-my-tickets">
      <h2 id="faq-mine-heading">{texts.title}</h2>
      {tickets.error && !tickets.data ? <Alert kind="error">{t.errors.loadFailed}</Alert> : null}
      {!tickets.data && !tickets.error ? <p>{t.common.loading}</p> : null}
      {tickets.data && rows.length === 0 ? <p>{texts.none}</p> : null}
      <ul className="nobullet-list">
        {rows.map((ticket) => (
          <li key={ticket.id} className="faq-mine-item" data-testid="faq-my-ticket">
            <h3 className="h5 faq-mine-question">{ticket.question}</h3>
            <p className="faq-meta">
              {texts.asked(formatFaqTime(ticket.createdAt as string))} · {ticket.teamLabel}
            </p>
            <p>
              {texts.status}:{' '}
              <strong data-testid="faq-my-ticket-status">{texts.statuses[ticket.status]}</strong>
            </p>
            {ticket.answer ? (
              <div className="faq-mine-answer">
                <h4 className="h6 mb-0">
                  {texts.answer}
                  {ticket.answeredAt
                    ? ` (${texts.answered(formatFaqTime(ticket.answeredAt as string))})`
                    : ''}
                </h4>
                <p className="faq-mine-answer-text" data-testid="faq-my-ticket-answer">
                  {ticket.answer}
                </p>
              </div>
            ) : ticket.status === 'CLOSED' ? null : (
              <p>{texts.waiting}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function CloseCall({ answer }: { answer: Answer }) {
  const { t } = useI18n();
  const texts = t.faq.ask;
  const candidates = [answer.best, ...answer.runnersUp].filter((c): c is Candidate => !!c).slice(0, 3);
  const [picked, setPicked] = useState<string | null>(null);
  const chosen = candidates.find((c) => c.entry.id === picked);
  return (
    <>
      <p>{texts.closeIntro}</p>
      <ul className="nobullet-list faq-candidates" data-testid="faq-candidates">
        {candidates.map((c) => (
          <li key={c.entry.id}>
            <button
              type="button"
              className="button button-secondary"
              aria-pressed={picked === c.entry.id}
              onClick={() => setPicked(c.entry.id)}
            >
              {c.entry.question}
            </button>
          </li>
        ))}
      </ul>
      {chosen ? <AnswerCard candidate={chosen} questionId={answer.questionId} headingLevel={3} /> : null}
    </>
  );
}

/** `/spoergsmaal`: a foster parent asks in their own words and gets the answer, choices, or a person to ask. */
export function AskPage() {
  const { t } = useI18n();
  const texts = t.faq.ask;
  const client = useApolloClient();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [asked, setAsked] = useState(0);
  // The text the current answer is for: "Spørg en konsulent" sends that logged question unless it was edited.
  const [answeredText, setAnsweredText] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [consultantFailure, setConsultantFailure] = useState<string | null>(null);
  const [askConsultant, askingConsultant] = useMutation(AskConsultantDocument, {
    refetchQueries: [MyFaqTicketsDocument],
    awaitRefetchQueries: true,
  });
  const resultHeading = useRef<HTMLHeadingElement>(null);

  // A new result takes focus, so a screen reader (and a phone user) lands on it.
  useEffect(() => {
    if (asked) resultHeading.current?.focus();
  }, [asked]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    setAttempt((n) => n + 1);
    const question = text.trim();
    if (!question) {
      setError(texts.missing);
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      const result = await client.query({
        query: AskQuestionDocument,
        variables: { text: question },
        fetchPolicy: 'network-only',
      });
      if (result.data) {
        setAnswer(result.data.askQuestion);
        setAnsweredText(question);
        setSentTo(null);
        setConsultantFailure(null);
        setAsked((n) => n + 1);
      }
    } catch (caught) {
      const problem = faqErrorOf(caught, t);
      if (problem.fields['text']) {
        setError(problem.fields['text']);
        setAttempt((n) => n + 1);
      } else setFailure(problem.message);
    } finally {
      setBusy(false);
    }
  };

  const onAskConsultant = async () => {
    setConsultantFailure(null);
    setFailure(null);
    const question = text.trim();
    const questionId = answer && question === answeredText ? answer.questionId : null;
    if (!questionId && !question) {
      setError(texts.missing);
      setAttempt((n) => n + 1);
      return;
    }
    setError(undefined);
    try {
      const result = await askConsultant({
        variables: { input: questionId ? { questionId } : { text: question } },
      });
      if (result.data) setSentTo(result.data.askConsultant.teamLabel);
    } catch (caught) {
      const problem = faqTicketErrorOf(caught, t);
      const fieldMessage = problem.fields['text'] ?? problem.fields['input.text'];
      if (fieldMessage) {
        setError(fieldMessage);
        setAttempt((n) => n + 1);
      } else setConsultantFailure(problem.message);
    }
  };

  const heading =
    answer?.verdict === 'CONFIDENT'
      ? texts.answerHeading
      : answer?.verdict === 'CLOSE_CALL'
        ? texts.closeHeading
        : texts.notSureHeading;

  return (
    <>
      <PageHeading title={texts.title} />
      <p>{texts.intro}</p>
      <ErrorSummary errors={error ? [{ fieldId: 'faq-ask-text', message: error }] : []} attempt={attempt} />
      {failure ? (
        <Alert kind="error" testId="faq-ask-failure">
          {failure}
        </Alert>
      ) : null}
      <form noValidate className="faq-ask-form" onSubmit={(e) => void onSubmit(e)} data-testid="faq-ask-form">
        <TextAreaField
          id="faq-ask-text"
          label={texts.label}
          hint={texts.hint}
          error={error}
          value={text}
          rows={3}
          maxLength={500}
          onChange={(e) => {
            setText(e.target.value);
            setSentTo(null);
          }}
        />
        <button type="submit" className="button button-primary" disabled={busy}>
          {texts.submit}
        </button>
        {busy ? (
          <p role="status" data-testid="faq-ask-busy">
            {texts.searching}
          </p>
        ) : null}
      </form>
      {answer ? (
        <section aria-labelledby="faq-result-heading" data-testid="faq-result" data-verdict={answer.verdict}>
          <h2 id="faq-result-heading" ref={resultHeading} tabIndex={-1} className="mt-7">
            {heading}
          </h2>
          {answer.verdict === 'CONFIDENT' && answer.best ? (
            <AnswerCard
              key={`${asked}`}
              candidate={answer.best}
              questionId={answer.questionId}
              headingLevel={3}
            />
          ) : answer.verdict === 'CLOSE_CALL' ? (
            <CloseCall key={`${asked}`} answer={answer} />
          ) : (
            <p data-testid="faq-not-sure">{texts.notSureText}</p>
          )}
        </section>
      ) : null}
      <AskConsultant
        phone={answer?.phone ?? null}
        busy={askingConsultant.loading}
        sent={sentTo}
        failure={consultantFailure}
        onAsk={() => void onAskConsultant()}
      />
      <MyTickets />
      <TeamsLinkSection />
    </>
  );
}
