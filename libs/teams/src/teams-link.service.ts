import { createHash, createHmac, randomInt } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, AppConfig, AuditService, InjectConfig, REDIS, Role } from '@pleje/core';
import { TeamsError, TeamsErrorCode } from './teams.exception';

/** A code is valid this long after it is shown in the portal. */
export const LINK_CODE_TTL_MINUTES = 10;
/** Wrong codes a Teams user may type per window before linking is locked for the rest of it. */
export const LINK_MAX_WRONG_CODES = 5;
export const LINK_ATTEMPT_WINDOW_SECONDS = 3600;

const CODE = /^\d{6}$/;

/** How a Teams user proved which portal account is theirs (kept in the audit event). */
export type LinkMethod = 'code' | 'sso';

/** Who wrote to the bot, as the channel reports it. */
export interface TeamsIdentity {
  /** The bot channel's user id ("29:..."). */
  channelUserId: string;
  aadObjectId: string | null;
  tenantId: string | null;
}

/** What a proactive message needs to reach a personal chat again. */
export interface TeamsConversationReference {
  serviceUrl: string;
  conversationId: string;
  botId: string;
  channelUserId: string;
  channelId: string;
  tenantId: string | null;
}

export interface TeamsLinkCodeResult {
  /** Six digits, shown once; only a keyed hash is stored. */
  code: string;
  expiresAt: Date;
}

export interface TeamsLinkStatus {
  linked: boolean;
  linkedAt: Date | null;
  /** A live personal chat exists, so proactive messages can arrive. */
  reachable: boolean;
}

interface UserRow {
  id: string;
  municipality_id: string;
  role: Role;
  active: boolean;
}

/** Links Teams users to portal accounts with one-time codes, and keeps their chat references. */
@Injectable()
export class TeamsLinkService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(REDIS) private readonly redis: Redis,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /** A new code for the signed-in user; earlier unused codes of the user stop working. */
  async createLinkCode(actor: Actor): Promise<TeamsLinkCodeResult> {
    return this.dataSource.transaction(async (em) => {
      // Expired codes free their hash for reuse; old used ones have no purpose left.
      await em.query(
        `DELETE FROM "teams_link_code"
          WHERE "user_id" = $1 AND "used_at" IS NULL
             OR ("used_at" IS NULL AND "expires_at" < now())
             OR "used_at" < now() - interval '1 day'`,
        [actor.userId],
      );
      for (;;) {
        const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
        // A live code of another user with the same digits: draw again (the partial unique index decides).
        const rows = (await em.query(
          `INSERT INTO "teams_link_code" ("user_id", "code_hash", "expires_at")
           VALUES ($1, $2, now() + make_interval(mins => $3))
           ON CONFLICT ("code_hash") WHERE "used_at" IS NULL DO NOTHING
           RETURNING "id", "expires_at"`,
          [actor.userId, this.hashCode(code), LINK_CODE_TTL_MINUTES],
        )) as Array<{ id: string; expires_at: Date }>;
        const row = rows[0];
        if (!row) continue;
        await this.audit.record(actor, { action: 'CREATE', entity: 'teams_link_code', entityId: row.id }, em);
        return { code, expiresAt: row.expires_at };
      }
    });
  }

  async status(actor: Actor): Promise<TeamsLinkStatus> {
    const [row] = (await this.dataSource.query(
      `SELECT l."linked_at", (c."id" IS NOT NULL AND c."gone_at" IS NULL) AS reachable
         FROM "teams_link" l LEFT JOIN "teams_conversation" c ON c."user_id" = l."user_id"
        WHERE l."user_id" = $1`,
      [actor.userId],
    )) as Array<{ linked_at: Date; reachable: boolean }>;
    return row
      ? { linked: true, linkedAt: row.linked_at, reachable: row.reachable }
      : { linked: false, linkedAt: null, reachable: false };
  }

  /** Removes the link, the chat reference and unused codes. False when there was no link. */
  async unlink(actor: Actor): Promise<boolean> {
    return this.dataSource.transaction(async (em) => {
      const removed = (await em.query(`DELETE FROM "teams_link" WHERE "user_id" = $1 RETURNING "id"`, [
        actor.userId,
      ])) as [Array<{ id: string }>, number];
      await em.query(`DELETE FROM "teams_conversation" WHERE "user_id" = $1`, [actor.userId]);
      await em.query(`DELETE FROM "teams_link_code" WHERE "user_id" = $1 AND "used_at" IS NULL`, [
        actor.userId,
      ]);
      const id = removed[0][0]?.id;
      if (!id) return false;
      await this.audit.record(actor, { action: 'DELETE', entity: 'teams_link', entityId: id }, em);
      return true;
    });
  }

  /**
   * Links the Teams user to the account whose code was typed and returns that account's actor. Every attempt
   * counts against the Teams user's hourly limit before the code is even looked at, so parallel guesses
   * cannot slip past it. A link replaces earlier links of both the Teams user and the portal account.
   */
  async linkWithCode(identity: TeamsIdentity, code: string): Promise<Actor> {
    const attemptsKey = this.attemptsKey(identity.channelUserId);
    let attempts: number;
    try {
      const result = await this.redis
        .multi()
        .incr(attemptsKey)
        .expire(attemptsKey, LINK_ATTEMPT_WINDOW_SECONDS, 'NX')
        .exec();
      attempts = Number(result?.[0]?.[1]);
      if (!Number.isFinite(attempts)) throw new Error('no count');
    } catch {
      // Fail closed: without a counter the code could be guessed at full speed.
      throw new TeamsError(
        TeamsErrorCode.LINK_UNAVAILABLE,
        'Jeg kan ikke forbinde dig lige nu. Prøv igen om lidt.',
      );
    }
    if (attempts > LINK_MAX_WRONG_CODES) {
      throw new TeamsError(
        TeamsErrorCode.LINK_LOCKED,
        'Du har skrevet en forkert kode for mange gange. Af hensyn til sikkerheden kan du først prøve igen om en time.',
      );
    }
    const actor = CODE.test(code)
      ? await this.dataSource.transaction((em) => this.consumeCode(em, identity, code))
      : null;
    if (!actor) {
      const left = LINK_MAX_WRONG_CODES - attempts;
      throw new TeamsError(
        TeamsErrorCode.CODE_INVALID,
        `Koden passer ikke eller er udløbet. Lav en ny kode på Plejeportalen og prøv igen${
          left > 0 ? ` (du har ${left} forsøg tilbage)` : ''
        }.`,
      );
    }
    await this.redis.del(attemptsKey).catch(() => undefined);
    return actor;
  }

  /** The portal actor behind a Teams user, or null when unlinked or the account is deactivated. */
  async actorFor(identity: Pick<TeamsIdentity, 'channelUserId'>): Promise<Actor | null> {
    const [row] = (await this.dataSource.query(
      `SELECT u."id", u."municipality_id", u."role", u."active"
         FROM "teams_link" l JOIN "app_user" u ON u."id" = l."user_id"
        WHERE l."channel_user_id" = $1`,
      [identity.channelUserId],
    )) as UserRow[];
    if (!row?.active) return null;
    return { userId: row.id, municipalityId: row.municipality_id, role: row.role };
  }

  /**
   * Stores or refreshes the personal chat of a linked user and clears `gone_at`: writing to the bot again
   * is the signal that the app is back.
   */
  async rememberConversation(userId: string, ref: TeamsConversationReference): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO "teams_conversation"
         ("user_id", "service_url", "conversation_id", "bot_id", "channel_user_id", "channel_id", "tenant_id")
       SELECT $1::uuid, $2::varchar, $3::varchar, $4::varchar, $5::varchar, $6::varchar, $7::varchar
        WHERE EXISTS (SELECT 1 FROM "teams_link" WHERE "user_id" = $1::uuid AND "channel_user_id" = $5::varchar)
       ON CONFLICT ("user_id") DO UPDATE SET
         "service_url" = EXCLUDED."service_url", "conversation_id" = EXCLUDED."conversation_id",
         "bot_id" = EXCLUDED."bot_id", "channel_user_id" = EXCLUDED."channel_user_id",
         "channel_id" = EXCLUDED."channel_id", "tenant_id" = EXCLUDED."tenant_id",
         "updated_at" = now(), "gone_at" = NULL`,
      [userId, ref.serviceUrl, ref.conversationId, ref.botId, ref.channelUserId, ref.channelId, ref.tenantId],
    );
  }

  private async consumeCode(em: EntityManager, identity: TeamsIdentity, code: string): Promise<Actor | null> {
    // Serialise links of the same Teams user, then of the same account (always in this order: no deadlock).
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('teams-link-channel:' || $1))`, [
      identity.channelUserId,
    ]);
    const [used] = (await em.query(
      `UPDATE "teams_link_code" SET "used_at" = now()
        WHERE "code_hash" = $1 AND "used_at" IS NULL AND "expires_at" > now()
        RETURNING "user_id"`,
      [this.hashCode(code)],
    )) as [Array<{ user_id: string }>, number];
    const userId = used[0]?.user_id;
    if (!userId) return null;
    return this.linkAccount(em, identity, userId, 'code');
  }

  /**
   * Links the Teams user to an account whose identity was proven another way (Teams single sign-on): the same
   * link row, replacement rules, locks and audit as a code. Throws USER_INACTIVE for a deactivated account.
   */
  async linkVerifiedAccount(identity: TeamsIdentity, userId: string, via: LinkMethod): Promise<Actor> {
    return this.dataSource.transaction(async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('teams-link-channel:' || $1))`, [
        identity.channelUserId,
      ]);
      return this.linkAccount(em, identity, userId, via);
    });
  }

  /** Call with the Teams user's advisory lock held (see consumeCode). */
  private async linkAccount(
    em: EntityManager,
    identity: TeamsIdentity,
    userId: string,
    via: LinkMethod,
  ): Promise<Actor> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('teams-link-user:' || $1))`, [userId]);
    const [user] = (await em.query(
      `SELECT "id", "municipality_id", "role", "active" FROM "app_user" WHERE "id" = $1`,
      [userId],
    )) as UserRow[];
    if (!user?.active) {
      throw new TeamsError(
        TeamsErrorCode.USER_INACTIVE,
        'Din konto på Plejeportalen er ikke aktiv. Kontakt din kommune.',
      );
    }
    const actor: Actor = { userId: user.id, municipalityId: user.municipality_id, role: user.role };
    // Replaced links take their chat references with them: a reminder for the earlier account must never
    // reach this Teams user, nor one for this account the earlier Teams user.
    const [replaced] = (await em.query(
      `DELETE FROM "teams_link" WHERE "user_id" = $1 OR "channel_user_id" = $2 RETURNING "user_id"`,
      [userId, identity.channelUserId],
    )) as [Array<{ user_id: string }>, number];
    await em.query(`DELETE FROM "teams_conversation" WHERE "user_id" = ANY($1::uuid[])`, [
      [userId, ...replaced.map((r) => r.user_id)],
    ]);
    const [link] = (await em.query(
      `INSERT INTO "teams_link" ("user_id", "municipality_id", "channel_user_id", "aad_object_id", "tenant_id")
       VALUES ($1, $2, $3, $4, $5) RETURNING "id"`,
      [userId, user.municipality_id, identity.channelUserId, identity.aadObjectId, identity.tenantId],
    )) as Array<{ id: string }>;
    await this.audit.record(
      actor,
      {
        action: 'CREATE',
        entity: 'teams_link',
        entityId: link.id,
        details: { replaced: replaced.length, via },
      },
      em,
    );
    return actor;
  }

  private hashCode(code: string): string {
    // Keyed, and separated from the secret's other use: six digits would fall to a plain hash at once.
    return createHmac('sha256', this.config.auth.jwtSecret).update(`teams-link-code:${code}`).digest('hex');
  }

  private attemptsKey(channelUserId: string): string {
    const id = createHash('sha256').update(channelUserId).digest('hex').slice(0, 32);
    return `${this.config.redis.prefix}:teams-link-attempts:${id}`;
  }
}
