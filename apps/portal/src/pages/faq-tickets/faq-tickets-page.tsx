import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { SelectField, TextAreaField } from '../../components/form-fields';
import { PageHeading } from '../../components/page-heading';
import { Alert } from '../../components/recruitment/alerts';
import { FaqTabs } from '../../components/faq/faq-tabs';
import '../../components/faq/faq.css';
import { faqTicketErrorOf } from '../../components/faq-tickets/faq-tickets-error';
import '../../components/faq-tickets/faq-tickets.css';
import type { FaqOwnerTeam, FaqTicketFieldsFragment, FaqTicketStatus, Role } from '../../gql/graphql';
import {
  AnswerFaqTicketDocument,
  CloseFaqTicketDocument,
  CreateFaqEntryFromTicketDocument,
  FaqTicketsDocument,
  TakeFaqTicketDocument,
} from '../../graphql/faq-tickets.operations';
import { AssignFaqTicketDocument, FaqTicketConsultantsDocument } from '../../graphql/faq-asker.operations';
import { useI18n } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';

const STATUSES = ['OPEN', 'ASSIGNED', 'ANSWERED', 'CLOSED'] as const;

// The teams whose questions each role answers (the api narrows the same way; this only shapes the filter).
const TEAMS_OF: Partial<Record<Role, { team: FaqOwnerTeam; label: string }[]>> = {
  FAMILY_CONSULTANT: [
    { team: 'FAMILIEPLEJE', label: 'Familiepleje' },
    { team: 'AFLASTNING', label: 'Aflastning' },
  ],
};

const dateTime = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'Europe/Copenhagen',
  dateStyle: 'long',
  timeStyle: 'short',
});

/**
 * "Tildel til kollega": hands an open or taken ticket to a consultant of the ticket's team, or back to the queue.
 * The api checks the colleague is active and answers for that team; its Danish message lands beside the list.
 */
function AssignControl({ ticket, onChanged }: { ticket: FaqTicketFieldsFragment; onChanged: () => void }) {
  const { t } = useI18n();
  const texts = t.faqTickets.queue;
  const consultants = useQuery(FaqTicketConsultantsDocument, {
    variables: { team: ticket.team },
    fetchPolicy: 'cache-first',
  });
  const [assign, assigning] = useMutation(AssignFaqTicketDocument);
  const [choice, setChoice] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const selectId = `faq-assign-${ticket.id}`;
  const queueValue = 'queue';
  const others = (consultants.data?.faqTicketConsultants ?? []).filter((c) => c.id !== ticket.assigneeId);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMessage(null);
    setAttempt((n) => n + 1);
    if (!choice) {
      setFieldError(texts.assignMissing);
      return;
    }
    setFieldError(undefined);
    const assigneeId = choice === queueValue ? null : choice;
    try {
      await assign({ variables: { id: ticket.id, assigneeId } });
      const name = others.find((c) => c.id === assigneeId)?.name ?? '';
      setMessage({ kind: 'success', text: assigneeId ? texts.assignedTo(name) : texts.returnedToQueue });
      setChoice('');
      onChanged();
    } catch (caught) {
      const error = faqTicketErrorOf(caught, t);
      if (error.fields['assigneeId']) {
        setFieldError(error.fields['assigneeId']);
        setAttempt((n) => n + 1);
      } else setMessage({ kind: 'error', text: error.message });
    }
  };

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="faq-assign" data-testid="faq-assign-form">
      <ErrorSummary
        errors={fieldError ? [{ fieldId: selectId, message: fieldError }] : []}
        attempt={attempt}
      />
      <fieldset>
        <legend className="h5">{texts.assignLegend}</legend>
        <SelectField
          id={selectId}
          label={texts.assignLabel}
          hint={texts.assignHint}
          error={fieldError}
          value={choice}
          options={[
            { value: '', label: texts.chooseColleague },
            ...others.map((c) => ({ value: c.id, label: c.name })),
            ...(ticket.status === 'ASSIGNED' ? [{ value: queueValue, label: texts.backToQueue }] : []),
          ]}
          onChange={(e) => setChoice(e.target.value)}
        />
        <button type="submit" className="button button-secondary" disabled={assigning.loading}>
          {assigning.loading ? texts.assigning : texts.assign}
        </button>
      </fieldset>
      <div aria-live="polite">{message ? <Alert kind={message.kind}>{message.text}</Alert> : null}</div>
    </form>
  );
}

function TicketCard({ ticket, onChanged }: { ticket: FaqTicketFieldsFragment; onChanged: () => void }) {
  const { t } = useI18n();
  const texts = t.faqTickets.queue;
  const [answer, setAnswer] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [take, taking] = useMutation(TakeFaqTicketDocument);
  const [send, sending] = useMutation(AnswerFaqTicketDocument);
  const [close, closing] = useMutation(CloseFaqTicketDocument);
  const [save, saving] = useMutation(CreateFaqEntryFromTicketDocument);
  const answerId = `faq-answer-${ticket.id}`;
  const headingId = `faq-ticket-${ticket.id}`;
  const canAnswer = ticket.status === 'OPEN' || (ticket.status === 'ASSIGNED' && ticket.assignedToMe);

  const run = async (action: () => Promise<unknown>, success: string) => {
    setMessage(null);
    try {
      await action();
      setMessage({ kind: 'success', text: success });
      onChanged();
    } catch (caught) {
      setMessage({ kind: 'error', text: faqTicketErrorOf(caught, t).message });
    }
  };

  const onAnswer = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    setMessage(null);
    if (!answer.trim()) {
      setFieldError(texts.answerMissing);
      return;
    }
    setFieldError(undefined);
    try {
      await send({ variables: { id: ticket.id, answer } });
      setAnswer('');
      setMessage({ kind: 'success', text: texts.answered });
      onChanged();
    } catch (caught) {
      const error = faqTicketErrorOf(caught, t);
      if (error.fields['answer']) setFieldError(error.fields['answer']);
      else setMessage({ kind: 'error', text: error.message });
    }
  };

  return (
    <article className="faq-ticket" aria-labelledby={headingId} data-testid="faq-ticket">
      <h3 id={headingId} className="h4 faq-ticket-question">
        {ticket.question}
      </h3>
      <dl>
        <dt>{texts.status}</dt>
        <dd data-testid="faq-ticket-status">{texts.statusNames[ticket.status] ?? ticket.status}</dd>
        <dt>{texts.team}</dt>
        <dd>{ticket.teamLabel}</dd>
        <dt>{texts.askedBy}</dt>
        <dd>
          {ticket.askerName ?? texts.unknownAsker}
          {ticket.channel === 'TEAMS' ? ` (${texts.viaTeams})` : null}
        </dd>
        <dt>{texts.asked}</dt>
        <dd>{dateTime.format(new Date(ticket.createdAt as string))}</dd>
        <dt>{texts.assignee}</dt>
        <dd>{ticket.assignedToMe ? texts.you : (ticket.assigneeName ?? texts.nobody)}</dd>
      </dl>
      {ticket.answer ? (
        <>
          <h4 className="h5">{texts.yourAnswer}</h4>
          <p className="faq-ticket-answer" data-testid="faq-ticket-answer">
            {ticket.answer}
          </p>
        </>
      ) : null}
      <div aria-live="polite">{message ? <Alert kind={message.kind}>{message.text}</Alert> : null}</div>
      {ticket.status === 'OPEN' ? (
        <p>
          <button
            type="button"
            className="button button-secondary"
            disabled={taking.loading}
            onClick={() => void run(() => take({ variables: { id: ticket.id } }), texts.taken)}
          >
            {taking.loading ? texts.taking : texts.take}
          </button>
        </p>
      ) : null}
      {canAnswer ? (
        <form noValidate onSubmit={(e) => void onAnswer(e)} data-testid="faq-answer-form">
          <ErrorSummary
            errors={fieldError ? [{ fieldId: answerId, message: fieldError }] : []}
            attempt={attempt}
          />
          <TextAreaField
            id={answerId}
            label={texts.answer}
            hint={texts.answerHint}
            error={fieldError}
            rows={5}
            value={answer}
            onChange={(e) => setAnswer(e.target.value)}
          />
          <button type="submit" className="button button-primary" disabled={sending.loading}>
            {sending.loading ? texts.sending : texts.send}
          </button>
        </form>
      ) : null}
      {ticket.status === 'OPEN' || ticket.status === 'ASSIGNED' ? (
        <AssignControl ticket={ticket} onChanged={onChanged} />
      ) : null}
      <p>
        {ticket.answer && !ticket.faqEntryId ? (
          <>
            <button
              type="button"
              className="button button-secondary"
              disabled={saving.loading}
              onClick={() =>
                void run(() => save({ variables: { ticketId: ticket.id } }), texts.savedToKnowledgeBase)
              }
            >
              {saving.loading ? texts.saving : texts.saveToKnowledgeBase}
            </button>{' '}
          </>
        ) : null}
        {ticket.faqEntryId ? <span>{texts.inKnowledgeBase} </span> : null}
        {ticket.status !== 'CLOSED' ? (
          <button
            type="button"
            className="button button-tertiary"
            disabled={closing.loading}
            onClick={() => void run(() => close({ variables: { id: ticket.id } }), texts.closed)}
          >
            {texts.close}
          </button>
        ) : null}
      </p>
    </article>
  );
}

/**
 * `/vidensbase/henvendelser`: "Spørg en konsulent" tickets for the consultant's team(s) — filter, take,
 * answer, save the answer in the knowledge base, close.
 */
export function FaqTicketsPage(_props: { subPath: string }) {
  const { t } = useI18n();
  const texts = t.faqTickets.queue;
  const { session } = useSession();
  const role = session.status === 'authenticated' ? session.user.role : undefined;
  const teams = role ? (TEAMS_OF[role] ?? []) : [];
  const [draft, setDraft] = useState({ status: '', team: '' });
  const [filter, setFilter] = useState(draft);
  const tickets = useQuery(FaqTicketsDocument, {
    variables: {
      status: (filter.status || null) as FaqTicketStatus | null,
      team: (filter.team || null) as FaqOwnerTeam | null,
    },
    fetchPolicy: 'cache-and-network',
  });
  const rows = tickets.data?.faqTickets ?? [];

  const onFilter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFilter(draft);
  };

  return (
    <>
      {/* Only family-care consultants keep the knowledge base; other teams see just their queue. */}
      {role === 'FAMILY_CONSULTANT' ? <FaqTabs current="tickets" /> : null}
      <PageHeading title={texts.title} />
      <p>{texts.intro}</p>
      <section aria-labelledby="faq-ticket-filters">
        <h2 id="faq-ticket-filters">{texts.filters}</h2>
        <form noValidate onSubmit={onFilter} data-testid="faq-ticket-filter">
          <SelectField
            id="faq-ticket-status"
            label={texts.status}
            optional
            options={[
              { value: '', label: texts.openStatuses },
              ...STATUSES.map((s) => ({ value: s, label: texts.statusNames[s] ?? s })),
            ]}
            value={draft.status}
            onChange={(e) => setDraft({ ...draft, status: e.target.value })}
          />
          {teams.length > 1 ? (
            <SelectField
              id="faq-ticket-team"
              label={texts.team}
              optional
              options={[
                { value: '', label: texts.allTeams },
                ...teams.map((team) => ({ value: team.team, label: team.label })),
              ]}
              value={draft.team}
              onChange={(e) => setDraft({ ...draft, team: e.target.value })}
            />
          ) : null}
          <button type="submit" className="button button-secondary">
            {texts.show}
          </button>
        </form>
      </section>
      <h2>{texts.title}</h2>
      <p role="status">{tickets.data ? texts.count(rows.length) : t.common.loading}</p>
      {tickets.error && !tickets.data ? <Alert kind="error">{t.errors.loadFailed}</Alert> : null}
      {tickets.data && rows.length === 0 ? <p>{texts.none}</p> : null}
      <div data-testid="faq-tickets">
        {rows.map((ticket) => (
          <TicketCard key={ticket.id} ticket={ticket} onChanged={() => void tickets.refetch()} />
        ))}
      </div>
    </>
  );
}
