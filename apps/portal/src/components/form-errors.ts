import type { ApiError } from '../graphql/api-error';
import type { Catalogue } from '../i18n/da';
import type { SummaryError } from './error-summary';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export interface FormErrors<F extends string> {
  fields: FieldErrors<F>;
  form: string | null;
}

/**
 * Places a server error: field messages from BAD_USER_INPUT beside their fields, a CONFLICT beside the
 * field that must be unique, anything else as one message for the whole form.
 */
export function placeServerError<F extends string>(
  error: ApiError,
  fieldOrder: readonly F[],
  t: Catalogue,
  conflict?: { field: F; message: string },
): FormErrors<F> {
  const fields: FieldErrors<F> = {};
  for (const field of fieldOrder) {
    const message = error.fields[field];
    if (message) fields[field] = message;
  }
  if (error.code === 'CONFLICT' && conflict && !fields[conflict.field]) {
    fields[conflict.field] = conflict.message;
  }
  const placed = Object.keys(fields).length > 0;
  return { fields, form: placed ? null : t.errors[error.code] };
}

/** Summary entries in the order the fields appear, so the summary reads like the form. */
export function summaryOf<F extends string>(
  errors: FormErrors<F>,
  fieldOrder: readonly F[],
  idOf: (field: F) => string,
): SummaryError[] {
  const entries: SummaryError[] = [];
  if (errors.form && fieldOrder[0]) entries.push({ fieldId: idOf(fieldOrder[0]), message: errors.form });
  for (const field of fieldOrder) {
    const message = errors.fields[field];
    if (message) entries.push({ fieldId: idOf(field), message });
  }
  return entries;
}
