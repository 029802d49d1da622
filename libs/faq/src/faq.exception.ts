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
}

export class FaqError extends AppError {
  constructor(code: FaqErrorCode, message: string, fields?: Record<string, string>) {
    super(code, message, { fields });
    this.name = 'FaqError';
  }
}
