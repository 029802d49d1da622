import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { SelectField, TextField } from '../../components/form-fields';
import { PageHeading } from '../../components/page-heading';
import { Alert } from '../../components/recruitment/alerts';
import { Dialog } from '../../components/recruitment/dialog';
import { Checkbox, TextAreaField } from '../../components/recruitment/fields';
import {
  copenhagenParts,
  copenhagenToIso,
  formatDateTime,
  formatMonth,
  formatTime,
} from '../../components/recruitment/format';
import { recruitmentErrorOf } from '../../components/recruitment/recruitment-error';
import '../../components/recruitment/recruitment.css';
import type { RecruitmentEventKind, StaffRecruitmentEventsQuery } from '../../gql/graphql';
import { toApiError } from '../../graphql/api-error';
import {
  CancelRecruitmentEventDocument,
  CreateRecruitmentEventDocument,
  RecordAttendanceDocument,
  StaffRecruitmentEventsDocument,
  UpdateRecruitmentEventDocument,
} from '../../graphql/recruitment-staff.operations';
import { useI18n } from '../../i18n/i18n-context';

type StaffEvent = StaffRecruitmentEventsQuery['staffRecruitmentEvents'][number];
const kinds: readonly RecruitmentEventKind[] = [
  'INFO_MEETING',
  'COURSE_DAYS_1_2',
  'COURSE_DAYS_3_4',
  'NETWORK_COURSE',
];

interface EventValues {
  kind: RecruitmentEventKind;
  title: string;
  place: string;
  date: string;
  start: string;
  end: string;
  capacity: string;
  description: string;
}

const blank: EventValues = {
  kind: 'INFO_MEETING',
  title: '',
  place: '',
  date: '',
  start: '17:00',
  end: '19:00',
  capacity: '30',
  description: '',
};

function valuesOf(item: StaffEvent): EventValues {
  const start = copenhagenParts(item.event.startsAt);
  return {
    kind: item.event.kind,
    title: item.event.title,
    place: item.event.place,
    date: start.date,
    start: start.time,
    end: copenhagenParts(item.event.endsAt).time,
    capacity: String(item.event.capacity),
    description: item.event.description,
  };
}

function EventForm({ editing, onDone }: { editing: StaffEvent | null; onDone(message: string): void }) {
  const { t } = useI18n();
  const texts = t.recruitment.events;
  const visit = t.recruitment.application;
  const [values, setValues] = useState<EventValues>(editing ? valuesOf(editing) : blank);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const options = { refetchQueries: [StaffRecruitmentEventsDocument], awaitRefetchQueries: true };
  const [create, creating] = useMutation(CreateRecruitmentEventDocument, options);
  const [update, updating] = useMutation(UpdateRecruitmentEventDocument, options);
  const set = (field: keyof EventValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    const startsAt = values.date ? copenhagenToIso(values.date, values.start) : null;
    const endsAt = values.date ? copenhagenToIso(values.date, values.end) : null;
    const capacity = Number(values.capacity);
    if (!values.title.trim()) found['title'] = texts.titleMissing;
    if (!values.place.trim()) found['place'] = texts.placeMissing;
    if (!values.date) found['date'] = visit.dateMissing;
    else if (!startsAt || !endsAt || endsAt <= startsAt) found['endsAt'] = visit.timeInvalid;
    if (!Number.isInteger(capacity) || capacity < 1) found['capacity'] = texts.capacityInvalid;
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0 || !startsAt || !endsAt) return;
    const fields = {
      title: values.title.trim(),
      place: values.place.trim(),
      description: values.description.trim(),
      startsAt,
      endsAt,
      capacity,
    };
    try {
      if (editing) await update({ variables: { input: { id: editing.event.id, ...fields } } });
      else await create({ variables: { input: { kind: values.kind, ...fields } } });
      setValues(blank);
      onDone(editing ? texts.saved : texts.created);
    } catch (caught) {
      const error = recruitmentErrorOf(caught, t);
      setErrors({ ...error.fields, date: error.fields['startsAt'] ?? error.fields['date'] ?? '' });
      setFormError(error.message);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} aria-labelledby="event-form-heading">
      <h2 id="event-form-heading">{editing ? texts.editHeading : texts.createHeading}</h2>
      {formError ? <Alert kind="error">{formError}</Alert> : null}
      {editing ? null : (
        <SelectField
          id="event-kind"
          label={texts.kind}
          value={values.kind}
          onChange={(event) =>
            setValues({ ...values, kind: kinds.find((kind) => kind === event.target.value) ?? values.kind })
          }
          options={kinds.map((kind) => ({ value: kind, label: t.recruitment.eventKinds[kind] }))}
        />
      )}
      <TextField
        id="event-title"
        label={texts.eventTitle}
        error={errors['title']}
        value={values.title}
        onChange={set('title')}
      />
      <TextField
        id="event-place"
        label={texts.place}
        error={errors['place']}
        value={values.place}
        onChange={set('place')}
      />
      <TextField
        id="event-date"
        type="date"
        label={visit.date}
        error={errors['date'] || undefined}
        value={values.date}
        onChange={set('date')}
      />
      <TextField
        id="event-start"
        type="time"
        label={visit.startTime}
        value={values.start}
        onChange={set('start')}
      />
      <TextField
        id="event-end"
        type="time"
        label={visit.endTime}
        error={errors['endsAt']}
        value={values.end}
        onChange={set('end')}
      />
      <TextField
        id="event-capacity"
        label={texts.capacity}
        inputMode="numeric"
        className="input-width-xs"
        error={errors['capacity']}
        value={values.capacity}
        onChange={set('capacity')}
      />
      <TextAreaField
        id="event-description"
        label={texts.description}
        optional
        value={values.description}
        onChange={set('description')}
      />
      <button
        type="submit"
        className="button button-primary mr-4"
        disabled={creating.loading || updating.loading}
      >
        {editing ? texts.save : texts.create}
      </button>
      {editing ? (
        <button type="button" className="button button-secondary" onClick={() => onDone('')}>
          {texts.stopEditing}
        </button>
      ) : null}
    </form>
  );
}

function CancelDialog({
  item,
  onClose,
  onDone,
}: {
  item: StaffEvent;
  onClose(): void;
  onDone(message: string): void;
}) {
  const { t } = useI18n();
  const texts = t.recruitment.events;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [cancel, { loading }] = useMutation(CancelRecruitmentEventDocument, {
    refetchQueries: [StaffRecruitmentEventsDocument],
    awaitRefetchQueries: true,
  });
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError(t.recruitment.application.reasonMissing);
      return;
    }
    try {
      await cancel({ variables: { id: item.event.id, reason: reason.trim() } });
      onDone(texts.cancelled);
    } catch (caught) {
      const problem = recruitmentErrorOf(caught, t);
      setError(problem.fields['reason'] ?? problem.message);
    }
  };
  return (
    <Dialog title={texts.cancelEvent(item.event.title)} onClose={onClose}>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextAreaField
          id="cancel-reason"
          label={texts.cancelReason}
          hint={texts.cancelReasonHint}
          error={error}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        <button type="submit" className="button button-primary mr-4" disabled={loading}>
          {texts.confirmCancel}
        </button>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t.recruitment.application.cancel}
        </button>
      </form>
    </Dialog>
  );
}

function EventItem({
  item,
  onEdit,
  onCancel,
  onMessage,
}: {
  item: StaffEvent;
  onEdit(): void;
  onCancel(): void;
  onMessage(kind: 'error' | 'success', text: string): void;
}) {
  const { t } = useI18n();
  const texts = t.recruitment.events;
  const [attend] = useMutation(RecordAttendanceDocument, {
    refetchQueries: [StaffRecruitmentEventsDocument],
    awaitRefetchQueries: true,
  });
  const { event, signups } = item;
  const headingId = `event-${event.id}`;
  return (
    <li data-testid="event-item">
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="mt-0">
          {event.title}
        </h3>
        <p className="m-0">
          {t.recruitment.eventKinds[event.kind]}
          {event.cancelled ? (
            <strong>
              {' '}
              · {texts.cancelled}
              {event.cancelReason ? `: ${event.cancelReason}` : null}
            </strong>
          ) : null}
        </p>
        <p className="m-0">
          {texts.time}: {formatDateTime(event.startsAt)}-{formatTime(event.endsAt)}
        </p>
        <p className="m-0">
          {texts.place}: {event.place}
        </p>
        <p className="m-0" data-testid="event-seats">
          {event.seatsLeft === 0 ? <strong>{texts.full}: </strong> : null}
          {texts.seats(event.seatsLeft, event.capacity)}
        </p>
        <h4>{texts.signupsHeading(signups.length)}</h4>
        {signups.length === 0 ? <p>{texts.noSignups}</p> : null}
        <ul className="nobullet-list">
          {signups.map((signup) => (
            <li key={signup.applicationId}>
              <Checkbox
                id={`attendance-${event.id}-${signup.applicationId}`}
                label={texts.attended(signup.applicantName)}
                checked={signup.attended === true}
                disabled={event.cancelled}
                onChange={(change) => {
                  const attended = change.target.checked;
                  attend({ variables: { eventId: event.id, applicationId: signup.applicationId, attended } })
                    .then(() => onMessage('success', texts.attendanceSaved))
                    .catch((caught: unknown) => onMessage('error', recruitmentErrorOf(caught, t).message));
                }}
              />
            </li>
          ))}
        </ul>
        {event.cancelled ? null : (
          <div className="mt-3">
            <button type="button" className="button button-secondary mr-4" onClick={onEdit}>
              {texts.edit(event.title)}
            </button>
            <button type="button" className="button button-tertiary" onClick={onCancel}>
              {texts.cancelEvent(event.title)}
            </button>
          </div>
        )}
      </article>
    </li>
  );
}

/** Information meetings and grundkursus sessions, grouped by month, with signups and attendance. */
export function EventsPage() {
  const { t } = useI18n();
  const texts = t.recruitment.events;
  const [showPast, setShowPast] = useState(false);
  // A year back is enough to record attendance after a course and to look back at last season.
  const from = useMemo(
    () => (showPast ? new Date(Date.now() - 365 * 86_400_000).toISOString() : null),
    [showPast],
  );
  const events = useQuery(StaffRecruitmentEventsDocument, {
    variables: { from },
    fetchPolicy: 'cache-and-network',
  });
  const [editing, setEditing] = useState<StaffEvent | null>(null);
  const [cancelling, setCancelling] = useState<StaffEvent | null>(null);
  const [notice, setNotice] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const items = events.data?.staffRecruitmentEvents ?? [];
  const months: { month: string; items: StaffEvent[] }[] = [];
  for (const item of [...items].sort((a, b) => a.event.startsAt.localeCompare(b.event.startsAt))) {
    const month = formatMonth(item.event.startsAt);
    const group = months.at(-1);
    if (group?.month === month) group.items.push(item);
    else months.push({ month, items: [item] });
  }

  return (
    <>
      <PageHeading title={texts.title} />
      <p className="font-lead">{texts.intro}</p>
      {notice ? <Alert kind={notice.kind}>{notice.text}</Alert> : null}
      <Checkbox
        id="show-past-events"
        label={texts.showPast}
        checked={showPast}
        onChange={(event) => setShowPast(event.target.checked)}
      />
      {events.error ? <Alert kind="error">{t.errors[toApiError(events.error).code]}</Alert> : null}
      {!events.data && events.loading ? <p role="status">{t.common.loading}</p> : null}
      {events.data && items.length === 0 ? <p>{texts.none}</p> : null}
      {months.map((group) => (
        <section key={group.month} aria-label={group.month}>
          <h2 className="text-capitalize">{group.month}</h2>
          <ul className="event-list">
            {group.items.map((item) => (
              <EventItem
                key={item.event.id}
                item={item}
                onEdit={() => {
                  setEditing(item);
                  document.getElementById('event-form-heading')?.scrollIntoView();
                }}
                onCancel={() => setCancelling(item)}
                onMessage={(kind, text) => setNotice({ kind, text })}
              />
            ))}
          </ul>
        </section>
      ))}
      <EventForm
        key={editing?.event.id ?? 'new'}
        editing={editing}
        onDone={(message) => {
          setEditing(null);
          if (message) setNotice({ kind: 'success', text: message });
        }}
      />
      {cancelling ? (
        <CancelDialog
          item={cancelling}
          onClose={() => setCancelling(null)}
          onDone={(message) => {
            setCancelling(null);
            setNotice({ kind: 'success', text: message });
          }}
        />
      ) : null}
    </>
  );
}
