import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import type { PeerMembershipFieldsFragment, PeerSessionFieldsFragment } from '../../gql/graphql';
import { CancelPeerSessionDocument, CreatePeerSessionsDocument } from '../../graphql/peer-groups.operations';
import { useI18n } from '../../i18n/i18n-context';
import { ErrorSummary } from '../error-summary';
import { fieldErrorsOf, fieldSummary } from '../form-errors';
import { SelectField, TextAreaField, TextField } from '../form-fields';
import { Alert } from '../recruitment/alerts';
import { Dialog } from '../recruitment/dialog';
import { AttendanceRegister } from './attendance-register';
import { peerErrorOf } from './peer-error';
import { longDate, shortDate, timeRange } from './peer-format';

const fieldOrder = [
  'firstDate',
  'startTime',
  'endTime',
  'everyWeeks',
  'count',
  'place',
  'transportNote',
] as const;
type Field = (typeof fieldOrder)[number];

function CreateSessions({ groupId, onCreated }: { groupId: string; onCreated(count: number): void }) {
  const { t } = useI18n();
  const texts = t.peerGroups.sessions;
  const [values, setValues] = useState<Record<Field, string>>({
    firstDate: '',
    startTime: '16:00',
    endTime: '18:00',
    everyWeeks: '2',
    count: '6',
    place: '',
    transportNote: '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [create, creating] = useMutation(CreatePeerSessionsDocument);
  const idOf = (field: Field) => `peer-session-${field}`;
  const set = (field: Field) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: event.target.value }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const found: Partial<Record<Field, string>> = {};
    if (!values.firstDate) found.firstDate = texts.firstDateMissing;
    if (!/^\d{2}:\d{2}$/.test(values.startTime)) found.startTime = texts.timeMissing;
    if (!/^\d{2}:\d{2}$/.test(values.endTime)) found.endTime = texts.timeMissing;
    if (!values.place.trim()) found.place = texts.placeMissing;
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length) return;
    try {
      const result = await create({
        variables: {
          input: {
            groupId,
            firstDate: values.firstDate,
            startTime: values.startTime,
            endTime: values.endTime,
            everyWeeks: Number(values.everyWeeks),
            count: Number(values.count),
            place: values.place.trim(),
            transportNote: values.transportNote.trim() || null,
          },
        },
      });
      onCreated(result.data?.createPeerSessions.length ?? 0);
      setValues((v) => ({ ...v, firstDate: '' }));
    } catch (caught) {
      const failure = peerErrorOf(caught, t);
      const placed = fieldErrorsOf(failure.fields, fieldOrder);
      setErrors(placed);
      setAttempt((n) => n + 1);
      if (!Object.keys(placed).length) setFormError(failure.message);
    }
  };

  const summary = fieldSummary(errors, fieldOrder, idOf);
  return (
    <details className="details" data-testid="peer-create-sessions">
      <summary className="details-summary">{texts.create}</summary>
      <div className="details-text">
        <ErrorSummary errors={summary} attempt={attempt} />
        {formError ? <Alert kind="error">{formError}</Alert> : null}
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <TextField
            id={idOf('firstDate')}
            type="date"
            label={texts.firstDate}
            error={errors.firstDate}
            value={values.firstDate}
            onChange={set('firstDate')}
          />
          <TextField
            id={idOf('startTime')}
            type="time"
            label={texts.startTime}
            error={errors.startTime}
            value={values.startTime}
            onChange={set('startTime')}
          />
          <TextField
            id={idOf('endTime')}
            type="time"
            label={texts.endTime}
            error={errors.endTime}
            value={values.endTime}
            onChange={set('endTime')}
          />
          <SelectField
            id={idOf('everyWeeks')}
            label={texts.everyWeeks}
            error={errors.everyWeeks}
            value={values.everyWeeks}
            onChange={set('everyWeeks')}
            options={[1, 2, 3, 4].map((n) => ({ value: String(n), label: texts.weekly(n) }))}
          />
          <TextField
            id={idOf('count')}
            label={texts.count}
            inputMode="numeric"
            className="input-width-xs"
            error={errors.count}
            value={values.count}
            onChange={set('count')}
          />
          <TextField
            id={idOf('place')}
            label={texts.place}
            error={errors.place}
            value={values.place}
            maxLength={200}
            onChange={set('place')}
          />
          <TextAreaField
            id={idOf('transportNote')}
            label={texts.transportNote}
            hint={texts.transportHint}
            optional
            error={errors.transportNote}
            value={values.transportNote}
            maxLength={500}
            onChange={set('transportNote')}
          />
          <button type="submit" className="button button-primary" disabled={creating.loading}>
            {texts.createButton}
          </button>
        </form>
      </div>
    </details>
  );
}

function CancelDialog({
  session,
  onClose,
  onCancelled,
}: {
  session: PeerSessionFieldsFragment;
  onClose(): void;
  onCancelled(): void;
}) {
  const { t } = useI18n();
  const texts = t.peerGroups.sessions;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [cancel, cancelling] = useMutation(CancelPeerSessionDocument);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reason.trim()) return setError(texts.reasonMissing);
    try {
      await cancel({ variables: { id: session.id, reason: reason.trim() } });
      onCancelled();
    } catch (caught) {
      const failure = peerErrorOf(caught, t);
      setError(failure.fields['reason'] ?? failure.message);
    }
  };
  return (
    <Dialog
      title={`${texts.cancelTitle}: ${longDate(session.startsAt)}`}
      onClose={onClose}
      testId="peer-cancel-dialog"
    >
      <p>{texts.cancelIntro}</p>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextAreaField
          id="peer-cancel-reason"
          label={texts.reason}
          error={error}
          value={reason}
          maxLength={500}
          onChange={(e) => setReason(e.target.value)}
        />
        <div className="peer-actions">
          <button type="submit" className="button button-primary" disabled={cancelling.loading}>
            {texts.confirmCancel}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {texts.keep}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** The group's meetings: create a recurring series, cancel one (every family is told), open its register. */
export function SessionsSection({
  groupId,
  sessions,
  members,
  onChanged,
}: {
  groupId: string;
  sessions: readonly PeerSessionFieldsFragment[];
  /** Members who can be registered (they have been active in the group). */
  members: readonly PeerMembershipFieldsFragment[];
  onChanged(): void;
}) {
  const { t } = useI18n();
  const texts = t.peerGroups.sessions;
  const [message, setMessage] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState<PeerSessionFieldsFragment | null>(null);
  const [registerFor, setRegisterFor] = useState<string | null>(null);
  const now = Date.now();
  const open = sessions.find((s) => s.id === registerFor);
  return (
    <section aria-labelledby="peer-sessions-title">
      <h2 id="peer-sessions-title">{texts.title}</h2>
      {message ? (
        <Alert kind="success" testId="peer-sessions-message">
          {message}
        </Alert>
      ) : null}
      {sessions.length === 0 ? (
        <p>{texts.none}</p>
      ) : (
        <div className="peer-table-wrap">
          <table className="table table--compact" data-testid="peer-sessions-table">
            <caption className="sr-only">{texts.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.columns.date}</th>
                <th scope="col">{texts.columns.time}</th>
                <th scope="col">{texts.columns.place}</th>
                <th scope="col">{texts.columns.state}</th>
                <th scope="col">{texts.columns.actions}</th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => {
                const started = new Date(s.startsAt).getTime() <= now;
                const ended = new Date(s.endsAt).getTime() <= now;
                const date = shortDate(s.startsAt);
                return (
                  <tr key={s.id} data-testid="peer-session-row">
                    <th scope="row">{longDate(s.startsAt)}</th>
                    <td>{timeRange(s.startsAt, s.endsAt)}</td>
                    <td>{s.place}</td>
                    <td>
                      {s.cancelledAt
                        ? texts.cancelled(s.cancelReason ?? '')
                        : started
                          ? texts.held
                          : texts.planned}
                    </td>
                    <td className="peer-actions">
                      {!s.cancelledAt && started ? (
                        <button
                          type="button"
                          className="button button-secondary"
                          aria-expanded={registerFor === s.id}
                          onClick={() => setRegisterFor(registerFor === s.id ? null : s.id)}
                        >
                          {texts.register(date)}
                        </button>
                      ) : null}
                      {!s.cancelledAt && !ended ? (
                        <button
                          type="button"
                          className="button button-secondary"
                          onClick={() => setCancelling(s)}
                        >
                          {texts.cancel(date)}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {open ? (
        <AttendanceRegister
          key={open.id}
          sessionId={open.id}
          title={t.peerGroups.register.title(longDate(open.startsAt))}
          members={members}
          onSaved={onChanged}
        />
      ) : null}
      <CreateSessions
        groupId={groupId}
        onCreated={(count) => {
          setMessage(texts.createdCount(count));
          onChanged();
        }}
      />
      {cancelling ? (
        <CancelDialog
          session={cancelling}
          onClose={() => setCancelling(null)}
          onCancelled={() => {
            setCancelling(null);
            setMessage(texts.cancelledDone);
            onChanged();
          }}
        />
      ) : null}
    </section>
  );
}
