import { useEffect, useRef } from 'react';
import { describedBy, ErrorMessage } from '../form-fields';

/**
 * A list of phrasings, one text field each, with "add" and "remove". The group is a fieldset with an id, so the
 * error summary can move focus to it; a new row takes focus so keyboard users can type straight away.
 */
export function PhrasingList({
  id,
  legend,
  hint,
  error,
  values,
  onChange,
  itemLabel,
  addLabel,
  removeLabel,
  removeText,
  lang,
}: {
  id: string;
  legend: string;
  hint: string;
  error?: string;
  values: string[];
  onChange(next: string[]): void;
  itemLabel(n: number): string;
  addLabel: string;
  removeLabel(n: number): string;
  /** The visible word; the accessible name starts with it and says which row. */
  removeText: string;
  lang?: string;
}) {
  const focusIndex = useRef<number | null>(null);
  useEffect(() => {
    if (focusIndex.current === null) return;
    document.getElementById(`${id}-${focusIndex.current}`)?.focus();
    focusIndex.current = null;
  }, [values.length, id]);

  return (
    <fieldset
      className={`form-group${error ? ' form-error' : ''}`}
      id={id}
      tabIndex={-1}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend className="form-label">{legend}</legend>
      <span className="form-hint" id={`${id}-hint`}>
        {hint}
      </span>
      <ErrorMessage id={id} error={error} />
      {values.map((value, index) => (
        <div className="faq-phrasing-row" key={index}>
          <div className="form-group">
            <label className="form-label" htmlFor={`${id}-${index}`}>
              {itemLabel(index + 1)}
            </label>
            <input
              id={`${id}-${index}`}
              className="form-input"
              value={value}
              lang={lang}
              maxLength={300}
              onChange={(e) => onChange(values.map((v, i) => (i === index ? e.target.value : v)))}
            />
          </div>
          <button
            type="button"
            className="button button-secondary"
            aria-label={removeLabel(index + 1)}
            onClick={() => {
              focusIndex.current = Math.max(0, index - 1);
              onChange(values.filter((_, i) => i !== index));
            }}
          >
            {removeText}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button-tertiary mt-3"
        onClick={() => {
          focusIndex.current = values.length;
          onChange([...values, '']);
        }}
      >
        {addLabel}
      </button>
    </fieldset>
  );
}
