import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { toApiError } from '../../graphql/api-error';
import type { Catalogue } from '../../i18n/da';

export interface FaqTicketErrorText {
  code: string;
  message: string;
  /** The server's Danish field messages keyed by field (`answer`). */
  fields: Record<string, string>;
}

/** The tickets' typed errors (`FAQ_TICKET.TAKEN` …) carry the server's Danish message; others the shared text. */
export function faqTicketErrorOf(error: unknown, t: Catalogue): FaqTicketErrorText {
  const shared = toApiError(error);
  const first = CombinedGraphQLErrors.is(error) ? error.errors[0] : undefined;
  const code = first?.extensions?.['code'];
  if (typeof code === 'string' && /^FAQ[._]/.test(code) && first)
    return { code, message: first.message, fields: shared.fields };
  return { code: shared.code, message: t.errors[shared.code], fields: shared.fields };
}
