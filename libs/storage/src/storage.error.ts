import { AppError } from '@pleje/core';

export enum StorageErrorCode {
  EMPTY = 'FILE.EMPTY',
  TOO_LARGE = 'FILE.TOO_LARGE',
  TYPE_NOT_ALLOWED = 'FILE.TYPE_NOT_ALLOWED',
  NOT_FOUND = 'FILE.NOT_FOUND',
  INVALID_KEY = 'FILE.INVALID_KEY',
}

/** Errors of file checks and file storage. Messages are Danish and never quote file names or keys. */
export class StorageError extends AppError {
  constructor(
    override readonly code: StorageErrorCode,
    message: string,
  ) {
    super(code, message);
    this.name = 'StorageError';
  }

  static override notFound(): StorageError {
    return new StorageError(StorageErrorCode.NOT_FOUND, 'Filen findes ikke.');
  }

  static invalidKey(): StorageError {
    return new StorageError(StorageErrorCode.INVALID_KEY, 'Ugyldig filnøgle.');
  }
}
