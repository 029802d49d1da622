import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { QueryFailedError } from 'typeorm';
import { requestContext } from '../context/request-context';
import { AppError, ErrorCode } from './app-error';

// Codes Apollo itself assigns to malformed requests; their messages describe the query, not user data.
const REQUEST_ERRORS = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** PostgreSQL SQLSTATEs a user can cause by racing another user; everything else is our fault. */
const DB_CONFLICTS: Record<string, string> = {
  '23505': 'Oplysningerne findes allerede.',
  '23P01': 'Tidsrummet er allerede optaget.',
  '40001': 'En anden ændrede det samme samtidig. Prøv igen.',
  '40P01': 'En anden ændrede det samme samtidig. Prøv igen.',
};

const INTERNAL_MESSAGE = 'Der opstod en uventet fejl. Prøv igen senere.';

/**
 * The one mapping from any thrown error to what a client sees: a Danish message and `extensions.code`,
 * never a stack trace, SQL or personal data.
 */
export function formatGraphqlError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { locations: formatted.locations, path: formatted.path };
    if (original instanceof AppError) {
      return {
        ...base,
        message: original.message,
        extensions: { code: original.code, ...(original.fields ? { fields: original.fields } : {}) },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && REQUEST_ERRORS.has(code)) {
      return { ...base, message: formatted.message, extensions: { code } };
    }
    if (original instanceof QueryFailedError) {
      const sqlState = (original.driverError as { code?: string } | undefined)?.code ?? '';
      const message = DB_CONFLICTS[sqlState];
      if (message) return { ...base, message, extensions: { code: ErrorCode.CONFLICT } };
      logger.error(
        { sqlState, constraint: (original.driverError as { constraint?: string }).constraint },
        'database error',
      );
    } else {
      const err = original instanceof Error ? original : new Error(String(original));
      // Messages of unexpected errors may quote data, so only the type and stack are logged.
      logger.error(
        { errorType: err.name, stack: err.stack?.split('\n').slice(1, 8).join('\n') },
        'unexpected error',
      );
    }
    return {
      ...base,
      message: INTERNAL_MESSAGE,
      extensions: { code: ErrorCode.INTERNAL, requestId: requestContext.requestId() },
    };
  };
}
