import { createHash } from 'node:crypto';
import { isUUID } from 'class-validator';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { Actor, AppError, assertInScope, AuditService, Role } from '@pleje/core';
import { NotificationsService } from '@pleje/notifications';
import { localParts } from '../local-time';
import { ReliefBooking } from '../relief-booking.entity';
import { ReliefError, ReliefErrorCode } from '../relief.exception';
import { reliefConstraintError, ReliefService } from '../relief.service';
import {
  ReliefRequestWindow,
  ReliefWindowRequest,
  ReliefWindowRequestStatus,
  ReliefWindowStatus,
} from './relief-request-window.entity';

/** How far back "relief so far" looks when scarce dates are shared out. */
const PRIOR_DAYS_LOOKBACK_MS = 365 * 86_400_000;
/** Outcomes that end the attempts for a request; any other refusal just moves on to the next provider. */
const FINAL_FOR_REQUEST = new Set<string>([
  ReliefErrorCode.GRANT_EXCEEDED,
  ReliefErrorCode.CHILD_BUSY,
  ReliefErrorCode.PLACEMENT_ENDED,
]);

export interface OpenWindowInput {
  title: string;
  startsAt: Date;
  endsAt: Date;
  closesAt: Date;
}

export interface WindowRequestInput {
  windowId: string;
  placementId: string;
  /** Defaults to the whole window. */
  startsAt?: Date | null;
  endsAt?: Date | null;
  preferredProviderId?: string | null;
  note?: string | null;
}

/** A request with the priority it has (live while pending, as fixed at allocation afterwards). */
export interface RankedRequest {
  request: ReliefWindowRequest;
  strained: boolean;
  priorDays: number;
  /** Deterministic lottery among equals: not the time of asking. */
  lot: string;
}

/**
 * Scarce dates shared out fairly. The consultant opens a request window for a period where demand exceeds
 * supply; families (or their caseworker) ask for a stay inside it until it closes; then the allocation serves the
 * requests in order of need — strained placements first, then the children who have had the least relief in
 * the past year, then a lottery among equals — never in the order they were sent. Each served request is booked
 * through the ordinary booking rules (capacity, the child's grant, the provider's calendar), the family's own
 * wish or usual relief family first.
 */
@Injectable()
export class ReliefWindowService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly relief: ReliefService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async open(actor: Actor, input: OpenWindowInput): Promise<ReliefRequestWindow> {
    const fields: Record<string, string> = {};
    const title = input.title.trim();
    if (!title || title.length > 200) fields.title = 'Giv perioden et navn på højst 200 tegn.';
    if (!(input.endsAt > input.startsAt)) fields.endsAt = 'Perioden skal slutte efter den begynder.';
    else if (input.endsAt.getTime() - input.startsAt.getTime() > 31 * 86_400_000)
      fields.endsAt = 'En periode kan højst vare 31 døgn.';
    if (!(input.closesAt > new Date())) fields.closesAt = 'Fristen for ønsker skal ligge i fremtiden.';
    else if (input.closesAt > input.startsAt)
      fields.closesAt = 'Fristen for ønsker skal ligge før perioden begynder.';
    if (Object.keys(fields).length) throw AppError.badInput(fields);
    return this.dataSource.transaction(async (em) => {
      const window = await em.save(
        em.create(ReliefRequestWindow, {
          municipalityId: actor.municipalityId,
          title,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          closesAt: input.closesAt,
          openedBy: actor.userId,
        }),
      );
      await this.audit.record(
        actor,
        { action: 'CREATE', entity: 'relief_request_window', entityId: window.id },
        em,
      );
      return window;
    });
  }

  /** Staff see every window of the municipality; a foster family sees the open ones and those it asked in. */
  async windows(actor: Actor): Promise<ReliefRequestWindow[]> {
    if (actor.role === Role.FOSTER_PARENT)
      return this.dataSource
        .getRepository(ReliefRequestWindow)
        .createQueryBuilder('w')
        .where('w.municipality_id = :municipalityId', { municipalityId: actor.municipalityId })
        .andWhere(
          `(w.status = 'OPEN' OR EXISTS (
              SELECT 1 FROM relief_window_request r
                JOIN placement p ON p.id = r.placement_id JOIN foster_family f ON f.id = p.foster_family_id
               WHERE r.window_id = w.id AND f.user_id = :userId))`,
          { userId: actor.userId },
        )
        .orderBy('w.starts_at', 'ASC')
        .getMany();
    return this.dataSource.getRepository(ReliefRequestWindow).find({
      where: { municipalityId: actor.municipalityId },
      order: { startsAt: 'DESC' },
    });
  }

  async request(actor: Actor, input: WindowRequestInput): Promise<ReliefWindowRequest> {
    try {
      return await this.dataSource.transaction(async (em) => {
        const window = await this.lockedWindow(em, actor, input.windowId, 'FOR SHARE');
        if (window.status !== ReliefWindowStatus.OPEN || window.closesAt <= new Date())
          throw new ReliefError(
            ReliefErrorCode.WINDOW_CLOSED,
            'Fristen for ønsker i perioden er overskredet.',
          );
        const placement = await this.relief.familyPlacement(em, actor, input.placementId);
        const startsAt = input.startsAt ?? window.startsAt;
        const endsAt = input.endsAt ?? window.endsAt;
        const fields: Record<string, string> = {};
        if (!(endsAt > startsAt)) fields.endsAt = 'Sluttidspunktet skal ligge efter starttidspunktet.';
        if (startsAt < window.startsAt || endsAt > window.endsAt)
          fields.startsAt = 'Opholdet skal ligge inden for perioden.';
        if (input.preferredProviderId && !isUUID(input.preferredProviderId))
          fields.preferredProviderId = 'Vælg et aflastningssted fra listen.';
        if ((input.note ?? '').length > 1000) fields.note = 'Skriv højst 1000 tegn.';
        if (Object.keys(fields).length) throw AppError.badInput(fields);
        if (input.preferredProviderId) {
          const [provider] = await em.query(
            `SELECT 1 FROM relief_provider WHERE id = $1 AND municipality_id = $2 AND active`,
            [input.preferredProviderId, placement.municipalityId],
          );
          if (!provider)
            throw AppError.badInput({ preferredProviderId: 'Vælg et aflastningssted fra listen.' });
        }
        const request = await em.save(
          em.create(ReliefWindowRequest, {
            windowId: window.id,
            municipalityId: placement.municipalityId,
            placementId: placement.id,
            startsAt,
            endsAt,
            preferredProviderId: input.preferredProviderId ?? null,
            note: (input.note ?? '').trim(),
            requestedBy: actor.userId,
          }),
        );
        await this.audit.record(
          actor,
          { action: 'CREATE', entity: 'relief_window_request', entityId: request.id },
          em,
        );
        return request;
      });
    } catch (err) {
      const driver = err instanceof QueryFailedError ? (err.driverError as { code?: string }) : null;
      if (driver?.code === '23505')
        throw new ReliefError(
          ReliefErrorCode.ALREADY_REQUESTED,
          'Barnet har allerede et ønske i denne periode. Træk det tilbage for at ændre det.',
        );
      throw err;
    }
  }

  async withdraw(actor: Actor, requestId: string): Promise<ReliefWindowRequest> {
    return this.dataSource.transaction(async (em) => {
      const request = assertInScope(
        actor,
        isUUID(requestId)
          ? await em.findOne(ReliefWindowRequest, {
              where: { id: requestId },
              lock: { mode: 'pessimistic_write' },
            })
          : null,
      );
      await this.relief.familyPlacement(em, actor, request.placementId);
      const window = await this.lockedWindow(em, actor, request.windowId, 'FOR SHARE');
      if (window.status !== ReliefWindowStatus.OPEN || request.status !== ReliefWindowRequestStatus.PENDING)
        throw new ReliefError(
          ReliefErrorCode.WINDOW_CLOSED,
          'Pladserne er allerede fordelt. Aflys i stedet opholdet, hvis I ikke skal bruge det.',
        );
      request.status = ReliefWindowRequestStatus.WITHDRAWN;
      const saved = await em.save(request);
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          entity: 'relief_window_request',
          entityId: request.id,
          details: { withdrawn: true },
        },
        em,
      );
      return saved;
    });
  }

  /**
   * The requests of a window in allocation order. Staff see all of them with the priority each has; a foster
   * family sees only its own children's.
   */
  async requests(actor: Actor, windowId: string): Promise<RankedRequest[]> {
    const window = assertInScope(
      actor,
      isUUID(windowId)
        ? await this.dataSource.getRepository(ReliefRequestWindow).findOne({ where: { id: windowId } })
        : null,
    );
    const ranked = await this.ranked(this.dataSource.manager, window);
    await this.audit.recordRead(actor, { entity: 'relief_window_request', entityId: window.id });
    if (actor.role !== Role.FOSTER_PARENT) return ranked;
    const own: { id: string }[] = await this.dataSource.query(
      `SELECT p.id FROM placement p JOIN foster_family f ON f.id = p.foster_family_id WHERE f.user_id = $1`,
      [actor.userId],
    );
    const mine = new Set(own.map((r) => r.id));
    return ranked.filter((r) => mine.has(r.request.placementId));
  }

  /**
   * Shares the window's places out, once, in one transaction: a second press (or a colleague's at the same
   * moment) waits on the window row and then gets RELIEF.WINDOW_ALLOCATED. Requests are served in priority
   * order; each is booked with the family's wish first, then the search's order (the usual relief family, fit,
   * distance). Each family gets a mail with the outcome.
   */
  async allocate(actor: Actor, windowId: string): Promise<RankedRequest[]> {
    return this.dataSource.transaction(async (em) => {
      const window = await this.lockedWindow(em, actor, windowId, 'FOR UPDATE');
      if (window.status !== ReliefWindowStatus.OPEN)
        throw new ReliefError(ReliefErrorCode.WINDOW_ALLOCATED, 'Pladserne i perioden er allerede fordelt.');
      const ranked = (await this.ranked(em, window)).filter(
        (r) => r.request.status === ReliefWindowRequestStatus.PENDING,
      );
      let rank = 0;
      for (const entry of ranked) {
        const { request } = entry;
        rank += 1;
        // Places the families further down the list wished for are tried last, so serving one child in need
        // order does not needlessly take the relief family another child asked for.
        const wishedLater = new Set(
          ranked
            .slice(rank)
            .flatMap((r) => (r.request.preferredProviderId ? [r.request.preferredProviderId] : [])),
        );
        const outcome = await this.serve(em, actor, request, wishedLater);
        Object.assign(request, {
          priorityRank: rank,
          strained: entry.strained,
          priorDays: entry.priorDays,
          status: outcome.booking
            ? ReliefWindowRequestStatus.ALLOCATED
            : ReliefWindowRequestStatus.NOT_ALLOCATED,
          bookingId: outcome.booking?.id ?? null,
          outcomeReason: outcome.booking ? null : outcome.reason,
        });
        await em.save(request);
        const [family]: { user_id: string }[] = await em.query(
          `SELECT f.user_id FROM placement p JOIN foster_family f ON f.id = p.foster_family_id WHERE p.id = $1`,
          [request.placementId],
        );
        if (family?.user_id)
          await this.notifications.queueEmail(em, {
            recipientUserId: family.user_id,
            municipalityId: window.municipalityId,
            template: 'relief.window-result',
            params: {
              windowTitle: window.title,
              allocated: !!outcome.booking,
              startsAt: request.startsAt.toISOString(),
              endsAt: request.endsAt.toISOString(),
              placeName: outcome.placeName,
            },
            dedupeKey: `relief-window-result:${request.id}`,
          });
      }
      window.status = ReliefWindowStatus.ALLOCATED;
      window.allocatedBy = actor.userId;
      window.allocatedAt = new Date();
      await em.save(window);
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          entity: 'relief_request_window',
          entityId: window.id,
          details: { allocated: ranked.filter((r) => r.request.bookingId).length, requests: ranked.length },
        },
        em,
      );
      return ranked;
    });
  }

  /**
   * Calls off an open window (opened by mistake, or the places went elsewhere): no allocation will run, and every
   * pending request is closed with the reason so the families see it on their relief page.
   */
  async cancel(actor: Actor, windowId: string): Promise<ReliefRequestWindow> {
    return this.dataSource.transaction(async (em) => {
      const window = await this.lockedWindow(em, actor, windowId, 'FOR UPDATE');
      if (window.status !== ReliefWindowStatus.OPEN)
        throw new ReliefError(
          ReliefErrorCode.WINDOW_ALLOCATED,
          'Perioden er allerede fordelt eller aflyst og kan ikke aflyses.',
        );
      await em.update(
        ReliefWindowRequest,
        { windowId: window.id, status: ReliefWindowRequestStatus.PENDING },
        {
          status: ReliefWindowRequestStatus.NOT_ALLOCATED,
          outcomeReason: 'Familieplejekonsulenten har aflyst ønskeperioden.',
        },
      );
      window.status = ReliefWindowStatus.CANCELLED;
      const saved = await em.save(window);
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          entity: 'relief_request_window',
          entityId: window.id,
          details: { cancelled: true },
        },
        em,
      );
      return saved;
    });
  }

  /** Tries the family's wish, then the providers the search offers, each attempt inside a savepoint. */
  private async serve(
    em: EntityManager,
    actor: Actor,
    request: ReliefWindowRequest,
    wishedLater: Set<string>,
  ): Promise<{ booking: ReliefBooking | null; placeName: string | null; reason: string }> {
    const hits = await this.relief.search(actor, request.placementId, request.startsAt, request.endsAt, 500);
    // The search's order (the child's usual relief family first), except that places wished by later
    // requests move behind the others unless they are this child's usual place.
    const open = hits.filter((h) => h.continuity > 0 || !wishedLater.has(h.provider.id));
    const wished = hits.filter((h) => h.continuity === 0 && wishedLater.has(h.provider.id));
    const candidates = [
      ...(request.preferredProviderId ? [request.preferredProviderId] : []),
      ...[...open, ...wished].map((h) => h.provider.id),
    ].filter((id, i, all) => all.indexOf(id) === i);
    let reason = 'Der var ikke flere ledige aflastningspladser i perioden.';
    for (const providerId of candidates) {
      await em.query('SAVEPOINT relief_window_attempt');
      try {
        const booking = await this.relief.bookIn(em, actor, {
          placementId: request.placementId,
          providerId,
          startsAt: request.startsAt,
          endsAt: request.endsAt,
          acute: false,
        });
        await em.query('RELEASE SAVEPOINT relief_window_attempt');
        const [place]: { name: string }[] = await em.query(`SELECT name FROM relief_provider WHERE id = $1`, [
          providerId,
        ]);
        return { booking, placeName: place?.name ?? null, reason: '' };
      } catch (err) {
        await em.query('ROLLBACK TO SAVEPOINT relief_window_attempt');
        const mapped = reliefConstraintError(err);
        if (!(mapped instanceof ReliefError)) throw mapped;
        if (FINAL_FOR_REQUEST.has(mapped.code)) {
          reason = mapped.message;
          break;
        }
      }
    }
    return { booking: null, placeName: null, reason };
  }

  /** The window's requests (withdrawn left out) in allocation order, with the priority inputs. */
  private async ranked(em: EntityManager, window: ReliefRequestWindow): Promise<RankedRequest[]> {
    const requests = await em.find(ReliefWindowRequest, { where: { windowId: window.id } });
    const active = requests.filter((r) => r.status !== ReliefWindowRequestStatus.WITHDRAWN);
    if (!active.length) return [];
    const windowDate = localParts(window.startsAt).date;
    const rows: { placement_id: string; strained: boolean; prior_days: number }[] = await em.query(
      `SELECT r.placement_id,
              coalesce((SELECT g.strained FROM relief_grant g
                         WHERE g.placement_id = r.placement_id AND g.valid_from <= $2::date
                           AND (g.valid_to IS NULL OR g.valid_to >= $2::date)
                         ORDER BY g.valid_from DESC, g.created_at DESC LIMIT 1), false) AS strained,
              (SELECT coalesce(sum(b.days), 0)::int FROM relief_booking b
                WHERE b.placement_id = r.placement_id AND b.status IN ('REQUESTED', 'CONFIRMED', 'COMPLETED')
                  AND b.starts_at >= $3 AND b.starts_at < $4) AS prior_days
         FROM unnest($1::uuid[]) AS r(placement_id)`,
      [
        active.map((r) => r.placementId),
        windowDate,
        new Date(window.startsAt.getTime() - PRIOR_DAYS_LOOKBACK_MS),
        window.startsAt,
      ],
    );
    const byPlacement = new Map(rows.map((r) => [r.placement_id, r]));
    const entries = active.map((request) => {
      const live = byPlacement.get(request.placementId);
      // After allocation the priority is what it was then, not what later bookings make it.
      const fixed = request.status !== ReliefWindowRequestStatus.PENDING;
      return {
        request,
        strained: fixed ? !!request.strained : !!live?.strained,
        priorDays: fixed ? (request.priorDays ?? 0) : (live?.prior_days ?? 0),
        lot: createHash('sha256').update(`${window.id}:${request.id}`).digest('hex'),
      };
    });
    return entries.sort((a, b) =>
      a.request.priorityRank != null && b.request.priorityRank != null
        ? a.request.priorityRank - b.request.priorityRank
        : Number(b.strained) - Number(a.strained) || a.priorDays - b.priorDays || a.lot.localeCompare(b.lot),
    );
  }

  private async lockedWindow(
    em: EntityManager,
    actor: Actor,
    id: string,
    lock: 'FOR UPDATE' | 'FOR SHARE',
  ): Promise<ReliefRequestWindow> {
    const window = isUUID(id)
      ? await em.findOne(ReliefRequestWindow, {
          where: { id },
          lock: { mode: lock === 'FOR UPDATE' ? 'pessimistic_write' : 'pessimistic_read' },
        })
      : null;
    return assertInScope(actor, window);
  }
}
