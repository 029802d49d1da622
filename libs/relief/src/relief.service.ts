import { randomUUID } from 'node:crypto';
import { isUUID } from 'class-validator';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import { Actor, AppError, assertInScope, AuditService, Role } from '@pleje/core';
import { TeamsNotifier } from '@pleje/teams';
import { FosterFamily } from '../../recruitment/src/foster-family.entity';
// The same age rule as matching's hard rules, so a child is the same age for placement and relief.
import { ageInYears } from '../../matching/src/algorithm/context';
import { NEED_TAGS } from '../../matching/src/algorithm/vocabulary';
import { distanceKm } from '../../matching/src/geo/distance';
import { PlacementNeed } from '../../matching/src/placement-need.entity';
import { Placement } from '../../matching/src/placement.entity';
import {
  addDays,
  daysUsed,
  localInstant,
  localParts,
  periodOf,
  RELIEF_TZ,
  coversRange,
  MergedWindows,
  mergeWindows,
  RangeNeed,
  rangeNeed,
  windowOf,
} from './local-time';
import { ACTIVE_BOOKING_STATUSES, ReliefBooking, ReliefBookingStatus } from './relief-booking.entity';
import { ReliefError, ReliefErrorCode } from './relief.exception';
import { ReliefGrant, ReliefGrantPeriod } from './relief-grant.entity';
import {
  ReliefAvailability,
  ReliefBlockedPeriod,
  ReliefProvider,
  ReliefProviderKind,
} from './relief-provider.entity';

export interface BookReliefInput {
  placementId: string;
  providerId: string;
  startsAt: Date;
  endsAt: Date;
  acute?: boolean;
  overrideReason?: string | null;
  seriesId?: string | null;
  /** The family's note to the relief provider (e.g. "Hun sover med lys tændt"). */
  note?: string | null;
}

export interface BookSeriesInput {
  placementId: string;
  providerId: string;
  /** Local date of the first stay's start. */
  firstDate: string;
  /** Local 'HH:MM'. */
  startTime: string;
  /** Days from the start date to the end date (Fri → Sun = 2). */
  spanDays: number;
  endTime: string;
  everyWeeks: number;
  /** Last local date a stay may start. */
  until: string;
  overrideReason?: string | null;
}

export interface SeriesConflict {
  startsAt: Date;
  endsAt: Date;
  code: string;
  message: string;
}

export interface SearchHit {
  provider: ReliefProvider;
  /** Earlier confirmed or completed stays of this child with the provider. */
  continuity: number;
  /** 1 for a family (the least intrusive setting), 0 for a unit. */
  fit: number;
  distanceKm: number | null;
}

export interface GrantUsage {
  placementId: string;
  grant: ReliefGrant | null;
  periodFrom: string | null;
  periodTo: string | null;
  daysUsed: number;
  daysLeft: number | null;
}

export interface ProviderInput {
  id?: string | null;
  kind: ReliefProviderKind;
  fosterFamilyId?: string | null;
  name: string;
  capacity: number;
  ageMin: number;
  ageMax: number;
  needsExcluded: string[];
  lat?: number | null;
  lon?: number | null;
  active: boolean;
}

const USED_STATUSES = [
  ReliefBookingStatus.REQUESTED,
  ReliefBookingStatus.CONFIRMED,
  ReliefBookingStatus.COMPLETED,
];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const MAX_STAY_MS = 31 * 86_400_000;

/** "Emma og Noah": a card may show no more about a child than its first name. */
export function firstNames(children: readonly { firstName: string }[]): string {
  const names = children.map((c) => c.firstName.trim()).filter(Boolean);
  const text =
    names.length > 1 ? `${names.slice(0, -1).join(', ')} og ${names[names.length - 1]}` : (names[0] ?? '');
  return text.slice(0, 200);
}

function slotTaken(): ReliefError {
  return new ReliefError(ReliefErrorCode.SLOT_TAKEN, 'Aflastningsstedet er optaget i det valgte tidsrum.');
}

/** Maps the exclusion constraints' 23P01 to the typed errors; everything else passes through. */
/** A booking's constraint violation as the typed relief error it means; anything else unchanged. */
export function reliefConstraintError(err: unknown): unknown {
  if (err instanceof QueryFailedError) {
    const driver = err.driverError as { code?: string; constraint?: string };
    if (driver.code === '23P01' && driver.constraint === 'relief_booking_child_no_overlap')
      return new ReliefError(ReliefErrorCode.CHILD_BUSY, 'Barnet har allerede aflastning i det tidsrum.');
    if (driver.code === '23P01') return slotTaken();
  }
  return err;
}

interface CachedProviders {
  providers: ReliefProvider[];
  /** Merged weekly windows per provider id; absent: no windows, the provider has not limited its hours. */
  merged: Map<string, MergedWindows>;
}

/** A provider without weekly windows has not limited its hours (a unit open all year): null. */
function mergedWindowsOf(provider: ReliefProvider): MergedWindows | null {
  const windows = provider.availability ?? [];
  return windows.length ? mergeWindows(windows.map(windowOf)) : null;
}

/** Relief (aflastning): providers, grants in døgn, search with continuity first, bookings that never overbook. */
@Injectable()
export class ReliefService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly teams: TeamsNotifier,
  ) {}

  // ---- providers (family-care consultant) ----

  async providers(actor: Actor): Promise<ReliefProvider[]> {
    return this.dataSource.getRepository(ReliefProvider).find({
      where: { municipalityId: actor.municipalityId },
      relations: { availability: true, blockedPeriods: true },
      order: { name: 'ASC' },
    });
  }

  async saveProvider(actor: Actor, input: ProviderInput): Promise<ReliefProvider> {
    const fields: Record<string, string> = {};
    if (!input.name.trim()) fields.name = 'Skriv et navn.';
    if (!Number.isInteger(input.capacity) || input.capacity < 1 || input.capacity > 50)
      fields.capacity = 'Antal pladser skal være mellem 1 og 50.';
    if (input.ageMin < 0 || input.ageMax > 17 || input.ageMin > input.ageMax)
      fields.ageMax = 'Alder skal være mellem 0 og 17 år, og fra må ikke være over til.';
    if (input.needsExcluded.some((t) => !(t in NEED_TAGS))) fields.needsExcluded = 'Ukendt behov.';
    if (input.kind === ReliefProviderKind.FAMILY && !input.fosterFamilyId)
      fields.fosterFamilyId = 'Vælg den godkendte aflastningsfamilie.';
    if (Object.keys(fields).length) throw AppError.badInput(fields);
    return this.dataSource.transaction(async (em) => {
      if (input.kind === ReliefProviderKind.FAMILY) {
        const family = assertInScope(
          actor,
          isUUID(input.fosterFamilyId ?? '')
            ? await em.findOne(FosterFamily, { where: { id: input.fosterFamilyId! } })
            : null,
        );
        if (!family.approvalTypes.includes('AFLASTNING'))
          throw new ReliefError(ReliefErrorCode.NOT_SUITABLE, 'Familien er ikke godkendt til aflastning.', {
            fosterFamilyId: 'Familien er ikke godkendt til aflastning.',
          });
      }
      const existing = input.id
        ? assertInScope(
            actor,
            isUUID(input.id)
              ? await em.findOne(ReliefProvider, {
                  where: { id: input.id },
                  lock: { mode: 'pessimistic_write' },
                })
              : null,
          )
        : em.create(ReliefProvider, { municipalityId: actor.municipalityId });
      Object.assign(existing, {
        kind: input.kind,
        fosterFamilyId: input.kind === ReliefProviderKind.FAMILY ? input.fosterFamilyId : null,
        name: input.name.trim(),
        capacity: input.capacity,
        ageMin: input.ageMin,
        ageMax: input.ageMax,
        needsExcluded: input.needsExcluded,
        lat: input.lat ?? null,
        lon: input.lon ?? null,
        active: input.active,
      });
      const saved = await em.save(existing);
      await this.audit.record(
        actor,
        { action: input.id ? 'UPDATE' : 'CREATE', entity: 'relief_provider', entityId: saved.id },
        em,
      );
      return saved;
    });
  }

  async setAvailability(
    actor: Actor,
    providerId: string,
    windows: { weekday: number; startTime: string; endTime: string }[],
  ): Promise<ReliefProvider> {
    const bad = windows.findIndex(
      (w) =>
        !Number.isInteger(w.weekday) ||
        w.weekday < 1 ||
        w.weekday > 7 ||
        !TIME.test(w.startTime) ||
        !TIME.test(w.endTime) ||
        w.endTime <= w.startTime,
    );
    if (bad >= 0)
      throw AppError.badInput({ [`windows.${bad}`]: 'Vælg ugedag og et tidsrum hvor slut er efter start.' });
    return this.dataSource.transaction(async (em) => {
      const provider = await this.lockedProvider(em, actor, providerId);
      await em.delete(ReliefAvailability, { providerId });
      await this.touchProvider(em, providerId);
      if (windows.length)
        await em.insert(
          ReliefAvailability,
          windows.map((w) => ({ ...w, providerId })),
        );
      await this.audit.record(
        actor,
        { action: 'UPDATE', entity: 'relief_availability', entityId: providerId },
        em,
      );
      return this.withCalendar(em, provider.id);
    });
  }

  async addBlockedPeriod(
    actor: Actor,
    input: { providerId: string; fromDate: string; toDate: string; reason?: string | null },
  ): Promise<ReliefProvider> {
    if (!DATE.test(input.fromDate) || !DATE.test(input.toDate) || input.toDate < input.fromDate)
      throw AppError.badInput({ toDate: 'Skriv gyldige datoer, hvor slut ikke er før start.' });
    return this.dataSource.transaction(async (em) => {
      await this.providerForProviderSide(em, actor, input.providerId);
      await this.touchProvider(em, input.providerId);
      await em.insert(ReliefBlockedPeriod, {
        providerId: input.providerId,
        fromDate: input.fromDate,
        toDate: input.toDate,
        reason: (input.reason ?? '').trim().slice(0, 200),
      });
      await this.audit.record(
        actor,
        { action: 'CREATE', entity: 'relief_blocked_period', entityId: input.providerId },
        em,
      );
      return this.withCalendar(em, input.providerId);
    });
  }

  async removeBlockedPeriod(actor: Actor, id: string): Promise<ReliefProvider> {
    return this.dataSource.transaction(async (em) => {
      const period = isUUID(id) ? await em.findOne(ReliefBlockedPeriod, { where: { id } }) : null;
      if (!period) throw AppError.notFound();
      await this.providerForProviderSide(em, actor, period.providerId);
      await em.delete(ReliefBlockedPeriod, { id });
      await this.touchProvider(em, period.providerId);
      await this.audit.record(actor, { action: 'DELETE', entity: 'relief_blocked_period', entityId: id }, em);
      return this.withCalendar(em, period.providerId);
    });
  }

  // ---- grants (caseworker) ----

  async setGrant(
    actor: Actor,
    input: {
      placementId: string;
      daysPerPeriod: number;
      period: ReliefGrantPeriod;
      validFrom: string;
      validTo?: string | null;
      /** The caseworker judges the placement strained: served first when scarce dates are shared out. */
      strained?: boolean | null;
    },
  ): Promise<ReliefGrant> {
    const fields: Record<string, string> = {};
    if (!Number.isInteger(input.daysPerPeriod) || input.daysPerPeriod < 0 || input.daysPerPeriod > 366)
      fields.daysPerPeriod = 'Antal døgn skal være mellem 0 og 366.';
    if (!DATE.test(input.validFrom)) fields.validFrom = 'Skriv en gyldig dato.';
    if (input.validTo && (!DATE.test(input.validTo) || input.validTo < input.validFrom))
      fields.validTo = 'Slutdatoen må ikke ligge før startdatoen.';
    if (Object.keys(fields).length) throw AppError.badInput(fields);
    return this.dataSource.transaction(async (em) => {
      const placement = await this.placement(em, actor, input.placementId);
      const grant = await em.save(
        em.create(ReliefGrant, {
          municipalityId: placement.municipalityId,
          placementId: placement.id,
          daysPerPeriod: input.daysPerPeriod,
          period: input.period,
          validFrom: input.validFrom,
          validTo: input.validTo ?? null,
          strained: input.strained ?? false,
          setBy: actor.userId,
        }),
      );
      await this.audit.record(actor, { action: 'CREATE', entity: 'relief_grant', entityId: grant.id }, em);
      return grant;
    });
  }

  async grants(actor: Actor, placementId: string): Promise<ReliefGrant[]> {
    const placement = await this.placement(this.dataSource.manager, actor, placementId);
    await this.audit.recordRead(actor, { entity: 'relief_grant', entityId: placementId });
    return this.dataSource.getRepository(ReliefGrant).find({
      where: { placementId: placement.id },
      order: { validFrom: 'DESC', createdAt: 'DESC' },
    });
  }

  /** Consultant overview: per active placement, the grant valid on `date` and the døgn used and left in its period. */
  async grantOverview(actor: Actor, date: string = localParts(new Date()).date): Promise<GrantUsage[]> {
    if (!DATE.test(date)) throw AppError.badInput({ date: 'Skriv en gyldig dato.' });
    const placements = await this.dataSource.getRepository(Placement).find({
      where: { municipalityId: actor.municipalityId },
      order: { startedOn: 'ASC' },
    });
    const result: GrantUsage[] = [];
    for (const p of placements.filter((x) => !x.endedOn)) result.push(await this.usageOn(p.id, date));
    await this.audit.recordRead(actor, {
      entity: 'relief_grant_overview',
      details: { count: result.length },
    });
    return result;
  }

  /** The grant valid on `date` for one placement and the døgn used and left in its period. */
  private async usageOn(placementId: string, date: string): Promise<GrantUsage> {
    const grant = await this.grantOn(this.dataSource.manager, placementId, date);
    if (!grant)
      return { placementId, grant: null, periodFrom: null, periodTo: null, daysUsed: 0, daysLeft: null };
    const { from, to, used } = await this.usage(this.dataSource.manager, grant, date);
    return {
      placementId,
      grant,
      periodFrom: from,
      periodTo: to,
      daysUsed: used,
      daysLeft: grant.daysPerPeriod - used,
    };
  }

  /**
   * The foster parent's own placed children (first names only) with their relief grant and the døgn used and
   * left, so the family can see what it may still book before it asks.
   */
  async myPlacements(
    actor: Actor,
    date: string = localParts(new Date()).date,
  ): Promise<(GrantUsage & { childFirstNames: string[] })[]> {
    if (!DATE.test(date)) throw AppError.badInput({ date: 'Skriv en gyldig dato.' });
    const rows: { id: string; children: { firstName: string }[] }[] = await this.dataSource.query(
      `SELECT p.id, n.children FROM placement p
         JOIN foster_family f ON f.id = p.foster_family_id
         JOIN placement_need n ON n.id = p.need_id
        WHERE f.user_id = $1 AND p.municipality_id = $2 AND p.ended_on IS NULL
        ORDER BY p.started_on, p.id`,
      [actor.userId, actor.municipalityId],
    );
    const result: (GrantUsage & { childFirstNames: string[] })[] = [];
    for (const row of rows)
      result.push({
        ...(await this.usageOn(row.id, date)),
        childFirstNames: row.children.map((c) => c.firstName),
      });
    return result;
  }

  /** A placement the actor may act for on the family side (its foster parent, a caseworker or a consultant). */
  async familyPlacement(em: EntityManager, actor: Actor, placementId: string): Promise<Placement> {
    const placement = await this.placement(em, actor, placementId);
    await this.assertFamilySide(em, actor, placement);
    return placement;
  }

  // ---- search ----

  async search(actor: Actor, placementId: string, from: Date, to: Date, limit = 50): Promise<SearchHit[]> {
    this.assertRange(from, to);
    const em = this.dataSource.manager;
    const placement = await this.placement(em, actor, placementId);
    await this.assertFamilySide(em, actor, placement);
    const need = await em.findOneOrFail(PlacementNeed, { where: { id: placement.needId } });
    const { providers, merged } = await this.activeProviders(placement.municipalityId);
    const ids = providers.map((p) => p.id);
    const overlapping: { provider_id: string; starts_at: Date; ends_at: Date }[] = ids.length
      ? await em.query(
          `SELECT provider_id, starts_at, ends_at FROM relief_booking
            WHERE provider_id = ANY($1) AND status = ANY($2::relief_booking_status[])
              AND tstzrange(starts_at, ends_at, '[)') && tstzrange($3, $4, '[)')`,
          [ids, ACTIVE_BOOKING_STATUSES, from, to],
        )
      : [];
    const continuity: { provider_id: string; n: number }[] = await em.query(
      `SELECT provider_id, count(*)::int AS n FROM relief_booking
        WHERE placement_id = $1 AND status IN ('CONFIRMED', 'COMPLETED') GROUP BY provider_id`,
      [placement.id],
    );
    const [home]: { lat: number | null; lon: number | null }[] = await em.query(
      `SELECT lat, lon FROM family_match_profile WHERE foster_family_id = $1`,
      [placement.fosterFamilyId],
    );
    const bookingsOf = new Map<string, typeof overlapping>();
    for (const b of overlapping) bookingsOf.set(b.provider_id, [...(bookingsOf.get(b.provider_id) ?? []), b]);
    const stays = new Map(continuity.map((c) => [c.provider_id, c.n]));
    // What the stay asks of every provider, computed once: the children's ages and the local days and minutes.
    const ages = this.childAges(need, from);
    const range = rangeNeed(from, to);
    const hits: SearchHit[] = [];
    for (const provider of providers) {
      if (provider.fosterFamilyId === placement.fosterFamilyId) continue;
      if (this.unsuitable(provider, ages, need.needs)) continue;
      if (this.availabilityProblem(provider, range, merged.get(provider.id) ?? null)) continue;
      const mine = bookingsOf.get(provider.id) ?? [];
      if (maxOverlap(mine, from, to) >= provider.capacity) continue;
      hits.push({
        provider,
        continuity: stays.get(provider.id) ?? 0,
        fit: provider.kind === ReliefProviderKind.FAMILY ? 1 : 0,
        distanceKm:
          home?.lat != null && home.lon != null && provider.lat != null && provider.lon != null
            ? Math.round(
                distanceKm({ lat: home.lat, lon: home.lon }, { lat: provider.lat, lon: provider.lon }) * 10,
              ) / 10
            : null,
      });
    }
    // The child's usual relief provider first (continuity), then fit, then the shortest drive.
    hits.sort(
      (a, b) =>
        b.continuity - a.continuity ||
        b.fit - a.fit ||
        (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) ||
        a.provider.name.localeCompare(b.provider.name, 'da'),
    );
    await this.audit.recordRead(actor, { entity: 'relief_search', entityId: placement.id });
    return hits.slice(0, limit);
  }

  /**
   * The municipality's active providers with their weekly windows and away dates, kept in memory while a
   * fingerprint of the three tables is unchanged: one small aggregate instead of reading and hydrating about a
   * thousand providers and their calendars per search. Every service write to a window or away date also raises
   * the provider's version; the row counts catch writes made past the service. Booking re-checks everything on
   * locked rows, so a stale list can only ever show one suggestion too many, never book one.
   */
  private async activeProviders(municipalityId: string): Promise<CachedProviders> {
    const [fp] = (await this.dataSource.query(
      `SELECT count(*)::int AS n, coalesce(sum(p.version), 0)::text AS v, max(p.updated_at) AS u,
              (SELECT count(*)::int FROM relief_availability a JOIN relief_provider q ON q.id = a.provider_id
                WHERE q.municipality_id = $1) AS w,
              (SELECT count(*)::int FROM relief_blocked_period b JOIN relief_provider q ON q.id = b.provider_id
                WHERE q.municipality_id = $1) AS b
         FROM relief_provider p WHERE p.municipality_id = $1 AND p.active`,
      [municipalityId],
    )) as Record<string, unknown>[];
    const fingerprint = JSON.stringify(fp);
    const cached = this.providerCache.get(municipalityId);
    if (cached?.fingerprint === fingerprint) return cached;
    // Three flat reads instead of one join: joining windows and away periods multiplies the rows per provider.
    const em = this.dataSource.manager;
    const providers = await em.find(ReliefProvider, { where: { municipalityId, active: true } });
    const ids = providers.map((p) => p.id);
    const [windows, away] = ids.length
      ? await Promise.all([
          em.find(ReliefAvailability, { where: { providerId: In(ids) } }),
          em.find(ReliefBlockedPeriod, { where: { providerId: In(ids) } }),
        ])
      : [[], []];
    const byProvider = <T extends { providerId: string }>(rows: T[]) => {
      const map = new Map<string, T[]>();
      for (const r of rows) map.set(r.providerId, [...(map.get(r.providerId) ?? []), r]);
      return map;
    };
    const windowsOf = byProvider(windows);
    const awayOf = byProvider(away);
    for (const p of providers) {
      p.availability = windowsOf.get(p.id) ?? [];
      p.blockedPeriods = awayOf.get(p.id) ?? [];
    }
    const merged = new Map<string, MergedWindows>();
    for (const p of providers) {
      const m = mergedWindowsOf(p);
      if (m) merged.set(p.id, m);
    }
    const fresh = { fingerprint, providers, merged };
    this.providerCache.set(municipalityId, fresh);
    return fresh;
  }

  private readonly providerCache = new Map<string, CachedProviders & { fingerprint: string }>();

  /** A window or away date changed: raise the provider's version so cached search lists reload. */
  private async touchProvider(em: EntityManager, providerId: string): Promise<void> {
    await em.query(`UPDATE relief_provider SET version = version + 1, updated_at = now() WHERE id = $1`, [
      providerId,
    ]);
  }

  // ---- bookings ----

  async book(actor: Actor, input: BookReliefInput): Promise<ReliefBooking> {
    try {
      return await this.dataSource.transaction((em) => this.bookIn(em, actor, input));
    } catch (err) {
      throw reliefConstraintError(err);
    }
  }

  /**
   * One booking inside the caller's transaction (the request-window allocation books many in one). Every rule
   * is checked on locked rows; a constraint violation surfaces as the raw database error, so a caller that
   * wants to go on after it must wrap the call in a savepoint and map it with `reliefConstraintError`.
   */
  async bookIn(em: EntityManager, actor: Actor, input: BookReliefInput): Promise<ReliefBooking> {
    this.assertRange(input.startsAt, input.endsAt);
    const overrideReason = input.overrideReason?.trim() || null;
    if (overrideReason && actor.role !== Role.FAMILY_CONSULTANT)
      throw AppError.forbidden('Kun en familieplejekonsulent kan give lov ud over bevillingen.');
    // The placement row lock serialises bookings of one child, so the grant count cannot be raced.
    const placement = await this.placement(em, actor, input.placementId, true);
    if (placement.endedOn)
      throw new ReliefError(ReliefErrorCode.PLACEMENT_ENDED, 'Anbringelsen er afsluttet.');
    await this.assertFamilySide(em, actor, placement);
    const provider = assertInScope(
      actor,
      isUUID(input.providerId)
        ? await em.findOne(ReliefProvider, {
            where: { id: input.providerId },
            relations: { availability: true, blockedPeriods: true },
          })
        : null,
    );
    const need = await em.findOneOrFail(PlacementNeed, { where: { id: placement.needId } });
    const unsuitable = this.unsuitable(provider, this.childAges(need, input.startsAt), need.needs);
    if (unsuitable) throw new ReliefError(ReliefErrorCode.NOT_SUITABLE, unsuitable);
    const problem = this.availabilityProblem(provider, rangeNeed(input.startsAt, input.endsAt));
    if (problem) throw problem;
    // Bookings of one provider queue on its row. For a single place the exclusion constraint stays the
    // guarantee, but without the queue concurrent inserters wait on each other's uncommitted rows and
    // PostgreSQL can break such a cycle as a deadlock instead of reporting the slot as taken.
    await em.query(`SELECT id FROM relief_provider WHERE id = $1 FOR UPDATE`, [provider.id]);
    if (provider.capacity > 1) {
      // Capacity N is beyond a constraint: with the provider locked, check every moment of the range.
      const rows: { provider_id: string; starts_at: Date; ends_at: Date }[] = await em.query(
        `SELECT provider_id, starts_at, ends_at FROM relief_booking
          WHERE provider_id = $1 AND status = ANY($2::relief_booking_status[])
            AND tstzrange(starts_at, ends_at, '[)') && tstzrange($3, $4, '[)')`,
        [provider.id, ACTIVE_BOOKING_STATUSES, input.startsAt, input.endsAt],
      );
      if (maxOverlap(rows, input.startsAt, input.endsAt) >= provider.capacity) throw slotTaken();
    }
    const days = daysUsed(input.startsAt, input.endsAt);
    const startDate = localParts(input.startsAt).date;
    const grant = await this.grantOn(em, placement.id, startDate);
    const used = grant ? (await this.usage(em, grant, startDate)).used : 0;
    const allowed = grant?.daysPerPeriod ?? 0;
    if (used + days > allowed && !overrideReason)
      throw new ReliefError(
        ReliefErrorCode.GRANT_EXCEEDED,
        grant
          ? `Bevillingen giver ${allowed} døgn i perioden; ${used} er brugt, og opholdet bruger ${days}.`
          : 'Barnet har ingen bevilling til aflastning på den dato.',
      );
    const booking = await em.save(
      em.create(ReliefBooking, {
        municipalityId: placement.municipalityId,
        placementId: placement.id,
        providerId: provider.id,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        days,
        singlePlace: provider.capacity === 1,
        status: ReliefBookingStatus.REQUESTED,
        acute: input.acute ?? false,
        seriesId: input.seriesId ?? null,
        overrideReason: used + days > allowed ? overrideReason : null,
        note: input.note?.trim().slice(0, 1000) || null,
        requestedBy: actor.userId,
      }),
    );
    // The relief family hears of the request in Teams too, if it is linked (same transaction: no request, no message).
    const [owner] = (await em.query(
      `SELECT f.user_id FROM foster_family f WHERE f.id = $1 AND f.user_id IS NOT NULL`,
      [provider.fosterFamilyId],
    )) as { user_id: string }[];
    if (owner)
      await this.teams.queue(em, {
        recipientUserId: owner.user_id,
        municipalityId: booking.municipalityId,
        kind: 'relief.booking-requested',
        params: {
          bookingId: booking.id,
          startsAt: booking.startsAt.toISOString(),
          endsAt: booking.endsAt.toISOString(),
          childFirstNames: firstNames(need.children),
          acute: booking.acute,
        },
        dedupeKey: `relief-requested:${booking.id}`,
      });
    await this.audit.record(
      actor,
      {
        action: 'CREATE',
        entity: 'relief_booking',
        entityId: booking.id,
        details: { days, acute: booking.acute, override: booking.overrideReason !== null },
      },
      em,
    );
    return booking;
  }

  /** Books each stay of a series in its own transaction and lists the ones that could not be booked, with why. */
  async bookSeries(
    actor: Actor,
    input: BookSeriesInput,
  ): Promise<{ seriesId: string; booked: ReliefBooking[]; conflicts: SeriesConflict[] }> {
    const fields: Record<string, string> = {};
    if (!DATE.test(input.firstDate)) fields.firstDate = 'Skriv en gyldig dato.';
    if (!DATE.test(input.until) || input.until < input.firstDate)
      fields.until = 'Slutdatoen skal ligge efter start.';
    if (!TIME.test(input.startTime)) fields.startTime = 'Skriv et klokkeslæt som 17:00.';
    if (!TIME.test(input.endTime)) fields.endTime = 'Skriv et klokkeslæt som 17:00.';
    if (!Number.isInteger(input.everyWeeks) || input.everyWeeks < 1 || input.everyWeeks > 12)
      fields.everyWeeks = 'Vælg mellem hver uge og hver 12. uge.';
    if (!Number.isInteger(input.spanDays) || input.spanDays < 0 || input.spanDays > 14)
      fields.spanDays = 'Et ophold kan højst vare 14 døgn.';
    if (Object.keys(fields).length) throw AppError.badInput(fields);
    if (addDays(input.firstDate, 366) < input.until)
      throw AppError.badInput({ until: 'En serie kan højst vare et år.' });
    const seriesId = randomUUID();
    const booked: ReliefBooking[] = [];
    const conflicts: SeriesConflict[] = [];
    for (let date = input.firstDate; date <= input.until; date = addDays(date, 7 * input.everyWeeks)) {
      const startsAt = localInstant(date, input.startTime);
      const endsAt = localInstant(addDays(date, input.spanDays), input.endTime);
      try {
        booked.push(
          await this.book(actor, {
            ...input,
            startsAt,
            endsAt,
            seriesId,
            overrideReason: input.overrideReason,
          }),
        );
      } catch (err) {
        // Only reasons tied to this one date are listed; anything else (no access, bad ids) stops the series.
        if (!(err instanceof ReliefError) || err.code === ReliefErrorCode.PLACEMENT_ENDED) throw err;
        conflicts.push({ startsAt, endsAt, code: err.code, message: err.message });
      }
    }
    return { seriesId, booked, conflicts };
  }

  async confirm(actor: Actor, id: string): Promise<ReliefBooking> {
    return this.transition(actor, id, 'confirm', async (b) => {
      b.status = ReliefBookingStatus.CONFIRMED;
      b.confirmedBy = actor.userId;
      b.confirmedAt = new Date();
    });
  }

  async decline(actor: Actor, id: string, reason: string): Promise<ReliefBooking> {
    if (!reason.trim()) throw AppError.badInput({ reason: 'Skriv en begrundelse.' });
    return this.transition(actor, id, 'decline', async (b) => {
      b.status = ReliefBookingStatus.DECLINED;
      b.declinedBy = actor.userId;
      b.declinedAt = new Date();
      b.statusReason = reason.trim().slice(0, 1000);
    });
  }

  async cancel(actor: Actor, id: string, reason: string): Promise<ReliefBooking> {
    if (!reason.trim()) throw AppError.badInput({ reason: 'Skriv en begrundelse.' });
    return this.transition(actor, id, 'cancel', async (b) => {
      b.status = ReliefBookingStatus.CANCELLED;
      b.cancelledBy = actor.userId;
      b.cancelledAt = new Date();
      b.statusReason = reason.trim().slice(0, 1000);
    });
  }

  async complete(actor: Actor, id: string): Promise<ReliefBooking> {
    return this.transition(actor, id, 'complete', async (b) => {
      if (b.endsAt > new Date())
        throw new ReliefError(
          ReliefErrorCode.ILLEGAL_TRANSITION,
          'Opholdet kan først afsluttes efter sluttidspunktet.',
        );
      b.status = ReliefBookingStatus.COMPLETED;
      b.completedBy = actor.userId;
      b.completedAt = new Date();
    });
  }

  /** Bookings the actor may see: a foster parent sees its child's and its own relief family's; staff all in scope. */
  async bookings(
    actor: Actor,
    filter: {
      placementId?: string | null;
      providerId?: string | null;
      from?: Date | null;
      to?: Date | null;
    } = {},
  ): Promise<ReliefBooking[]> {
    const qb = this.dataSource
      .getRepository(ReliefBooking)
      .createQueryBuilder('b')
      .leftJoinAndSelect('b.provider', 'provider')
      .where('b.municipality_id = :m', { m: actor.municipalityId })
      .orderBy('b.starts_at', 'ASC')
      .take(1000);
    if (actor.role === Role.FOSTER_PARENT)
      qb.andWhere(
        `(b.placement_id IN (SELECT p.id FROM placement p JOIN foster_family f ON f.id = p.foster_family_id WHERE f.user_id = :u)
          OR b.provider_id IN (SELECT r.id FROM relief_provider r JOIN foster_family f ON f.id = r.foster_family_id WHERE f.user_id = :u))`,
        { u: actor.userId },
      );
    if (filter.placementId) qb.andWhere('b.placement_id = :pl', { pl: filter.placementId });
    if (filter.providerId) qb.andWhere('b.provider_id = :pr', { pr: filter.providerId });
    if (filter.from) qb.andWhere('b.ends_at > :from', { from: filter.from });
    if (filter.to) qb.andWhere('b.starts_at < :to', { to: filter.to });
    const rows = await qb.getMany();
    await this.audit.recordRead(actor, { entity: 'relief_booking', details: { count: rows.length } });
    return rows;
  }

  /** Emergency (akut) relief not yet over, for the consultant on call. */
  async acuteBookings(actor: Actor): Promise<ReliefBooking[]> {
    const rows = await this.dataSource
      .getRepository(ReliefBooking)
      .createQueryBuilder('b')
      .leftJoinAndSelect('b.provider', 'provider')
      .where('b.municipality_id = :m AND b.acute AND b.ends_at > now()', { m: actor.municipalityId })
      .andWhere('b.status IN (:...s)', { s: ACTIVE_BOOKING_STATUSES })
      .orderBy('b.starts_at', 'ASC')
      .getMany();
    await this.audit.recordRead(actor, { entity: 'relief_booking', details: { acute: rows.length } });
    return rows;
  }

  // ---- internals ----

  private async transition(
    actor: Actor,
    id: string,
    kind: 'confirm' | 'decline' | 'cancel' | 'complete',
    apply: (b: ReliefBooking) => Promise<void>,
  ): Promise<ReliefBooking> {
    const from: Record<typeof kind, ReliefBookingStatus[]> = {
      confirm: [ReliefBookingStatus.REQUESTED],
      decline: [ReliefBookingStatus.REQUESTED],
      cancel: [ReliefBookingStatus.REQUESTED, ReliefBookingStatus.CONFIRMED],
      complete: [ReliefBookingStatus.CONFIRMED],
    };
    return this.dataSource.transaction(async (em) => {
      const booking = assertInScope(
        actor,
        isUUID(id)
          ? await em.findOne(ReliefBooking, { where: { id }, lock: { mode: 'pessimistic_write' } })
          : null,
      );
      const providerSide = await this.isProviderSide(em, actor, booking.providerId);
      const familySide = await this.isFamilySide(em, actor, booking.placementId);
      const allowed =
        kind === 'cancel'
          ? providerSide || familySide
          : providerSide || (kind === 'complete' && actor.role === Role.FAMILY_CONSULTANT);
      if (!allowed)
        throw AppError.forbidden('Kun aflastningsstedet eller familieplejekonsulenten kan gøre det.');
      if (!from[kind].includes(booking.status))
        throw new ReliefError(
          ReliefErrorCode.ILLEGAL_TRANSITION,
          `En booking med status ${booking.status} kan ikke ændres sådan.`,
        );
      await apply(booking);
      const saved = await em.save(booking);
      if (kind === 'confirm' || kind === 'decline') await this.notifyFamilyOfAnswer(em, saved);
      await this.audit.record(
        actor,
        { action: 'UPDATE', entity: 'relief_booking', entityId: id, details: { status: saved.status } },
        em,
      );
      return saved;
    });
  }

  /**
   * The foster family learns in Teams (if linked) that its request was confirmed or declined. A booking is
   * answered once (both leave REQUESTED), and the dedupe key keeps it to one message even so.
   */
  private async notifyFamilyOfAnswer(em: EntityManager, booking: ReliefBooking): Promise<void> {
    const [row] = (await em.query(
      `SELECT f.user_id, n.children, r.name AS place_name FROM placement p
         JOIN foster_family f ON f.id = p.foster_family_id
         JOIN placement_need n ON n.id = p.need_id
         JOIN relief_provider r ON r.id = $2
        WHERE p.id = $1 AND f.user_id IS NOT NULL`,
      [booking.placementId, booking.providerId],
    )) as { user_id: string; children: { firstName: string }[]; place_name: string }[];
    if (!row) return;
    await this.teams.queue(em, {
      recipientUserId: row.user_id,
      municipalityId: booking.municipalityId,
      kind: 'relief.booking-answered',
      params: {
        bookingId: booking.id,
        outcome: booking.status === ReliefBookingStatus.CONFIRMED ? 'CONFIRMED' : 'DECLINED',
        startsAt: booking.startsAt.toISOString(),
        endsAt: booking.endsAt.toISOString(),
        placeName: row.place_name,
        childFirstNames: firstNames(row.children),
      },
      dedupeKey: `relief-answered:${booking.id}`,
    });
  }

  /** Provider side: the relief family's own foster-parent account, or a family-care consultant. */
  private async isProviderSide(em: EntityManager, actor: Actor, providerId: string): Promise<boolean> {
    if (actor.role === Role.FAMILY_CONSULTANT) return true;
    if (actor.role !== Role.FOSTER_PARENT) return false;
    const [row] = await em.query(
      `SELECT 1 FROM relief_provider r JOIN foster_family f ON f.id = r.foster_family_id WHERE r.id = $1 AND f.user_id = $2`,
      [providerId, actor.userId],
    );
    return !!row;
  }

  /** Family side: the placement's foster parents, the caseworker or a family-care consultant. */
  private async isFamilySide(em: EntityManager, actor: Actor, placementId: string): Promise<boolean> {
    if (actor.role === Role.FAMILY_CONSULTANT || actor.role === Role.CASEWORKER) return true;
    if (actor.role !== Role.FOSTER_PARENT) return false;
    const [row] = await em.query(
      `SELECT 1 FROM placement p JOIN foster_family f ON f.id = p.foster_family_id WHERE p.id = $1 AND f.user_id = $2`,
      [placementId, actor.userId],
    );
    return !!row;
  }

  private async assertFamilySide(em: EntityManager, actor: Actor, placement: Placement): Promise<void> {
    // Another family's child looks exactly like a missing one.
    if (!(await this.isFamilySide(em, actor, placement.id))) throw AppError.notFound();
  }

  private async placement(em: EntityManager, actor: Actor, id: string, lock = false): Promise<Placement> {
    return assertInScope(
      actor,
      isUUID(id)
        ? await em.findOne(Placement, {
            where: { id },
            ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
          })
        : null,
    );
  }

  private async lockedProvider(em: EntityManager, actor: Actor, id: string): Promise<ReliefProvider> {
    return assertInScope(
      actor,
      isUUID(id)
        ? await em.findOne(ReliefProvider, { where: { id }, lock: { mode: 'pessimistic_write' } })
        : null,
    );
  }

  /** A relief family keeps its own away dates; consultants keep everyone's. */
  private async providerForProviderSide(
    em: EntityManager,
    actor: Actor,
    id: string,
  ): Promise<ReliefProvider> {
    const provider = await this.lockedProvider(em, actor, id);
    if (!(await this.isProviderSide(em, actor, provider.id))) throw AppError.notFound();
    return provider;
  }

  private withCalendar(em: EntityManager, id: string): Promise<ReliefProvider> {
    return em.findOneOrFail(ReliefProvider, {
      where: { id },
      relations: { availability: true, blockedPeriods: true },
    });
  }

  private assertRange(from: Date, to: Date): void {
    if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to <= from)
      throw AppError.badInput({ endsAt: 'Sluttidspunktet skal ligge efter starttidspunktet.' });
    if (to.getTime() - from.getTime() > MAX_STAY_MS)
      throw AppError.badInput({ endsAt: 'Et ophold kan højst vare 31 døgn.' });
  }

  /** Each child's age on the stay's first local day: the same for every provider, so a search computes it once. */
  private childAges(need: PlacementNeed, at: Date): number[] {
    const date = localParts(at).date;
    return need.children.map((c) => ageInYears(c.birthDate, date));
  }

  private unsuitable(provider: ReliefProvider, ages: number[], needs: string[]): string | null {
    if (!provider.active) return 'Aflastningsstedet tager ikke imod børn lige nu.';
    if (ages.some((age) => age < provider.ageMin || age > provider.ageMax))
      return 'Barnets alder passer ikke til aflastningsstedet.';
    if (needs.some((n) => provider.needsExcluded.includes(n)))
      return 'Aflastningsstedet kan ikke tage imod et barn med disse behov.';
    return null;
  }

  /** `merged` is the provider's weekly windows merged (null: no windows, always open); computed when not given. */
  private availabilityProblem(
    provider: ReliefProvider,
    range: RangeNeed,
    merged: MergedWindows | null = mergedWindowsOf(provider),
  ): ReliefError | null {
    if ((provider.blockedPeriods ?? []).some((b) => b.fromDate <= range.last && b.toDate >= range.first))
      return new ReliefError(ReliefErrorCode.PROVIDER_AWAY, 'Aflastningsstedet er ikke hjemme i perioden.');
    if (merged && !coversRange(merged, range))
      return new ReliefError(
        ReliefErrorCode.OUTSIDE_AVAILABILITY,
        'Tidsrummet ligger uden for aflastningsstedets faste tider.',
      );
    return null;
  }

  private async grantOn(em: EntityManager, placementId: string, date: string): Promise<ReliefGrant | null> {
    return em
      .getRepository(ReliefGrant)
      .createQueryBuilder('g')
      .where(
        'g.placement_id = :placementId AND g.valid_from <= :date AND (g.valid_to IS NULL OR g.valid_to >= :date)',
        {
          placementId,
          date,
        },
      )
      .orderBy('g.valid_from', 'DESC')
      .addOrderBy('g.created_at', 'DESC')
      .getOne();
  }

  /** Døgn used in the grant's period around `date` (requested, confirmed and completed stays, by local start date). */
  private async usage(
    em: EntityManager,
    grant: ReliefGrant,
    date: string,
  ): Promise<{ from: string; to: string; used: number }> {
    const { from, to } = periodOf(date, grant.period);
    const [row]: { used: number }[] = await em.query(
      `SELECT coalesce(sum(days), 0)::int AS used FROM relief_booking
        WHERE placement_id = $1 AND status = ANY($2::relief_booking_status[])
          AND (starts_at AT TIME ZONE '${RELIEF_TZ}')::date >= $3::date
          AND (starts_at AT TIME ZONE '${RELIEF_TZ}')::date < $4::date`,
      [grant.placementId, USED_STATUSES, from, to],
    );
    return { from, to, used: row.used };
  }
}

/** The most bookings that overlap at any one moment of [from, to): checked at each start inside the range. */
export function maxOverlap(rows: { starts_at: Date; ends_at: Date }[], from: Date, to: Date): number {
  const points = [
    from.getTime(),
    ...rows.map((r) => new Date(r.starts_at).getTime()).filter((t) => t > from.getTime() && t < to.getTime()),
  ];
  let max = 0;
  for (const p of points) {
    const n = rows.filter(
      (r) => new Date(r.starts_at).getTime() <= p && new Date(r.ends_at).getTime() > p,
    ).length;
    if (n > max) max = n;
  }
  return max;
}
