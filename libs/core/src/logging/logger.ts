import { LoggerService } from '@nestjs/common';
import pino, { Logger } from 'pino';
import { requestContext } from '../context/request-context';

/**
 * Structured JSON logs. Only ids, codes and timings go in: never names, e-mails, message texts or tokens.
 * The redact list is the safety net for fields that slip through.
 */
export function createLogger(level: string, app: string): Logger {
  return pino({
    level,
    base: { app },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: [
        '*.password',
        '*.email',
        '*.name',
        '*.token',
        '*.accessToken',
        '*.authorization',
        '*.cookie',
        '*.text',
      ],
      censor: '[redacted]',
    },
    mixin: () => {
      const ctx = requestContext.get();
      return ctx ? { requestId: ctx.requestId, ...(ctx.actor ? { actorId: ctx.actor.userId } : {}) } : {};
    },
  });
}

/** Nest's logger interface on top of pino, so framework messages are JSON too. */
export class JsonLogger implements LoggerService {
  constructor(readonly pino: Logger) {}

  log(message: unknown, context?: string): void {
    this.pino.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.pino.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string): void {
    this.pino.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string): void {
    this.pino.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string): void {
    this.pino.trace({ context }, String(message));
  }
}
