import { useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useState, type FormEvent } from 'react';
import type { BookReliefSeriesMutation } from '../../gql/graphql';
import {
  BookReliefDocument,
  BookReliefSeriesDocument,
  ReliefProvidersDocument,
  ReliefSearchDocument,
} from '../../graphql/relief.operations';
import { useI18n } from '../../i18n/i18n-context';
import { ErrorSummary, type SummaryError } from '../error-summary';
import { Checkbox, SelectField, TextAreaField, TextField } from '../form-fields';
import { Alert } from '../recruitment/alerts';
import { reliefErrorOf } from './relief-error';
import { copenhagenDate, formatDateTime } from './relief-time';
import { SearchHits } from './search-hits';
import { EVENING_TO_EVENING, readStayPeriod, StayPeriodFields, type StayPeriod } from './stay-period';

export interface ChildOption {
  placementId: string;
  name: string;
}

/** The server's own Danish message (it carries the grant's figures), when the code is the one asked for. */
function serverMessage(error: unknown, code: string): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const first = error.errors[0];
  return first?.extensions?.['code'] === code ? first.message : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The consultant books for a child: search, book, and — when the api answers RELIEF.GRANT_EXCEEDED — give a
 * reason and book anyway. "Akut aflastning" marks the stay for the consultant on call.
 */
export function BookOnBehalf({
  children,
  onBooked,
}: {
  children: readonly ChildOption[];
  onBooked(message: string): void;
}) {
  const { t } = useI18n();
  const texts = t.relief.booking;
  const find = t.relief.fosterParent;
  const [placementId, setPlacementId] = useState('');
  const [period, setPeriod] = useState<StayPeriod>(EVENING_TO_EVENING);
  const [acute, setAcute] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [range, setRange] = useState<{ placementId: string; from: Date; to: Date } | null>(null);
  const [bookError, setBookError] = useState<string | null>(null);
  const [exceeded, setExceeded] = useState<{ providerId: string; name: string; message: string } | null>(
    null,
  );
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const search = useQuery(ReliefSearchDocument, {
    variables: {
      placementId: range?.placementId ?? '',
      from: range?.from.toISOString() ?? '',
      to: range?.to.toISOString() ?? '',
    },
    skip: !range,
    fetchPolicy: 'network-only',
  });
  const [book, booking] = useMutation(BookReliefDocument);

  const acuteNow = () => {
    // Acute relief starts now (rounded up to the next quarter of an hour) and lasts a day unless changed.
    const start = new Date(Math.ceil(Date.now() / 900_000) * 900_000);
    const end = new Date(start.getTime() + 86_400_000);
    const time = (d: Date) => {
      const local = new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/Copenhagen',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).formatToParts(d);
      const part = (type: string) => Number(local.find((p) => p.type === type)?.value ?? 0);
      return `${pad(part('hour'))}:${pad(part('minute'))}`;
    };
    setAcute(true);
    setPeriod({
      fromDate: copenhagenDate(start),
      fromTime: time(start),
      toDate: copenhagenDate(end),
      toTime: time(end),
    });
  };

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { errors: stayErrors, range: stay } = readStayPeriod(period, 'book', find);
    const found: Record<string, string> = {
      ...(placementId ? {} : { 'book-child': texts.childMissing }),
      ...stayErrors,
    };
    setErrors(found);
    setAttempt((n) => n + 1);
    setBookError(null);
    setExceeded(null);
    if (Object.keys(found).length || !stay) return;
    setRange({ placementId, ...stay });
  };

  const onBook = async (providerId: string, name: string, overrideReason: string | null) => {
    if (!range) return;
    setBookError(null);
    try {
      await book({
        variables: {
          input: {
            placementId: range.placementId,
            providerId,
            startsAt: range.from.toISOString(),
            endsAt: range.to.toISOString(),
            acute,
            overrideReason,
          },
        },
      });
      setRange(null);
      setExceeded(null);
      setReason('');
      setAcute(false);
      onBooked(overrideReason ? texts.bookedOverride : texts.booked);
    } catch (caught) {
      const grant = serverMessage(caught, 'RELIEF.GRANT_EXCEEDED');
      if (grant && !overrideReason) setExceeded({ providerId, name, message: grant });
      else setBookError(reliefErrorOf(caught, t).message);
    }
  };

  const onOverride = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!exceeded) return;
    if (!reason.trim()) {
      setReasonError(texts.overrideMissing);
      return;
    }
    setReasonError(undefined);
    void onBook(exceeded.providerId, exceeded.name, reason.trim());
  };

  const summary: SummaryError[] = Object.entries(errors).map(([fieldId, message]) => ({ fieldId, message }));
  const hits = search.dataState === 'complete' ? search.data.reliefSearch : [];
  return (
    <section aria-labelledby="book-heading">
      <h2 id="book-heading">{texts.heading}</h2>
      <p>{texts.intro}</p>
      <ErrorSummary errors={summary} attempt={attempt} />
      <button type="button" className="button button-secondary" onClick={acuteNow}>
        {texts.acuteNow}
      </button>
      <form noValidate onSubmit={onSearch} data-testid="relief-book-form">
        <SelectField
          id="book-child"
          label={texts.child}
          error={errors['book-child']}
          value={placementId}
          onChange={(e) => setPlacementId(e.target.value)}
          options={[
            { value: '', label: texts.chooseChild },
            ...children.map((c) => ({ value: c.placementId, label: c.name })),
          ]}
        />
        <div className="relief-field-row">
          <StayPeriodFields idPrefix="book" period={period} errors={errors} onChange={setPeriod} />
        </div>
        <div className="form-group">
          <Checkbox
            id="book-acute"
            label={texts.acute}
            aria-describedby="book-acute-hint"
            checked={acute}
            onChange={(e) => setAcute(e.target.checked)}
          />
          <span className="form-hint" id="book-acute-hint">
            {texts.acuteHint}
          </span>
        </div>
        <button type="submit" className="button button-primary">
          {find.search}
        </button>
      </form>
      {bookError ? (
        <Alert kind="error" testId="relief-book-error">
          {bookError}
        </Alert>
      ) : null}
      {exceeded ? (
        <div data-testid="relief-override">
          <Alert kind="warning">
            <strong>{texts.exceeded}</strong> {exceeded.message}
            <br />
            {texts.exceededHint}
          </Alert>
          <form noValidate onSubmit={onOverride}>
            <TextAreaField
              id="book-override"
              label={texts.overrideReason}
              maxLength={1000}
              error={reasonError}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
            <button type="submit" className="button button-primary" disabled={booking.loading}>
              {texts.bookAnyway(exceeded.name)}
            </button>
          </form>
        </div>
      ) : null}
      {range && search.data ? (
        <SearchHits
          hits={hits}
          disabled={booking.loading}
          onBook={(providerId, name) => void onBook(providerId, name, null)}
        />
      ) : null}
    </section>
  );
}

type SeriesResult = BookReliefSeriesMutation['bookReliefSeries'];

/** A fixed series (every N weeks until a date) and afterwards the dates booked and those that could not be. */
export function SeriesForm({
  children,
  onBooked,
}: {
  children: readonly ChildOption[];
  onBooked(message: string): void;
}) {
  const { t } = useI18n();
  const texts = t.relief.series;
  const providers = useQuery(ReliefProvidersDocument, { fetchPolicy: 'cache-and-network' });
  const [placementId, setPlacementId] = useState('');
  const [providerId, setProviderId] = useState('');
  const [firstDate, setFirstDate] = useState('');
  const [startTime, setStartTime] = useState('17:00');
  const [spanDays, setSpanDays] = useState('2');
  const [endTime, setEndTime] = useState('17:00');
  const [everyWeeks, setEveryWeeks] = useState('3');
  const [until, setUntil] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [formError, setFormError] = useState<string | null>(null);
  const [result, setResult] = useState<SeriesResult | null>(null);
  const [bookSeries, booking] = useMutation(BookReliefSeriesDocument);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const found: Record<string, string> = {};
    if (!placementId) found['placementId'] = t.relief.booking.childMissing;
    if (!providerId) found['providerId'] = texts.providerMissing;
    if (!firstDate) found['firstDate'] = texts.dateMissing;
    if (!until) found['until'] = texts.dateMissing;
    if (!/^\d+$/.test(spanDays.trim()) || Number(spanDays) > 14) found['spanDays'] = texts.spanMissing;
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length) return;
    setResult(null);
    try {
      const done = await bookSeries({
        variables: {
          input: {
            placementId,
            providerId,
            firstDate,
            startTime,
            spanDays: Number(spanDays),
            endTime,
            everyWeeks: Number(everyWeeks),
            until,
            overrideReason: overrideReason.trim() || null,
          },
        },
      });
      const series = done.data?.bookReliefSeries ?? null;
      setResult(series);
      if (series) onBooked(texts.booked(series.booked.length));
    } catch (caught) {
      const failure = reliefErrorOf(caught, t);
      if (Object.keys(failure.fields).length) {
        setErrors(failure.fields);
        setAttempt((n) => n + 1);
      } else setFormError(failure.message);
    }
  };

  const ids: Record<string, string> = {
    placementId: 'series-child',
    providerId: 'series-provider',
    firstDate: 'series-first',
    startTime: 'series-start-time',
    spanDays: 'series-span',
    endTime: 'series-end-time',
    everyWeeks: 'series-every',
    until: 'series-until',
    overrideReason: 'series-override',
  };
  const summary: SummaryError[] = Object.entries(errors).map(([field, message]) => ({
    fieldId: ids[field] ?? 'series-child',
    message,
  }));
  const active = (providers.data?.reliefProviders ?? []).filter((p) => p.active);
  return (
    <section aria-labelledby="series-heading">
      <h2 id="series-heading">{texts.heading}</h2>
      <p>{texts.intro}</p>
      <ErrorSummary errors={summary} attempt={attempt} />
      {formError ? <Alert kind="error">{formError}</Alert> : null}
      <form noValidate onSubmit={(event) => void onSubmit(event)} data-testid="relief-series-form">
        <SelectField
          id="series-child"
          label={t.relief.booking.child}
          error={errors['placementId']}
          value={placementId}
          onChange={(e) => setPlacementId(e.target.value)}
          options={[
            { value: '', label: t.relief.booking.chooseChild },
            ...children.map((c) => ({ value: c.placementId, label: c.name })),
          ]}
        />
        <SelectField
          id="series-provider"
          label={texts.provider}
          error={errors['providerId']}
          value={providerId}
          onChange={(e) => setProviderId(e.target.value)}
          options={[
            { value: '', label: texts.chooseProvider },
            ...active.map((p) => ({ value: p.id, label: p.name })),
          ]}
        />
        <div className="relief-field-row">
          <TextField
            id="series-first"
            type="date"
            label={texts.firstDate}
            error={errors['firstDate']}
            value={firstDate}
            onChange={(e) => setFirstDate(e.target.value)}
          />
          <TextField
            id="series-start-time"
            type="time"
            label={texts.startTime}
            error={errors['startTime']}
            value={startTime}
            onChange={(e) => setStartTime(e.target.value)}
          />
        </div>
        <div className="relief-field-row">
          <TextField
            id="series-span"
            inputMode="numeric"
            label={texts.spanDays}
            hint={texts.spanHint}
            error={errors['spanDays']}
            value={spanDays}
            onChange={(e) => setSpanDays(e.target.value)}
          />
          <TextField
            id="series-end-time"
            type="time"
            label={texts.endTime}
            error={errors['endTime']}
            value={endTime}
            onChange={(e) => setEndTime(e.target.value)}
          />
        </div>
        <div className="relief-field-row">
          <SelectField
            id="series-every"
            label={texts.everyWeeks}
            error={errors['everyWeeks']}
            value={everyWeeks}
            onChange={(e) => setEveryWeeks(e.target.value)}
            options={Array.from({ length: 12 }, (_, i) => ({
              value: String(i + 1),
              label: texts.every(i + 1),
            }))}
          />
          <TextField
            id="series-until"
            type="date"
            label={texts.until}
            error={errors['until']}
            value={until}
            onChange={(e) => setUntil(e.target.value)}
          />
        </div>
        <TextAreaField
          id="series-override"
          label={texts.overrideReason}
          optional
          maxLength={1000}
          error={errors['overrideReason']}
          value={overrideReason}
          onChange={(e) => setOverrideReason(e.target.value)}
        />
        <button type="submit" className="button button-primary" disabled={booking.loading}>
          {texts.submit}
        </button>
      </form>
      {booking.loading ? (
        <div className="spinner-box">
          <div className="spinner" aria-hidden="true" />
          <div className="spinner-status" role="status">
            {texts.working}
          </div>
        </div>
      ) : null}
      {result ? (
        <section aria-labelledby="series-result" data-testid="relief-series-result">
          <h3 id="series-result">{texts.result}</h3>
          <h4>{texts.booked(result.booked.length)}</h4>
          {result.booked.length === 0 ? (
            <p>{texts.none}</p>
          ) : (
            <ul data-testid="relief-series-booked">
              {result.booked.map((b) => (
                <li key={b.id}>
                  {formatDateTime(b.startsAt as string)} – {formatDateTime(b.endsAt as string)}
                </li>
              ))}
            </ul>
          )}
          <h4>{texts.conflicts(result.conflicts.length)}</h4>
          {result.conflicts.length === 0 ? (
            <p>{texts.none}</p>
          ) : (
            <ul data-testid="relief-series-conflicts">
              {result.conflicts.map((c) => (
                <li key={c.startsAt as string}>
                  <strong>
                    {formatDateTime(c.startsAt as string)} – {formatDateTime(c.endsAt as string)}
                  </strong>
                  : {c.message}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </section>
  );
}
