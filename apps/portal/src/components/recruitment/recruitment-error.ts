import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { toApiError } from '../../graphql/api-error';
import type { Catalogue } from '../../i18n/da';

export interface RecruitmentError {
  /** The api's `extensions.code`, including recruitment's own (`APPLICATION.STALE` …). */
  code: string;
  /** The server's Danish message, shown for codes whose message explains the refusal. */
  message: string;
  fields: Record<string, string>;
}

// Codes whose server message says exactly what is wrong (which move, which checklist line).
const explainedCodes = new Set([
  'APPLICATION.ILLEGAL_TRANSITION',
  'APPLICATION.CHECKLIST_INCOMPLETE',
  'RECRUITMENT_EVENT.FULL',
  'RECRUITMENT_EVENT.CLOSED',
  'FOSTER_FAMILY.VACANCIES_INVALID',
]);

/** Reads the first GraphQL error's code and message; anything else falls back to the shared error texts. */
export function recruitmentErrorOf(error: unknown, t: Catalogue): RecruitmentError {
  const shared = toApiError(error);
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = first?.extensions?.['code'];
    if (typeof code === 'string' && explainedCodes.has(code) && first) {
      return { code, message: first.message, fields: shared.fields };
    }
    if (typeof code === 'string') {
      const fieldMessages = Object.values(shared.fields);
      const message =
        code === 'BAD_USER_INPUT' && fieldMessages.length > 0
          ? fieldMessages.join(' ')
          : t.errors[shared.code];
      return { code, message, fields: shared.fields };
    }
  }
  return { code: shared.code, message: t.errors[shared.code], fields: shared.fields };
}

export const staleCode = 'APPLICATION.STALE';
