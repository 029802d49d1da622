import { AppError } from '@pleje/core/errors/app-error';

export enum ReliefErrorCode {
  /** The provider has no free place at some moment of the range. */
  SLOT_TAKEN = 'RELIEF.SLOT_TAKEN',
  /** The child already has relief booked that overlaps. */
  CHILD_BUSY = 'RELIEF.CHILD_BUSY',
  /** More døgn than the grant allows in its period (a consultant may override with a reason). */
  GRANT_EXCEEDED = 'RELIEF.GRANT_EXCEEDED',
  PROVIDER_AWAY = 'RELIEF.PROVIDER_AWAY',
  OUTSIDE_AVAILABILITY = 'RELIEF.OUTSIDE_AVAILABILITY',
  /** Age, needs, inactive provider or no AFLASTNING approval. */
  NOT_SUITABLE = 'RELIEF.NOT_SUITABLE',
  ILLEGAL_TRANSITION = 'RELIEF.ILLEGAL_TRANSITION',
  PLACEMENT_ENDED = 'RELIEF.PLACEMENT_ENDED',
}

export class ReliefError extends AppError {
  constructor(code: ReliefErrorCode, message: string, fields?: Record<string, string>) {
    super(code, message, { fields });
    this.name = 'ReliefError';
  }
}
