import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { fieldSummary } from '../../components/form-errors';
import { Checkbox, SelectField, TextField } from '../../components/form-fields';
import { childNames } from '../../components/matching/format';
import { PageHeading } from '../../components/page-heading';
import { Alert } from '../../components/recruitment/alerts';
import { reliefErrorOf } from '../../components/relief/relief-error';
import { copenhagenDate } from '../../components/relief/relief-time';
import '../../components/relief/relief.css';
import type { ReliefGrantOverviewQuery, ReliefGrantPeriod } from '../../gql/graphql';

const periods: readonly ReliefGrantPeriod[] = ['MONTH', 'QUARTER', 'YEAR'];
import { PlacementsDocument } from '../../graphql/matching.operations';
import { ReliefGrantOverviewDocument, SetReliefGrantDocument } from '../../graphql/relief.operations';
import { useI18n } from '../../i18n/i18n-context';

type Usage = ReliefGrantOverviewQuery['reliefGrantOverview'][number];
const fieldNames = ['daysPerPeriod', 'period', 'validFrom', 'validTo'] as const;

function GrantForm({
  placementId,
  name,
  usage,
  onSaved,
}: {
  placementId: string;
  name: string;
  usage?: Usage;
  onSaved(): void;
}) {
  const { t } = useI18n();
  const texts = t.relief.caseworker;
  const grant = usage?.grant;
  const [days, setDays] = useState(grant ? String(grant.daysPerPeriod) : '');
  const [period, setPeriod] = useState<string>(grant?.period ?? 'MONTH');
  const [validFrom, setValidFrom] = useState(grant?.validFrom ?? copenhagenDate(new Date()));
  const [validTo, setValidTo] = useState(grant?.validTo ?? '');
  const [strained, setStrained] = useState(grant?.strained ?? false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [save, saving] = useMutation(SetReliefGrantDocument);
  const prefix = `grant-${placementId}`;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    setFormError(null);
    const found: Record<string, string> = {};
    const n = Number(days);
    if (!/^\d+$/.test(days.trim()) || n > 366) found['daysPerPeriod'] = texts.daysMissing;
    if (!validFrom) found['validFrom'] = texts.validFromMissing;
    setErrors(found);
    setAttempt((x) => x + 1);
    if (Object.keys(found).length) return;
    try {
      await save({
        variables: {
          input: {
            placementId,
            daysPerPeriod: n,
            period: period as ReliefGrantPeriod,
            validFrom,
            validTo: validTo || null,
            strained,
          },
        },
      });
      setSaved(true);
      onSaved();
    } catch (caught) {
      const failure = reliefErrorOf(caught, t);
      if (Object.keys(failure.fields).length) {
        setErrors(failure.fields);
        setAttempt((x) => x + 1);
      } else setFormError(failure.message);
    }
  };

  const summary = fieldSummary(errors, fieldNames, (field) => `${prefix}-${field}`);
  return (
    <section className="relief-list-item" aria-labelledby={`${prefix}-title`} data-testid="relief-grant">
      <h2 id={`${prefix}-title`}>{name}</h2>
      <p>
        {grant
          ? `${texts.current}: ${t.relief.consultant.perPeriod(grant.daysPerPeriod, t.relief.periods[grant.period])}${grant.strained ? ` (${texts.strainedNow.toLowerCase()})` : ''}. ${texts.usage(usage.daysUsed, usage.daysLeft ?? null)}`
          : t.relief.consultant.noGrant}
      </p>
      <ErrorSummary errors={summary} attempt={attempt} />
      {formError ? <Alert kind="error">{formError}</Alert> : null}
      {saved ? <Alert kind="success">{texts.saved}</Alert> : null}
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextField
          id={`${prefix}-daysPerPeriod`}
          label={texts.daysPerPeriod}
          inputMode="numeric"
          error={errors['daysPerPeriod']}
          value={days}
          onChange={(e) => setDays(e.target.value)}
        />
        <SelectField
          id={`${prefix}-period`}
          label={texts.period}
          error={errors['period']}
          value={period}
          onChange={(e) => setPeriod(e.target.value)}
          options={periods.map((value) => ({
            value,
            label: t.relief.periods[value],
          }))}
        />
        <TextField
          id={`${prefix}-validFrom`}
          type="date"
          label={texts.validFrom}
          error={errors['validFrom']}
          value={validFrom}
          onChange={(e) => setValidFrom(e.target.value)}
        />
        <TextField
          id={`${prefix}-validTo`}
          type="date"
          optional
          label={texts.validTo}
          error={errors['validTo']}
          value={validTo}
          onChange={(e) => setValidTo(e.target.value)}
        />
        <div className="form-group">
          <Checkbox
            id={`${prefix}-strained`}
            label={texts.strained}
            aria-describedby={`${prefix}-strained-hint`}
            checked={strained}
            onChange={(e) => setStrained(e.target.checked)}
          />
          <span className="form-hint" id={`${prefix}-strained-hint`}>
            {texts.strainedHint}
          </span>
        </div>
        <button
          type="submit"
          className="button button-primary"
          disabled={saving.loading}
          aria-label={`${texts.save}: ${name}`}
        >
          {texts.save}
        </button>
      </form>
    </section>
  );
}

/** `/aflastningsbevillinger`: the caseworker sets the relief grant of each active placement. */
export function ReliefGrantsPage(_props: { subPath: string }) {
  const { t } = useI18n();
  const texts = t.relief.caseworker;
  const placements = useQuery(PlacementsDocument, { variables: { active: true } });
  const overview = useQuery(ReliefGrantOverviewDocument, { fetchPolicy: 'cache-and-network' });
  const list = placements.data?.placements ?? [];
  return (
    <>
      <PageHeading title={t.relief.grantsTitle} />
      <p>{texts.intro}</p>
      {placements.data && list.length === 0 ? <p>{texts.none}</p> : null}
      {overview.data || overview.error
        ? list.map((p) => (
            <GrantForm
              key={p.id}
              placementId={p.id}
              name={childNames(p.need.children)}
              usage={overview.data?.reliefGrantOverview.find((u) => u.placementId === p.id)}
              onSaved={() => void overview.refetch()}
            />
          ))
        : null}
    </>
  );
}
