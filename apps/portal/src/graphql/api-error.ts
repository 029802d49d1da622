import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

export const errorCodes = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL',
  'NETWORK',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface ApiError {
  code: ErrorCode;
  /** Danish field messages from `extensions.fields`, keyed by input field name. */
  fields: Record<string, string>;
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value);
}

/** Reduces whatever Apollo threw to the API's error code plus any per-field messages. */
export function toApiError(error: unknown): ApiError {
  if (CombinedGraphQLErrors.is(error)) {
    const fields: Record<string, string> = {};
    let code: ErrorCode | undefined;
    for (const graphqlError of error.errors) {
      const extensions = graphqlError.extensions ?? {};
      const candidate = extensions['code'];
      if (!code && isErrorCode(candidate)) code = candidate;
      const fieldMessages = extensions['fields'];
      if (fieldMessages && typeof fieldMessages === 'object') {
        for (const [field, message] of Object.entries(fieldMessages)) {
          if (typeof message === 'string' && !(field in fields)) fields[field] = message;
        }
      }
    }
    return { code: code ?? 'INTERNAL', fields };
  }
  if (ServerError.is(error)) {
    return { code: error.statusCode === 429 ? 'RATE_LIMITED' : 'INTERNAL', fields: {} };
  }
  return { code: 'NETWORK', fields: {} };
}
