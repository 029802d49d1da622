import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { RadioGroup } from '../../components/application/choice-fields';
import { ErrorSummary, type SummaryError } from '../../components/error-summary';
import { SelectField, TextAreaField } from '../../components/form-fields';
import { PageHeading } from '../../components/page-heading';
import { Alert } from '../../components/recruitment/alerts';
import { AttachmentList } from '../../components/learning/attachment-list';
import { learningErrorOf } from '../../components/learning/learning-error';
import { formatDateTime } from '../../components/learning/learning-format';
import { PriorityBadge } from '../../components/learning/priority-badge';
import '../../components/learning/learning.css';
import type {
  LearningHoldReason,
  LearningNoteKind,
  LearningOutcome,
  LearningPriority,
} from '../../gql/graphql';
import {
  AddLearningNoteDocument,
  CloseLearningRequestDocument,
  HoldLearningRequestDocument,
  LearningConsultantsDocument,
  LearningRequestDocument,
  LearningVocabularyDocument,
  ReassignLearningRequestDocument,
  ReopenLearningRequestDocument,
  ResolveLearningRequestDocument,
  ResumeLearningRequestDocument,
} from '../../graphql/learning.operations';
import { RetriageLearningRequestDocument } from '../../graphql/staff-gaps.operations';
import { useI18n } from '../../i18n/i18n-context';
import { Link } from '../../routing/router';
import { useSession } from '../../session/session-context';

const queuePath = '/laeringskoe';
const BACK_TO_QUEUE = 'queue';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** `/laeringskoe/<id>`: the request, its notes and replies, its history, and what the consultant can do now. */
export function LearningRequestView({ id }: { id: string }) {
  const { t } = useI18n();
  const texts = t.learning.request;
  const { session } = useSession();
  const me = session.status === 'authenticated' ? session.user.id : '';
  const detail = useQuery(LearningRequestDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const vocabulary = useQuery(LearningVocabularyDocument);
  const consultants = useQuery(LearningConsultantsDocument);
  const refetchQueries = [{ query: LearningRequestDocument, variables: { id } }];
  const [reassign] = useMutation(ReassignLearningRequestDocument, { refetchQueries });
  const [hold] = useMutation(HoldLearningRequestDocument, { refetchQueries });
  const [resume] = useMutation(ResumeLearningRequestDocument, { refetchQueries });
  const [resolve] = useMutation(ResolveLearningRequestDocument, { refetchQueries });
  const [close] = useMutation(CloseLearningRequestDocument, { refetchQueries });
  const [reopen] = useMutation(ReopenLearningRequestDocument, { refetchQueries });
  const [addNote] = useMutation(AddLearningNoteDocument, { refetchQueries });
  const [retriage] = useMutation(RetriageLearningRequestDocument, { refetchQueries });

  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [assignee, setAssignee] = useState('');
  const [holdReason, setHoldReason] = useState<string>('SCHOOL');
  const [outcome, setOutcome] = useState('');
  const [resolveReply, setResolveReply] = useState('');
  const [noteKind, setNoteKind] = useState<string>('INTERNAL');
  const [noteBody, setNoteBody] = useState('');
  const [newPriority, setNewPriority] = useState('');

  const vocab = vocabulary.data?.learningVocabulary;
  const label = (list: readonly { code: string; label: string }[] | undefined, code: string) =>
    list?.find((x) => x.code === code)?.label ?? code;
  const people = consultants.data?.learningConsultants ?? [];
  const nameOf = (userId: string | null | undefined) =>
    userId ? (people.find((p) => p.id === userId)?.name ?? null) : null;

  /** Runs one action; field errors go beside the fields (ids in `fieldIds`), anything else into one alert. */
  const run = async (
    action: () => Promise<unknown>,
    done: string,
    fieldIds: Record<string, string> = {},
  ): Promise<boolean> => {
    setMessage(null);
    setFailure(null);
    setErrors({});
    setBusy(true);
    try {
      await action();
      setMessage(done);
      return true;
    } catch (caught) {
      const problem = learningErrorOf(caught, t);
      const found: Record<string, string> = {};
      for (const [field, text] of Object.entries(problem.fields))
        if (fieldIds[field]) found[fieldIds[field]] = text;
      setErrors(found);
      setAttempt((n) => n + 1);
      if (!Object.keys(found).length) setFailure(problem.message);
      return false;
    } finally {
      setBusy(false);
    }
  };

  if (detail.error && !detail.data)
    return (
      <>
        <PageHeading title={t.learning.queue.title} />
        <Alert kind="error">{learningErrorOf(detail.error, t).message}</Alert>
        <Link to={queuePath}>{texts.back}</Link>
      </>
    );
  const data = detail.data?.learningRequest;
  if (!data)
    return (
      <>
        <PageHeading title={t.learning.queue.title} />
        <p>{t.common.loading}</p>
      </>
    );
  const r = data.request;

  const onReassign = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const toQueue = assignee === BACK_TO_QUEUE;
    if (!assignee) {
      setErrors({ 'lq-assignee': t.learning.errors['INVALID_ASSIGNEE']! });
      setAttempt((n) => n + 1);
      return;
    }
    void run(
      () => reassign({ variables: { id, assigneeId: toQueue ? null : assignee } }),
      toQueue ? texts.done.released : texts.done.reassigned,
      { assigneeId: 'lq-assignee' },
    );
  };

  const onResolve = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!outcome) {
      setErrors({ 'lq-outcome': texts.outcomeMissing });
      setAttempt((n) => n + 1);
      return;
    }
    void run(
      () =>
        resolve({
          variables: { id, outcome: outcome as LearningOutcome, reply: resolveReply.trim() || null },
        }),
      texts.done.resolved,
      { outcome: 'lq-outcome', reply: 'lq-resolve-reply' },
    ).then((ok) => {
      if (ok) setResolveReply('');
    });
  };

  const onNote = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!noteBody.trim()) {
      setErrors({ 'lq-note': texts.noteMissing });
      setAttempt((n) => n + 1);
      return;
    }
    void run(
      () => addNote({ variables: { id, kind: noteKind as LearningNoteKind, body: noteBody.trim() } }),
      noteKind === 'REPLY' ? texts.done.reply : texts.done.internal,
      { body: 'lq-note', kind: 'lq-note-kind' },
    ).then((ok) => {
      if (ok) setNoteBody('');
    });
  };

  const onRetriage = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!newPriority) {
      setErrors({ 'lq-priority': t.staffGaps.retriage.missing });
      setAttempt((n) => n + 1);
      return;
    }
    void run(
      () => retriage({ variables: { id, input: { priority: newPriority as LearningPriority } } }),
      t.staffGaps.retriage.done,
      { priority: 'lq-priority' },
    ).then((ok) => {
      if (ok) setNewPriority('');
    });
  };

  const summary: SummaryError[] = Object.entries(errors).map(([fieldId, text]) => ({
    fieldId,
    message: text,
  }));
  const isOpen = r.status === 'NEW' || r.status === 'ASSIGNED' || r.status === 'ON_HOLD';
  const consultantOptions = [
    { value: '', label: texts.reassignTo },
    ...people.filter((p) => p.id !== r.assigneeId).map((p) => ({ value: p.id, label: p.name })),
    ...(r.status === 'ASSIGNED' ? [{ value: BACK_TO_QUEUE, label: texts.backToQueue }] : []),
  ];
  const who = (actorId: string | null | undefined) =>
    actorId === null || actorId === undefined
      ? texts.system
      : (nameOf(actorId) ?? (actorId === r.requestedBy ? texts.theRequester : '–'));

  return (
    <>
      <PageHeading title={`${r.childFirstName}: ${r.categoryLabel}`} />
      <p>
        <Link to={queuePath}>{texts.back}</Link>
      </p>
      <ErrorSummary errors={summary} attempt={attempt} />
      <div aria-live="polite">
        {message ? (
          <Alert kind="success" testId="lq-message">
            {message}
          </Alert>
        ) : null}
      </div>
      {failure ? (
        <Alert kind="error" testId="lq-failure">
          {failure}
        </Alert>
      ) : null}
      <section aria-labelledby="lq-facts">
        <h2 id="lq-facts">{texts.facts}</h2>
        <dl data-testid="lq-facts">
          <Fact term={texts.priority}>
            <PriorityBadge priority={r.priority} label={label(vocab?.priorities, r.priority)} />
          </Fact>
          <Fact term={texts.status}>{r.statusLabel}</Fact>
          <Fact term={texts.deadline}>
            {r.deadlineAt
              ? formatDateTime(r.deadlineAt as string)
              : r.status === 'ON_HOLD'
                ? texts.noDeadline
                : '–'}
            {r.isOverdue ? (
              <>
                {' – '}
                <span className="learning-overdue">{t.learning.queue.overdue}</span>
              </>
            ) : null}
          </Fact>
          <Fact term={texts.assignee}>{nameOf(r.assigneeId) ?? t.learning.queue.nobody}</Fact>
          <Fact term={texts.urgency}>{label(vocab?.urgencies, r.urgency)}</Fact>
          <Fact term={texts.risks}>
            {r.riskSignals.length
              ? r.riskSignals.map((s) => label(vocab?.riskSignals, s)).join(', ')
              : texts.noRisks}
          </Fact>
          {r.absencePercent !== null && r.absencePercent !== undefined ? (
            <Fact term={texts.absence}>{r.absencePercent} %</Fact>
          ) : null}
          <Fact term={texts.requester}>{t.roles[r.requesterRole]}</Fact>
          <Fact term={texts.created}>{formatDateTime(r.createdAt as string)}</Fact>
          {r.outcomeLabel ? <Fact term={texts.outcome}>{r.outcomeLabel}</Fact> : null}
        </dl>
        {r.pseudonymous ? <p>{`${r.childFirstName} ${texts.pseudonymous}`}</p> : null}
      </section>
      <section aria-labelledby="lq-description">
        <h2 id="lq-description">{texts.description}</h2>
        <p className="learning-note-body">{r.description}</p>
        <h3>{texts.attachments}</h3>
        {data.attachments.length ? (
          <AttachmentList attachments={data.attachments} />
        ) : (
          <p>{texts.noAttachments}</p>
        )}
      </section>

      <section aria-labelledby="lq-actions" className="learning-actions">
        <h2 id="lq-actions">{texts.actions}</h2>
        {r.status === 'CLOSED' ? <p>{texts.noActions}</p> : null}
        {r.status === 'NEW' ? (
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => void run(() => reassign({ variables: { id, assigneeId: me } }), texts.done.taken)}
          >
            {texts.takeIt}
          </button>
        ) : null}
        {isOpen ? (
          <section aria-labelledby="lq-reassign-h">
            <h3 id="lq-reassign-h">{texts.reassign}</h3>
            <form noValidate onSubmit={onReassign} data-testid="lq-reassign">
              <SelectField
                id="lq-assignee"
                label={texts.reassignTo}
                error={errors['lq-assignee']}
                options={consultantOptions}
                value={assignee}
                onChange={(e) => setAssignee(e.target.value)}
              />
              <button type="submit" className="button button-secondary" disabled={busy}>
                {texts.reassignDo}
              </button>
            </form>
          </section>
        ) : null}
        {r.status === 'NEW' || r.status === 'ASSIGNED' ? (
          <section aria-labelledby="lq-retriage-h">
            <h3 id="lq-retriage-h">{t.staffGaps.retriage.title}</h3>
            <form noValidate onSubmit={onRetriage} data-testid="lq-retriage">
              <SelectField
                id="lq-priority"
                label={t.staffGaps.retriage.priority}
                hint={t.staffGaps.retriage.hint}
                error={errors['lq-priority']}
                options={[
                  { value: '', label: t.staffGaps.retriage.choose },
                  ...(vocab?.priorities ?? [])
                    .filter((p) => p.code !== r.priority)
                    .map((p) => ({ value: p.code, label: p.label })),
                ]}
                value={newPriority}
                onChange={(e) => setNewPriority(e.target.value)}
              />
              <button type="submit" className="button button-secondary" disabled={busy}>
                {t.staffGaps.retriage.submit}
              </button>
            </form>
          </section>
        ) : null}
        {r.status === 'ASSIGNED' ? (
          <section aria-labelledby="lq-hold-h">
            <h3 id="lq-hold-h">{texts.hold}</h3>
            <form
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                void run(
                  () => hold({ variables: { id, reason: holdReason as LearningHoldReason } }),
                  texts.done.held,
                  { reason: 'lq-hold' },
                );
              }}
              data-testid="lq-hold"
            >
              <RadioGroup
                id="lq-hold"
                legend={texts.holdReason}
                error={errors['lq-hold']}
                options={(vocab?.holdReasons ?? []).map((h) => ({ value: h.code, label: h.label }))}
                value={holdReason}
                onChange={setHoldReason}
              />
              <button type="submit" className="button button-secondary" disabled={busy}>
                {texts.holdDo}
              </button>
            </form>
          </section>
        ) : null}
        {r.status === 'ON_HOLD' ? (
          <p>
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={() => void run(() => resume({ variables: { id } }), texts.done.resumed)}
            >
              {texts.resume}
            </button>
          </p>
        ) : null}
        {r.status === 'ASSIGNED' || r.status === 'ON_HOLD' ? (
          <section aria-labelledby="lq-resolve-h">
            <h3 id="lq-resolve-h">{texts.resolve}</h3>
            <form noValidate onSubmit={onResolve} data-testid="lq-resolve">
              <SelectField
                id="lq-outcome"
                label={texts.outcomeField}
                error={errors['lq-outcome']}
                options={[
                  { value: '', label: texts.outcomeChoose },
                  ...(vocab?.outcomes ?? []).map((o) => ({ value: o.code, label: o.label })),
                ]}
                value={outcome}
                onChange={(e) => setOutcome(e.target.value)}
              />
              <TextAreaField
                id="lq-resolve-reply"
                label={texts.resolveReply}
                hint={texts.resolveReplyHint}
                error={errors['lq-resolve-reply']}
                optional
                value={resolveReply}
                maxLength={4000}
                onChange={(e) => setResolveReply(e.target.value)}
              />
              <button type="submit" className="button button-primary" disabled={busy}>
                {texts.resolveDo}
              </button>
            </form>
          </section>
        ) : null}
        {r.status === 'RESOLVED' ? (
          <p>
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() => void run(() => close({ variables: { id } }), texts.done.closed)}
            >
              {texts.close}
            </button>{' '}
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={() => void run(() => reopen({ variables: { id } }), texts.done.reopened)}
            >
              {texts.reopen}
            </button>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="lq-notes">
        <h2 id="lq-notes">{texts.notes}</h2>
        {data.notes.length === 0 ? <p>{texts.noNotes}</p> : null}
        <ol className="nobullet-list" data-testid="lq-notes-list">
          {data.notes.map((n) => (
            <li
              key={n.id}
              className={`learning-note${
                n.kind === 'INTERNAL'
                  ? ' learning-note-internal'
                  : n.kind === 'REQUESTER'
                    ? ' learning-note-requester'
                    : ''
              }`}
              data-testid={`lq-note-${n.kind.toLowerCase()}`}
            >
              <span className="learning-note-label">
                {n.kind === 'INTERNAL'
                  ? texts.internalLabel
                  : n.kind === 'REPLY'
                    ? texts.replyLabel
                    : texts.requesterLabel}
              </span>
              <span>
                {formatDateTime(n.createdAt as string)} · {who(n.authorId)}
              </span>
              <p className="learning-note-body">{n.body}</p>
            </li>
          ))}
        </ol>
        {r.status !== 'CLOSED' ? (
          <form noValidate onSubmit={onNote} data-testid="lq-note-form">
            <RadioGroup
              id="lq-note-kind"
              legend={texts.noteKind}
              error={errors['lq-note-kind']}
              options={[
                { value: 'INTERNAL', label: texts.kindInternal },
                { value: 'REPLY', label: texts.kindReply },
              ]}
              value={noteKind}
              onChange={setNoteKind}
            />
            <TextAreaField
              id="lq-note"
              label={texts.noteBody}
              error={errors['lq-note']}
              value={noteBody}
              maxLength={4000}
              onChange={(e) => setNoteBody(e.target.value)}
            />
            <button type="submit" className="button button-primary" disabled={busy}>
              {noteKind === 'REPLY' ? texts.sendReply : texts.saveInternal}
            </button>
          </form>
        ) : null}
      </section>

      <section aria-labelledby="lq-history">
        <h2 id="lq-history">{texts.history}</h2>
        <ol className="nobullet-list" data-testid="lq-history-list">
          {data.events.map((e) => (
            <li key={e.id} className="learning-list-item">
              <strong>{texts.events[e.type] ?? e.type}</strong> – {formatDateTime(e.createdAt as string)}{' '}
              {texts.by(who(e.actorId))}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
