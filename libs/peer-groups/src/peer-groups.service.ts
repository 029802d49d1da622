import { isUUID } from 'class-validator';
import { Injectable } from '@nestjs/common';
import { NotificationsService } from '@pleje/notifications';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import { Actor, AppError, assertInScope, AuditService, Role } from '@pleje/core';
import { ageInYears } from '../../matching/src/algorithm/context';
import { addDays } from '../../relief/src/local-time';
import { PeerAudience, PeerGroup, PeerGroupStatus, PeerSession } from './peer-group.entity';
import { PeerError, PeerErrorCode } from './peer-groups.exception';
import {
  activateIfConsented,
  localToday,
  lockGroup,
  mustNotAmong,
  offerFreePlaces,
  placesHeld,
  presentMemberIds,
  queueInvitationMail,
  resumeDuePauses,
} from './peer-membership-rules';
import {
  CURRENT_MEMBERSHIP,
  HOLDS_PLACE,
  PeerMembership,
  PeerMembershipStatus,
} from './peer-membership.entity';
import { PeerMustNotPair, PeerParticipant, PeerParticipantKind } from './peer-participant.entity';

export interface SaveGroupInput {
  id?: string | null;
  name: string;
  audience: PeerAudience;
  ageMin?: number | null;
  ageMax?: number | null;
  areaName?: string | null;
  lat?: number | null;
  lon?: number | null;
  facilitatorId?: string | null;
  capacity: number;
  status: PeerGroupStatus;
}

export interface RegisterChildInput {
  firstName: string;
  birthDate: string;
  fosterFamilyId: string;
  lat?: number | null;
  lon?: number | null;
  caseworkerConsentRequired?: boolean | null;
}

export interface GroupDetail {
  group: PeerGroup;
  placesHeld: number;
  members: PeerMembership[];
  /** Who has left (latest time per participant), not counting those who are back in the group. */
  formerMembers: PeerMembership[];
  sessions: PeerSession[];
}

export interface MyGroup {
  membership: PeerMembership;
  group: PeerGroup;
  /** 1-based place in line while WAITLISTED. */
  waitlistPosition: number | null;
  nextSessions: PeerSession[];
}

/** A foster family as the network consultant needs it to register a child: id and display name only. */
export interface PeerFosterFamily {
  id: string;
  displayName: string;
}

export interface OpenGroup {
  group: PeerGroup;
  freePlaces: number;
  waiting: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Network groups: groups, who can join, must-not pairs, and memberships with consent, waitlist and pauses. */
@Injectable()
export class PeerGroupsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  // ---- groups (network consultant) ----

  async groups(actor: Actor, status?: PeerGroupStatus | null): Promise<PeerGroup[]> {
    await this.resumePauses(actor);
    return this.dataSource.getRepository(PeerGroup).find({
      where: { municipalityId: actor.municipalityId, ...(status ? { status } : {}) },
      order: { name: 'ASC' },
    });
  }

  async group(actor: Actor, id: string): Promise<GroupDetail> {
    await this.resumePauses(actor);
    const em = this.dataSource.manager;
    const group = assertInScope(actor, isUUID(id) ? await em.findOne(PeerGroup, { where: { id } }) : null);
    const members = await em.find(PeerMembership, {
      where: { groupId: id, status: In(CURRENT_MEMBERSHIP) },
      relations: { participant: true },
      order: { requestedAt: 'ASC', id: 'ASC' },
    });
    const sessions = await em.find(PeerSession, { where: { groupId: id }, order: { startsAt: 'ASC' } });
    const left = await em.find(PeerMembership, {
      where: { groupId: id, status: PeerMembershipStatus.LEFT },
      relations: { participant: true },
      order: { leftAt: 'DESC', id: 'ASC' },
    });
    const current = new Set(members.map((m) => m.participantId));
    const formerMembers = left.filter((m) => {
      if (current.has(m.participantId)) return false;
      current.add(m.participantId);
      return true;
    });
    await this.audit.recordRead(actor, {
      entity: 'peer_group',
      entityId: id,
      details: { members: members.length, former: formerMembers.length },
    });
    return {
      group,
      placesHeld: members.filter((m) => HOLDS_PLACE.includes(m.status)).length,
      members,
      formerMembers,
      sessions,
    };
  }

  async saveGroup(actor: Actor, input: SaveGroupInput): Promise<PeerGroup> {
    const fields: Record<string, string> = {};
    if (!input.name?.trim() || input.name.trim().length > 100)
      fields.name = 'Skriv et navn på højst 100 tegn.';
    if (!Number.isInteger(input.capacity) || input.capacity < 2 || input.capacity > 50)
      fields.capacity = 'En gruppe har mellem 2 og 50 pladser.';
    if (input.audience === PeerAudience.CHILDREN) {
      const { ageMin, ageMax } = input;
      if (ageMin == null || ageMax == null || ageMin < 0 || ageMax > 25 || ageMin > ageMax)
        fields.ageMax = 'Vælg en aldersgruppe mellem 0 og 25 år, hvor fra ikke er over til.';
    }
    if ((input.lat == null) !== (input.lon == null) || (input.lat != null && Math.abs(input.lat) > 90))
      fields.lat = 'Angiv både breddegrad og længdegrad, eller ingen af dem.';
    if ((input.areaName ?? '').length > 100) fields.areaName = 'Området må højst fylde 100 tegn.';
    if (input.facilitatorId && !isUUID(input.facilitatorId)) fields.facilitatorId = 'Vælg en medarbejder.';
    if (Object.keys(fields).length) throw AppError.badInput(fields);
    return this.dataSource.transaction(async (em) => {
      if (input.facilitatorId) {
        const [staff] = await em.query(
          `SELECT 1 FROM app_user WHERE id = $1 AND municipality_id = $2 AND role = ANY($3)`,
          [
            input.facilitatorId,
            actor.municipalityId,
            [Role.NETWORK_CONSULTANT, Role.FAMILY_CONSULTANT, Role.CASEWORKER],
          ],
        );
        if (!staff) throw AppError.badInput({ facilitatorId: 'Vælg en medarbejder i kommunen.' });
      }
      const group = input.id
        ? assertInScope(actor, isUUID(input.id) ? await lockGroup(em, input.id) : null)
        : em.create(PeerGroup, { municipalityId: actor.municipalityId, createdBy: actor.userId });
      if (group.id && input.capacity < (await placesHeld(em, group.id)))
        throw AppError.badInput({
          capacity: 'Der er flere medlemmer end pladser. Tag først nogen ud af gruppen.',
        });
      const children = input.audience === PeerAudience.CHILDREN;
      Object.assign(group, {
        name: input.name.trim(),
        audience: input.audience,
        ageMin: children ? input.ageMin : null,
        ageMax: children ? input.ageMax : null,
        areaName: (input.areaName ?? '').trim(),
        lat: input.lat ?? null,
        lon: input.lon ?? null,
        facilitatorId: input.facilitatorId ?? null,
        capacity: input.capacity,
        status: input.status,
      });
      const saved = await em.save(group);
      await this.audit.record(
        actor,
        { action: input.id ? 'UPDATE' : 'CREATE', entity: 'peer_group', entityId: saved.id },
        em,
      );
      // More places (or a reopened group) go to the waitlist at once.
      if (saved.status !== PeerGroupStatus.CLOSED) await offerFreePlaces(em, this.notifications, saved);
      return saved;
    });
  }

  /** Groups a foster family may ask to join: planned or running, with free places and queue length. */
  async openGroups(actor: Actor): Promise<OpenGroup[]> {
    await this.resumePauses(actor);
    const groups = await this.dataSource.getRepository(PeerGroup).find({
      where: {
        municipalityId: actor.municipalityId,
        status: In([PeerGroupStatus.PLANNED, PeerGroupStatus.ACTIVE]),
      },
      order: { name: 'ASC' },
    });
    if (!groups.length) return [];
    const counts: { group_id: string; held: number; waiting: number }[] = await this.dataSource.query(
      `SELECT group_id,
              count(*) FILTER (WHERE status IN ('INVITED', 'ACTIVE'))::int AS held,
              count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waiting
         FROM peer_membership WHERE group_id = ANY($1) GROUP BY group_id`,
      [groups.map((g) => g.id)],
    );
    return groups.map((group) => {
      const c = counts.find((x) => x.group_id === group.id);
      return { group, freePlaces: Math.max(0, group.capacity - (c?.held ?? 0)), waiting: c?.waiting ?? 0 };
    });
  }

  // ---- participants ----

  /** Children who can join groups: every child of an active placement (synced from matching) and children staff registered. */
  async children(
    actor: Actor,
    filter: { ageMin?: number | null; ageMax?: number | null } = {},
  ): Promise<PeerParticipant[]> {
    await this.syncPlacementChildren(this.dataSource.manager, actor.municipalityId);
    const rows = await this.eligibleChildren(this.dataSource.manager, actor.municipalityId);
    const today = localToday();
    const result = rows.filter((c) => {
      const age = ageInYears(c.birthDate as string, today);
      return (
        (filter.ageMin == null || age >= filter.ageMin) && (filter.ageMax == null || age <= filter.ageMax)
      );
    });
    await this.audit.recordRead(actor, { entity: 'peer_participant', details: { count: result.length } });
    return result;
  }

  async eligibleChildren(em: EntityManager, municipalityId: string): Promise<PeerParticipant[]> {
    return em
      .getRepository(PeerParticipant)
      .createQueryBuilder('c')
      .leftJoin('c.placement', 'pl')
      .where('c.municipality_id = :m AND c.kind = :k', { m: municipalityId, k: PeerParticipantKind.CHILD })
      .andWhere('(c.placement_id IS NULL OR pl.ended_on IS NULL)')
      .orderBy('c.birth_date', 'DESC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
  }

  /** One participant row per child of each active placement: the need's child id is the stable key. */
  async syncPlacementChildren(em: EntityManager, municipalityId: string): Promise<void> {
    await em.query(
      `INSERT INTO peer_participant (municipality_id, kind, foster_family_id, placement_id, child_key, first_name, birth_date, lat, lon, version)
       SELECT p.municipality_id, 'CHILD', p.foster_family_id, p.id, c->>'id', c->>'firstName', (c->>'birthDate')::date, fp.lat, fp.lon, 1
         FROM placement p
         JOIN placement_need n ON n.id = p.need_id
         CROSS JOIN LATERAL jsonb_array_elements(n.children) c
         LEFT JOIN family_match_profile fp ON fp.foster_family_id = p.foster_family_id
        WHERE p.municipality_id = $1 AND p.ended_on IS NULL
       ON CONFLICT (placement_id, child_key) WHERE placement_id IS NOT NULL DO NOTHING`,
      [municipalityId],
    );
  }

  async registerChild(actor: Actor, input: RegisterChildInput): Promise<PeerParticipant> {
    const fields: Record<string, string> = {};
    const firstName = input.firstName?.trim() ?? '';
    if (!firstName || firstName.length > 100 || /\s/.test(firstName))
      fields.firstName = 'Skriv barnets fornavn (kun fornavnet).';
    if (
      !DATE.test(input.birthDate ?? '') ||
      Number.isNaN(Date.parse(input.birthDate)) ||
      input.birthDate > localToday()
    )
      fields.birthDate = 'Skriv en gyldig fødselsdato.';
    if ((input.lat == null) !== (input.lon == null))
      fields.lat = 'Angiv både breddegrad og længdegrad, eller ingen af dem.';
    if (Object.keys(fields).length) throw AppError.badInput(fields);
    return this.dataSource.transaction(async (em) => {
      const [family] = isUUID(input.fosterFamilyId)
        ? await em.query(`SELECT id FROM foster_family WHERE id = $1 AND municipality_id = $2`, [
            input.fosterFamilyId,
            actor.municipalityId,
          ])
        : [];
      if (!family) throw AppError.badInput({ fosterFamilyId: 'Vælg en plejefamilie i kommunen.' });
      const saved = await em.save(
        em.create(PeerParticipant, {
          municipalityId: actor.municipalityId,
          kind: PeerParticipantKind.CHILD,
          fosterFamilyId: input.fosterFamilyId,
          placementId: null,
          childKey: null,
          firstName,
          birthDate: input.birthDate,
          lat: input.lat ?? null,
          lon: input.lon ?? null,
          caseworkerConsentRequired: input.caseworkerConsentRequired ?? false,
          createdBy: actor.userId,
        }),
      );
      await this.audit.record(
        actor,
        { action: 'CREATE', entity: 'peer_participant', entityId: saved.id },
        em,
      );
      return saved;
    });
  }

  /**
   * Active foster families in the municipality, for registering a child directly: id and display name only
   * (nothing else about the family leaves this read). Audited like every read of family data.
   */
  async fosterFamilies(actor: Actor): Promise<PeerFosterFamily[]> {
    const rows: Array<{ id: string; display_name: string }> = await this.dataSource.query(
      `SELECT id, display_name FROM foster_family WHERE municipality_id = $1 AND active ORDER BY display_name, id`,
      [actor.municipalityId],
    );
    await this.audit.recordRead(actor, { entity: 'foster_family', details: { count: rows.length } });
    return rows.map((r) => ({ id: r.id, displayName: r.display_name }));
  }

  /** The case says whether the caseworker must consent too (staff only; applies to later invitations). */
  async setCaseworkerConsentRequired(
    actor: Actor,
    participantId: string,
    required: boolean,
  ): Promise<PeerParticipant> {
    return this.dataSource.transaction(async (em) => {
      const p = await this.participant(em, actor, participantId, true);
      p.caseworkerConsentRequired = required;
      const saved = await em.save(p);
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          entity: 'peer_participant',
          entityId: p.id,
          details: { caseworkerConsentRequired: required },
        },
        em,
      );
      return saved;
    });
  }

  /** A foster family's own children (from its placements and registered by staff) and the family itself. */
  async myParticipants(actor: Actor): Promise<PeerParticipant[]> {
    return this.dataSource.transaction(async (em) => {
      const family = await this.ownFamily(em, actor);
      if (!family) return [];
      await this.syncPlacementChildren(em, actor.municipalityId);
      await em.query(
        `INSERT INTO peer_participant (municipality_id, kind, foster_family_id, version)
         VALUES ($1, 'FOSTER_FAMILY', $2, 1)
         ON CONFLICT (foster_family_id) WHERE kind = 'FOSTER_FAMILY' DO NOTHING`,
        [actor.municipalityId, family],
      );
      const rows = await em
        .getRepository(PeerParticipant)
        .createQueryBuilder('c')
        .leftJoin('c.placement', 'pl')
        .where('c.foster_family_id = :f', { f: family })
        .andWhere('(c.placement_id IS NULL OR pl.ended_on IS NULL)')
        .orderBy('c.kind', 'ASC')
        .addOrderBy('c.birth_date', 'DESC')
        .getMany();
      await this.audit.recordRead(actor, { entity: 'peer_participant', details: { count: rows.length } });
      return rows;
    });
  }

  /** Earlier group mates of a participant (from groups where both were active members). */
  async mateHistory(
    actor: Actor,
    participantId: string,
  ): Promise<{ mate: PeerParticipant; groupId: string; groupName: string }[]> {
    const em = this.dataSource.manager;
    const p = await this.participant(em, actor, participantId);
    const rows: { mate_id: string; group_id: string; group_name: string }[] = await em.query(
      `SELECT DISTINCT b.participant_id AS mate_id, g.id AS group_id, g.name AS group_name
         FROM peer_membership a
         JOIN peer_membership b ON b.group_id = a.group_id AND b.participant_id <> a.participant_id AND b.activated_at IS NOT NULL
         JOIN peer_group g ON g.id = a.group_id
        WHERE a.participant_id = $1 AND a.activated_at IS NOT NULL`,
      [p.id],
    );
    const mates = rows.length
      ? await em.find(PeerParticipant, { where: { id: In(rows.map((r) => r.mate_id)) } })
      : [];
    await this.audit.recordRead(actor, { entity: 'peer_mate_history', entityId: p.id });
    return rows.map((r) => ({
      mate: mates.find((m) => m.id === r.mate_id) as PeerParticipant,
      groupId: r.group_id,
      groupName: r.group_name,
    }));
  }

  // ---- must-not pairs (safeguarding, staff) ----

  async mustNotPairs(actor: Actor): Promise<PeerMustNotPair[]> {
    const rows = await this.dataSource.getRepository(PeerMustNotPair).find({
      where: { municipalityId: actor.municipalityId },
      relations: { participantA: true, participantB: true },
      order: { createdAt: 'DESC' },
    });
    await this.audit.recordRead(actor, { entity: 'peer_must_not_pair', details: { count: rows.length } });
    return rows;
  }

  async addMustNotPair(actor: Actor, a: string, b: string, note?: string | null): Promise<PeerMustNotPair> {
    if (a === b) throw AppError.badInput({ participantBId: 'Vælg to forskellige børn.' });
    if ((note ?? '').length > 300) throw AppError.badInput({ note: 'Noten må højst fylde 300 tegn.' });
    return this.dataSource.transaction(async (em) => {
      const pa = await this.participant(em, actor, a);
      const pb = await this.participant(em, actor, b);
      const [first, second] = pa.id < pb.id ? [pa.id, pb.id] : [pb.id, pa.id];
      await em.query(
        `INSERT INTO peer_must_not_pair (municipality_id, participant_a_id, participant_b_id, note, created_by)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (participant_a_id, participant_b_id) DO UPDATE SET note = EXCLUDED.note`,
        [actor.municipalityId, first, second, (note ?? '').trim(), actor.userId],
      );
      const pair = await em.findOneOrFail(PeerMustNotPair, {
        where: { participantAId: first, participantBId: second },
        relations: { participantA: true, participantB: true },
      });
      await this.audit.record(
        actor,
        { action: 'CREATE', entity: 'peer_must_not_pair', entityId: pair.id },
        em,
      );
      return pair;
    });
  }

  async removeMustNotPair(actor: Actor, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (em) => {
      const pair = assertInScope(
        actor,
        isUUID(id) ? await em.findOne(PeerMustNotPair, { where: { id } }) : null,
      );
      await em.delete(PeerMustNotPair, { id: pair.id });
      await this.audit.record(actor, { action: 'DELETE', entity: 'peer_must_not_pair', entityId: id }, em);
      return true;
    });
  }

  // ---- memberships ----

  /** The network consultant invites a child (or family): INVITED if a place is free, else WAITLISTED. */
  async invite(actor: Actor, groupId: string, participantId: string): Promise<PeerMembership> {
    return this.join(actor, groupId, participantId, false);
  }

  /** A foster family asks for a place: that is the family's consent; the caseworker's may still be needed. */
  async requestPlace(actor: Actor, groupId: string, participantId: string): Promise<PeerMembership> {
    return this.join(actor, groupId, participantId, true);
  }

  private async join(
    actor: Actor,
    groupId: string,
    participantId: string,
    byFamily: boolean,
  ): Promise<PeerMembership> {
    try {
      return await this.dataSource.transaction(async (em) => {
        const group = assertInScope(actor, isUUID(groupId) ? await lockGroup(em, groupId) : null);
        const participant = await this.participant(em, actor, participantId);
        if (byFamily && !(await this.isOwnParticipant(em, actor, participant))) throw AppError.notFound();
        const closed = byFamily
          ? ![PeerGroupStatus.PLANNED, PeerGroupStatus.ACTIVE].includes(group.status)
          : group.status === PeerGroupStatus.CLOSED;
        if (closed) throw new PeerError(PeerErrorCode.NOT_SUITABLE, 'Gruppen tager ikke imod nye medlemmer.');
        const wantKind =
          group.audience === PeerAudience.CHILDREN
            ? PeerParticipantKind.CHILD
            : PeerParticipantKind.FOSTER_FAMILY;
        if (participant.kind !== wantKind)
          throw new PeerError(
            PeerErrorCode.NOT_SUITABLE,
            wantKind === PeerParticipantKind.CHILD ? 'Gruppen er for børn.' : 'Gruppen er for plejeforældre.',
          );
        if (participant.kind === PeerParticipantKind.CHILD && group.ageMin != null && group.ageMax != null) {
          const age = ageInYears(participant.birthDate as string, localToday());
          if (age < group.ageMin || age > group.ageMax)
            throw new PeerError(
              PeerErrorCode.NOT_SUITABLE,
              `Gruppen er for børn på ${group.ageMin}-${group.ageMax} år.`,
            );
        }
        const conflicts = await mustNotAmong(em, participant.id, await presentMemberIds(em, group.id));
        if (conflicts.length)
          throw byFamily
            ? // The family must not learn who the other child is: a plain refusal.
              new PeerError(
                PeerErrorCode.MUST_NOT_PAIR,
                'Barnet kan ikke få plads i denne gruppe. Kontakt netværkskonsulenten.',
              )
            : new PeerError(
                PeerErrorCode.MUST_NOT_PAIR,
                'Barnet må ikke være i gruppe med et af medlemmerne (sikkerhedshensyn).',
                Object.fromEntries(
                  conflicts.map((id) => [`participant.${id}`, 'Må ikke være i samme gruppe.']),
                ),
              );
        const now = new Date();
        const waiting = await em.count(PeerMembership, {
          where: { groupId: group.id, status: PeerMembershipStatus.WAITLISTED },
        });
        const free = group.capacity - (await placesHeld(em, group.id)) > 0 && waiting === 0;
        const m = em.create(PeerMembership, {
          municipalityId: group.municipalityId,
          groupId: group.id,
          participantId: participant.id,
          status: free ? PeerMembershipStatus.INVITED : PeerMembershipStatus.WAITLISTED,
          requestedAt: now,
          familyConsentAt: byFamily ? now : null,
          familyConsentBy: byFamily ? actor.userId : null,
          caseworkerConsentRequired:
            participant.kind === PeerParticipantKind.CHILD && participant.caseworkerConsentRequired,
        });
        activateIfConsented(m, now);
        const saved = await em.save(m);
        await this.audit.record(
          actor,
          {
            action: 'CREATE',
            entity: 'peer_membership',
            entityId: saved.id,
            details: { status: saved.status },
          },
          em,
        );
        if (saved.status === PeerMembershipStatus.INVITED && !byFamily)
          await queueInvitationMail(em, this.notifications, group, saved, false);
        return saved;
      });
    } catch (err) {
      if (err instanceof QueryFailedError && (err.driverError as { code?: string }).code === '23505')
        throw new PeerError(
          PeerErrorCode.ALREADY_MEMBER,
          'Barnet er allerede med i eller på venteliste til gruppen.',
        );
      throw err;
    }
  }

  /**
   * Consent or refusal: the foster family for its own child or family, the caseworker where the case requires it.
   * Refusing ends the membership (DECLINED) and gives the place to the waitlist.
   */
  async respond(actor: Actor, membershipId: string, consent: boolean): Promise<PeerMembership> {
    return this.dataSource.transaction(async (em) => {
      const { m, group } = await this.lockedMembership(em, actor, membershipId);
      const participant = await em.findOneOrFail(PeerParticipant, { where: { id: m.participantId } });
      if (actor.role === Role.FOSTER_PARENT) {
        if (!(await this.isOwnParticipant(em, actor, participant))) throw AppError.notFound();
      } else if (actor.role === Role.CASEWORKER) {
        if (!m.caseworkerConsentRequired)
          throw new PeerError(
            PeerErrorCode.ILLEGAL_TRANSITION,
            'Sagen kræver ikke sagsbehandlerens samtykke.',
          );
      } else throw AppError.forbidden();
      if (![PeerMembershipStatus.INVITED, PeerMembershipStatus.WAITLISTED].includes(m.status))
        throw new PeerError(PeerErrorCode.ILLEGAL_TRANSITION, 'Der er ikke noget at svare på.');
      const now = new Date();
      const heldPlace = m.status === PeerMembershipStatus.INVITED;
      if (!consent) {
        m.status = PeerMembershipStatus.DECLINED;
        m.refusedAt = now;
        m.refusedBy = actor.userId;
      } else if (actor.role === Role.FOSTER_PARENT) {
        m.familyConsentAt = now;
        m.familyConsentBy = actor.userId;
      } else {
        m.caseworkerConsentAt = now;
        m.caseworkerConsentBy = actor.userId;
      }
      activateIfConsented(m, now);
      const saved = await em.save(m);
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          entity: 'peer_membership',
          entityId: m.id,
          details: { consent, by: actor.role, status: saved.status },
        },
        em,
      );
      if (!consent && heldPlace) await offerFreePlaces(em, this.notifications, group, now);
      return saved;
    });
  }

  /** Pause until a date (the family or the consultant); the place goes to the waitlist meanwhile. */
  async pause(actor: Actor, membershipId: string, until: string): Promise<PeerMembership> {
    const today = localToday();
    if (
      !DATE.test(until ?? '') ||
      Number.isNaN(Date.parse(until)) ||
      until <= today ||
      until > addDays(today, 366)
    )
      throw AppError.badInput({ until: 'Vælg en dato efter i dag og højst et år frem.' });
    return this.changeStatus(actor, membershipId, [PeerMembershipStatus.ACTIVE], (m) => {
      m.status = PeerMembershipStatus.PAUSED;
      m.pausedUntil = until;
    });
  }

  async leave(actor: Actor, membershipId: string): Promise<PeerMembership> {
    return this.changeStatus(actor, membershipId, CURRENT_MEMBERSHIP, (m) => {
      m.status = PeerMembershipStatus.LEFT;
      m.leftAt = new Date();
      m.pausedUntil = null;
    });
  }

  private async changeStatus(
    actor: Actor,
    membershipId: string,
    from: PeerMembershipStatus[],
    apply: (m: PeerMembership) => void,
  ): Promise<PeerMembership> {
    return this.dataSource.transaction(async (em) => {
      const { m, group } = await this.lockedMembership(em, actor, membershipId);
      if (actor.role === Role.FOSTER_PARENT) {
        const participant = await em.findOneOrFail(PeerParticipant, { where: { id: m.participantId } });
        if (!(await this.isOwnParticipant(em, actor, participant))) throw AppError.notFound();
      } else if (actor.role !== Role.NETWORK_CONSULTANT) throw AppError.forbidden();
      if (!from.includes(m.status))
        throw new PeerError(PeerErrorCode.ILLEGAL_TRANSITION, 'Medlemskabet kan ikke ændres sådan lige nu.');
      apply(m);
      const saved = await em.save(m);
      await this.audit.record(
        actor,
        { action: 'UPDATE', entity: 'peer_membership', entityId: m.id, details: { status: saved.status } },
        em,
      );
      if (group.status !== PeerGroupStatus.CLOSED) await offerFreePlaces(em, this.notifications, group);
      return saved;
    });
  }

  /** What a foster family sees: its children's (and its own) groups, place in line and the next meetings. */
  async myGroups(actor: Actor): Promise<MyGroup[]> {
    await this.resumePauses(actor);
    const em = this.dataSource.manager;
    const family = await this.ownFamily(em, actor);
    if (!family) return [];
    const memberships = await em
      .getRepository(PeerMembership)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.participant', 'p')
      .innerJoinAndSelect('m.group', 'g')
      .where('p.foster_family_id = :f AND m.status IN (:...s)', { f: family, s: CURRENT_MEMBERSHIP })
      .orderBy('g.name', 'ASC')
      .getMany();
    const groupIds = [...new Set(memberships.map((m) => m.groupId))];
    const sessions = groupIds.length
      ? await em
          .getRepository(PeerSession)
          .createQueryBuilder('s')
          .where('s.group_id IN (:...ids) AND s.ends_at > now()', { ids: groupIds })
          .orderBy('s.starts_at', 'ASC')
          .getMany()
      : [];
    const result: MyGroup[] = [];
    for (const m of memberships) {
      let position: number | null = null;
      if (m.status === PeerMembershipStatus.WAITLISTED) {
        const [row]: { n: number }[] = await em.query(
          `SELECT count(*)::int AS n FROM peer_membership
            WHERE group_id = $1 AND status = 'WAITLISTED' AND (requested_at, id) < ($2, $3)`,
          [m.groupId, m.requestedAt, m.id],
        );
        position = row.n + 1;
      }
      result.push({
        membership: m,
        group: m.group as PeerGroup,
        waitlistPosition: position,
        nextSessions: sessions.filter((s) => s.groupId === m.groupId).slice(0, 3),
      });
    }
    await this.audit.recordRead(actor, { entity: 'peer_membership', details: { count: result.length } });
    return result;
  }

  /** Invitations waiting for the caseworker's consent in the municipality. */
  async consentsAwaiting(actor: Actor): Promise<PeerMembership[]> {
    const rows = await this.dataSource.getRepository(PeerMembership).find({
      where: {
        municipalityId: actor.municipalityId,
        status: In([PeerMembershipStatus.INVITED, PeerMembershipStatus.WAITLISTED]),
        caseworkerConsentRequired: true,
      },
      relations: { participant: true, group: true },
      order: { requestedAt: 'ASC' },
    });
    const open = rows.filter((m) => !m.caseworkerConsentAt);
    await this.audit.recordRead(actor, { entity: 'peer_membership', details: { awaiting: open.length } });
    return open;
  }

  // ---- internals ----

  /** Lazily ends pauses whose date has come (see resumeDuePauses). */
  async resumePauses(actor: Actor): Promise<void> {
    await this.dataSource.transaction((em) => resumeDuePauses(em, this.notifications, actor.municipalityId));
  }

  private async lockedMembership(
    em: EntityManager,
    actor: Actor,
    id: string,
  ): Promise<{ m: PeerMembership; group: PeerGroup }> {
    const found = assertInScope(
      actor,
      isUUID(id) ? await em.findOne(PeerMembership, { where: { id } }) : null,
    );
    // Group first, then the membership: the same lock order as joining, so two changes cannot deadlock.
    const group = (await lockGroup(em, found.groupId)) as PeerGroup;
    const m = await em.findOneOrFail(PeerMembership, { where: { id }, lock: { mode: 'pessimistic_write' } });
    return { m, group };
  }

  async participant(em: EntityManager, actor: Actor, id: string, lock = false): Promise<PeerParticipant> {
    return assertInScope(
      actor,
      isUUID(id)
        ? await em.findOne(PeerParticipant, {
            where: { id },
            ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
          })
        : null,
    );
  }

  private async ownFamily(em: EntityManager, actor: Actor): Promise<string | null> {
    if (actor.role !== Role.FOSTER_PARENT) return null;
    const [row]: { id: string }[] = await em.query(
      `SELECT id FROM foster_family WHERE user_id = $1 AND municipality_id = $2`,
      [actor.userId, actor.municipalityId],
    );
    return row?.id ?? null;
  }

  private async isOwnParticipant(em: EntityManager, actor: Actor, p: PeerParticipant): Promise<boolean> {
    return actor.role === Role.FOSTER_PARENT && (await this.ownFamily(em, actor)) === p.fosterFamilyId;
  }
}
