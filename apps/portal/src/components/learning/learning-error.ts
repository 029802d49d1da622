import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { toApiError } from '../../graphql/api-error';
import type { Catalogue } from '../../i18n/da';

export interface LearningErrorText {
  code: string;
  message: string;
  /** The server's Danish field messages keyed by input field (`description`), the `input.` prefix removed. */
  fields: Record<string, string>;
}

/** The queue's typed errors (`LEARNING.OUTCOME_REQUIRED` …) get their own Danish text; others the shared ones. */
export function learningErrorOf(error: unknown, t: Catalogue): LearningErrorText {
  const shared = toApiError(error);
  const fields: Record<string, string> = {};
  for (const [path, message] of Object.entries(shared.fields)) fields[path.replace(/^input\./, '')] = message;
  const code = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.['code'] : undefined;
  const known =
    typeof code === 'string' && code.startsWith('LEARNING.') ? t.learning.errors[code.slice(9)] : undefined;
  if (typeof code === 'string' && known) return { code, message: known, fields };
  return { code: typeof code === 'string' ? code : shared.code, message: t.errors[shared.code], fields };
}
