/** The fixed vocabulary of `extensions.code` shared by every context; contexts add their own `CONTEXT.REASON` codes. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  INTERNAL = 'INTERNAL',
}

export interface AppErrorOptions {
  /** Danish messages per input field, shown beside the field in the portal. */
  fields?: Record<string, string>;
}

/**
 * The one error type services throw. `message` is Danish and safe to show a user: it must never contain
 * personal data. Context-specific errors subclass it with their own code enum (e.g. `RELIEF.SLOT_TAKEN`).
 */
export class AppError extends Error {
  readonly fields?: Record<string, string>;

  constructor(
    readonly code: ErrorCode | string,
    message: string,
    options: AppErrorOptions = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.fields = options.fields;
  }

  static unauthenticated(message = 'Du skal logge ind.'): AppError {
    return new AppError(ErrorCode.UNAUTHENTICATED, message);
  }

  static forbidden(message = 'Du har ikke adgang til denne handling.'): AppError {
    return new AppError(ErrorCode.FORBIDDEN, message);
  }

  static notFound(message = 'Det søgte findes ikke.'): AppError {
    return new AppError(ErrorCode.NOT_FOUND, message);
  }

  static badInput(
    fields: Record<string, string>,
    message = 'Der er fejl i de indtastede oplysninger.',
  ): AppError {
    return new AppError(ErrorCode.BAD_USER_INPUT, message, { fields });
  }

  static conflict(message: string, fields?: Record<string, string>): AppError {
    return new AppError(ErrorCode.CONFLICT, message, { fields });
  }
}
