import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { useI18n } from '../i18n/i18n-context';

interface FieldChrome {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  optional?: boolean;
}

/** The ids of the hint and the error a control is described by, in reading order. */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** The DKFDS error text beside a field, with its id for aria-describedby and a prefix for screen readers. */
export function ErrorMessage({ id, error }: { id: string; error?: string }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <span className="form-error-message" id={`${id}-error`}>
      <span className="sr-only">{t.common.errorPrefix} </span>
      {error}
    </span>
  );
}

function Hint({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <span className="form-hint" id={`${id}-hint`}>
      {hint}
    </span>
  ) : null;
}

// DKFDS form-group markup: label, optional hint, the error right beside the field, then the control.
function FieldGroup({ id, label, error, hint, optional, children }: FieldChrome & { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
        {optional ? <span className="weight-normal"> {t.common.optional}</span> : null}
      </label>
      <Hint id={id} hint={hint} />
      <ErrorMessage id={id} error={error} />
      {children}
    </div>
  );
}

/** A DKFDS fieldset (radio or checkbox group) with legend, hint and the error beside the group. */
export function ChoiceGroup({
  id,
  legend,
  hint,
  error,
  children,
}: {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <fieldset aria-describedby={describedBy(id, hint, error)}>
        <legend className="form-label">{legend}</legend>
        <Hint id={id} hint={hint} />
        <ErrorMessage id={id} error={error} />
        {children}
      </fieldset>
    </div>
  );
}

type TextFieldProps = FieldChrome & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>;

export function TextField({ id, label, error, hint, optional, className, ...input }: TextFieldProps) {
  return (
    <FieldGroup id={id} label={label} error={error} hint={hint} optional={optional}>
      <input
        id={id}
        className={`form-input${className ? ` ${className}` : ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        required={!optional}
        {...input}
      />
    </FieldGroup>
  );
}

type SelectFieldProps = FieldChrome &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
    options: readonly { value: string; label: string }[];
  };

export function SelectField({ id, label, error, hint, optional, options, ...select }: SelectFieldProps) {
  return (
    <FieldGroup id={id} label={label} error={error} hint={hint} optional={optional}>
      <select
        id={id}
        className="form-select"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        required={!optional}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldGroup>
  );
}

type TextAreaFieldProps = FieldChrome & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>;

export function TextAreaField({ id, label, error, hint, optional, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldGroup id={id} label={label} error={error} hint={hint} optional={optional}>
      <textarea
        id={id}
        className="form-input"
        rows={4}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        required={!optional}
        {...textarea}
      />
    </FieldGroup>
  );
}

type CheckboxProps = { id: string; label: ReactNode } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'type'
>;

/** One DKFDS checkbox with its label after it. */
export function Checkbox({ id, label, ...input }: CheckboxProps) {
  return (
    <div className="form-group-checkbox">
      <input id={id} type="checkbox" className="form-checkbox" {...input} />
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
    </div>
  );
}

/**
 * Several checkboxes for a list of values (tags). `id` prefixes each box's id (`${id}-${value}`); with
 * `linkable` the fieldset carries it too, so an error-summary link can focus the group.
 */
export function CheckboxGroup({
  id,
  legend,
  options,
  selected,
  onChange,
  error,
  linkable = false,
  className,
}: {
  id: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  selected: readonly string[];
  onChange(next: string[]): void;
  error?: string;
  linkable?: boolean;
  /** Class of the element around the boxes (a grid, for instance). */
  className?: string;
}) {
  return (
    <fieldset
      className={`form-group${error ? ' form-error' : ''}`}
      id={linkable ? id : undefined}
      tabIndex={linkable ? -1 : undefined}
      aria-describedby={describedBy(id, undefined, error)}
    >
      <legend className="form-label">{legend}</legend>
      {/* The error is tied to the group, so a screen reader announces it with the legend. */}
      <ErrorMessage id={id} error={error} />
      <div className={className}>
        {options.map((option) => (
          <Checkbox
            key={option.value}
            id={`${id}-${option.value}`}
            label={option.label}
            checked={selected.includes(option.value)}
            onChange={(event) =>
              onChange(
                event.target.checked
                  ? [...selected, option.value]
                  : selected.filter((value) => value !== option.value),
              )
            }
          />
        ))}
      </div>
    </fieldset>
  );
}
