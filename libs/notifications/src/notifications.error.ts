import { AppError } from '@pleje/core';

export enum NotificationsErrorCode {
  UnknownTemplate = 'EMAIL.UNKNOWN_TEMPLATE',
  InvalidParams = 'EMAIL.INVALID_PARAMS',
  RecipientUnavailable = 'EMAIL.RECIPIENT_UNAVAILABLE',
  RecipientRejected = 'EMAIL.RECIPIENT_REJECTED',
  SmtpFailed = 'EMAIL.SMTP_FAILED',
}

const MESSAGES: Record<NotificationsErrorCode, string> = {
  [NotificationsErrorCode.UnknownTemplate]: 'Ukendt mailskabelon.',
  [NotificationsErrorCode.InvalidParams]: 'Mailens data er ugyldige.',
  [NotificationsErrorCode.RecipientUnavailable]: 'Modtageren findes ikke eller er deaktiveret.',
  [NotificationsErrorCode.RecipientRejected]: 'Mailserveren afviste modtageren.',
  [NotificationsErrorCode.SmtpFailed]: 'Mailen kunne ikke sendes lige nu.',
};

/** Notification failures: codes and field names only, never addresses, names or mail text. */
export class NotificationsError extends AppError {
  constructor(
    override readonly code: NotificationsErrorCode,
    fields?: Record<string, string>,
  ) {
    super(code, MESSAGES[code], { fields });
    this.name = 'NotificationsError';
  }
}
