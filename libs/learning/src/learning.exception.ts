import { AppError } from '@pleje/core/errors/app-error';

export enum LearningErrorCode {
  /** The action does not fit the request's status (e.g. resolve a closed request). */
  ILLEGAL_TRANSITION = 'LEARNING.ILLEGAL_TRANSITION',
  /** Resolving needs an outcome code, so the municipality can report what the work achieved. */
  OUTCOME_REQUIRED = 'LEARNING.OUTCOME_REQUIRED',
  /** Reassigned to someone who is not an active learning consultant of the municipality. */
  INVALID_ASSIGNEE = 'LEARNING.INVALID_ASSIGNEE',
  /** The placement has ended or the child is not part of it. */
  CHILD_NOT_AVAILABLE = 'LEARNING.CHILD_NOT_AVAILABLE',
}

export class LearningError extends AppError {
  constructor(code: LearningErrorCode, message: string, fields?: Record<string, string>) {
    super(code, message, { fields });
    this.name = 'LearningError';
  }
}
