import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import type { ReliefBookingFieldsFragment, ReliefWindowFieldsFragment } from '../../gql/graphql';
import {
  ReliefRequestWindowsDocument,
  ReliefSearchDocument,
  ReliefWindowRequestsDocument,
  RequestReliefInWindowDocument,
  WithdrawReliefWindowRequestDocument,
} from '../../graphql/relief.operations';
import { useI18n } from '../../i18n/i18n-context';
import { RadioGroup } from '../application/choice-fields';
import { ErrorSummary, type SummaryError } from '../error-summary';
import { SelectField, TextAreaField, TextField } from '../form-fields';
import { Alert } from '../recruitment/alerts';
import { reliefErrorOf } from './relief-error';
import { copenhagenDate, copenhagenInstant, formatDateTime } from './relief-time';

export interface FamilyChild {
  placementId: string;
  name: string;
}

const localTime = (value: string | Date) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Copenhagen',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(value));

/** The request form: the whole window or a part of it, the wished place (the usual one first) and a note. */
function RequestForm({
  window,
  child,
  onDone,
  onCancel,
}: {
  window: ReliefWindowFieldsFragment;
  child: FamilyChild;
  onDone(message: string): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const texts = t.relief.windows;
  const prefix = `window-${window.id}`;
  const startsAt = window.startsAt as string;
  const endsAt = window.endsAt as string;
  const [when, setWhen] = useState<'whole' | 'part'>('whole');
  const [fromDate, setFromDate] = useState(copenhagenDate(new Date(startsAt)));
  const [fromTime, setFromTime] = useState(localTime(startsAt));
  const [toDate, setToDate] = useState(copenhagenDate(new Date(endsAt)));
  const [toTime, setToTime] = useState(localTime(endsAt));
  const [note, setNote] = useState('');
  const [place, setPlace] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [formError, setFormError] = useState<string | null>(null);
  // The places that can take the child in the window, the usual relief family first.
  const search = useQuery(ReliefSearchDocument, {
    variables: { placementId: child.placementId, from: startsAt, to: endsAt },
    fetchPolicy: 'network-only',
  });
  const [request, requesting] = useMutation(RequestReliefInWindowDocument);
  const hits = search.data?.reliefSearch ?? [];
  const usual = hits.find((hit) => hit.continuity > 0)?.provider.id ?? '';
  const chosenPlace = place ?? usual;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const found: Record<string, string> = {};
    let from: Date | null = null;
    let to: Date | null = null;
    if (when === 'part') {
      if (!fromDate) found['startsAt'] = texts.fromMissing;
      if (!toDate) found['endsAt'] = texts.toMissing;
      from = fromDate ? copenhagenInstant(fromDate, fromTime || '00:00') : null;
      to = toDate ? copenhagenInstant(toDate, toTime || '00:00') : null;
      if (from && to && to <= from) found['endsAt'] = texts.toBeforeFrom;
      else if (from && to && (from < new Date(startsAt) || to > new Date(endsAt)))
        found['startsAt'] = texts.outside;
    }
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length) return;
    try {
      await request({
        variables: {
          input: {
            windowId: window.id,
            placementId: child.placementId,
            startsAt: from?.toISOString() ?? null,
            endsAt: to?.toISOString() ?? null,
            preferredProviderId: chosenPlace || null,
            note: note.trim() || null,
          },
        },
      });
      onDone(texts.sent);
    } catch (caught) {
      const failure = reliefErrorOf(caught, t);
      if (Object.keys(failure.fields).length) {
        setErrors(failure.fields);
        setAttempt((n) => n + 1);
      } else setFormError(failure.message);
    }
  };

  const ids: Record<string, string> = {
    startsAt: `${prefix}-from`,
    endsAt: `${prefix}-to`,
    preferredProviderId: `${prefix}-place`,
    note: `${prefix}-note`,
  };
  const summary: SummaryError[] = Object.entries(errors).map(([field, message]) => ({
    fieldId: ids[field] ?? `${prefix}-when`,
    message,
  }));
  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} data-testid="relief-window-form">
      <h4>{texts.formHeading(child.name, window.title)}</h4>
      <ErrorSummary errors={summary} attempt={attempt} />
      {formError ? (
        <Alert kind="error" testId="relief-window-error">
          {formError}
        </Alert>
      ) : null}
      <RadioGroup
        id={`${prefix}-when`}
        legend={texts.when}
        value={when}
        onChange={(value) => setWhen(value === 'part' ? 'part' : 'whole')}
        options={[
          { value: 'whole', label: texts.whole },
          { value: 'part', label: texts.part },
        ]}
      />
      {when === 'part' ? (
        <div className="relief-field-row">
          <TextField
            id={`${prefix}-from`}
            type="date"
            label={t.relief.fosterParent.from}
            error={errors['startsAt']}
            value={fromDate}
            min={copenhagenDate(new Date(startsAt))}
            max={copenhagenDate(new Date(endsAt))}
            onChange={(e) => setFromDate(e.target.value)}
          />
          <TextField
            id={`${prefix}-from-time`}
            type="time"
            label={t.relief.fosterParent.fromTime}
            value={fromTime}
            onChange={(e) => setFromTime(e.target.value)}
          />
          <TextField
            id={`${prefix}-to`}
            type="date"
            label={t.relief.fosterParent.to}
            error={errors['endsAt']}
            value={toDate}
            min={copenhagenDate(new Date(startsAt))}
            max={copenhagenDate(new Date(endsAt))}
            onChange={(e) => setToDate(e.target.value)}
          />
          <TextField
            id={`${prefix}-to-time`}
            type="time"
            label={t.relief.fosterParent.toTime}
            value={toTime}
            onChange={(e) => setToTime(e.target.value)}
          />
        </div>
      ) : null}
      <SelectField
        id={`${prefix}-place`}
        label={texts.place}
        hint={texts.placeHint}
        optional
        error={errors['preferredProviderId']}
        value={chosenPlace}
        onChange={(e) => setPlace(e.target.value)}
        options={[
          { value: '', label: texts.noWish },
          ...hits.map((hit) => ({
            value: hit.provider.id,
            label: `${hit.provider.name}${hit.continuity > 0 ? texts.usualSuffix : ''}`,
          })),
        ]}
      />
      <TextAreaField
        id={`${prefix}-note`}
        label={texts.note}
        optional
        maxLength={1000}
        error={errors['note']}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <button type="submit" className="button button-primary" disabled={requesting.loading}>
        {texts.send}
      </button>{' '}
      <button type="button" className="button button-secondary" onClick={onCancel}>
        {texts.cancel}
      </button>
    </form>
  );
}

function FamilyWindow({
  window,
  child,
  bookings,
  onChanged,
}: {
  window: ReliefWindowFieldsFragment;
  child: FamilyChild;
  bookings: readonly ReliefBookingFieldsFragment[];
  onChanged(message: string): void;
}) {
  const { t } = useI18n();
  const texts = t.relief.windows;
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const requests = useQuery(ReliefWindowRequestsDocument, {
    variables: { windowId: window.id },
    fetchPolicy: 'cache-and-network',
  });
  const [withdraw, withdrawing] = useMutation(WithdrawReliefWindowRequestDocument);
  const mine = requests.data?.reliefWindowRequests.find(
    (r) => r.request.placementId === child.placementId && r.request.status !== 'WITHDRAWN',
  )?.request;
  const open = window.status === 'OPEN' && new Date(window.closesAt as string) > new Date();
  const booking = mine?.bookingId ? bookings.find((b) => b.id === mine.bookingId) : undefined;
  const headingId = `window-${window.id}-title`;

  const done = (message: string) => {
    setAsking(false);
    void requests.refetch();
    onChanged(message);
  };
  const onWithdraw = async (id: string) => {
    setError(null);
    try {
      await withdraw({ variables: { id } });
      done(texts.withdrawn);
    } catch (caught) {
      setError(reliefErrorOf(caught, t).message);
    }
  };

  return (
    <li className="relief-list-item" aria-labelledby={headingId} data-testid="relief-window">
      <h3 id={headingId}>{window.title}</h3>
      <p>
        {texts.period(formatDateTime(window.startsAt as string), formatDateTime(window.endsAt as string))}
        <br />
        {texts.deadline(formatDateTime(window.closesAt as string))}
      </p>
      {error ? <Alert kind="error">{error}</Alert> : null}
      {mine ? (
        <div data-testid="relief-window-request">
          <h4>{texts.yourRequest(child.name)}</h4>
          <p>
            <strong data-testid="relief-window-status">
              {texts.statusLabel}: {texts.statuses[mine.status]}
            </strong>
            <br />
            {formatDateTime(mine.startsAt as string)} – {formatDateTime(mine.endsAt as string)}
            {mine.status === 'ALLOCATED' && booking?.provider ? (
              <>
                <br />
                {texts.allocatedAt(booking.provider.name)}
              </>
            ) : null}
            {mine.status === 'NOT_ALLOCATED' && mine.outcomeReason ? (
              <>
                <br />
                <span data-testid="relief-window-reason">{texts.reason(mine.outcomeReason)}</span>
              </>
            ) : null}
          </p>
          {mine.status === 'PENDING' && open ? (
            <button
              type="button"
              className="button button-secondary"
              disabled={withdrawing.loading}
              onClick={() => void onWithdraw(mine.id)}
            >
              {texts.withdraw}
            </button>
          ) : null}
        </div>
      ) : !requests.data ? null : !open ? (
        <p>{texts.closed}</p>
      ) : asking ? (
        <RequestForm window={window} child={child} onDone={done} onCancel={() => setAsking(false)} />
      ) : (
        <button type="button" className="button button-primary" onClick={() => setAsking(true)}>
          {texts.ask(window.title)}
        </button>
      )}
    </li>
  );
}

/** The foster family's request windows (school holidays, busy weekends) for the chosen child. */
export function FamilyWindows({
  child,
  bookings,
  onChanged,
}: {
  child: FamilyChild;
  bookings: readonly ReliefBookingFieldsFragment[];
  onChanged(message: string): void;
}) {
  const { t } = useI18n();
  const texts = t.relief.windows;
  const windows = useQuery(ReliefRequestWindowsDocument, { fetchPolicy: 'cache-and-network' });
  const list = windows.data?.reliefRequestWindows ?? [];
  return (
    <section aria-labelledby="relief-windows" data-testid="relief-windows">
      <h2 id="relief-windows">{texts.heading}</h2>
      <p>{texts.intro}</p>
      {windows.data && list.length === 0 ? <p>{texts.none}</p> : null}
      <ul className="nobullet-list">
        {list.map((window) => (
          <FamilyWindow
            key={`${window.id}-${child.placementId}`}
            window={window}
            child={child}
            bookings={bookings}
            onChanged={onChanged}
          />
        ))}
      </ul>
    </section>
  );
}
