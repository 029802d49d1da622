import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { toApiError } from '../../graphql/api-error';
import type { Catalogue } from '../../i18n/da';

export interface FaqErrorText {
  code: string;
  message: string;
  /** The server's Danish field messages keyed by input field (`question` …), the `input.` prefix removed. */
  fields: Record<string, string>;
}

/** The knowledge base's typed errors (`FAQ.STALE` …) get their own Danish text; others the shared ones. */
export function faqErrorOf(error: unknown, t: Catalogue): FaqErrorText {
  const shared = toApiError(error);
  const fields: Record<string, string> = {};
  for (const [path, message] of Object.entries(shared.fields)) fields[path.replace(/^input\./, '')] = message;
  const code = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.['code'] : undefined;
  const known = typeof code === 'string' && code.startsWith('FAQ.') ? t.faq.errors[code.slice(4)] : undefined;
  if (typeof code === 'string' && known) return { code, message: known, fields };
  return { code: typeof code === 'string' ? code : shared.code, message: t.errors[shared.code], fields };
}
