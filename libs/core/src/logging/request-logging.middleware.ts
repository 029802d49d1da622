import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { requestContext } from '../context/request-context';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Calendar feed URLs carry their secret token as the last segment: it must never reach a log. */
function redactPath(path: string): string {
  return path.replace(/^(\/api\/calendar\/[^/]+\/)[^/]+$/, '$1[redacted]');
}

/** Assigns a request id (or keeps a well-formed incoming one), echoes it, and logs one line per request. */
export function requestLogging(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const incoming = req.header('x-request-id');
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    requestContext.run({ requestId }, () => {
      res.on('finish', () => {
        // The path only (no query string): URLs never carry personal data, but query strings might.
        logger.info(
          {
            requestId,
            method: req.method,
            path: redactPath(req.originalUrl.split('?')[0]),
            status: res.statusCode,
            ms: Number(process.hrtime.bigint() - started) / 1e6,
          },
          'request',
        );
      });
      next();
    });
  };
}
