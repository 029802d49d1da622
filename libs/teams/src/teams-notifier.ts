import { Injectable } from '@nestjs/common';
import { jobId, OutboxService, QueueError, QueueErrorCode } from '@pleje/core';
import { EntityManager } from 'typeorm';
import { TeamsError, TeamsErrorCode } from './teams.exception';
import { TEAMS_MESSAGE_KINDS, TeamsMessageKind, TeamsMessageParams } from './teams-message-kinds';

export interface QueueTeamsMessageInput<K extends TeamsMessageKind> {
  recipientUserId: string;
  municipalityId: string | null;
  kind: K;
  params: TeamsMessageParams<K>;
  /** At most one Teams message per key, ever (e.g. `relief-reminder:<bookingId>:FAMILY`). */
  dedupeKey?: string;
}

/** Queues proactive Teams messages for the bot app to send. */
@Injectable()
export class TeamsNotifier {
  constructor(private readonly outbox: OutboxService) {}

  /**
   * Writes the teams_message row and its `teams.send-message` outbox job in the caller's transaction. Returns
   * false (and writes nothing) when the dedupe key was used already or the recipient has no live Teams chat
   * with the bot (not linked, or the app was removed). Throws TEAMS.INVALID_MESSAGE on params that do not fit.
   */
  async queue<K extends TeamsMessageKind>(
    manager: EntityManager,
    input: QueueTeamsMessageInput<K>,
  ): Promise<boolean> {
    if (!manager.queryRunner?.isTransactionActive)
      throw new QueueError(QueueErrorCode.OutboxNeedsTransaction);
    const schema = Object.prototype.hasOwnProperty.call(TEAMS_MESSAGE_KINDS, input.kind)
      ? TEAMS_MESSAGE_KINDS[input.kind]
      : undefined;
    const parsed = schema?.safeParse(input.params);
    if (!parsed?.success) throw new TeamsError(TeamsErrorCode.INVALID_MESSAGE, 'Ugyldig Teams-besked.');
    // One statement: the row goes in only while the recipient is linked and their chat is live, and at most
    // once per dedupe key even when two reminder runs race (ON CONFLICT on the partial unique index).
    const rows = (await manager.query(
      `INSERT INTO "teams_message" ("municipality_id", "recipient_user_id", "kind", "params", "dedupe_key")
       SELECT $1::uuid, $2::uuid, $3::varchar, $4::jsonb, $5::varchar
        WHERE EXISTS (SELECT 1 FROM "teams_link" l
                        JOIN "teams_conversation" c ON c."user_id" = l."user_id" AND c."gone_at" IS NULL
                       WHERE l."user_id" = $2::uuid)
       ON CONFLICT ("dedupe_key") WHERE "dedupe_key" IS NOT NULL DO NOTHING
       RETURNING "id"`,
      [
        input.municipalityId,
        input.recipientUserId,
        input.kind,
        JSON.stringify(parsed.data),
        input.dedupeKey ?? null,
      ],
    )) as Array<{ id: string }>;
    const id = rows[0]?.id;
    if (!id) return false;
    await this.outbox.add(manager, 'teams.send-message', { messageId: id }, jobId('teams', id));
    return true;
  }
}
