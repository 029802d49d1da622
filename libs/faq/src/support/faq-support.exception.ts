import { AppError } from '@pleje/core/errors/app-error';

export enum FaqTicketErrorCode {
  /** Another consultant took the ticket first. */
  TAKEN = 'FAQ_TICKET.TAKEN',
  /** The action does not fit the ticket's status (e.g. answer a closed ticket). */
  ILLEGAL_TRANSITION = 'FAQ_TICKET.ILLEGAL_TRANSITION',
  /** Only the consultant the ticket is assigned to answers it. */
  NOT_ASSIGNEE = 'FAQ_TICKET.NOT_ASSIGNEE',
  /** The chosen consultant is not an active consultant of the ticket's team. */
  INVALID_ASSIGNEE = 'FAQ_TICKET.INVALID_ASSIGNEE',
  /** The ticket already became a knowledge-base entry. */
  ALREADY_IN_KNOWLEDGE_BASE = 'FAQ_TICKET.ALREADY_IN_KNOWLEDGE_BASE',
  /** The rated entry was not among the answers shown for the question. */
  NOT_A_CANDIDATE = 'FAQ_FEEDBACK.NOT_A_CANDIDATE',
  /** The logged question's text was erased after the retention period: ask again. */
  QUESTION_ERASED = 'FAQ_TICKET.QUESTION_ERASED',
}

export class FaqTicketError extends AppError {
  constructor(code: FaqTicketErrorCode, message: string, fields?: Record<string, string>) {
    super(code, message, { fields });
    this.name = 'FaqTicketError';
  }
}
