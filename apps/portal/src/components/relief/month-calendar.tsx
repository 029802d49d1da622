import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { ReliefBookingFieldsFragment } from '../../gql/graphql';
import {
  CancelReliefDocument,
  CompleteReliefDocument,
  ConfirmReliefDocument,
  DeclineReliefDocument,
} from '../../graphql/relief.operations';
import { useI18n } from '../../i18n/i18n-context';
import { TextAreaField } from '../form-fields';
import { Alert } from '../recruitment/alerts';
import { reliefErrorOf } from './relief-error';
import {
  copenhagenDate,
  daysInMonth,
  formatDateTime,
  formatMonth,
  isoDay,
  shiftMonth,
  weekdayIndex,
  type Month,
} from './relief-time';

export type ReliefAction = 'confirm' | 'decline' | 'cancel' | 'complete';

/** A booking in the calendar, with the actions the viewer may take and who it is about. */
export interface CalendarEntry {
  booking: ReliefBookingFieldsFragment;
  title: string;
  actions: readonly ReliefAction[];
}

function BookingActions({ entry, onDone }: { entry: CalendarEntry; onDone(message: string): void }) {
  const { t } = useI18n();
  const texts = t.relief.actions;
  const [pending, setPending] = useState<'decline' | 'cancel' | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [confirm] = useMutation(ConfirmReliefDocument);
  const [decline] = useMutation(DeclineReliefDocument);
  const [cancel] = useMutation(CancelReliefDocument);
  const [complete] = useMutation(CompleteReliefDocument);
  const id = entry.booking.id;

  const run = async (action: ReliefAction, text: string) => {
    setError(null);
    try {
      if (action === 'confirm') await confirm({ variables: { id } });
      else if (action === 'complete') await complete({ variables: { id } });
      else if (action === 'decline') await decline({ variables: { id, reason: reason.trim() } });
      else await cancel({ variables: { id, reason: reason.trim() } });
      setPending(null);
      onDone(text);
    } catch (caught) {
      setError(reliefErrorOf(caught, t).message);
    }
  };

  const onReason = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!pending) return;
    if (!reason.trim()) {
      setReasonError(texts.reasonMissing);
      return;
    }
    setReasonError(undefined);
    void run(pending, pending === 'decline' ? texts.declined : texts.cancelled);
  };

  const label: Record<ReliefAction, string> = {
    confirm: texts.confirm,
    decline: texts.decline,
    cancel: texts.cancel,
    complete: texts.complete,
  };
  return (
    <div className="relief-actions">
      {error ? (
        <Alert kind="error" testId="relief-action-error">
          {error}
        </Alert>
      ) : null}
      {pending ? (
        <form noValidate onSubmit={onReason}>
          <TextAreaField
            id={`reason-${id}`}
            label={texts.reason}
            error={reasonError}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <button type="submit" className="button button-primary">
            {texts.send}
          </button>{' '}
          <button type="button" className="button button-secondary" onClick={() => setPending(null)}>
            {texts.close}
          </button>
        </form>
      ) : (
        entry.actions.map((action) => (
          <button
            key={action}
            type="button"
            className={`button ${action === 'confirm' ? 'button-primary' : 'button-secondary'}`}
            aria-label={`${label[action]}: ${entry.title}`}
            onClick={() => {
              if (action === 'decline' || action === 'cancel') setPending(action);
              else void run(action, action === 'confirm' ? texts.confirmed : texts.completed);
            }}
          >
            {label[action]}
          </button>
        ))
      )}
    </div>
  );
}

/** Every Copenhagen date the booking touches, start to end. */
function datesOf(booking: ReliefBookingFieldsFragment): Set<string> {
  const dates = new Set<string>();
  const end = copenhagenDate(new Date(booking.endsAt as string));
  let cursor = new Date(booking.startsAt as string);
  for (let i = 0; i < 400; i += 1) {
    const day = copenhagenDate(cursor);
    dates.add(day);
    if (day >= end) break;
    cursor = new Date(cursor.getTime() + 24 * 3600 * 1000);
  }
  dates.add(end);
  return dates;
}

/**
 * Month grid (Monday first) with the bookings, and below it the same bookings as a list with their actions:
 * the list is what phones and screen readers use, the grid shows where the weekends fall.
 */
export function MonthCalendar({
  month,
  onMonth,
  entries,
  today,
  onChanged,
  children,
}: {
  month: Month;
  onMonth(next: Month): void;
  entries: readonly CalendarEntry[];
  today: string;
  onChanged(message: string): void;
  children?: ReactNode;
}) {
  const { t, language } = useI18n();
  const texts = t.relief;
  const title = formatMonth(month, language);
  const count = daysInMonth(month);
  const lead = weekdayIndex(isoDay(month.year, month.month, 1));
  const cells: (string | null)[] = [...Array<null>(lead).fill(null)];
  for (let d = 1; d <= count; d += 1) cells.push(isoDay(month.year, month.month, d));
  while (cells.length % 7) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  const byDate = entries.map((entry) => ({ entry, dates: datesOf(entry.booking) }));

  return (
    <section className="relief-calendar" aria-labelledby="relief-month-title">
      <div className="relief-calendar-nav">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onMonth(shiftMonth(month, -1))}
        >
          {texts.calendar.previous}
        </button>
        <h2 id="relief-month-title" aria-live="polite" data-testid="relief-month">
          {title}
        </h2>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onMonth(shiftMonth(month, 1))}
        >
          {texts.calendar.next}
        </button>
      </div>
      {children}
      <table className="table relief-grid" data-testid="relief-grid">
        <caption className="sr-only">{title}</caption>
        <thead>
          <tr>
            {texts.weekdaysShort.map((day, index) => (
              <th key={day} scope="col">
                <abbr title={texts.weekdays[index]}>{day}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.find(Boolean) ?? 'empty'}>
              {week.map((date, index) =>
                date ? (
                  <td
                    key={date}
                    className={date === today ? 'relief-today' : undefined}
                    aria-current={date === today ? 'date' : undefined}
                    data-date={date}
                  >
                    <span className="relief-day">
                      {Number(date.slice(8))}
                      {date === today ? (
                        <span className="relief-today-label"> {texts.calendar.today}</span>
                      ) : null}
                    </span>
                    {byDate
                      .filter((x) => x.dates.has(date))
                      .map(({ entry }) => (
                        <span
                          key={entry.booking.id}
                          className={`relief-entry relief-${entry.booking.status.toLowerCase()}${entry.booking.acute ? ' relief-acute' : ''}`}
                        >
                          {entry.title}: {texts.statuses[entry.booking.status]}
                          {entry.booking.acute ? ` (${texts.acute})` : ''}
                        </span>
                      ))}
                  </td>
                ) : (
                  <td key={`empty-${index}`} />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{texts.calendar.list}</h3>
      {entries.length === 0 ? (
        <p>{texts.calendar.none}</p>
      ) : (
        <ul className="nobullet-list relief-list">
          {entries.map((entry) => (
            <li
              key={entry.booking.id}
              className={`relief-list-item${entry.booking.acute ? ' relief-acute' : ''}`}
              data-testid="relief-booking"
            >
              <strong>{entry.title}</strong>
              {entry.booking.acute ? <strong className="relief-acute-label"> {texts.acute}</strong> : null}
              <br />
              {formatDateTime(entry.booking.startsAt as string)} –{' '}
              {formatDateTime(entry.booking.endsAt as string)} ({texts.calendar.days(entry.booking.days)})
              <br />
              <span data-testid="relief-status">
                {texts.calendar.status(texts.statuses[entry.booking.status])}
              </span>
              {entry.actions.length ? <BookingActions entry={entry} onDone={onChanged} /> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
