import { AppError } from '../errors/app-error';

export enum QueueErrorCode {
  UnknownJob = 'QUEUE.UNKNOWN_JOB',
  InvalidPayload = 'QUEUE.INVALID_PAYLOAD',
  InvalidJobId = 'QUEUE.INVALID_JOB_ID',
  Unavailable = 'QUEUE.UNAVAILABLE',
  OutboxNeedsTransaction = 'QUEUE.OUTBOX_NEEDS_TRANSACTION',
}

const MESSAGES: Record<QueueErrorCode, string> = {
  [QueueErrorCode.UnknownJob]: 'Ukendt jobtype.',
  [QueueErrorCode.InvalidPayload]: 'Jobbets data er ugyldige.',
  [QueueErrorCode.InvalidJobId]: 'Jobbets id er ugyldigt.',
  [QueueErrorCode.Unavailable]: 'Jobkøen er ikke tilgængelig lige nu. Prøv igen om lidt.',
  [QueueErrorCode.OutboxNeedsTransaction]: 'Outbox-job skal skrives i en databasetransaktion.',
};

/** Queue failures. `fields` names the invalid payload fields, never their values (they stay out of logs). */
export class QueueError extends AppError {
  constructor(
    override readonly code: QueueErrorCode,
    fields?: Record<string, string>,
  ) {
    super(code, MESSAGES[code], { fields });
    this.name = 'QueueError';
  }
}
