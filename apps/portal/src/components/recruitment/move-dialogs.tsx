import { useState, type FormEvent } from 'react';
import { ErrorSummary, type SummaryError } from '../error-summary';
import { TextField } from '../form-fields';
import type { ApplicationStatus, FamilyType, StaffApplicationFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { Dialog } from './dialog';
import { Checkbox, TextAreaField } from './fields';

/** Moves that end or pause an application must say why (the api refuses them without a reason). */
export const reasonRequired: readonly ApplicationStatus[] = ['REFUSED', 'ON_HOLD', 'WITHDRAWN'];

/** What a dialog's submit returns: null when done, else the message and any field messages to show. */
export type DialogResult = null | { message: string; fields: Record<string, string> };

export function MoveDialog({
  to,
  onSubmit,
  onClose,
}: {
  to: ApplicationStatus;
  onSubmit(reason: string): Promise<DialogResult>;
  onClose(): void;
}) {
  const { t } = useI18n();
  const texts = t.recruitment.application;
  const label = t.recruitment.statuses[to];
  const required = reasonRequired.includes(to);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempt((value) => value + 1);
    if (required && !reason.trim()) {
      setError(texts.reasonMissing);
      setFormError(null);
      return;
    }
    setBusy(true);
    const result = await onSubmit(reason.trim());
    setBusy(false);
    if (result) {
      setError(result.fields['reason']);
      setFormError(result.fields['reason'] ? null : result.message);
    }
  };
  const summary: SummaryError[] = [
    ...(formError ? [{ fieldId: 'move-reason', message: formError }] : []),
    ...(error ? [{ fieldId: 'move-reason', message: error }] : []),
  ];
  return (
    <Dialog title={texts.dialogTitle(label)} onClose={onClose} testId="move-dialog">
      <ErrorSummary errors={summary} attempt={attempt} />
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextAreaField
          id="move-reason"
          label={texts.reason}
          hint={required ? texts.reasonHint : texts.reasonOptionalHint}
          optional={!required}
          error={error}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        <button type="submit" className="button button-primary mr-4" disabled={busy}>
          {texts.confirmMove}
        </button>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {texts.cancel}
        </button>
      </form>
    </Dialog>
  );
}

const familyTypes: readonly FamilyType[] = [
  'ALMEN',
  'FORSTAERKET',
  'SPECIALISERET',
  'AFLASTNING',
  'NETVAERK',
];

export interface ApprovalValues {
  approvalTypes: FamilyType[];
  places: number;
  ageMin: number;
  ageMax: number;
  takesSiblings: boolean;
  conditions: string;
  reason: string;
}

const approvalFields = ['approvalTypes', 'places', 'ageMin', 'ageMax', 'conditions', 'reason'] as const;
type ApprovalField = (typeof approvalFields)[number];
const approvalFieldId = (field: ApprovalField) =>
  field === 'approvalTypes' ? 'approve-type-ALMEN' : `approve-${field}`;

/** "Godkend": the approval form, prefilled from what the family offered in the application. */
export function ApproveDialog({
  application,
  onSubmit,
  onClose,
}: {
  application: StaffApplicationFieldsFragment;
  onSubmit(values: ApprovalValues): Promise<DialogResult>;
  onClose(): void;
}) {
  const { t } = useI18n();
  const texts = t.recruitment.application;
  const offer = application.form;
  const [types, setTypes] = useState<FamilyType[]>(
    offer.familyTypes.length > 0 ? offer.familyTypes : application.track === 'NETWORK' ? ['NETVAERK'] : [],
  );
  const [places, setPlaces] = useState(String(offer.childrenCount ?? 1));
  const [ageMin, setAgeMin] = useState(String(offer.ageMin ?? 0));
  const [ageMax, setAgeMax] = useState(String(offer.ageMax ?? 17));
  const [takesSiblings, setTakesSiblings] = useState(offer.siblings ?? false);
  const [conditions, setConditions] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Partial<Record<ApprovalField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempt((value) => value + 1);
    const found: Partial<Record<ApprovalField, string>> = {};
    const placesNumber = Number(places);
    const min = Number(ageMin);
    const max = Number(ageMax);
    if (types.length === 0) found.approvalTypes = texts.approvalTypesMissing;
    if (!Number.isInteger(placesNumber) || placesNumber < 1 || placesNumber > 10)
      found.places = texts.placesInvalid;
    if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max > 17 || min > max)
      found.ageMin = texts.ageInvalid;
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const result = await onSubmit({
      approvalTypes: types,
      places: placesNumber,
      ageMin: min,
      ageMax: max,
      takesSiblings,
      conditions: conditions.trim(),
      reason: reason.trim(),
    });
    setBusy(false);
    if (result) {
      const placed: Partial<Record<ApprovalField, string>> = {};
      for (const field of approvalFields) if (result.fields[field]) placed[field] = result.fields[field];
      setErrors(placed);
      setFormError(Object.keys(placed).length > 0 ? null : result.message);
    }
  };

  const summary: SummaryError[] = [
    ...(formError ? [{ fieldId: approvalFieldId('approvalTypes'), message: formError }] : []),
    ...approvalFields.flatMap((field) => {
      const message = errors[field];
      return message ? [{ fieldId: approvalFieldId(field), message }] : [];
    }),
  ];

  return (
    <Dialog title={texts.approveTitle} onClose={onClose} testId="approve-dialog">
      <ErrorSummary errors={summary} attempt={attempt} />
      <form noValidate onSubmit={(event) => void submit(event)}>
        <fieldset className={`form-group${errors.approvalTypes ? ' form-error' : ''}`}>
          <legend className="form-label">{texts.approvalTypes}</legend>
          {errors.approvalTypes ? (
            <span className="form-error-message" id="approve-types-error">
              <span className="sr-only">{t.common.errorPrefix} </span>
              {errors.approvalTypes}
            </span>
          ) : null}
          {familyTypes.map((type) => (
            <Checkbox
              key={type}
              id={`approve-type-${type}`}
              label={t.recruitment.familyTypes[type]}
              checked={types.includes(type)}
              onChange={(event) =>
                setTypes((current) =>
                  event.target.checked ? [...current, type] : current.filter((value) => value !== type),
                )
              }
            />
          ))}
        </fieldset>
        <TextField
          id="approve-places"
          label={texts.places}
          inputMode="numeric"
          className="input-width-xs"
          error={errors.places}
          value={places}
          onChange={(event) => setPlaces(event.target.value)}
        />
        <TextField
          id="approve-ageMin"
          label={texts.ageMin}
          inputMode="numeric"
          className="input-width-xs"
          error={errors.ageMin}
          value={ageMin}
          onChange={(event) => setAgeMin(event.target.value)}
        />
        <TextField
          id="approve-ageMax"
          label={texts.ageMax}
          inputMode="numeric"
          className="input-width-xs"
          error={errors.ageMax}
          value={ageMax}
          onChange={(event) => setAgeMax(event.target.value)}
        />
        <Checkbox
          id="approve-siblings"
          label={texts.takesSiblings}
          checked={takesSiblings}
          onChange={(event) => setTakesSiblings(event.target.checked)}
        />
        <TextAreaField
          id="approve-conditions"
          label={texts.conditions}
          optional
          error={errors.conditions}
          value={conditions}
          onChange={(event) => setConditions(event.target.value)}
        />
        <TextAreaField
          id="approve-reason"
          label={texts.reason}
          hint={texts.reasonOptionalHint}
          optional
          error={errors.reason}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        <button type="submit" className="button button-primary mr-4" disabled={busy}>
          {texts.confirmApprove}
        </button>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {texts.cancel}
        </button>
      </form>
    </Dialog>
  );
}
