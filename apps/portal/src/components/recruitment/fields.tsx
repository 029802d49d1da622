import type { InputHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { useI18n } from '../../i18n/i18n-context';

// Form controls the shared form-fields.tsx does not have (textarea, checkbox), in the same DKFDS markup.

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

type TextAreaProps = { id: string; label: string; hint?: string; error?: string; optional?: boolean } & Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id'
>;

export function TextAreaField({ id, label, hint, error, optional, ...textarea }: TextAreaProps) {
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
      <textarea
        id={id}
        className="form-input"
        rows={4}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        required={!optional}
        {...textarea}
      />
    </div>
  );
}

type CheckboxProps = { id: string; label: string } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'type'
>;

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
