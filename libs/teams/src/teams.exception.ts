import { AppError } from '@pleje/core/errors/app-error';

export enum TeamsErrorCode {
  /** The typed code is wrong, expired or already used (one answer for all three: no oracle). */
  CODE_INVALID = 'TEAMS.CODE_INVALID',
  /** Five wrong codes from this Teams user within the hour. */
  LINK_LOCKED = 'TEAMS.LINK_LOCKED',
  /** Linking could not count attempts (Redis down): refused rather than unprotected. */
  LINK_UNAVAILABLE = 'TEAMS.LINK_UNAVAILABLE',
  /** The portal account behind the code is deactivated. */
  USER_INACTIVE = 'TEAMS.USER_INACTIVE',
  /** The Teams single sign-on token failed validation (signature, tenant, audience, lifetime or user). */
  SSO_TOKEN_REFUSED = 'TEAMS.SSO_TOKEN_REFUSED',
  /** The token is valid, but no single active account of the bot's municipality matches it. */
  SSO_NO_ACCOUNT = 'TEAMS.SSO_NO_ACCOUNT',
  /** Single sign-on is not configured (no tenant id or bot app id). */
  SSO_OFF = 'TEAMS.SSO_OFF',
  /** A proactive message kind that does not exist or params that do not fit it: a programming error. */
  INVALID_MESSAGE = 'TEAMS.INVALID_MESSAGE',
  /** The connector answered 403/404: the app was removed or the chat is gone. */
  CONVERSATION_GONE = 'TEAMS.CONVERSATION_GONE',
  /** No live conversation reference for the recipient any more. */
  NO_CONVERSATION = 'TEAMS.NO_CONVERSATION',
  /** Any other connector failure; retried with backoff. */
  SEND_FAILED = 'TEAMS.SEND_FAILED',
}

export class TeamsError extends AppError {
  constructor(code: TeamsErrorCode, message: string) {
    super(code, message);
    this.name = 'TeamsError';
  }
}
