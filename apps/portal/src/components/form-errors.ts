import type { ApiError } from '../graphql/api-error';
import type { Catalogue } from '../i18n/da';
import type { SummaryError } from './error-summary';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export interface FormErrors<F extends string> {
  fields: FieldErrors<F>;
  form: string | null;
}

/** The server's field messages for the fields this form has (paths it does not show are left out). */
export function fieldErrorsOf<F extends string>(
  serverFields: Readonly<Record<string, string>>,
  fieldOrder: readonly F[],
): FieldErrors<F> {
  const fields: FieldErrors<F> = {};
  for (const field of fieldOrder) {
    const message = serverFields[field];
    if (message) fields[field] = message;
  }
  return fields;
}

/** Summary entries for the field messages, in the order the fields appear. */
export function fieldSummary<F extends string>(
  fields: FieldErrors<F>,
  fieldOrder: readonly F[],
  idOf: (field: F) => string,
): SummaryError[] {
  return fieldOrder.flatMap((field) => {
    const message = fields[field];
    return message ? [{ fieldId: idOf(field), message }] : [];
  });
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
  const fields = fieldErrorsOf(error.fields, fieldOrder);
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
  const form = errors.form && fieldOrder[0] ? [{ fieldId: idOf(fieldOrder[0]), message: errors.form }] : [];
  return [...form, ...fieldSummary(errors.fields, fieldOrder, idOf)];
}
