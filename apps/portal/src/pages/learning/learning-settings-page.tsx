import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { ErrorSummary, type SummaryError } from '../../components/error-summary';
import { ChoiceGroup, SelectField, TextField } from '../../components/form-fields';
import { PageHeading } from '../../components/page-heading';
import { learningErrorOf } from '../../components/learning/learning-error';
import '../../components/learning/learning.css';
import { Alert } from '../../components/recruitment/alerts';
import type { LearningSettingsFieldsFragment } from '../../gql/graphql';
import { LearningSettingsDocument, SaveLearningSettingsDocument } from '../../graphql/staff-gaps.operations';
import { useI18n } from '../../i18n/i18n-context';
import { Link } from '../../routing/router';

type Points = Record<string, string>;
interface Draft {
  urgency: Points;
  category: Points;
  risk: Points;
  highAbsencePercent: string;
  highAbsencePoints: string;
  thresholdP1: string;
  thresholdP2: string;
  thresholdP3: string;
  slaHoursP1: string;
  slaHoursP2: string;
  slaHoursP3: string;
  slaHoursP4: string;
  reminderHoursBefore: string;
  leadUserId: string;
}

const priorities3 = ['P1', 'P2', 'P3'] as const;
const priorities4 = ['P1', 'P2', 'P3', 'P4'] as const;

function toPoints(list: readonly { code: string; points: number }[]): Points {
  return Object.fromEntries(list.map((p) => [p.code, String(p.points)]));
}

function draftOf(s: LearningSettingsFieldsFragment): Draft {
  return {
    urgency: toPoints(s.urgencyPoints),
    category: toPoints(s.categoryPoints),
    risk: toPoints(s.riskPoints),
    highAbsencePercent: String(s.highAbsencePercent),
    highAbsencePoints: String(s.highAbsencePoints),
    thresholdP1: String(s.thresholdP1),
    thresholdP2: String(s.thresholdP2),
    thresholdP3: String(s.thresholdP3),
    slaHoursP1: String(s.slaHoursP1),
    slaHoursP2: String(s.slaHoursP2),
    slaHoursP3: String(s.slaHoursP3),
    slaHoursP4: String(s.slaHoursP4),
    reminderHoursBefore: String(s.reminderHoursBefore),
    leadUserId: s.leadUserId ?? '',
  };
}

/** A whole number within [min, max], or null. */
function wholeIn(value: string, min: number, max: number): number | null {
  const text = value.trim();
  if (!/^\d+$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

/** Hours with a decimal comma or point, at least `min` (exclusive when `above`). */
function hoursOf(value: string, min: number, above: boolean): number | null {
  const text = value.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  const n = Number(text);
  return (above ? n > min : n >= min) && n <= 10_000 ? n : null;
}

// Server field keys (the rule names) -> where the message is shown: a group's fieldset or one field.
const groupOfServerField: Record<string, string> = {
  urgencyPoints: 'ls-group-urgency',
  categoryPoints: 'ls-group-category',
  riskPoints: 'ls-group-risk',
  thresholds: 'ls-group-thresholds',
  slaHours: 'ls-group-sla',
  highAbsencePercent: 'ls-highAbsencePercent',
  highAbsencePoints: 'ls-highAbsencePoints',
  reminderHoursBefore: 'ls-reminderHoursBefore',
  leadUserId: 'ls-lead',
};

/** `/overblik/indstillinger`: triage points, priority thresholds, deadlines per priority and the lead consultant. */
export function LearningSettingsPage() {
  const { t } = useI18n();
  const texts = t.staffGaps.settings;
  const query = useQuery(LearningSettingsDocument, { fetchPolicy: 'network-only' });
  const [save, saving] = useMutation(SaveLearningSettingsDocument);
  const settings = query.data?.learningSettings;
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (settings && !draft) setDraft(draftOf(settings));
  }, [settings, draft]);

  const vocab = query.data?.learningVocabulary;
  const labelOf = (list: readonly { code: string; label: string }[] | undefined, code: string) =>
    list?.find((x) => x.code === code)?.label ?? code;

  if (query.error && !query.data)
    return (
      <>
        <PageHeading title={texts.title} />
        <Alert kind="error">{learningErrorOf(query.error, t).message}</Alert>
      </>
    );
  if (!draft || !settings)
    return (
      <>
        <PageHeading title={texts.title} />
        <p>{t.common.loading}</p>
      </>
    );

  const groupFirst: Record<string, string> = {
    'ls-group-urgency': `ls-urgency-${settings.urgencyPoints[0]?.code ?? ''}`,
    'ls-group-category': `ls-category-${settings.categoryPoints[0]?.code ?? ''}`,
    'ls-group-risk': `ls-risk-${settings.riskPoints[0]?.code ?? ''}`,
    'ls-group-thresholds': 'ls-thresholdP1',
    'ls-group-sla': 'ls-slaHoursP1',
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMessage(null);
    setFailure(null);
    const found: Record<string, string> = {};
    const points = (kind: 'urgency' | 'category' | 'risk') =>
      Object.entries(draft[kind]).map(([code, value]) => {
        const n = wholeIn(value, 0, 20);
        if (n === null) found[`ls-${kind}-${code}`] = texts.pointsRange;
        return { code, points: n ?? 0 };
      });
    const whole = (key: keyof Draft, min: number, max: number, text: string) => {
      const n = wholeIn(draft[key] as string, min, max);
      if (n === null) found[`ls-${key}`] = text;
      return n ?? 0;
    };
    const hours = (key: keyof Draft, above: boolean, text: string) => {
      const n = hoursOf(draft[key] as string, 0, above);
      if (n === null) found[`ls-${key}`] = text;
      return n ?? 0;
    };
    const input = {
      urgencyPoints: points('urgency'),
      categoryPoints: points('category'),
      riskPoints: points('risk'),
      highAbsencePercent: whole('highAbsencePercent', 1, 100, texts.percentRange),
      highAbsencePoints: whole('highAbsencePoints', 0, 20, texts.pointsRange),
      thresholdP1: whole('thresholdP1', 0, 100, texts.thresholdRange),
      thresholdP2: whole('thresholdP2', 0, 100, texts.thresholdRange),
      thresholdP3: whole('thresholdP3', 0, 100, texts.thresholdRange),
      slaHoursP1: hours('slaHoursP1', true, texts.hoursRange),
      slaHoursP2: hours('slaHoursP2', true, texts.hoursRange),
      slaHoursP3: hours('slaHoursP3', true, texts.hoursRange),
      slaHoursP4: hours('slaHoursP4', true, texts.hoursRange),
      reminderHoursBefore: hours('reminderHoursBefore', false, texts.reminderRange),
      leadUserId: draft.leadUserId || null,
    };
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length) return;
    try {
      const result = await save({ variables: { input } });
      const saved = result.data?.saveLearningSettings;
      if (saved) setDraft(draftOf(saved));
      setMessage(texts.saved);
    } catch (caught) {
      const problem = learningErrorOf(caught, t);
      const placed: Record<string, string> = {};
      for (const [field, text] of Object.entries(problem.fields)) {
        const target = groupOfServerField[field];
        if (target) placed[target] = text;
      }
      setErrors(placed);
      setAttempt((n) => n + 1);
      if (!Object.keys(placed).length) setFailure(problem.message);
    }
  };

  const summary: SummaryError[] = Object.entries(errors).map(([key, text]) => ({
    fieldId: groupFirst[key] ?? key,
    message: text,
  }));
  const set = (key: keyof Draft, value: string) => setDraft({ ...draft, [key]: value });
  const setPoint = (kind: 'urgency' | 'category' | 'risk', code: string, value: string) =>
    setDraft({ ...draft, [kind]: { ...draft[kind], [code]: value } });
  const numberField = (key: keyof Draft, label: string, decimal = false) => (
    <TextField
      id={`ls-${key}`}
      label={label}
      error={errors[`ls-${key}`]}
      inputMode={decimal ? 'decimal' : 'numeric'}
      className="input-width-xs"
      value={draft[key] as string}
      onChange={(e) => set(key, e.target.value)}
    />
  );
  const pointsGroup = (
    kind: 'urgency' | 'category' | 'risk',
    legend: string,
    labels: readonly { code: string; label: string }[] | undefined,
  ) => (
    <ChoiceGroup id={`ls-group-${kind}`} legend={legend} error={errors[`ls-group-${kind}`]}>
      {Object.entries(draft[kind]).map(([code, value]) => (
        <TextField
          key={code}
          id={`ls-${kind}-${code}`}
          label={labelOf(labels, code)}
          error={errors[`ls-${kind}-${code}`]}
          inputMode="numeric"
          className="input-width-xs"
          value={value}
          onChange={(e) => setPoint(kind, code, e.target.value)}
        />
      ))}
    </ChoiceGroup>
  );

  return (
    <>
      <p>
        <Link to="/overblik">{texts.back}</Link>
      </p>
      <PageHeading title={texts.title} />
      <p>{texts.intro}</p>
      <ErrorSummary errors={summary} attempt={attempt} />
      <div aria-live="polite">
        {message ? (
          <Alert kind="success" testId="ls-saved">
            {message}
          </Alert>
        ) : null}
      </div>
      {failure ? <Alert kind="error">{failure}</Alert> : null}
      <form noValidate onSubmit={(event) => void onSubmit(event)} data-testid="learning-settings">
        {pointsGroup('urgency', texts.urgencyPoints, vocab?.urgencies)}
        {pointsGroup('category', texts.categoryPoints, vocab?.categories)}
        {pointsGroup('risk', texts.riskPoints, vocab?.riskSignals)}
        <ChoiceGroup id="ls-group-absence" legend={texts.absence}>
          {numberField('highAbsencePercent', texts.highAbsencePercent)}
          {numberField('highAbsencePoints', texts.highAbsencePoints)}
        </ChoiceGroup>
        <ChoiceGroup
          id="ls-group-thresholds"
          legend={texts.thresholds}
          hint={texts.thresholdsHint}
          error={errors['ls-group-thresholds']}
        >
          {priorities3.map((p) => (
            <div key={p}>{numberField(`threshold${p}`, texts.threshold(p))}</div>
          ))}
        </ChoiceGroup>
        <ChoiceGroup id="ls-group-sla" legend={texts.sla} error={errors['ls-group-sla']}>
          {priorities4.map((p) => (
            <div key={p}>{numberField(`slaHours${p}`, texts.slaHours(p), true)}</div>
          ))}
          {numberField('reminderHoursBefore', texts.reminderHoursBefore, true)}
        </ChoiceGroup>
        <SelectField
          id="ls-lead"
          label={texts.lead}
          hint={texts.leadHint}
          error={errors['ls-lead']}
          value={draft.leadUserId}
          onChange={(e) => set('leadUserId', e.target.value)}
          options={[
            { value: '', label: texts.noLead },
            ...(query.data?.learningConsultants ?? []).map((c) => ({ value: c.id, label: c.name })),
          ]}
        />
        <button type="submit" className="button button-primary" disabled={saving.loading}>
          {texts.save}
        </button>
      </form>
    </>
  );
}
