import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { TextAreaField } from '../../components/form-fields';
import { PageHeading } from '../../components/page-heading';
import { Alert } from '../../components/recruitment/alerts';
import { AttachmentList } from '../../components/learning/attachment-list';
import { learningErrorOf } from '../../components/learning/learning-error';
import { formatDate, formatDateTime } from '../../components/learning/learning-format';
import { LearningRequestForm } from '../../components/learning/request-form';
import '../../components/learning/learning.css';
import {
  MyLearningRequestDocument,
  MyLearningRequestsDocument,
  SendLearningRequestMessageDocument,
} from '../../graphql/learning.operations';
import { useI18n } from '../../i18n/i18n-context';
import { Link, useRouter } from '../../routing/router';
import { useSession } from '../../session/session-context';

const OPEN = new Set(['NEW', 'ASSIGNED', 'ON_HOLD']);
export const schoolSupportPath = '/skolestoette';

function MyRequests() {
  const { t } = useI18n();
  const texts = t.learning.requester;
  const { session } = useSession();
  const { navigate } = useRouter();
  const staff = session.status === 'authenticated' && session.user.role !== 'FOSTER_PARENT';
  const [showForm, setShowForm] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const list = useQuery(MyLearningRequestsDocument, { fetchPolicy: 'cache-and-network' });
  const requests = list.data?.myLearningRequests ?? [];

  return (
    <>
      <PageHeading title={texts.title} />
      <p>{texts.intro}</p>
      {problems.length ? (
        <Alert kind="warning" testId="lr-upload-problems">
          <ul className="nobullet-list">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {showForm ? (
        <LearningRequestForm
          staff={staff}
          onCancel={() => setShowForm(false)}
          onCreated={(created, uploadProblems) => {
            setShowForm(false);
            void list.refetch();
            if (uploadProblems.length) setProblems(uploadProblems);
            else navigate(`${schoolSupportPath}/${created.id}?ny=1`);
          }}
        />
      ) : (
        <button type="button" className="button button-primary" onClick={() => setShowForm(true)}>
          {texts.newRequest}
        </button>
      )}
      <section aria-labelledby="lr-mine">
        <h2 id="lr-mine">{texts.mine}</h2>
        {list.data && requests.length === 0 ? <p>{texts.none}</p> : null}
        <ul className="nobullet-list">
          {requests.map((r) => (
            <li key={r.id} className="learning-list-item" data-testid="lr-mine-item">
              <Link to={`${schoolSupportPath}/${r.id}`} className="h4 d-block">
                {texts.detailTitle(r.childFirstName, r.categoryLabel)}
              </Link>
              <span>
                {texts.status}: <strong>{r.statusLabel}</strong>
                {r.outcomeLabel ? ` – ${r.outcomeLabel}` : null}
              </span>
              <br />
              <span>{texts.createdOn(formatDate(r.createdAt as string))}</span>
              {r.deadlineAt && OPEN.has(r.status) ? (
                <>
                  <br />
                  <span>{texts.answerBy(formatDateTime(r.deadlineAt as string))}</span>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function MyRequest({ id }: { id: string }) {
  const { t } = useI18n();
  const texts = t.learning.requester;
  const detail = useQuery(MyLearningRequestDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [send, sending] = useMutation(SendLearningRequestMessageDocument);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [message, setMessage] = useState<string | null>(
    window.location.search.includes('ny=1') ? texts.created : null,
  );

  if (detail.error && !detail.data)
    return (
      <>
        <PageHeading title={texts.title} />
        <Alert kind="error">{detail.error ? learningErrorOf(detail.error, t).message : texts.notFound}</Alert>
        <Link to={schoolSupportPath}>{texts.back}</Link>
      </>
    );
  const data = detail.data?.myLearningRequest;
  if (!data)
    return (
      <>
        <PageHeading title={texts.title} />
        <p>{t.common.loading}</p>
      </>
    );
  const r = data.request;

  const onSend = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMessage(null);
    setAttempt((n) => n + 1);
    if (!body.trim()) {
      setError(texts.replyMissing);
      return;
    }
    try {
      await send({ variables: { id, body: body.trim() } });
      setBody('');
      setError(undefined);
      setMessage(texts.sent);
    } catch (caught) {
      const problem = learningErrorOf(caught, t);
      setError(problem.fields['body'] ?? problem.message);
    }
  };

  // Status changes and messages in one list, oldest first: what happened, and what was said.
  const timeline = [
    ...data.timeline.map((e) => ({
      key: `e-${e.id}`,
      at: e.createdAt as string,
      kind: 'status' as const,
      e,
    })),
    ...data.messages.map((m) => ({
      key: `m-${m.id}`,
      at: m.createdAt as string,
      kind: 'message' as const,
      m,
    })),
  ].sort((a, b) => a.at.localeCompare(b.at));

  return (
    <>
      <PageHeading title={texts.detailTitle(r.childFirstName, r.categoryLabel)} />
      <p>
        <Link to={schoolSupportPath}>{texts.back}</Link>
      </p>
      {message ? (
        <Alert kind="success" testId="lr-message">
          {message}
        </Alert>
      ) : null}
      <dl data-testid="lr-status">
        <dt>{texts.status}</dt>
        <dd>{r.statusLabel}</dd>
        {r.outcomeLabel ? (
          <>
            <dt>{texts.outcome}</dt>
            <dd>{r.outcomeLabel}</dd>
          </>
        ) : null}
      </dl>
      {r.deadlineAt && OPEN.has(r.status) ? (
        <p>
          <strong>{texts.answerBy(formatDateTime(r.deadlineAt as string))}</strong>
        </p>
      ) : null}
      <h2>{texts.yourDescription}</h2>
      <p className="learning-note-body">{r.description}</p>
      {data.attachments.length ? (
        <>
          <h2>{texts.attachments}</h2>
          <AttachmentList attachments={data.attachments} />
        </>
      ) : null}
      <h2>{texts.history}</h2>
      <ol className="nobullet-list" data-testid="lr-timeline">
        {timeline.map((item) =>
          item.kind === 'status' ? (
            <li key={item.key} className="learning-list-item">
              <strong>{item.e.label}</strong> – {formatDateTime(item.at)}
            </li>
          ) : (
            <li
              key={item.key}
              className={`learning-note${item.m.fromConsultant ? '' : ' learning-note-requester'}`}
              data-testid="lr-conversation"
            >
              <span className="learning-note-label">
                {item.m.fromConsultant ? texts.fromConsultant : texts.fromYou} – {formatDateTime(item.at)}
              </span>
              <p className="learning-note-body">{item.m.body}</p>
            </li>
          ),
        )}
      </ol>
      {r.status === 'CLOSED' ? (
        <p>{texts.closed}</p>
      ) : (
        <form noValidate onSubmit={(e) => void onSend(e)} data-testid="lr-reply-form">
          <ErrorSummary errors={error ? [{ fieldId: 'lr-reply', message: error }] : []} attempt={attempt} />
          <TextAreaField
            id="lr-reply"
            label={texts.reply}
            hint={texts.replyHint}
            error={error}
            value={body}
            maxLength={4000}
            onChange={(e) => setBody(e.target.value)}
          />
          <button type="submit" className="button button-primary" disabled={sending.loading}>
            {texts.send}
          </button>
        </form>
      )}
    </>
  );
}

/** `/skolestoette`: a requester's school-support requests and a new one; `/skolestoette/<id>`: one of them. */
export function SchoolSupportPage({ subPath }: { subPath: string }) {
  return subPath ? <MyRequest key={subPath} id={subPath} /> : <MyRequests />;
}
