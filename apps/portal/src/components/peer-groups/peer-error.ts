import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { toApiError } from '../../graphql/api-error';
import type { Catalogue } from '../../i18n/da';

export interface PeerErrorText {
  code: string;
  message: string;
  /** Field messages keyed by input field (`capacity`), the `input.` prefix removed. */
  fields: Record<string, string>;
}

/**
 * Network-group rules (`PEER.MUST_NOT_PAIR`, `PEER.LEAVES_ALONE` …) are explained by the server in Danish, e.g.
 * why a move was refused: that text is shown as it is. Other errors get the shared error texts.
 */
export function peerErrorOf(error: unknown, t: Catalogue): PeerErrorText {
  const shared = toApiError(error);
  const fields: Record<string, string> = {};
  for (const [path, message] of Object.entries(shared.fields)) fields[path.replace(/^input\./, '')] = message;
  const first = CombinedGraphQLErrors.is(error) ? error.errors[0] : undefined;
  const code = first?.extensions?.['code'];
  if (typeof code === 'string' && code.startsWith('PEER.') && first?.message)
    return { code, message: first.message, fields };
  return { code: typeof code === 'string' ? code : shared.code, message: t.errors[shared.code], fields };
}
