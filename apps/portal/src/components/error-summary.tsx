import { ErrorSummary as DkfdsErrorSummary } from 'dkfds';
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { Icon } from './icon';

export interface SummaryError {
  /** id of the field the message belongs to; the link moves focus there. */
  fieldId: string;
  message: string;
}

/**
 * DKFDS error summary above a form after a failed submit. DKFDS's script focuses it and, when a link is
 * used, scrolls the field's label into view before focusing the field.
 */
export function ErrorSummary({ errors, attempt }: { errors: readonly SummaryError[]; attempt: number }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const initialised = useRef<HTMLDivElement | null>(null);
  const visible = errors.length > 0;

  useEffect(() => {
    const element = ref.current;
    if (!visible || !element) return;
    if (initialised.current !== element) {
      // init() focuses and binds the link handler once per rendered summary element.
      new DkfdsErrorSummary(element).init();
      initialised.current = element;
    } else {
      element.focus();
    }
  }, [attempt, visible]);

  if (!visible) return null;
  return (
    <div
      ref={ref}
      className="alert alert-error"
      role="alert"
      aria-atomic="true"
      data-module="error-summary"
      tabIndex={-1}
    >
      <Icon name="error" className="alert-icon" />
      <div className="alert-body">
        <h2 className="alert-heading">{t.common.errorSummaryHeading}</h2>
        <ul className="alert-text nobullet-list">
          {errors.map((error) => (
            <li key={`${error.fieldId}-${error.message}`}>
              <a className="function-link" href={`#${error.fieldId}`}>
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
