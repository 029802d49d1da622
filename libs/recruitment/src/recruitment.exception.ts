import { AppError } from '@pleje/core/errors/app-error';

/** Recruitment's own `extensions.code` values, beside the shared ones (NOT_FOUND, FORBIDDEN …). */
export enum RecruitmentErrorCode {
  /** The move is not allowed from the current status (or not by this role). */
  ILLEGAL_TRANSITION = 'APPLICATION.ILLEGAL_TRANSITION',
  /** Someone else changed the application since it was read: reload and try again. */
  STALE = 'APPLICATION.STALE',
  /** The form is not complete or valid; `fields` says where. */
  INVALID_FORM = 'APPLICATION.INVALID_FORM',
  /** Approval needs every checklist line accepted and unexpired. */
  CHECKLIST_INCOMPLETE = 'APPLICATION.CHECKLIST_INCOMPLETE',
  /** The application can no longer be edited by the applicant. */
  NOT_EDITABLE = 'APPLICATION.NOT_EDITABLE',
  /** The account already has an open application. */
  ALREADY_OPEN = 'APPLICATION.ALREADY_OPEN',
  EVENT_FULL = 'RECRUITMENT_EVENT.FULL',
  EVENT_CLOSED = 'RECRUITMENT_EVENT.CLOSED',
  VACANCIES_INVALID = 'FOSTER_FAMILY.VACANCIES_INVALID',
}

export class RecruitmentError extends AppError {
  constructor(code: RecruitmentErrorCode, message: string, fields?: Record<string, string>) {
    super(code, message, { fields });
    this.name = 'RecruitmentError';
  }
}
