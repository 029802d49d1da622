import { createHash, randomBytes } from 'node:crypto';
import { isUUID } from 'class-validator';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Actor, AppConfig, AppError, assertInScope, AuditService, InjectConfig, Role } from '@pleje/core';
import { buildIcsCalendar, IcsCalendarEvent } from '@pleje/notifications';
import { ReliefBookingStatus } from '../relief-booking.entity';
import { ReliefCalendarFeed, ReliefCalendarFeedOwnerKind } from './relief-calendar-feed.entity';

/** 32 random bytes as base64url: 43 characters, no padding. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const PAST_DAYS = 30;
const AHEAD_MONTHS = 12;

export interface CreatedReliefCalendarFeed {
  feed: ReliefCalendarFeed;
  /** The subscription URL with the token: shown once, never stored. */
  url: string;
}

export function hashFeedToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

interface FeedRow {
  id: string;
  starts_at: Date;
  ends_at: Date;
  status: ReliefBookingStatus;
  version: number;
  provider_name: string;
  first_names: string[] | null;
}

/** Subscribable .ics feeds of relief stays, per foster family and per provider, behind revocable tokens. */
@Injectable()
export class ReliefCalendarFeedService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async create(
    actor: Actor,
    ownerKind: ReliefCalendarFeedOwnerKind,
    ownerId: string,
  ): Promise<CreatedReliefCalendarFeed> {
    return this.dataSource.transaction(async (em) => {
      await this.assertOwnerAccess(em, actor, ownerKind, ownerId);
      const token = randomBytes(32).toString('base64url');
      const feed = await em.save(
        em.create(ReliefCalendarFeed, {
          municipalityId: actor.municipalityId,
          ownerKind,
          ownerId,
          tokenHash: hashFeedToken(token),
          createdBy: actor.userId,
          revokedAt: null,
          revokedBy: null,
        }),
      );
      await this.audit.record(
        actor,
        { action: 'CREATE', entity: 'relief_calendar_feed', entityId: feed.id, details: { ownerKind } },
        em,
      );
      return { feed, url: this.urlFor(token) };
    });
  }

  async revoke(actor: Actor, id: string): Promise<ReliefCalendarFeed> {
    return this.dataSource.transaction(async (em) => {
      // Another municipality's feed looks exactly like a missing one.
      const feed = assertInScope(
        actor,
        isUUID(id)
          ? await em.findOne(ReliefCalendarFeed, { where: { id }, lock: { mode: 'pessimistic_write' } })
          : null,
      );
      await this.assertOwnerAccess(em, actor, feed.ownerKind, feed.ownerId);
      if (feed.revokedAt) return feed;
      feed.revokedAt = new Date();
      feed.revokedBy = actor.userId;
      const saved = await em.save(feed);
      await this.audit.record(
        actor,
        { action: 'UPDATE', entity: 'relief_calendar_feed', entityId: id, details: { revoked: true } },
        em,
      );
      return saved;
    });
  }

  /** Active feeds the actor may manage: a foster parent's own, or every one in the municipality for a consultant. */
  async list(actor: Actor): Promise<ReliefCalendarFeed[]> {
    const qb = this.dataSource
      .getRepository(ReliefCalendarFeed)
      .createQueryBuilder('f')
      .where('f.municipality_id = :m AND f.revoked_at IS NULL', { m: actor.municipalityId })
      .orderBy('f.created_at', 'DESC');
    if (actor.role !== Role.FAMILY_CONSULTANT)
      qb.andWhere(
        `((f.owner_kind = 'FAMILY' AND f.owner_id IN (SELECT ff.id FROM foster_family ff WHERE ff.user_id = :u))
          OR (f.owner_kind = 'PROVIDER' AND f.owner_id IN (SELECT r.id FROM relief_provider r JOIN foster_family ff ON ff.id = r.foster_family_id WHERE ff.user_id = :u)))`,
        { u: actor.userId },
      );
    return qb.getMany();
  }

  /**
   * The calendar for a token, or null for an unknown, malformed or revoked one (the caller answers 404 for
   * all three alike). Requested and confirmed stays from 30 days back to 12 months ahead.
   */
  async render(token: string, now = new Date()): Promise<string | null> {
    if (!TOKEN.test(token)) return null;
    const feed = await this.dataSource
      .getRepository(ReliefCalendarFeed)
      .findOne({ where: { tokenHash: hashFeedToken(token), revokedAt: IsNull() } });
    if (!feed) return null;
    const from = new Date(now.getTime() - PAST_DAYS * 86_400_000);
    const to = new Date(now);
    to.setUTCMonth(to.getUTCMonth() + AHEAD_MONTHS);
    const ownerFilter =
      feed.ownerKind === ReliefCalendarFeedOwnerKind.FAMILY
        ? `p."foster_family_id" = $2`
        : `b."provider_id" = $2`;
    const rows = (await this.dataSource.query(
      `SELECT b."id", b."starts_at", b."ends_at", b."status", b."version", r."name" AS provider_name,
              ARRAY(SELECT c->>'firstName' FROM jsonb_array_elements(n."children") c) AS first_names
       FROM "relief_booking" b
       JOIN "placement" p ON p."id" = b."placement_id"
       JOIN "placement_need" n ON n."id" = p."need_id"
       JOIN "relief_provider" r ON r."id" = b."provider_id"
       WHERE b."municipality_id" = $1 AND ${ownerFilter}
         AND b."status" IN ('REQUESTED', 'CONFIRMED')
         AND b."ends_at" > $3 AND b."starts_at" < $4
       ORDER BY b."starts_at", b."id"`,
      [feed.municipalityId, feed.ownerId, from, to],
    )) as FeedRow[];
    const host = new URL(this.config.publicUrl).hostname;
    const url = `${this.config.publicUrl}/aflastning`;
    const events: IcsCalendarEvent[] = rows.map((row) => {
      const names = (row.first_names ?? []).filter((n) => n && n.trim()).join(' og ');
      const confirmed = row.status === ReliefBookingStatus.CONFIRMED;
      return {
        // The same UID as the reminder mail's attachment, so a calendar keeps one entry.
        uid: `relief-${row.id}@${host}`,
        sequence: row.version,
        status: confirmed ? 'CONFIRMED' : 'TENTATIVE',
        // First names only: the feed is read by calendar servers outside the municipality.
        title: `Aflastning${names ? `: ${names}` : ''}${confirmed ? '' : ' (afventer svar)'}`,
        location: row.provider_name,
        description: `Se aflastningen i Plejeportalen: ${url}`,
        startsAt: new Date(row.starts_at),
        endsAt: new Date(row.ends_at),
        url,
        stamp: now,
      };
    });
    return buildIcsCalendar(events, { name: 'Aflastning (Plejeportalen)' });
  }

  private urlFor(token: string): string {
    return `${this.config.publicUrl}/api/calendar/relief/${token}.ics`;
  }

  /** A foster parent manages feeds of the own family and the own relief family; a consultant every one. */
  private async assertOwnerAccess(
    em: EntityManager,
    actor: Actor,
    ownerKind: ReliefCalendarFeedOwnerKind,
    ownerId: string,
  ): Promise<void> {
    if (!isUUID(ownerId)) throw AppError.notFound();
    const consultant = actor.role === Role.FAMILY_CONSULTANT;
    if (!consultant && actor.role !== Role.FOSTER_PARENT) throw AppError.forbidden();
    const [row] = (await em.query(
      ownerKind === ReliefCalendarFeedOwnerKind.FAMILY
        ? `SELECT f."user_id" AS owner_user FROM "foster_family" f
           WHERE f."id" = $1 AND f."municipality_id" = $2`
        : `SELECT f."user_id" AS owner_user FROM "relief_provider" r
           LEFT JOIN "foster_family" f ON f."id" = r."foster_family_id"
           WHERE r."id" = $1 AND r."municipality_id" = $2`,
      [ownerId, actor.municipalityId],
    )) as Array<{ owner_user: string | null }>;
    // Another family's calendar looks exactly like a missing one.
    if (!row || (!consultant && row.owner_user !== actor.userId)) throw AppError.notFound();
  }
}
