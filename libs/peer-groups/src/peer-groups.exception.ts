import { AppError } from '@pleje/core/errors/app-error';

export enum PeerErrorCode {
  /** The group has no free place (and the caller asked for one directly). */
  GROUP_FULL = 'PEER.GROUP_FULL',
  /** A "must not be in the same group" pair would meet (safeguarding). */
  MUST_NOT_PAIR = 'PEER.MUST_NOT_PAIR',
  /** A move in a proposal would leave a child alone in a group. */
  LEAVES_ALONE = 'PEER.LEAVES_ALONE',
  /** Age band, audience or a closed group. */
  NOT_SUITABLE = 'PEER.NOT_SUITABLE',
  ALREADY_MEMBER = 'PEER.ALREADY_MEMBER',
  ILLEGAL_TRANSITION = 'PEER.ILLEGAL_TRANSITION',
  SESSION_CANCELLED = 'PEER.SESSION_CANCELLED',
  /** The proposal was confirmed or changed by someone else meanwhile. */
  STALE_PROPOSAL = 'PEER.STALE_PROPOSAL',
}

export class PeerError extends AppError {
  constructor(code: PeerErrorCode, message: string, fields?: Record<string, string>) {
    super(code, message, { fields });
    this.name = 'PeerError';
  }
}
