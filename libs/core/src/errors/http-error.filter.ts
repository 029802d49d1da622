import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Inject } from '@nestjs/common';
import type { Response } from 'express';
import type { Logger } from 'pino';
import { LOGGER } from '../logging/logging.module';
import { AppError, ErrorCode } from './app-error';

const STATUS: Record<string, number> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.BAD_USER_INPUT]: 400,
};

/** Context codes map by their reason: `FILE.NOT_FOUND` is a 404, `APPLICATION.STALE` a 409. */
function statusOf(code: string): number {
  if (STATUS[code]) return STATUS[code];
  if (code === ErrorCode.INTERNAL) return 500;
  if (code.endsWith('.NOT_FOUND')) return 404;
  if (code.endsWith('.TOO_LARGE')) return 413;
  if (code.endsWith('.TYPE_NOT_ALLOWED')) return 415;
  if (code.endsWith('.STALE')) return 409;
  return 400;
}

/**
 * REST routes answer errors in the same shape GraphQL uses in `extensions`: `{ error: { code, message, fields } }`.
 * Context codes (`FILE.TOO_LARGE`) are client errors; anything unexpected is logged and answered as INTERNAL.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): unknown {
    // GraphQL errors are formatted by formatGraphqlError; returning the error hands it back to Apollo.
    if (host.getType<string>() !== 'http') return exception;
    const res = host.switchToHttp().getResponse<Response>();
    if (exception instanceof AppError) {
      const status = statusOf(exception.code);
      res.status(status).json({
        error: { code: exception.code, message: exception.message, fields: exception.fields ?? undefined },
      });
      return undefined;
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      const status = exception.getStatus();
      const code =
        status === 413 ? 'FILE.TOO_LARGE' : status === 404 ? ErrorCode.NOT_FOUND : ErrorCode.BAD_USER_INPUT;
      const message =
        status === 413
          ? 'Filen er for stor.'
          : status === 404
            ? 'Det søgte findes ikke.'
            : 'Forespørgslen kunne ikke behandles.';
      res.status(status).json({ error: { code, message } });
      return undefined;
    }
    this.logger.error(
      { err: exception instanceof Error ? exception.name : 'unknown' },
      'unhandled http error',
    );
    res.status(500).json({ error: { code: ErrorCode.INTERNAL, message: 'Der opstod en fejl. Prøv igen.' } });
    return undefined;
  }
}
