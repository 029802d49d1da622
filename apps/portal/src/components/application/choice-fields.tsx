import type { ComponentProps, ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import {
  Checkbox,
  ChoiceGroup,
  describedBy,
  ErrorMessage,
  TextAreaField as SharedTextAreaField,
} from '../form-fields';
import { dateParts, joinDateParts, type DateParts } from './form-model';

export { ChoiceGroup };

/** Radio buttons; the first one carries the group's id so error-summary links land on it. */
export function RadioGroup<V extends string>({
  id,
  legend,
  hint,
  error,
  options,
  value,
  onChange,
}: {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  options: readonly { value: V; label: string }[];
  value: V | '';
  onChange(value: V): void;
}) {
  return (
    <ChoiceGroup id={id} legend={legend} hint={hint} error={error}>
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${option.value}`;
        return (
          <div className="form-group-radio" key={option.value}>
            <input
              type="radio"
              className="form-radio"
              id={optionId}
              name={id}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <label className="form-label" htmlFor={optionId}>
              {option.label}
            </label>
          </div>
        );
      })}
    </ChoiceGroup>
  );
}

export function YesNoField({
  id,
  legend,
  hint,
  error,
  value,
  onChange,
}: {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  value: boolean | null;
  onChange(value: boolean): void;
}) {
  const { t } = useI18n();
  return (
    <RadioGroup
      id={id}
      legend={legend}
      hint={hint}
      error={error}
      options={[
        { value: 'yes', label: t.common.yes },
        { value: 'no', label: t.common.no },
      ]}
      value={value === null ? '' : value ? 'yes' : 'no'}
      onChange={(choice) => onChange(choice === 'yes')}
    />
  );
}

export function CheckboxField({
  id,
  label,
  checked,
  onChange,
  error,
  children,
}: {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange(checked: boolean): void;
  error?: string;
  children?: ReactNode;
}) {
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <ErrorMessage id={id} error={error} />
      {children}
      <Checkbox
        id={id}
        checked={checked}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.checked)}
        label={label}
      />
    </div>
  );
}

/** The applicant's free-text answers: taller than the staff's and without `required` in the markup, as before. */
export function TextAreaField(props: ComponentProps<typeof SharedTextAreaField>) {
  return <SharedTextAreaField rows={5} required={false} {...props} />;
}

/**
 * A birth date as three number fields (DKFDS date-group): easier on a phone than a date picker that starts
 * at today. The day field carries the group's id so error links land there.
 */
export function DateField({
  id,
  legend,
  error,
  value,
  onChange,
}: {
  id: string;
  legend: string;
  error?: string;
  value: string;
  onChange(value: string): void;
}) {
  const { t } = useI18n();
  const parts = dateParts(value);
  const set = (part: keyof DateParts, raw: string) =>
    onChange(joinDateParts({ ...parts, [part]: raw.replace(/\D/g, '') }));
  const hintId = `${id}-hint`;
  const field = (part: keyof DateParts, label: string, maxLength: number, autoComplete: string) => {
    const partId = part === 'day' ? id : `${id}-${part}`;
    return (
      <div className={`form-group form-group-${part}`}>
        <label className="form-label" htmlFor={partId}>
          {label}
        </label>
        <input
          className="form-input"
          id={partId}
          type="text"
          inputMode="numeric"
          pattern="[0-9]*"
          maxLength={maxLength}
          autoComplete={autoComplete}
          value={parts[part]}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hintId, error)}
          onChange={(event) => set(part, event.target.value)}
        />
      </div>
    );
  };
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <fieldset>
        <legend className="form-label">{legend}</legend>
        <span className="form-hint" id={hintId}>
          {t.application.form.dateHint}
        </span>
        <ErrorMessage id={id} error={error} />
        <div className="date-group">
          {field('day', t.application.form.day, 2, 'off')}
          {field('month', t.application.form.month, 2, 'off')}
          {field('year', t.application.form.year, 4, 'off')}
        </div>
      </fieldset>
    </div>
  );
}
