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
  /** The request window takes no more requests (closed, allocated or cancelled). */
  WINDOW_CLOSED = 'RELIEF.WINDOW_CLOSED',
  /** The window's places have already been shared out. */
  WINDOW_ALLOCATED = 'RELIEF.WINDOW_ALLOCATED',
  /** The child already has a request in this window. */
  ALREADY_REQUESTED = 'RELIEF.ALREADY_REQUESTED',
}

export class ReliefError extends AppError {
  constructor(code: ReliefErrorCode, message: string, fields?: Record<string, string>) {
    super(code, message, { fields });
    this.name = 'ReliefError';
  }
}
