import { AppError } from '@pleje/core/errors/app-error';

export enum FaqErrorCode {
  /** Someone saved the entry since it was loaded: reload and edit again. */
  STALE = 'FAQ.STALE',
  /** Another entry in the municipality already uses the key. */
  KEY_TAKEN = 'FAQ.KEY_TAKEN',
  /** Archived entries cannot be edited. */
  ARCHIVED = 'FAQ.ARCHIVED',
  /** The synonym term is already kept. */
  SYNONYM_EXISTS = 'FAQ.SYNONYM_EXISTS',
  /** The entry already has the most phrasings allowed (20). */
  PHRASINGS_FULL = 'FAQ.PHRASINGS_FULL',
  /** A colleague accepted or dismissed the suggested phrasing first. */
  SUGGESTION_HANDLED = 'FAQ.SUGGESTION_HANDLED',
}

export class FaqError extends AppError {
  constructor(code: FaqErrorCode, message: string, fields?: Record<string, string>) {
    super(code, message, { fields });
    this.name = 'FaqError';
  }
}
