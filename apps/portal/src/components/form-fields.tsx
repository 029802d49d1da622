import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';
import { useI18n } from '../i18n/i18n-context';

interface FieldChrome {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  optional?: boolean;
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
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
      {hint ? (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="form-error-message" id={`${id}-error`}>
          <span className="sr-only">{t.common.errorPrefix} </span>
          {error}
        </span>
      ) : null}
      {children}
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
