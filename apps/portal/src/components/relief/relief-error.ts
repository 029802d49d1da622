import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { toApiError } from '../../graphql/api-error';
import type { Catalogue } from '../../i18n/da';

export interface ReliefErrorText {
  code: string;
  message: string;
  /** Field messages keyed by input field (`daysPerPeriod`), the `input.` prefix removed. */
  fields: Record<string, string>;
}

/** Relief's typed errors (`RELIEF.SLOT_TAKEN` …) get their own Danish text; others the shared error texts. */
export function reliefErrorOf(error: unknown, t: Catalogue): ReliefErrorText {
  const shared = toApiError(error);
  const fields: Record<string, string> = {};
  for (const [path, message] of Object.entries(shared.fields)) fields[path.replace(/^input\./, '')] = message;
  const code = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.['code'] : undefined;
  const known =
    typeof code === 'string' && code.startsWith('RELIEF.') ? t.relief.errors[code.slice(7)] : undefined;
  if (typeof code === 'string' && known) return { code, message: known, fields };
  return { code: typeof code === 'string' ? code : shared.code, message: t.errors[shared.code], fields };
}
