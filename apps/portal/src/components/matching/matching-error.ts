import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { toApiError } from '../../graphql/api-error';
import type { Catalogue } from '../../i18n/da';

export interface MatchingError {
  /** The api's `extensions.code`, including matching's own (`MATCHING.STALE` …). */
  code: string;
  message: string;
  /** Field messages from `extensions.fields`, keyed by input path (`children.0.firstName`). */
  fields: Record<string, string>;
}

export const staleCode = 'MATCHING.STALE';

/** Matching's typed errors get their own Danish text; anything else falls back to the shared error texts. */
export function matchingErrorOf(error: unknown, t: Catalogue): MatchingError {
  const shared = toApiError(error);
  const texts = t.matching.errors;
  const code = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.['code'] : undefined;
  const known: Record<string, string> = {
    [staleCode]: texts.stale,
    'MATCHING.NOT_ELIGIBLE': texts.notEligible,
    'MATCHING.PROPOSAL_DECIDED': texts.decided,
    'MATCHING.NEED_NOT_WAITING': texts.notWaiting,
  };
  if (typeof code === 'string' && known[code]) return { code, message: known[code], fields: shared.fields };
  return {
    code: typeof code === 'string' ? code : shared.code,
    message: t.errors[shared.code],
    fields: shared.fields,
  };
}
