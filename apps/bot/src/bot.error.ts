export enum BotErrorCode {
  /** Production without MICROSOFT_APP_ID: the adapter would accept unauthenticated activities. */
  AppIdMissing = 'BOT.APP_ID_MISSING',
  /** An app id without its password or tenant id cannot authenticate as a single-tenant bot. */
  CredentialsIncomplete = 'BOT.CREDENTIALS_INCOMPLETE',
  /** POST /api/messages with a body that is not an activity. */
  InvalidActivity = 'BOT.INVALID_ACTIVITY',
}

/** Errors for operators (English is fine here); they never carry secrets or activity content. */
export class BotError extends Error {
  constructor(
    readonly code: BotErrorCode,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'BotError';
  }
}
