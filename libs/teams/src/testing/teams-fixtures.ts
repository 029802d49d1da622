import { DataSource } from 'typeorm';

/**
 * Links a portal user to a made-up Teams user with a live personal chat, as "forbind <code>" followed by a
 * message would (the protocol path itself is tested in test/bot). For reminder tests in other contexts.
 */
export async function linkToTeamsForTest(
  ds: DataSource,
  userId: string,
  municipalityId: string,
): Promise<void> {
  const channelUserId = `29:test-${userId}`;
  await ds.query(`INSERT INTO teams_link (user_id, municipality_id, channel_user_id) VALUES ($1, $2, $3)`, [
    userId,
    municipalityId,
    channelUserId,
  ]);
  await ds.query(
    `INSERT INTO teams_conversation (user_id, service_url, conversation_id, bot_id, channel_user_id, channel_id)
     VALUES ($1, 'http://127.0.0.1:9/', $2, '28:bot', $3, 'msteams')`,
    [userId, `a:test-${userId}`, channelUserId],
  );
}

export interface QueuedTeamsMessage {
  recipient_user_id: string;
  kind: string;
  params: Record<string, unknown>;
  dedupe_key: string;
  /** Outbox jobs written for the row (one, or the send would be lost or doubled). */
  jobs: number;
}

export function teamsMessagesLike(ds: DataSource, dedupePrefix: string): Promise<QueuedTeamsMessage[]> {
  return ds.query(
    `SELECT t.recipient_user_id, t.kind, t.params, t.dedupe_key,
            (SELECT count(*)::int FROM outbox_job o
              WHERE o.job_name = 'teams.send-message' AND o.payload->>'messageId' = t.id::text) AS jobs
       FROM teams_message t WHERE t.dedupe_key LIKE $1 ORDER BY t.dedupe_key`,
    [`${dedupePrefix}%`],
  ) as Promise<QueuedTeamsMessage[]>;
}
