import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import type { ReliefProviderFieldsFragment, ReliefProviderKind } from '../../gql/graphql';
import { MatchingVocabularyDocument } from '../../graphql/matching.operations';
import { FosterFamiliesDocument } from '../../graphql/recruitment-staff.operations';
import {
  AddReliefBlockedPeriodDocument,
  ReliefProvidersDocument,
  RemoveReliefBlockedPeriodDocument,
  SaveReliefProviderDocument,
  SetReliefAvailabilityDocument,
} from '../../graphql/relief.operations';
import { useI18n } from '../../i18n/i18n-context';
import { RadioGroup } from '../application/choice-fields';
import { ErrorSummary, type SummaryError } from '../error-summary';
import { Checkbox, CheckboxGroup, SelectField, TextField } from '../form-fields';
import { Alert } from '../recruitment/alerts';
import { reliefErrorOf } from './relief-error';
import { formatDate } from './relief-time';

type Provider = ReliefProviderFieldsFragment;

interface FormFeedback {
  errors: Record<string, string>;
  attempt: number;
  message: string | null;
  error: string | null;
}

const emptyFeedback: FormFeedback = { errors: {}, attempt: 0, message: null, error: null };

/** Kind, name, places, ages, needs it cannot take, active. Coordinates are kept as they are. */
function ProviderForm({
  provider,
  onSaved,
  onClose,
}: {
  provider: Provider | null;
  onSaved(saved: Provider): void;
  onClose(): void;
}) {
  const { t } = useI18n();
  const texts = t.relief.providers;
  const [kind, setKind] = useState<ReliefProviderKind>(provider?.kind ?? 'FAMILY');
  const [familyId, setFamilyId] = useState(provider?.fosterFamilyId ?? '');
  const [name, setName] = useState(provider?.name ?? '');
  const [capacity, setCapacity] = useState(String(provider?.capacity ?? 1));
  const [ageMin, setAgeMin] = useState(String(provider?.ageMin ?? 0));
  const [ageMax, setAgeMax] = useState(String(provider?.ageMax ?? 17));
  const [needs, setNeeds] = useState<string[]>(provider?.needsExcluded ?? []);
  const [active, setActive] = useState(provider?.active ?? true);
  const [feedback, setFeedback] = useState<FormFeedback>(emptyFeedback);
  const vocabulary = useQuery(MatchingVocabularyDocument).data?.matchingVocabulary;
  const families = useQuery(FosterFamiliesDocument, { variables: { first: 100 } });
  const [save, saving] = useMutation(SaveReliefProviderDocument);
  const reliefFamilies = (families.data?.fosterFamilies.edges ?? [])
    .map((e) => e.node)
    .filter((f) => f.approvalTypes.includes('AFLASTNING'));
  const prefix = `provider-${provider?.id ?? 'new'}`;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    const whole = (value: string) => /^\d+$/.test(value.trim());
    if (!name.trim()) found['name'] = texts.nameMissing;
    if (!whole(capacity)) found['capacity'] = texts.numberMissing;
    if (!whole(ageMin)) found['ageMin'] = texts.numberMissing;
    if (!whole(ageMax)) found['ageMax'] = texts.numberMissing;
    if (kind === 'FAMILY' && !familyId) found['fosterFamilyId'] = texts.familyMissing;
    if (Object.keys(found).length) {
      setFeedback((f) => ({ ...emptyFeedback, errors: found, attempt: f.attempt + 1 }));
      return;
    }
    try {
      const result = await save({
        variables: {
          input: {
            id: provider?.id ?? null,
            kind,
            fosterFamilyId: kind === 'FAMILY' ? familyId : null,
            name: name.trim(),
            capacity: Number(capacity),
            ageMin: Number(ageMin),
            ageMax: Number(ageMax),
            needsExcluded: needs,
            lat: provider?.lat ?? null,
            lon: provider?.lon ?? null,
            active,
          },
        },
      });
      setFeedback({ ...emptyFeedback, message: texts.saved });
      if (result.data) onSaved(result.data.saveReliefProvider);
    } catch (caught) {
      const failure = reliefErrorOf(caught, t);
      setFeedback((f) => ({
        ...emptyFeedback,
        errors: failure.fields,
        attempt: f.attempt + 1,
        error: Object.keys(failure.fields).length ? null : failure.message,
      }));
    }
  };

  const ids: Record<string, string> = {
    name: `${prefix}-name`,
    capacity: `${prefix}-capacity`,
    ageMin: `${prefix}-ageMin`,
    ageMax: `${prefix}-ageMax`,
    fosterFamilyId: `${prefix}-family`,
    needsExcluded: `${prefix}-needs`,
  };
  const summary: SummaryError[] = Object.entries(feedback.errors).map(([field, message]) => ({
    fieldId: ids[field] ?? `${prefix}-name`,
    message,
  }));
  const headingId = `${prefix}-heading`;
  return (
    <section aria-labelledby={headingId} className="relief-provider-form" data-testid="relief-provider-form">
      <h3 id={headingId}>{provider ? texts.editHeading(provider.name) : texts.newHeading}</h3>
      <ErrorSummary errors={summary} attempt={feedback.attempt} />
      {feedback.error ? <Alert kind="error">{feedback.error}</Alert> : null}
      {feedback.message ? (
        <Alert kind="success" testId="relief-provider-saved">
          {feedback.message}
        </Alert>
      ) : null}
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <RadioGroup
          id={`${prefix}-kind`}
          legend={texts.kind}
          value={kind}
          onChange={(value) => setKind(value === 'UNIT' ? 'UNIT' : 'FAMILY')}
          options={[
            { value: 'FAMILY', label: texts.kinds['FAMILY']! },
            { value: 'UNIT', label: texts.kinds['UNIT']! },
          ]}
        />
        {kind === 'FAMILY' ? (
          <SelectField
            id={`${prefix}-family`}
            label={texts.family}
            error={feedback.errors['fosterFamilyId']}
            value={familyId}
            onChange={(e) => {
              setFamilyId(e.target.value);
              const family = reliefFamilies.find((f) => f.id === e.target.value);
              if (family && !name.trim()) setName(family.displayName);
            }}
            options={[
              { value: '', label: texts.chooseFamily },
              ...reliefFamilies.map((f) => ({ value: f.id, label: f.displayName })),
            ]}
          />
        ) : null}
        <TextField
          id={`${prefix}-name`}
          label={texts.name}
          maxLength={200}
          error={feedback.errors['name']}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <div className="relief-field-row">
          <TextField
            id={`${prefix}-capacity`}
            inputMode="numeric"
            label={texts.capacity}
            error={feedback.errors['capacity']}
            value={capacity}
            onChange={(e) => setCapacity(e.target.value)}
          />
          <TextField
            id={`${prefix}-ageMin`}
            inputMode="numeric"
            label={texts.ageMin}
            error={feedback.errors['ageMin']}
            value={ageMin}
            onChange={(e) => setAgeMin(e.target.value)}
          />
          <TextField
            id={`${prefix}-ageMax`}
            inputMode="numeric"
            label={texts.ageMax}
            error={feedback.errors['ageMax']}
            value={ageMax}
            onChange={(e) => setAgeMax(e.target.value)}
          />
        </div>
        <CheckboxGroup
          id={`${prefix}-needs`}
          legend={texts.needsExcluded}
          linkable
          className="relief-needs"
          error={feedback.errors['needsExcluded']}
          options={vocabulary?.needs ?? []}
          selected={needs}
          onChange={setNeeds}
        />
        <div className="form-group">
          <Checkbox
            id={`${prefix}-active`}
            label={texts.active}
            checked={active}
            onChange={(e) => setActive(e.target.checked)}
          />
        </div>
        <button type="submit" className="button button-primary" disabled={saving.loading}>
          {texts.save}
        </button>{' '}
        <button type="button" className="button button-secondary" onClick={onClose}>
          {texts.close}
        </button>
      </form>
    </section>
  );
}

interface Row {
  key: number;
  weekday: string;
  startTime: string;
  endTime: string;
}

/** Weekly availability as rows of weekday + times; saved as a whole. */
function AvailabilityForm({ provider }: { provider: Provider }) {
  const { t } = useI18n();
  const texts = t.relief.providers;
  const [rows, setRows] = useState<Row[]>(
    (provider.availability ?? []).map((w, i) => ({
      key: i,
      weekday: String(w.weekday),
      startTime: w.startTime,
      endTime: w.endTime,
    })),
  );
  const [next, setNext] = useState(rows.length);
  const [feedback, setFeedback] = useState<FormFeedback>(emptyFeedback);
  const [setAvailability, saving] = useMutation(SetReliefAvailabilityDocument);
  const prefix = `availability-${provider.id}`;

  const update = (key: number, patch: Partial<Row>) =>
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      await setAvailability({
        variables: {
          providerId: provider.id,
          windows: rows.map((r) => ({
            weekday: Number(r.weekday),
            startTime: r.startTime,
            endTime: r.endTime,
          })),
        },
      });
      setFeedback({ ...emptyFeedback, message: texts.availabilitySaved });
    } catch (caught) {
      const failure = reliefErrorOf(caught, t);
      setFeedback((f) => ({
        ...emptyFeedback,
        errors: failure.fields,
        attempt: f.attempt + 1,
        error: Object.keys(failure.fields).length ? null : failure.message,
      }));
    }
  };

  // The api names a bad row `windows.<index>`.
  const summary: SummaryError[] = Object.entries(feedback.errors).map(([field, message]) => {
    const index = Number(field.split('.')[1] ?? 0);
    return { fieldId: `${prefix}-${rows[index]?.key ?? 0}-weekday`, message };
  });
  return (
    <section aria-labelledby={`${prefix}-heading`}>
      <h4 id={`${prefix}-heading`}>{texts.availability}</h4>
      <p className="form-hint">{texts.availabilityHint}</p>
      <ErrorSummary errors={summary} attempt={feedback.attempt} />
      {feedback.error ? <Alert kind="error">{feedback.error}</Alert> : null}
      {feedback.message ? <Alert kind="success">{feedback.message}</Alert> : null}
      <form noValidate onSubmit={(event) => void onSubmit(event)} data-testid="relief-availability">
        {rows.map((row, index) => {
          const error = feedback.errors[`windows.${index}`];
          return (
            <fieldset key={row.key} className="relief-field-row">
              <legend className="sr-only">{texts.row(index + 1)}</legend>
              <SelectField
                id={`${prefix}-${row.key}-weekday`}
                label={texts.weekday}
                error={error}
                value={row.weekday}
                onChange={(e) => update(row.key, { weekday: e.target.value })}
                options={t.relief.weekdays.map((day, i) => ({ value: String(i + 1), label: day }))}
              />
              <TextField
                id={`${prefix}-${row.key}-start`}
                type="time"
                label={texts.from}
                value={row.startTime}
                onChange={(e) => update(row.key, { startTime: e.target.value })}
              />
              <TextField
                id={`${prefix}-${row.key}-end`}
                type="time"
                label={texts.to}
                value={row.endTime}
                onChange={(e) => update(row.key, { endTime: e.target.value })}
              />
              <button
                type="button"
                className="button button-secondary relief-row-remove"
                onClick={() => setRows((all) => all.filter((r) => r.key !== row.key))}
              >
                {texts.removeRow(index + 1)}
              </button>
            </fieldset>
          );
        })}
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setRows((all) => [...all, { key: next, weekday: '5', startTime: '16:00', endTime: '23:59' }]);
            setNext((n) => n + 1);
          }}
        >
          {texts.addRow}
        </button>{' '}
        <button type="submit" className="button button-primary" disabled={saving.loading}>
          {texts.saveAvailability}
        </button>
      </form>
    </section>
  );
}

/** The dates the provider is away: list with remove, and a form to add one. */
function AwayPeriods({ provider }: { provider: Provider }) {
  const { t } = useI18n();
  const texts = t.relief.providers;
  const [fromDate, setFromDate] = useState('');
  const [toDate, setToDate] = useState('');
  const [reason, setReason] = useState('');
  const [feedback, setFeedback] = useState<FormFeedback>(emptyFeedback);
  const [add, adding] = useMutation(AddReliefBlockedPeriodDocument);
  const [remove] = useMutation(RemoveReliefBlockedPeriodDocument);
  const prefix = `away-${provider.id}`;
  const periods = [...(provider.blockedPeriods ?? [])].sort((a, b) => a.fromDate.localeCompare(b.fromDate));

  const failed = (caught: unknown) => {
    const failure = reliefErrorOf(caught, t);
    setFeedback((f) => ({
      ...emptyFeedback,
      errors: failure.fields,
      attempt: f.attempt + 1,
      error: Object.keys(failure.fields).length ? null : failure.message,
    }));
  };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!fromDate) found['fromDate'] = t.relief.series.dateMissing;
    if (!toDate) found['toDate'] = t.relief.series.dateMissing;
    if (Object.keys(found).length) {
      setFeedback((f) => ({ ...emptyFeedback, errors: found, attempt: f.attempt + 1 }));
      return;
    }
    try {
      await add({
        variables: { input: { providerId: provider.id, fromDate, toDate, reason: reason.trim() || null } },
      });
      setFromDate('');
      setToDate('');
      setReason('');
      setFeedback({ ...emptyFeedback, message: texts.awayAdded });
    } catch (caught) {
      failed(caught);
    }
  };
  const onRemove = async (id: string) => {
    try {
      await remove({ variables: { id } });
      setFeedback({ ...emptyFeedback, message: texts.awayRemoved });
    } catch (caught) {
      failed(caught);
    }
  };

  const ids: Record<string, string> = { fromDate: `${prefix}-from`, toDate: `${prefix}-to` };
  const summary: SummaryError[] = Object.entries(feedback.errors).map(([field, message]) => ({
    fieldId: ids[field] ?? `${prefix}-from`,
    message,
  }));
  return (
    <section aria-labelledby={`${prefix}-heading`}>
      <h4 id={`${prefix}-heading`}>{texts.away}</h4>
      <ErrorSummary errors={summary} attempt={feedback.attempt} />
      {feedback.error ? <Alert kind="error">{feedback.error}</Alert> : null}
      {feedback.message ? <Alert kind="success">{feedback.message}</Alert> : null}
      {periods.length === 0 ? (
        <p>{texts.noAway}</p>
      ) : (
        <ul className="nobullet-list" data-testid="relief-away">
          {periods.map((p) => (
            <li key={p.id} className="relief-list-item">
              {formatDate(p.fromDate)} – {formatDate(p.toDate)}
              {p.reason ? `: ${p.reason}` : ''}{' '}
              <button type="button" className="button button-secondary" onClick={() => void onRemove(p.id)}>
                {texts.removeAway(formatDate(p.fromDate), formatDate(p.toDate))}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form noValidate onSubmit={(event) => void onSubmit(event)} data-testid="relief-away-form">
        <div className="relief-field-row">
          <TextField
            id={`${prefix}-from`}
            type="date"
            label={texts.awayFrom}
            error={feedback.errors['fromDate']}
            value={fromDate}
            onChange={(e) => setFromDate(e.target.value)}
          />
          <TextField
            id={`${prefix}-to`}
            type="date"
            label={texts.awayTo}
            error={feedback.errors['toDate']}
            value={toDate}
            onChange={(e) => setToDate(e.target.value)}
          />
        </div>
        <TextField
          id={`${prefix}-reason`}
          label={texts.awayReason}
          optional
          maxLength={200}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <button type="submit" className="button button-primary" disabled={adding.loading}>
          {texts.addAway}
        </button>
      </form>
    </section>
  );
}

/** `/aflastning/steder`: the municipality's relief families and units, their weekly times and away dates. */
export function ProviderAdmin() {
  const { t } = useI18n();
  const texts = t.relief.providers;
  const providers = useQuery(ReliefProvidersDocument, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const list = providers.data?.reliefProviders ?? [];
  const current = list.find((p) => p.id === editing) ?? null;
  return (
    <section aria-labelledby="providers-heading">
      <h2 id="providers-heading">{texts.heading}</h2>
      {providers.data && list.length === 0 ? <p>{texts.none}</p> : null}
      {list.length ? (
        <table className="table" data-testid="relief-providers">
          <caption className="sr-only">{texts.heading}</caption>
          <thead>
            <tr>
              <th scope="col">{texts.name}</th>
              <th scope="col">{texts.kind}</th>
              <th scope="col">{texts.capacity}</th>
              <th scope="col">{texts.agesHeader}</th>
              <th scope="col">{texts.active}</th>
              <th scope="col">
                <span className="sr-only">{texts.actionsHeader}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((p) => (
              <tr key={p.id}>
                <td>{p.name}</td>
                <td>{texts.kinds[p.kind]}</td>
                <td>{texts.places(p.capacity)}</td>
                <td>{texts.ages(p.ageMin, p.ageMax)}</td>
                <td>{p.active ? texts.activeYes : texts.activeNo}</td>
                <td>
                  <button
                    type="button"
                    className="button button-secondary"
                    aria-expanded={editing === p.id}
                    onClick={() => setEditing(editing === p.id ? null : p.id)}
                  >
                    {texts.edit(p.name)}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {editing === null ? (
        <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
          {texts.create}
        </button>
      ) : null}
      {editing === 'new' ? (
        <ProviderForm
          provider={null}
          onSaved={(saved) => {
            void providers.refetch();
            setEditing(saved.id);
          }}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {current ? (
        <>
          <ProviderForm
            key={current.id}
            provider={current}
            onSaved={() => void providers.refetch()}
            onClose={() => setEditing(null)}
          />
          <AvailabilityForm key={`a-${current.id}`} provider={current} />
          <AwayPeriods key={`b-${current.id}`} provider={current} />
        </>
      ) : null}
    </section>
  );
}
