import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TeamsConversation } from './teams-conversation.entity';
import { TeamsMessage, TeamsMessageStatus } from './teams-message.entity';
import { TeamsErrorCode } from './teams.exception';

/** A claim older than this belongs to a send that crashed; another run may take the message over. */
const CLAIM_LEASE_SECONDS = 120;

export type TeamsMessageClaim =
  | { status: 'claimed'; message: TeamsMessage; conversation: TeamsConversation }
  /** Sent already: a re-run of the job does nothing. */
  | { status: 'already-sent' }
  /** The row is gone (recipient erased) or failed for good. */
  | { status: 'gone' }
  | { status: 'failed'; code: string }
  /** Another run is sending it right now. */
  | { status: 'busy' };

/**
 * The state of proactive messages for the bot app's send job. The job owns the Bot Framework call; the rules
 * (send once, stop after the app was removed) live here.
 */
@Injectable()
export class TeamsMessageService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Claims a pending message for one send. Two runs of the same job (a retry racing a stalled run, a duplicate
   * enqueue) cannot both claim it, so the user gets the message once.
   */
  async claim(messageId: string): Promise<TeamsMessageClaim> {
    const [rows] = (await this.dataSource.query(
      `UPDATE "teams_message" SET "status" = 'SENDING', "claimed_at" = now(), "attempts" = "attempts" + 1
        WHERE "id" = $1 AND ("status" = 'PENDING'
           OR ("status" = 'SENDING' AND "claimed_at" < now() - make_interval(secs => $2)))
        RETURNING "id"`,
      [messageId, CLAIM_LEASE_SECONDS],
    )) as [Array<{ id: string }>, number];
    const message = await this.dataSource.getRepository(TeamsMessage).findOneBy({ id: messageId });
    if (!message) return { status: 'gone' };
    if (rows.length === 0) {
      if (message.status === TeamsMessageStatus.Sent) return { status: 'already-sent' };
      if (message.status === TeamsMessageStatus.Failed)
        return { status: 'failed', code: message.errorCode ?? TeamsErrorCode.SEND_FAILED };
      return { status: 'busy' };
    }
    const conversation = await this.dataSource
      .getRepository(TeamsConversation)
      .findOneBy({ userId: message.recipientUserId });
    if (!conversation || conversation.goneAt) {
      await this.fail(messageId, TeamsErrorCode.NO_CONVERSATION);
      return { status: 'failed', code: TeamsErrorCode.NO_CONVERSATION };
    }
    return { status: 'claimed', message, conversation };
  }

  async markSent(messageId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE "teams_message" SET "status" = 'SENT', "sent_at" = now(), "error_code" = NULL WHERE "id" = $1`,
      [messageId],
    );
  }

  /**
   * The connector said 403/404: the user removed the app or the chat is gone. Nothing more is sent to that chat
   * until the user writes again (TeamsLinkService.rememberConversation clears gone_at).
   */
  async markConversationGone(messageId: string, conversation: TeamsConversation): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      await em.query(
        `UPDATE "teams_conversation" SET "gone_at" = now()
          WHERE "id" = $1 AND "conversation_id" = $2 AND "gone_at" IS NULL`,
        [conversation.id, conversation.conversationId],
      );
      await em.query(`UPDATE "teams_message" SET "status" = 'FAILED', "error_code" = $2 WHERE "id" = $1`, [
        messageId,
        TeamsErrorCode.CONVERSATION_GONE,
      ]);
    });
  }

  /** A failure worth retrying: back to PENDING for the next attempt, or FAILED after the last one. */
  async releaseForRetry(messageId: string, code: string, lastAttempt: boolean): Promise<void> {
    await this.dataSource.query(
      `UPDATE "teams_message" SET "status" = $2, "error_code" = $3, "claimed_at" = NULL
        WHERE "id" = $1 AND "status" = 'SENDING'`,
      [messageId, lastAttempt ? TeamsMessageStatus.Failed : TeamsMessageStatus.Pending, code.slice(0, 60)],
    );
  }

  async fail(messageId: string, code: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE "teams_message" SET "status" = 'FAILED', "error_code" = $2 WHERE "id" = $1`,
      [messageId, code.slice(0, 60)],
    );
  }
}
