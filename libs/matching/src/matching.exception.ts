import { AppError } from '@pleje/core/errors/app-error';

export enum MatchingErrorCode {
  /** The need is already placed or cancelled. */
  NEED_NOT_WAITING = 'MATCHING.NEED_NOT_WAITING',
  /** The family breaks a hard rule for this need (approval, vacancies, age, excluded needs …). */
  NOT_ELIGIBLE = 'MATCHING.NOT_ELIGIBLE',
  /** The proposal was already accepted, declined or superseded. */
  PROPOSAL_DECIDED = 'MATCHING.PROPOSAL_DECIDED',
  /** Someone changed the row since it was read. */
  STALE = 'MATCHING.STALE',
  PLACEMENT_ENDED = 'PLACEMENT.ENDED',
}

export class MatchingError extends AppError {
  constructor(code: MatchingErrorCode, message: string, fields?: Record<string, string>) {
    super(code, message, { fields });
    this.name = 'MatchingError';
  }
}
