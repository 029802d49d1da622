import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import type { ReliefWindowFieldsFragment } from '../../gql/graphql';
import {
  AllocateReliefWindowDocument,
  OpenReliefRequestWindowDocument,
  ReliefBookingsDocument,
  ReliefProvidersDocument,
  ReliefRequestWindowsDocument,
  ReliefWindowRequestsDocument,
} from '../../graphql/relief.operations';
import { useI18n } from '../../i18n/i18n-context';
import { ErrorSummary, type SummaryError } from '../error-summary';
import { TextField } from '../form-fields';
import { Alert } from '../recruitment/alerts';
import { rankReasons } from './rank-reasons';
import { reliefErrorOf } from './relief-error';
import { copenhagenInstant, formatDateTime } from './relief-time';

function OpenWindowForm({ onOpened }: { onOpened(message: string): void }) {
  const { t } = useI18n();
  const texts = t.relief.consultantWindows;
  const [title, setTitle] = useState('');
  const [startDate, setStartDate] = useState('');
  const [startTime, setStartTime] = useState('10:00');
  const [endDate, setEndDate] = useState('');
  const [endTime, setEndTime] = useState('17:00');
  const [closesDate, setClosesDate] = useState('');
  const [closesTime, setClosesTime] = useState('12:00');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [formError, setFormError] = useState<string | null>(null);
  const [open, opening] = useMutation(OpenReliefRequestWindowDocument);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const found: Record<string, string> = {};
    if (!title.trim()) found['title'] = texts.titleMissing;
    if (!startDate) found['startsAt'] = texts.dateMissing;
    if (!endDate) found['endsAt'] = texts.dateMissing;
    if (!closesDate) found['closesAt'] = texts.dateMissing;
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length) return;
    try {
      await open({
        variables: {
          input: {
            title: title.trim(),
            startsAt: copenhagenInstant(startDate, startTime || '00:00').toISOString(),
            endsAt: copenhagenInstant(endDate, endTime || '00:00').toISOString(),
            closesAt: copenhagenInstant(closesDate, closesTime || '00:00').toISOString(),
          },
        },
      });
      setTitle('');
      setStartDate('');
      setEndDate('');
      setClosesDate('');
      onOpened(texts.opened);
    } catch (caught) {
      const failure = reliefErrorOf(caught, t);
      if (Object.keys(failure.fields).length) {
        setErrors(failure.fields);
        setAttempt((n) => n + 1);
      } else setFormError(failure.message);
    }
  };

  const ids: Record<string, string> = {
    title: 'window-title',
    startsAt: 'window-start',
    endsAt: 'window-end',
    closesAt: 'window-closes',
  };
  const summary: SummaryError[] = Object.entries(errors).map(([field, message]) => ({
    fieldId: ids[field] ?? 'window-title',
    message,
  }));
  return (
    <section aria-labelledby="window-open">
      <h2 id="window-open">{texts.open}</h2>
      <p>{texts.intro}</p>
      <ErrorSummary errors={summary} attempt={attempt} />
      {formError ? <Alert kind="error">{formError}</Alert> : null}
      <form noValidate onSubmit={(event) => void onSubmit(event)} data-testid="relief-window-open">
        <TextField
          id="window-title"
          label={texts.title}
          hint={texts.titleHint}
          maxLength={200}
          error={errors['title']}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
        <div className="relief-field-row">
          <TextField
            id="window-start"
            type="date"
            label={texts.startDate}
            error={errors['startsAt']}
            value={startDate}
            onChange={(e) => setStartDate(e.target.value)}
          />
          <TextField
            id="window-start-time"
            type="time"
            label={texts.startTime}
            value={startTime}
            onChange={(e) => setStartTime(e.target.value)}
          />
        </div>
        <div className="relief-field-row">
          <TextField
            id="window-end"
            type="date"
            label={texts.endDate}
            error={errors['endsAt']}
            value={endDate}
            onChange={(e) => setEndDate(e.target.value)}
          />
          <TextField
            id="window-end-time"
            type="time"
            label={texts.endTime}
            value={endTime}
            onChange={(e) => setEndTime(e.target.value)}
          />
        </div>
        <div className="relief-field-row">
          <TextField
            id="window-closes"
            type="date"
            label={texts.closesDate}
            error={errors['closesAt']}
            value={closesDate}
            onChange={(e) => setClosesDate(e.target.value)}
          />
          <TextField
            id="window-closes-time"
            type="time"
            label={texts.closesTime}
            value={closesTime}
            onChange={(e) => setClosesTime(e.target.value)}
          />
        </div>
        <button type="submit" className="button button-primary" disabled={opening.loading}>
          {texts.submit}
        </button>
      </form>
    </section>
  );
}

/** The requests of one window in allocation order, with why, the allocation and its results. */
function WindowRequests({
  window,
  nameOf,
  onAllocated,
}: {
  window: ReliefWindowFieldsFragment;
  nameOf(placementId: string): string;
  onAllocated(message: string): void;
}) {
  const { t } = useI18n();
  const texts = t.relief.consultantWindows;
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const requests = useQuery(ReliefWindowRequestsDocument, {
    variables: { windowId: window.id },
    fetchPolicy: 'cache-and-network',
  });
  const providers = useQuery(ReliefProvidersDocument, { fetchPolicy: 'cache-first' });
  const allocatedNow = window.status === 'ALLOCATED';
  // The places given out: the bookings the allocation made inside the window.
  const bookings = useQuery(ReliefBookingsDocument, {
    variables: { from: window.startsAt as string, to: window.endsAt as string },
    skip: !allocatedNow,
    fetchPolicy: 'network-only',
  });
  const [allocate, allocating] = useMutation(AllocateReliefWindowDocument);
  const list = requests.data?.reliefWindowRequests ?? [];
  const providerName = (id?: string | null) =>
    (id && providers.data?.reliefProviders.find((p) => p.id === id)?.name) || texts.noWish;
  const placeOf = (bookingId: string) =>
    bookings.data?.reliefBookings.find((b) => b.id === bookingId)?.provider?.name ?? '';
  const headingId = `requests-${window.id}`;

  const onAllocate = async () => {
    setError(null);
    try {
      const result = await allocate({ variables: { windowId: window.id } });
      const rows = result.data?.allocateReliefWindow ?? [];
      setConfirming(false);
      await requests.refetch();
      onAllocated(texts.allocated(rows.filter((r) => r.request.status === 'ALLOCATED').length, rows.length));
    } catch (caught) {
      setConfirming(false);
      setError(reliefErrorOf(caught, t).message);
    }
  };

  return (
    <section aria-labelledby={headingId} data-testid="relief-window-requests">
      <h3 id={headingId}>{texts.requests(window.title)}</h3>
      {error ? <Alert kind="error">{error}</Alert> : null}
      {requests.data && list.length === 0 ? <p>{texts.noRequests}</p> : null}
      {list.length ? (
        <table className="table" data-testid="relief-ranked">
          <caption className="sr-only">{texts.requests(window.title)}</caption>
          <thead>
            <tr>
              <th scope="col">{texts.rank}</th>
              <th scope="col">{texts.child}</th>
              <th scope="col">{texts.stay}</th>
              <th scope="col">{texts.wish}</th>
              <th scope="col">{texts.why}</th>
              <th scope="col">{texts.status}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((row, index) => {
              const why = rankReasons(list, index);
              const r = row.request;
              return (
                <tr key={r.id} data-testid="relief-ranked-row">
                  <td>{row.rank}</td>
                  <td>{nameOf(r.placementId)}</td>
                  <td>
                    {formatDateTime(r.startsAt as string)} – {formatDateTime(r.endsAt as string)}
                  </td>
                  <td>{providerName(r.preferredProviderId)}</td>
                  <td>
                    {[
                      why.strained ? texts.strained : null,
                      texts.priorDays(row.priorDays),
                      why.tie ? texts.lottery : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </td>
                  <td>
                    {r.status === 'ALLOCATED' && r.bookingId
                      ? texts.allocatedTo(placeOf(r.bookingId))
                      : r.status === 'NOT_ALLOCATED'
                        ? texts.notAllocated(r.outcomeReason ?? '')
                        : t.relief.windows.statuses[r.status]}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {window.status === 'OPEN' && list.length ? (
        allocating.loading ? (
          <div className="spinner-box" data-testid="relief-allocating">
            <div className="spinner" aria-hidden="true" />
            <div className="spinner-status" role="status">
              {texts.allocating}
            </div>
          </div>
        ) : confirming ? (
          <div className="alert alert-warning" role="group" aria-labelledby={`${headingId}-confirm`}>
            <div className="alert-body">
              <p className="alert-heading" id={`${headingId}-confirm`}>
                <strong>{texts.confirmHeading}</strong>
              </p>
              <p className="alert-text">{texts.confirmText(list.length)}</p>
              <button type="button" className="button button-primary" onClick={() => void onAllocate()}>
                {texts.confirm}
              </button>{' '}
              <button type="button" className="button button-secondary" onClick={() => setConfirming(false)}>
                {texts.cancel}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className="button button-primary" onClick={() => setConfirming(true)}>
            {texts.allocate}
          </button>
        )
      ) : null}
    </section>
  );
}

/** `/aflastning/oenskeperioder`: open request windows, see the ranked requests, share the places out. */
export function ConsultantWindows({ nameOf }: { nameOf(placementId: string): string }) {
  const { t } = useI18n();
  const texts = t.relief.consultantWindows;
  const [message, setMessage] = useState<string | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const windows = useQuery(ReliefRequestWindowsDocument, { fetchPolicy: 'cache-and-network' });
  const list = windows.data?.reliefRequestWindows ?? [];
  const changed = (text: string) => {
    setMessage(text);
    void windows.refetch();
  };
  const current = list.find((w) => w.id === shown);
  return (
    <>
      {message ? (
        <Alert kind="success" testId="relief-message">
          {message}
        </Alert>
      ) : null}
      <section aria-labelledby="window-list">
        <h2 id="window-list">{texts.list}</h2>
        {windows.data && list.length === 0 ? <p>{texts.none}</p> : null}
        <ul className="nobullet-list">
          {list.map((w) => (
            <li key={w.id} className="relief-list-item" data-testid="relief-window">
              <strong>{w.title}</strong> – {texts.statuses[w.status]}
              <br />
              {t.relief.windows.period(
                formatDateTime(w.startsAt as string),
                formatDateTime(w.endsAt as string),
              )}
              <br />
              {t.relief.windows.deadline(formatDateTime(w.closesAt as string))}
              <br />
              <button
                type="button"
                className="button button-secondary"
                aria-expanded={shown === w.id}
                onClick={() => setShown(shown === w.id ? null : w.id)}
              >
                {texts.show(w.title)}
              </button>
            </li>
          ))}
        </ul>
      </section>
      {current ? (
        <WindowRequests key={current.id} window={current} nameOf={nameOf} onAllocated={changed} />
      ) : null}
      <OpenWindowForm onOpened={changed} />
    </>
  );
}
