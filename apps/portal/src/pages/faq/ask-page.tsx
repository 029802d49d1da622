import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { TextAreaField } from '../../components/form-fields';
import { PageHeading } from '../../components/page-heading';
import { Alert } from '../../components/recruitment/alerts';
import { AnswerText } from '../../components/faq/answer-text';
import { faqErrorOf } from '../../components/faq/faq-error';
import '../../components/faq/faq.css';
import type { AskQuestionQuery } from '../../gql/graphql';
import { AskQuestionDocument } from '../../graphql/faq.operations';
import { useI18n } from '../../i18n/i18n-context';

type Answer = AskQuestionQuery['askQuestion'];
type Candidate = NonNullable<Answer['best']>;

/** "Hjalp det?" under an answer. */
function Feedback({ entryId }: { entryId: string }) {
  const { t } = useI18n();
  const texts = t.faq.ask;
  const [given, setGiven] = useState<'yes' | 'no' | null>(null);
  // TODO(issue 8): send the vote with `rateFaqAnswer` once the ticket branch adds it to the api; until then the
  // buttons only thank the parent. `entryId` is what the mutation will need.
  return (
    <fieldset className="faq-feedback" data-entry={entryId}>
      <legend className="h5 mb-0">{texts.helpful}</legend>
      {given ? (
        <p role="status" data-testid="faq-feedback-thanks">
          {given === 'yes' ? texts.thanksYes : texts.thanksNo}
        </p>
      ) : (
        <>
          <button type="button" className="button button-secondary" onClick={() => setGiven('yes')}>
            <span aria-hidden="true">👍 </span>
            {texts.yes}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setGiven('no')}>
            <span aria-hidden="true">👎 </span>
            {texts.no}
          </button>
        </>
      )}
    </fieldset>
  );
}

function AnswerCard({ candidate, headingLevel }: { candidate: Candidate; headingLevel: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="faq-card" data-testid="faq-answer-card">
      <Heading>{candidate.entry.question}</Heading>
      <AnswerText answer={candidate.entry.answer} testId="faq-answer-text" />
      <Feedback key={candidate.entry.id} entryId={candidate.entry.id} />
    </article>
  );
}

/** The human route, offered under every answer. */
function AskConsultant({ phone }: { phone: string | null }) {
  const { t } = useI18n();
  const texts = t.faq.ask;
  // TODO(issue 8): link to the ticket flow ("Spørg en konsulent" in the portal) when the ticket branch lands.
  return (
    <section className="faq-human" aria-labelledby="faq-human-heading" data-testid="faq-ask-consultant">
      <h2 id="faq-human-heading">{texts.humanHeading}</h2>
      <p>{texts.humanText}</p>
      {phone ? (
        <a className="button button-primary" href={`tel:${phone.replace(/\s+/g, '')}`}>
          {texts.call(phone)}
        </a>
      ) : (
        <p>{texts.noPhone}</p>
      )}
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
      {chosen ? <AnswerCard candidate={chosen} headingLevel={3} /> : null}
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
          onChange={(e) => setText(e.target.value)}
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
            <AnswerCard key={`${asked}`} candidate={answer.best} headingLevel={3} />
          ) : answer.verdict === 'CLOSE_CALL' ? (
            <CloseCall key={`${asked}`} answer={answer} />
          ) : (
            <p data-testid="faq-not-sure">{texts.notSureText}</p>
          )}
        </section>
      ) : null}
      <AskConsultant phone={answer?.phone ?? null} />
    </>
  );
}
