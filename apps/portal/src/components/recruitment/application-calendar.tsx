import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { SelectField, TextField } from '../form-fields';
import {
  ApplicationCalendarDocument,
  CancelHomeVisitDocument,
  CompleteHomeVisitDocument,
  RecordAttendanceDocument,
  ScheduleHomeVisitDocument,
  StaffApplicationDocument,
} from '../../graphql/recruitment-staff.operations';
import { useI18n } from '../../i18n/i18n-context';
import { Alert } from './alerts';
import { Checkbox, TextAreaField } from './fields';
import { copenhagenToIso, formatDateTime, formatTime } from './format';
import { recruitmentErrorOf } from './recruitment-error';

/** Home visits (schedule, complete, cancel) and the applicant's event signups with attendance. */
export function ApplicationCalendar({ applicationId, track }: { applicationId: string; track: string }) {
  const { t } = useI18n();
  const texts = t.recruitment.application;
  const calendar = useQuery(ApplicationCalendarDocument, { variables: { applicationId } });
  const refetch = {
    refetchQueries: [
      { query: ApplicationCalendarDocument, variables: { applicationId } },
      { query: StaffApplicationDocument, variables: { id: applicationId } },
    ],
    awaitRefetchQueries: true,
  };
  const [schedule, scheduling] = useMutation(ScheduleHomeVisitDocument, refetch);
  const [complete] = useMutation(CompleteHomeVisitDocument, refetch);
  const [cancel] = useMutation(CancelHomeVisitDocument, refetch);
  const [attend] = useMutation(RecordAttendanceDocument, refetch);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [number, setNumber] = useState('1');
  const [date, setDate] = useState('');
  const [start, setStart] = useState('10:00');
  const [end, setEnd] = useState('12:00');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const run = async (action: () => Promise<unknown>, success?: string) => {
    setMessage(null);
    try {
      await action();
      if (success) setMessage({ kind: 'success', text: success });
      return true;
    } catch (caught) {
      const error = recruitmentErrorOf(caught, t);
      setMessage({ kind: 'error', text: error.message });
      return false;
    }
  };

  const onSchedule = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    const startsAt = date ? copenhagenToIso(date, start) : null;
    const endsAt = date ? copenhagenToIso(date, end) : null;
    if (!date) found['date'] = texts.dateMissing;
    else if (!startsAt || !endsAt || endsAt <= startsAt) found['end'] = texts.timeInvalid;
    setErrors(found);
    if (Object.keys(found).length > 0 || !startsAt || !endsAt) return;
    const done = await run(
      () =>
        schedule({
          variables: {
            input: { applicationId, number: Number(number), startsAt, endsAt, note: note.trim() || null },
          },
        }),
      texts.scheduled,
    );
    if (done) {
      setDate('');
      setNote('');
    }
  };

  const visits = calendar.data?.applicationCalendar.homeVisits ?? [];
  const signups = calendar.data?.applicationCalendar.signups ?? [];

  return (
    <section aria-labelledby="calendar-heading" data-testid="application-calendar">
      <h2 id="calendar-heading">{texts.calendarHeading}</h2>
      {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}

      <h3>{texts.homeVisitsHeading}</h3>
      {calendar.data && visits.length === 0 ? <p>{texts.noHomeVisits}</p> : null}
      <ul className="nobullet-list">
        {visits.map((visit) => (
          <li key={visit.id} className="mb-4" data-testid={`home-visit-${visit.number}`}>
            <strong>{texts.homeVisit(visit.number)}</strong>: {formatDateTime(visit.startsAt)}-
            {formatTime(visit.endsAt)} ·{' '}
            {visit.cancelledAt
              ? texts.visitCancelled
              : visit.completedAt
                ? texts.visitCompleted
                : texts.visitPlanned}
            {visit.note ? <p className="m-0 form-hint">{visit.note}</p> : null}
            {!visit.cancelledAt && !visit.completedAt ? (
              <div className="mt-2">
                <button
                  type="button"
                  className="button button-secondary mr-4"
                  onClick={() => void run(() => complete({ variables: { id: visit.id } }))}
                >
                  {texts.completeVisit(visit.number)}
                </button>
                <button
                  type="button"
                  className="button button-tertiary"
                  onClick={() => void run(() => cancel({ variables: { id: visit.id } }))}
                >
                  {texts.cancelVisit(visit.number)}
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>

      <form noValidate onSubmit={(event) => void onSchedule(event)} aria-labelledby="schedule-heading">
        <h4 id="schedule-heading">{texts.scheduleHeading}</h4>
        <SelectField
          id="visit-number"
          label={texts.visitNumber}
          value={number}
          onChange={(event) => setNumber(event.target.value)}
          options={(track === 'NETWORK' ? [1] : [1, 2]).map((value) => ({
            value: String(value),
            label: texts.homeVisit(value),
          }))}
        />
        <TextField
          id="visit-date"
          type="date"
          label={texts.date}
          error={errors['date']}
          value={date}
          onChange={(event) => setDate(event.target.value)}
        />
        <TextField
          id="visit-start"
          type="time"
          label={texts.startTime}
          value={start}
          onChange={(event) => setStart(event.target.value)}
        />
        <TextField
          id="visit-end"
          type="time"
          label={texts.endTime}
          error={errors['end']}
          value={end}
          onChange={(event) => setEnd(event.target.value)}
        />
        <TextAreaField
          id="visit-note"
          label={texts.visitNote}
          optional
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
        <button type="submit" className="button button-secondary" disabled={scheduling.loading}>
          {texts.schedule}
        </button>
      </form>

      <h3 className="mt-6">{texts.signupsHeading}</h3>
      {calendar.data && signups.length === 0 ? <p>{texts.noSignups}</p> : null}
      <ul className="nobullet-list">
        {signups.map((signup) => (
          <li key={signup.id} className="mb-4" data-testid={`signup-${signup.event.kind}`}>
            <strong>{signup.event.title}</strong> ({t.recruitment.eventKinds[signup.event.kind]}),{' '}
            {formatDateTime(signup.event.startsAt)}, {signup.event.place}
            {signup.event.cancelled ? ` · ${texts.eventCancelled}` : null}
            {!signup.event.cancelled ? (
              <Checkbox
                id={`attended-${signup.id}`}
                label={texts.attended(signup.event.title)}
                checked={signup.attended === true}
                onChange={(event) =>
                  void run(() =>
                    attend({
                      variables: { eventId: signup.event.id, applicationId, attended: event.target.checked },
                    }),
                  )
                }
              />
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
