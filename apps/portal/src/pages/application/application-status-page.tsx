import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { SelectField } from '../../components/form-fields';
import { Icon } from '../../components/icon';
import { PageHeading } from '../../components/page-heading';
import { TextAreaField } from '../../components/application/choice-fields';
import {
  deleteDocument,
  DocumentRequestError,
  downloadDocument,
  uploadDocument,
} from '../../components/application/document-upload';
import {
  downloadBlob,
  formatBytes,
  formatDate,
  formatDateTime,
  formatPeriod,
} from '../../components/application/format';
import { ApplicationTimeline } from '../../components/application/timeline';
import type {
  ApplicationStatusQuery,
  CalendarItemKind,
  DocumentKind,
  RecruitmentEventFieldsFragment,
} from '../../gql/graphql';
import { toApiError } from '../../graphql/api-error';
import {
  ApplicationStatusDocument,
  CalendarInvitationDocument,
  CancelRecruitmentEventSignupDocument,
  ExportMyApplicationDataDocument,
  PublicRecruitmentEventsDocument,
  SendApplicationMessageDocument,
  SignUpForRecruitmentEventDocument,
  WithdrawApplicationDocument,
} from '../../graphql/application.operations';
import { useI18n } from '../../i18n/i18n-context';

type Data = ApplicationStatusQuery;
type Application = NonNullable<Data['myApplication']>;

const documentKinds: readonly DocumentKind[] = ['CV', 'DIPLOMA', 'CERTIFICATE', 'OTHER'];
const closedStatuses = ['APPROVED', 'REFUSED', 'WITHDRAWN'];

function Notice({ kind, text }: { kind: 'success' | 'error'; text: string | null }) {
  if (!text) return null;
  return (
    <div className={`alert alert-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <Icon name={kind === 'error' ? 'error' : 'check-circle'} className="alert-icon" />
      <div className="alert-body">
        <p className="alert-text">{text}</p>
      </div>
    </div>
  );
}

function useCalendarDownload() {
  const client = useApolloClient();
  return async (kind: CalendarItemKind, id: string, title: string) => {
    const result = await client.query({
      query: CalendarInvitationDocument,
      variables: { id, kind },
      fetchPolicy: 'network-only',
    });
    const ics = result.data?.calendarInvitation;
    if (!ics) return;
    const safeName = title.replace(/[^\p{L}\p{N} -]/gu, '').trim() || 'aftale';
    downloadBlob(new Blob([ics], { type: 'text/calendar;charset=utf-8' }), `${safeName}.ics`);
  };
}

function Messages({ application, onChanged }: { application: Application; onChanged(): Promise<unknown> }) {
  const { t } = useI18n();
  const s = t.application.status;
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [sent, setSent] = useState<string | null>(null);
  const [send, { loading }] = useMutation(SendApplicationMessageDocument);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSent(null);
    if (!body.trim()) {
      setError(s.messageMissing);
      return;
    }
    try {
      await send({ variables: { input: { applicationId: application.id, body: body.trim() } } });
      setBody('');
      setError(undefined);
      await onChanged();
      setSent(s.messageSent);
    } catch (caught) {
      const apiError = toApiError(caught);
      setError(apiError.fields['body'] ?? t.errors[apiError.code]);
    }
  };
  return (
    <section aria-labelledby="messages-heading" className="mt-7">
      <h2 id="messages-heading">{s.messagesHeading}</h2>
      {application.messages.length === 0 ? (
        <p>{s.noMessages}</p>
      ) : (
        <ol className="nobullet-list application-messages" data-testid="messages">
          {application.messages.map((message) => (
            <li key={message.id} className={message.fromStaff ? 'from-staff' : 'from-me'}>
              <p className="mb-0 mt-0">
                <strong>{message.fromStaff ? (message.authorName ?? s.fromStaff) : s.fromYou}</strong>,{' '}
                {formatDateTime(message.createdAt)}
              </p>
              <p className="mt-2 application-message-body">{message.body}</p>
            </li>
          ))}
        </ol>
      )}
      <Notice kind="success" text={sent} />
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextAreaField
          id="message-body"
          label={s.messageLabel}
          hint={s.messageHint}
          value={body}
          error={error}
          maxLength={4000}
          onChange={(event) => setBody(event.target.value)}
        />
        <button type="submit" className="button button-primary" disabled={loading} aria-disabled={loading}>
          {s.send}
        </button>
      </form>
    </section>
  );
}

function Documents({ application, onChanged }: { application: Application; onChanged(): Promise<unknown> }) {
  const { t } = useI18n();
  const s = t.application.status;
  const fileInput = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<DocumentKind>('CV');
  const [fileError, setFileError] = useState<string | undefined>();
  const [progress, setProgress] = useState<number | null>(null);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNotice(null);
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setFileError(s.fileMissing);
      fileInput.current?.focus();
      return;
    }
    setFileError(undefined);
    setProgress(0);
    try {
      const document = await uploadDocument(application.id, file, kind, setProgress, t.errors.INTERNAL);
      if (fileInput.current) fileInput.current.value = '';
      await onChanged();
      setNotice({ kind: 'success', text: s.uploaded(document.fileName) });
    } catch (caught) {
      const message =
        caught instanceof DocumentRequestError ? (caught.fields['file'] ?? caught.message) : t.errors.NETWORK;
      setFileError(message);
      fileInput.current?.focus();
    } finally {
      setProgress(null);
    }
  };

  const download = async (id: string, fileName: string) => {
    setNotice(null);
    try {
      downloadBlob(await downloadDocument(id, t.errors.INTERNAL), fileName);
    } catch (caught) {
      setNotice({ kind: 'error', text: caught instanceof Error ? caught.message : t.errors.INTERNAL });
    }
  };

  const remove = async (id: string, fileName: string) => {
    setNotice(null);
    try {
      await deleteDocument(id, t.errors.INTERNAL);
      await onChanged();
      setNotice({ kind: 'success', text: s.removed(fileName) });
    } catch (caught) {
      setNotice({ kind: 'error', text: caught instanceof Error ? caught.message : t.errors.INTERNAL });
    }
  };

  return (
    <section aria-labelledby="documents-heading" className="mt-7">
      <h2 id="documents-heading">{s.documentsHeading}</h2>
      <p>{s.documentsIntro}</p>
      <Notice kind={notice?.kind ?? 'success'} text={notice?.text ?? null} />
      {application.documents.length === 0 ? (
        <p>{s.noDocuments}</p>
      ) : (
        <ul className="nobullet-list" data-testid="documents">
          {application.documents.map((doc) => (
            <li key={doc.id} className="mb-4">
              <strong>{doc.fileName}</strong> – {t.application.enums.documentKind[doc.kind]},{' '}
              {formatBytes(doc.sizeBytes)}, {s.added.toLowerCase()} {formatDate(doc.createdAt)}
              {doc.expiresOn ? (
                <span data-testid="document-expiry">
                  {', '}
                  {doc.expired
                    ? s.documentExpired(formatDate(`${doc.expiresOn}T12:00:00Z`))
                    : s.documentExpiresOn(formatDate(`${doc.expiresOn}T12:00:00Z`))}
                </span>
              ) : null}
              <br />
              <button
                type="button"
                className="function-link mr-5"
                onClick={() => void download(doc.id, doc.fileName)}
              >
                {s.download(doc.fileName)}
              </button>
              <button
                type="button"
                className="function-link"
                onClick={() => void remove(doc.id, doc.fileName)}
              >
                {s.remove(doc.fileName)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <SelectField
          id="document-kind"
          label={s.documentKind}
          value={kind}
          options={documentKinds.map((value) => ({ value, label: t.application.enums.documentKind[value] }))}
          onChange={(event) => setKind(event.target.value as DocumentKind)}
        />
        <div className={`form-group${fileError ? ' form-error' : ''}`}>
          <label className="form-label" htmlFor="document-file">
            {s.file}
          </label>
          {fileError ? (
            <span className="form-error-message" id="document-file-error">
              <span className="sr-only">{t.common.errorPrefix} </span>
              {fileError}
            </span>
          ) : null}
          <input
            ref={fileInput}
            id="document-file"
            type="file"
            className="form-file-input"
            accept=".pdf,.doc,.docx,.odt,.jpg,.jpeg,.png,.heic"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? 'document-file-error' : undefined}
          />
        </div>
        {progress !== null ? (
          <p role="status">
            <progress max={100} value={progress} aria-label={s.uploadProgress} /> {s.uploading(progress)}
          </p>
        ) : null}
        <button
          type="submit"
          className="button button-primary"
          disabled={progress !== null}
          aria-disabled={progress !== null}
        >
          {s.upload}
        </button>
      </form>
    </section>
  );
}

function Events({ data, onChanged }: { data: Data; onChanged(): Promise<unknown> }) {
  const { t } = useI18n();
  const s = t.application.status;
  const municipalityId = data.me.municipality.id;
  const events = useQuery(PublicRecruitmentEventsDocument, { variables: { municipalityId } });
  const [signUp] = useMutation(SignUpForRecruitmentEventDocument);
  const [cancel] = useMutation(CancelRecruitmentEventSignupDocument);
  const calendar = useCalendarDownload();
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const signedUpIds = new Set(data.myRecruitmentCalendar.signups.map((signup) => signup.event.id));
  const open = (events.data?.recruitmentEvents ?? []).filter(
    (event) => !event.cancelled && !signedUpIds.has(event.id),
  );

  const run = async (action: () => Promise<unknown>, success: string) => {
    setNotice(null);
    try {
      await action();
      // The lists are current before the confirmation is announced.
      await Promise.all([onChanged(), events.refetch()]);
      setNotice({ kind: 'success', text: success });
    } catch (caught) {
      setNotice({ kind: 'error', text: t.errors[toApiError(caught).code] });
    }
  };

  const eventDetails = (event: RecruitmentEventFieldsFragment) => (
    <>
      <h4 className="h5 mb-2 mt-0">
        {event.title} <span className="weight-normal">({t.application.enums.eventKind[event.kind]})</span>
      </h4>
      <p className="mt-0 mb-0">
        {s.when}: {formatPeriod(event.startsAt, event.endsAt)}
      </p>
      <p className="mt-0 mb-2">
        {s.where}: {event.place}
      </p>
    </>
  );

  return (
    <section aria-labelledby="events-heading" className="mt-7">
      <h2 id="events-heading">{s.eventsHeading}</h2>
      <Notice kind={notice?.kind ?? 'success'} text={notice?.text ?? null} />
      <h3>{s.mySignups}</h3>
      {data.myRecruitmentCalendar.signups.length === 0 ? (
        <p>{s.noSignups}</p>
      ) : (
        <ul className="nobullet-list" data-testid="my-signups">
          {data.myRecruitmentCalendar.signups.map(({ id, event }) => (
            <li key={id} className="mb-5">
              {eventDetails(event)}
              {event.cancelled ? (
                <p className="mt-0" data-testid="event-cancelled">
                  <strong>
                    {event.cancelReason ? s.eventCancelledBecause(event.cancelReason) : s.eventCancelled}
                  </strong>
                </p>
              ) : null}
              <button
                type="button"
                className="button button-secondary mr-4"
                onClick={() => void calendar('EVENT', event.id, event.title)}
              >
                {s.addToCalendarShort}
                <span className="sr-only"> – {event.title}</span>
              </button>
              <button
                type="button"
                className="button button-tertiary"
                onClick={() =>
                  void run(() => cancel({ variables: { eventId: event.id } }), s.cancelledSignup(event.title))
                }
              >
                {s.cancelSignup(event.title)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>{s.eventsIntro}</h3>
      {open.length === 0 ? (
        <p>{s.noEvents}</p>
      ) : (
        <ul className="nobullet-list" data-testid="open-events">
          {open.map((event) => (
            <li key={event.id} className="mb-5">
              {eventDetails(event)}
              <p className="mt-0">{event.seatsLeft > 0 ? s.seatsLeft(event.seatsLeft) : s.full}</p>
              {event.seatsLeft > 0 ? (
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() =>
                    void run(() => signUp({ variables: { eventId: event.id } }), s.signedUp(event.title))
                  }
                >
                  {s.signUp(event.title)}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <h3>{s.homeVisitsHeading}</h3>
      {data.myRecruitmentCalendar.homeVisits.length === 0 ? (
        <p>{s.noHomeVisits}</p>
      ) : (
        <ul className="nobullet-list" data-testid="home-visits">
          {data.myRecruitmentCalendar.homeVisits.map((visit) => (
            <li key={visit.id} className="mb-5">
              <h4 className="h5 mb-2 mt-0">{s.homeVisit(visit.number)}</h4>
              <p className="mt-0 mb-2">
                {s.when}: {formatPeriod(visit.startsAt, visit.endsAt)}
                {visit.completedAt ? ` – ${s.visitDone}` : visit.cancelledAt ? ` – ${s.visitCancelled}` : ''}
              </p>
              {!visit.cancelledAt && !visit.completedAt ? (
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => void calendar('HOME_VISIT', visit.id, s.homeVisit(visit.number))}
                >
                  {s.addToCalendar(s.homeVisit(visit.number))}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Withdraw({ application, onChanged }: { application: Application; onChanged(): Promise<unknown> }) {
  const { t } = useI18n();
  const s = t.application.status;
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [withdraw, { loading }] = useMutation(WithdrawApplicationDocument);

  const confirm = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError(s.withdrawReasonMissing);
      return;
    }
    try {
      await withdraw({ variables: { input: { id: application.id, reason: reason.trim() } } });
      dialog.current?.close();
      await onChanged();
    } catch (caught) {
      const apiError = toApiError(caught);
      setError(apiError.fields['reason'] ?? t.errors[apiError.code]);
    }
  };

  return (
    <section aria-labelledby="withdraw-heading" className="mt-7">
      <h2 id="withdraw-heading">{s.withdrawHeading}</h2>
      <p>{s.withdrawIntro}</p>
      <button type="button" className="button button-secondary" onClick={() => dialog.current?.showModal()}>
        {s.withdraw}
      </button>
      <dialog ref={dialog} className="application-dialog" aria-labelledby="withdraw-dialog-heading">
        <form noValidate onSubmit={(event) => void confirm(event)}>
          <h2 id="withdraw-dialog-heading" className="h3">
            {s.withdrawConfirmHeading}
          </h2>
          <p>{s.withdrawConfirmText}</p>
          <TextAreaField
            id="withdraw-reason"
            label={s.withdrawReason}
            value={reason}
            error={error}
            rows={3}
            maxLength={1000}
            onChange={(event) => setReason(event.target.value)}
          />
          <button
            type="submit"
            className="button button-primary mr-4"
            disabled={loading}
            aria-disabled={loading}
          >
            {s.withdrawConfirm}
          </button>
          <button type="button" className="button button-secondary" onClick={() => dialog.current?.close()}>
            {s.cancel}
          </button>
        </form>
      </dialog>
    </section>
  );
}

function ExportData() {
  const { t } = useI18n();
  const s = t.application.status;
  const client = useApolloClient();
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const run = async () => {
    setNotice(null);
    try {
      const result = await client.query({
        query: ExportMyApplicationDataDocument,
        fetchPolicy: 'network-only',
      });
      const json = result.data?.exportMyApplicationData ?? '{}';
      downloadBlob(new Blob([json], { type: 'application/json' }), 'mine-oplysninger.json');
      setNotice({ kind: 'success', text: s.exported });
    } catch (caught) {
      setNotice({ kind: 'error', text: t.errors[toApiError(caught).code] });
    }
  };
  return (
    <section aria-labelledby="export-heading" className="mt-7">
      <h2 id="export-heading">{s.exportHeading}</h2>
      <p>{s.exportIntro}</p>
      <Notice kind={notice?.kind ?? 'success'} text={notice?.text ?? null} />
      <button type="button" className="button button-secondary" onClick={() => void run()}>
        {s.export}
      </button>
    </section>
  );
}

/** After sending: where the application stands, what happens next, messages, documents, meetings and courses. */
export function ApplicationStatusPage() {
  const { t } = useI18n();
  const s = t.application.status;
  const { data, loading, error, refetch } = useQuery(ApplicationStatusDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const reload = () => refetch();

  const application = data?.myApplication;
  return (
    <>
      <PageHeading title={s.title} />
      {error && !data ? <Notice kind="error" text={t.errors[toApiError(error).code]} /> : null}
      {loading && !data ? <p role="status">{t.common.loading}</p> : null}
      {data && !application ? <p>{t.errors.NOT_FOUND}</p> : null}
      {data && application ? (
        <>
          <div className="alert alert-info" data-testid="status-summary">
            <Icon name="info" className="alert-icon" />
            <div className="alert-body">
              <h2 className="alert-heading">
                {s.statusHeading}: {application.statusLabel}
              </h2>
              <p className="alert-text">
                <strong>{s.nextStepHeading}:</strong> {application.nextStep}
              </p>
            </div>
          </div>
          <section aria-labelledby="timeline-heading" className="mt-7">
            <h2 id="timeline-heading">{s.timelineHeading}</h2>
            <ApplicationTimeline steps={application.timeline} headingId="timeline-heading" />
          </section>
          <Messages application={application} onChanged={reload} />
          {closedStatuses.includes(application.status) ? null : (
            <>
              <Documents application={application} onChanged={reload} />
              <Events data={data} onChanged={reload} />
              <Withdraw application={application} onChanged={reload} />
            </>
          )}
          <ExportData />
        </>
      ) : null}
    </>
  );
}
