import { randomUUID } from 'node:crypto';
import { isUUID } from 'class-validator';
import { Injectable } from '@nestjs/common';
import { NotificationsService } from '@pleje/notifications';
import { DataSource, In } from 'typeorm';
import { Actor, AppError, assertInScope, AuditService } from '@pleje/core';
import { addDays, localInstant } from '../../relief/src/local-time';
import { PeerGroup, PeerGroupStatus, PeerSession } from './peer-group.entity';
import { PeerError, PeerErrorCode } from './peer-groups.exception';
import { familyUserOf, lockGroup } from './peer-membership-rules';
import {
  PeerAttendance,
  PeerAttendanceStatus,
  PeerMembership,
  PeerMembershipStatus,
} from './peer-membership.entity';
import { PeerParticipant } from './peer-participant.entity';

export interface CreateSessionsInput {
  groupId: string;
  /** Local date of the first meeting. */
  firstDate: string;
  /** Local 'HH:MM'. */
  startTime: string;
  endTime: string;
  /** 1 = every week, 2 = every second week … */
  everyWeeks: number;
  count: number;
  place: string;
  transportNote?: string | null;
}

export interface SessionParticipation {
  session: PeerSession;
  present: number;
  absent: number;
  excused: number;
  /** Present ÷ (present + absent); null before the register is filled in. */
  participationRate: number | null;
}

export interface GroupMetrics {
  group: PeerGroup;
  /** Invited and active members (the places taken). */
  placesHeld: number;
  sessionsHeld: number;
  /** Every held (not cancelled, started) session, oldest first: the participation chart per meeting. */
  sessions: SessionParticipation[];
  /** Present ÷ (present + absent) over held sessions; excused absences do not count. Null before any register. */
  participationRate: number | null;
  /** Active members absent from each of their last three registered sessions. */
  stoppedComing: { participant: PeerParticipant; lastPresentAt: Date | null }[];
  waiting: number;
  /** Days from asking to being offered a place (or until today while still waiting). */
  waitMedianDays: number | null;
  waitMaxDays: number | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** Absent this many registered sessions in a row: "has stopped coming". */
export const STOPPED_AFTER = 3;

/** Meetings of the groups: recurring sessions, cancellation that tells every member, attendance and metrics. */
@Injectable()
export class PeerSessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async createSessions(actor: Actor, input: CreateSessionsInput): Promise<PeerSession[]> {
    const fields: Record<string, string> = {};
    if (!DATE.test(input.firstDate ?? '') || Number.isNaN(Date.parse(input.firstDate)))
      fields.firstDate = 'Skriv en gyldig dato.';
    if (!TIME.test(input.startTime ?? '')) fields.startTime = 'Skriv et klokkeslæt som 16:00.';
    if (!TIME.test(input.endTime ?? '') || input.endTime <= input.startTime)
      fields.endTime = 'Sluttidspunktet skal ligge efter starttidspunktet.';
    if (!Number.isInteger(input.everyWeeks) || input.everyWeeks < 1 || input.everyWeeks > 8)
      fields.everyWeeks = 'Vælg mellem hver uge og hver 8. uge.';
    if (!Number.isInteger(input.count) || input.count < 1 || input.count > 52)
      fields.count = 'Vælg mellem 1 og 52 møder.';
    if (!input.place?.trim() || input.place.trim().length > 200) fields.place = 'Skriv hvor gruppen mødes.';
    if ((input.transportNote ?? '').length > 500) fields.transportNote = 'Højst 500 tegn.';
    if (Object.keys(fields).length) throw AppError.badInput(fields);
    return this.dataSource.transaction(async (em) => {
      const group = assertInScope(actor, isUUID(input.groupId) ? await lockGroup(em, input.groupId) : null);
      if (group.status === PeerGroupStatus.CLOSED)
        throw new PeerError(PeerErrorCode.NOT_SUITABLE, 'Gruppen er lukket.');
      const seriesId = input.count > 1 ? randomUUID() : null;
      const rows = Array.from({ length: input.count }, (_, k) => {
        const date = addDays(input.firstDate, 7 * input.everyWeeks * k);
        return em.create(PeerSession, {
          municipalityId: group.municipalityId,
          groupId: group.id,
          startsAt: localInstant(date, input.startTime),
          endsAt: localInstant(date, input.endTime),
          place: input.place.trim(),
          transportNote: (input.transportNote ?? '').trim(),
          seriesId,
        });
      });
      const saved = await em.save(rows);
      await this.audit.record(
        actor,
        { action: 'CREATE', entity: 'peer_session', entityId: group.id, details: { count: saved.length } },
        em,
      );
      return saved;
    });
  }

  async sessions(actor: Actor, groupId: string): Promise<PeerSession[]> {
    const em = this.dataSource.manager;
    assertInScope(actor, isUUID(groupId) ? await em.findOne(PeerGroup, { where: { id: groupId } }) : null);
    return em.find(PeerSession, { where: { groupId }, order: { startsAt: 'ASC' } });
  }

  /** Cancels a meeting and, in the same transaction, queues one mail per active member's family (deduplicated). */
  async cancelSession(actor: Actor, id: string, reason: string): Promise<PeerSession> {
    const why = (reason ?? '').trim();
    if (!why || why.length > 500)
      throw AppError.badInput({ reason: 'Skriv en begrundelse på højst 500 tegn.' });
    return this.dataSource.transaction(async (em) => {
      const found = assertInScope(
        actor,
        isUUID(id) ? await em.findOne(PeerSession, { where: { id } }) : null,
      );
      const group = (await lockGroup(em, found.groupId)) as PeerGroup;
      const session = await em.findOneOrFail(PeerSession, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (session.cancelledAt)
        throw new PeerError(PeerErrorCode.SESSION_CANCELLED, 'Mødet er allerede aflyst.');
      if (session.endsAt <= new Date())
        throw new PeerError(PeerErrorCode.ILLEGAL_TRANSITION, 'Mødet er allerede holdt.');
      session.cancelledAt = new Date();
      session.cancelledBy = actor.userId;
      session.cancelReason = why;
      const saved = await em.save(session);
      const members = await em.find(PeerMembership, {
        where: { groupId: group.id, status: PeerMembershipStatus.ACTIVE },
      });
      for (const m of members) {
        const recipient = await familyUserOf(em, m.participantId);
        if (!recipient) continue;
        await this.notifications.queueEmail(em, {
          recipientUserId: recipient,
          municipalityId: group.municipalityId,
          template: 'peer.session-cancelled',
          params: {
            sessionId: session.id,
            groupName: group.name,
            startsAt: session.startsAt.toISOString(),
            endsAt: session.endsAt.toISOString(),
            reason: why,
          },
          dedupeKey: `peer-session-cancelled:${session.id}:${m.participantId}`,
        });
      }
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          entity: 'peer_session',
          entityId: id,
          details: { cancelled: true, told: members.length },
        },
        em,
      );
      return saved;
    });
  }

  async attendance(actor: Actor, sessionId: string): Promise<PeerAttendance[]> {
    const em = this.dataSource.manager;
    assertInScope(
      actor,
      isUUID(sessionId) ? await em.findOne(PeerSession, { where: { id: sessionId } }) : null,
    );
    const rows = await em.find(PeerAttendance, { where: { sessionId }, relations: { participant: true } });
    await this.audit.recordRead(actor, { entity: 'peer_attendance', entityId: sessionId });
    return rows;
  }

  /** Registers attendance for members of the session's group (overwrites earlier entries for them). */
  async recordAttendance(
    actor: Actor,
    sessionId: string,
    entries: { participantId: string; status: PeerAttendanceStatus }[],
  ): Promise<PeerAttendance[]> {
    if (!entries.length || entries.length > 100)
      throw AppError.badInput({ entries: 'Angiv fremmøde for 1-100 medlemmer.' });
    const bad = entries.findIndex(
      (e) => !isUUID(e.participantId) || !Object.values(PeerAttendanceStatus).includes(e.status),
    );
    if (bad >= 0) throw AppError.badInput({ [`entries.${bad}`]: 'Vælg et medlem og et fremmøde.' });
    return this.dataSource.transaction(async (em) => {
      const session = assertInScope(
        actor,
        isUUID(sessionId) ? await em.findOne(PeerSession, { where: { id: sessionId } }) : null,
      );
      if (session.cancelledAt) throw new PeerError(PeerErrorCode.SESSION_CANCELLED, 'Mødet er aflyst.');
      const ids = [...new Set(entries.map((e) => e.participantId))];
      // Anyone who has been a member of the group (also since left) may be registered.
      const members = await em.find(PeerMembership, {
        where: {
          groupId: session.groupId,
          participantId: In(ids),
          status: In([PeerMembershipStatus.ACTIVE, PeerMembershipStatus.PAUSED, PeerMembershipStatus.LEFT]),
        },
      });
      const known = new Set(members.filter((m) => m.activatedAt).map((m) => m.participantId));
      const unknown = entries.findIndex((e) => !known.has(e.participantId));
      if (unknown >= 0)
        throw AppError.badInput({ [`entries.${unknown}`]: 'Barnet er ikke medlem af gruppen.' });
      await em.upsert(
        PeerAttendance,
        entries.map((e) => ({
          sessionId,
          participantId: e.participantId,
          municipalityId: session.municipalityId,
          status: e.status,
          recordedBy: actor.userId,
        })),
        ['sessionId', 'participantId'],
      );
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          entity: 'peer_attendance',
          entityId: sessionId,
          details: { count: entries.length },
        },
        em,
      );
      return em.find(PeerAttendance, { where: { sessionId }, relations: { participant: true } });
    });
  }

  /** Participation, who has stopped coming and waiting time, per group of the municipality (or one group). */
  async metrics(actor: Actor, groupId?: string | null): Promise<GroupMetrics[]> {
    const em = this.dataSource.manager;
    if (groupId && !isUUID(groupId)) throw AppError.notFound();
    const groups = await em.find(PeerGroup, {
      where: { municipalityId: actor.municipalityId, ...(groupId ? { id: groupId } : {}) },
      order: { name: 'ASC' },
    });
    if (groupId && !groups.length) throw AppError.notFound();
    if (!groups.length) return [];
    const ids = groups.map((g) => g.id);
    const rates: { group_id: string; held: number; present: number; absent: number }[] = await em.query(
      `SELECT s.group_id,
              count(DISTINCT s.id)::int AS held,
              count(a.*) FILTER (WHERE a.status = 'PRESENT')::int AS present,
              count(a.*) FILTER (WHERE a.status = 'ABSENT')::int AS absent
         FROM peer_session s LEFT JOIN peer_attendance a ON a.session_id = s.id
        WHERE s.group_id = ANY($1) AND s.cancelled_at IS NULL AND s.starts_at <= now()
        GROUP BY s.group_id`,
      [ids],
    );
    const perSession: { id: string; present: number; absent: number; excused: number }[] = await em.query(
      `SELECT s.id,
              count(a.*) FILTER (WHERE a.status = 'PRESENT')::int AS present,
              count(a.*) FILTER (WHERE a.status = 'ABSENT')::int AS absent,
              count(a.*) FILTER (WHERE a.status = 'EXCUSED')::int AS excused
         FROM peer_session s LEFT JOIN peer_attendance a ON a.session_id = s.id
        WHERE s.group_id = ANY($1) AND s.cancelled_at IS NULL AND s.starts_at <= now()
        GROUP BY s.id`,
      [ids],
    );
    const heldSessions = perSession.length
      ? await em.find(PeerSession, {
          where: { id: In(perSession.map((x) => x.id)) },
          order: { startsAt: 'ASC' },
        })
      : [];
    const held: { group_id: string; n: number }[] = await em.query(
      `SELECT group_id, count(*)::int AS n FROM peer_membership
        WHERE group_id = ANY($1) AND status IN ('INVITED', 'ACTIVE') GROUP BY group_id`,
      [ids],
    );
    // The last three registered sessions of each active member, newest first.
    const recent: {
      group_id: string;
      participant_id: string;
      statuses: string[];
      last_present: Date | null;
    }[] = await em.query(
      `SELECT m.group_id, m.participant_id,
                (SELECT array_agg(x.status::text ORDER BY x.starts_at DESC) FROM (
                   SELECT a.status, s.starts_at FROM peer_attendance a JOIN peer_session s ON s.id = a.session_id
                    WHERE s.group_id = m.group_id AND a.participant_id = m.participant_id AND s.cancelled_at IS NULL
                    ORDER BY s.starts_at DESC LIMIT $2) x) AS statuses,
                (SELECT max(s.starts_at) FROM peer_attendance a JOIN peer_session s ON s.id = a.session_id
                  WHERE s.group_id = m.group_id AND a.participant_id = m.participant_id AND a.status = 'PRESENT') AS last_present
           FROM peer_membership m WHERE m.group_id = ANY($1) AND m.status = 'ACTIVE'`,
      [ids, STOPPED_AFTER],
    );
    const waits: { group_id: string; days: number; waiting: boolean }[] = await em.query(
      `SELECT group_id, extract(epoch FROM (coalesce(offered_at, now()) - requested_at)) / 86400 AS days,
              status = 'WAITLISTED' AS waiting
         FROM peer_membership
        WHERE group_id = ANY($1) AND (offered_at IS NOT NULL OR status = 'WAITLISTED')`,
      [ids],
    );
    const stoppedIds = recent
      .filter((r) => (r.statuses ?? []).length === STOPPED_AFTER && r.statuses.every((s) => s === 'ABSENT'))
      .map((r) => r.participant_id);
    const participants = stoppedIds.length
      ? await em.find(PeerParticipant, { where: { id: In(stoppedIds) } })
      : [];
    const result = groups.map((group) => {
      const r = rates.find((x) => x.group_id === group.id);
      const registered = (r?.present ?? 0) + (r?.absent ?? 0);
      const days = waits
        .filter((w) => w.group_id === group.id)
        .map((w) => Number(w.days))
        .sort((a, b) => a - b);
      const median = days.length
        ? days.length % 2
          ? days[(days.length - 1) / 2]
          : (days[days.length / 2 - 1] + days[days.length / 2]) / 2
        : null;
      return {
        group,
        placesHeld: held.find((x) => x.group_id === group.id)?.n ?? 0,
        sessionsHeld: r?.held ?? 0,
        sessions: heldSessions
          .filter((x) => x.groupId === group.id)
          .map((session) => {
            const c = perSession.find((x) => x.id === session.id) as (typeof perSession)[number];
            const registered = c.present + c.absent;
            return {
              session,
              present: c.present,
              absent: c.absent,
              excused: c.excused,
              participationRate: registered ? Math.round((c.present / registered) * 1000) / 1000 : null,
            };
          }),
        participationRate: registered ? Math.round(((r?.present ?? 0) / registered) * 1000) / 1000 : null,
        stoppedComing: recent
          .filter((x) => x.group_id === group.id && stoppedIds.includes(x.participant_id))
          .map((x) => ({
            participant: participants.find((p) => p.id === x.participant_id) as PeerParticipant,
            lastPresentAt: x.last_present,
          })),
        waiting: waits.filter((w) => w.group_id === group.id && w.waiting).length,
        waitMedianDays: median === null ? null : Math.round(median * 10) / 10,
        waitMaxDays: days.length ? Math.round(days[days.length - 1] * 10) / 10 : null,
      };
    });
    await this.audit.recordRead(actor, { entity: 'peer_group_metrics', details: { groups: result.length } });
    return result;
  }
}
