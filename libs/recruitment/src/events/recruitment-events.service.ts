import { Injectable } from '@nestjs/common';
import { Actor, AppError, AuditService, assertInScope } from '@pleje/core';
import { NotificationsService } from '@pleje/notifications';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In, IsNull, MoreThan, MoreThanOrEqual, Not } from 'typeorm';
import { loadApplicationFor } from '../application-access';
import { ApplicationRequirement, RequirementStatus } from '../application-requirement.entity';
import { ApplicationStatus, ApplicationTrack, FINAL_STATUSES } from '../application-status';
import { Application } from '../application.entity';
import { RecruitmentEvent, RecruitmentEventKind, RecruitmentEventSignup } from '../recruitment-event.entity';
import { RecruitmentError, RecruitmentErrorCode } from '../recruitment.exception';
import {
  applicantNames,
  courseRequirement,
  eventMailParams,
  loadCalendar,
  signupCounts,
  toEventModel,
  toSignupModel,
} from './event-views';
import {
  RecruitmentCalendarModel,
  RecruitmentEventModel,
  RecruitmentEventSignupModel,
  StaffRecruitmentEventModel,
} from './graphql/dto/recruitment-event.model';

export interface EventFields {
  kind: RecruitmentEventKind;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  capacity: number;
  description?: string | null;
}

/** null or absent = unchanged. */
export type EventChanges = { id: string } & {
  [K in Exclude<keyof EventFields, 'kind'>]?: EventFields[K] | null;
};

const DAY_MS = 24 * 3600 * 1000;
/** Enough for any municipality's calendar; the staff list is not paginated. */
const STAFF_LIST_LIMIT = 500;

const notFoundEvent = (): AppError => AppError.notFound('Arrangementet findes ikke.');

/** Danish messages per field for an event's values; `signups` guards a capacity cut below those signed up. */
export function eventFieldProblems(
  v: Omit<EventFields, 'kind'>,
  options: { signups?: number; startMustBeFuture?: boolean } = {},
): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!v.title.trim()) fields.title = 'Skriv en titel.';
  if (!v.place.trim()) fields.place = 'Skriv hvor arrangementet holdes.';
  if (!Number.isInteger(v.capacity) || v.capacity < 1 || v.capacity > 500)
    fields.capacity = 'Antal pladser skal være et helt tal mellem 1 og 500.';
  else if (options.signups !== undefined && v.capacity < options.signups)
    fields.capacity = `Der er allerede ${options.signups} tilmeldte. Antal pladser kan ikke være lavere.`;
  if (!(v.endsAt.getTime() > v.startsAt.getTime()))
    fields.endsAt = 'Sluttidspunktet skal ligge efter starttidspunktet.';
  if (options.startMustBeFuture && v.startsAt.getTime() <= Date.now())
    fields.startsAt = 'Starttidspunktet skal ligge i fremtiden.';
  return fields;
}

/**
 * Information meetings and grundkursus sessions: the public calendar, applicants' signups with capacity held
 * under a row lock, the consultants' list and attendance, and .ics invitations by mail through the outbox.
 */
@Injectable()
export class RecruitmentEventsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Public: upcoming, not cancelled events of a municipality, soonest first. */
  async listPublic(
    municipalityId: string,
    kind?: RecruitmentEventKind | null,
  ): Promise<RecruitmentEventModel[]> {
    const events = await this.dataSource.getRepository(RecruitmentEvent).find({
      where: {
        municipalityId,
        startsAt: MoreThan(new Date()),
        cancelledAt: IsNull(),
        ...(kind ? { kind } : {}),
      },
      order: { startsAt: 'ASC', id: 'ASC' },
      take: STAFF_LIST_LIMIT,
    });
    const counts = await signupCounts(
      this.dataSource.manager,
      events.map((e) => e.id),
    );
    return events.map((e) => toEventModel(e, counts.get(e.id) ?? 0));
  }

  /** The applicant's own calendar: their open application's signups and visits, or the latest application's. */
  async myCalendar(actor: Actor): Promise<RecruitmentCalendarModel> {
    const repo = this.dataSource.getRepository(Application);
    const application =
      (await repo.findOne({
        where: { applicantUserId: actor.userId, status: Not(In([...FINAL_STATUSES])) },
      })) ?? (await repo.findOne({ where: { applicantUserId: actor.userId }, order: { createdAt: 'DESC' } }));
    if (!application) return { signups: [], homeVisits: [] };
    return loadCalendar(this.dataSource.manager, application.id);
  }

  async signUp(actor: Actor, eventId: string): Promise<RecruitmentEventSignupModel> {
    if (!isUUID(eventId)) throw notFoundEvent();
    return this.dataSource.transaction(async (m) => {
      const application = await this.openApplication(m, actor);
      // The row lock serialises signups per event, so the count below cannot go stale before the insert.
      const event = await m.findOne(RecruitmentEvent, {
        where: { id: eventId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!event || event.municipalityId !== application.municipalityId) throw notFoundEvent();
      const existing = await m.findOne(RecruitmentEventSignup, {
        where: { eventId, applicationId: application.id },
      });
      const taken = await m.count(RecruitmentEventSignup, { where: { eventId } });
      if (existing) return toSignupModel(existing, event, taken);
      assertOpenForSignup(event);
      assertEligible(event.kind, application);
      if (taken >= event.capacity)
        throw new RecruitmentError(
          RecruitmentErrorCode.EVENT_FULL,
          'Der er desværre ikke flere ledige pladser. Vælg en anden dato.',
        );
      const signup = await m.save(
        m.create(RecruitmentEventSignup, {
          eventId,
          applicationId: application.id,
          municipalityId: event.municipalityId,
          attended: null,
        }),
      );
      await this.audit.record(
        actor,
        {
          action: 'CREATE',
          entity: 'recruitment_event_signup',
          entityId: signup.id,
          municipalityId: event.municipalityId,
          details: { fields: ['eventId', 'applicationId'] },
        },
        m,
      );
      await this.notifications.queueEmail(m, {
        recipientUserId: application.applicantUserId,
        municipalityId: event.municipalityId,
        template: 'recruitment.event-invitation',
        params: eventMailParams(event),
      });
      return toSignupModel(signup, event, taken + 1);
    });
  }

  /** Removes the actor's signup; false when there was none. The calendar gets a CANCEL for the event. */
  async cancelSignup(actor: Actor, eventId: string): Promise<boolean> {
    if (!isUUID(eventId)) throw notFoundEvent();
    return this.dataSource.transaction(async (m) => {
      const application = await this.openApplication(m, actor);
      const event = await m.findOne(RecruitmentEvent, {
        where: { id: eventId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!event || event.municipalityId !== application.municipalityId) throw notFoundEvent();
      const signup = await m.findOne(RecruitmentEventSignup, {
        where: { eventId, applicationId: application.id },
      });
      if (!signup) return false;
      // Attendance is part of the approval record: a past signup stays.
      if (event.startsAt.getTime() <= Date.now() || signup.attended !== null)
        throw new RecruitmentError(
          RecruitmentErrorCode.EVENT_CLOSED,
          'Arrangementet er begyndt eller overstået, så tilmeldingen kan ikke afmeldes.',
        );
      await m.delete(RecruitmentEventSignup, { id: signup.id });
      await this.audit.record(
        actor,
        {
          action: 'DELETE',
          entity: 'recruitment_event_signup',
          entityId: signup.id,
          municipalityId: event.municipalityId,
        },
        m,
      );
      // A cancelled event already sent everyone its CANCEL.
      if (!event.cancelledAt)
        await this.notifications.queueEmail(m, {
          recipientUserId: application.applicantUserId,
          municipalityId: event.municipalityId,
          template: 'recruitment.event-invitation',
          params: eventMailParams(event, true),
        });
      return true;
    });
  }

  /** The consultant's list: the municipality's events from `from` (default 30 days ago), with who signed up. */
  async staffList(
    actor: Actor,
    from?: Date | null,
    kind?: RecruitmentEventKind | null,
  ): Promise<StaffRecruitmentEventModel[]> {
    const since = from ?? new Date(Date.now() - 30 * DAY_MS);
    const events = await this.dataSource.getRepository(RecruitmentEvent).find({
      where: {
        municipalityId: actor.municipalityId,
        startsAt: MoreThanOrEqual(since),
        ...(kind ? { kind } : {}),
      },
      order: { startsAt: 'ASC', id: 'ASC' },
      take: STAFF_LIST_LIMIT,
    });
    const ids = events.map((e) => e.id);
    const rows = ids.length
      ? ((await this.dataSource.query(
          `SELECT s."event_id", s."application_id", s."attended", a."form"
           FROM "recruitment_event_signup" s JOIN "application" a ON a."id" = s."application_id"
           WHERE s."event_id" = ANY($1::uuid[]) AND s."municipality_id" = $2
           ORDER BY s."created_at", s."id"`,
          [ids, actor.municipalityId],
        )) as Array<{
          event_id: string;
          application_id: string;
          attended: boolean | null;
          form: Application['form'];
        }>)
      : [];
    const byEvent = new Map<string, StaffRecruitmentEventModel['signups']>();
    for (const row of rows) {
      const list = byEvent.get(row.event_id) ?? [];
      list.push({
        applicationId: row.application_id,
        applicantName: applicantNames(row.form),
        attended: row.attended,
      });
      byEvent.set(row.event_id, list);
    }
    await this.audit.recordRead(actor, {
      entity: 'recruitment_event_signup',
      municipalityId: actor.municipalityId,
      details: { events: events.length, signups: rows.length },
    });
    return events.map((e) => {
      const signups = byEvent.get(e.id) ?? [];
      return { event: toEventModel(e, signups.length), signups };
    });
  }

  async create(actor: Actor, input: EventFields): Promise<RecruitmentEventModel> {
    const fields = eventFieldProblems(input, { startMustBeFuture: true });
    if (Object.keys(fields).length) throw AppError.badInput(fields);
    return this.dataSource.transaction(async (m) => {
      const event = await m.save(
        m.create(RecruitmentEvent, {
          municipalityId: actor.municipalityId,
          kind: input.kind,
          title: input.title.trim(),
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          place: input.place.trim(),
          capacity: input.capacity,
          description: input.description?.trim() ?? '',
          sequence: 0,
          cancelledAt: null,
          createdBy: actor.userId,
        }),
      );
      await this.audit.record(
        actor,
        {
          action: 'CREATE',
          entity: 'recruitment_event',
          entityId: event.id,
          municipalityId: event.municipalityId,
          details: { fields: ['kind', 'title', 'startsAt', 'endsAt', 'place', 'capacity', 'description'] },
        },
        m,
      );
      return toEventModel(event, 0);
    });
  }

  /**
   * Changes the given fields. When what a calendar shows changes (title, time, place) the sequence rises and
   * everyone signed up gets the updated invitation; capacity and description changes send nothing.
   */
  async update(actor: Actor, input: EventChanges): Promise<RecruitmentEventModel> {
    return this.dataSource.transaction(async (m) => {
      const event = await this.lockStaffEvent(m, actor, input.id);
      if (event.cancelledAt)
        throw new RecruitmentError(RecruitmentErrorCode.EVENT_CLOSED, 'Arrangementet er aflyst.');
      const next = {
        title: input.title ?? event.title,
        startsAt: input.startsAt ?? event.startsAt,
        endsAt: input.endsAt ?? event.endsAt,
        place: input.place ?? event.place,
        capacity: input.capacity ?? event.capacity,
        description: input.description ?? event.description,
      };
      const timeChanged =
        next.startsAt.getTime() !== event.startsAt.getTime() ||
        next.endsAt.getTime() !== event.endsAt.getTime();
      const signups = await m.find(RecruitmentEventSignup, { where: { eventId: event.id } });
      const fields = eventFieldProblems(next, {
        signups: signups.length,
        startMustBeFuture: timeChanged,
      });
      if (Object.keys(fields).length) throw AppError.badInput(fields);
      const changed = (
        [
          ['title', next.title.trim() !== event.title],
          ['startsAt', next.startsAt.getTime() !== event.startsAt.getTime()],
          ['endsAt', next.endsAt.getTime() !== event.endsAt.getTime()],
          ['place', next.place.trim() !== event.place],
          ['capacity', next.capacity !== event.capacity],
          ['description', next.description.trim() !== event.description],
        ] as const
      )
        .filter(([, differs]) => differs)
        .map(([name]) => name);
      if (!changed.length) return toEventModel(event, signups.length);
      const calendarChanged = changed.some((f) => f !== 'capacity' && f !== 'description');
      Object.assign(event, {
        title: next.title.trim(),
        startsAt: next.startsAt,
        endsAt: next.endsAt,
        place: next.place.trim(),
        capacity: next.capacity,
        description: next.description.trim(),
        sequence: calendarChanged ? event.sequence + 1 : event.sequence,
      });
      await m.save(event);
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          entity: 'recruitment_event',
          entityId: event.id,
          municipalityId: event.municipalityId,
          details: { fields: changed },
        },
        m,
      );
      if (calendarChanged) await this.mailSignedUp(m, event, signups, false);
      return toEventModel(event, signups.length);
    });
  }

  /**
   * Cancels the event for everyone signed up (CANCEL invitations). The reason is stored and told to the households
   * signed up (in their mail and on their status page); it is written for them, so it stays out of logs and audit.
   */
  async cancel(actor: Actor, id: string, reasonInput: string): Promise<RecruitmentEventModel> {
    const reason = reasonInput.trim();
    if (!reason) throw AppError.badInput({ reason: 'Skriv en begrundelse.' });
    if (reason.length > 500) throw AppError.badInput({ reason: 'Begrundelsen må højst være 500 tegn.' });
    return this.dataSource.transaction(async (m) => {
      const event = await this.lockStaffEvent(m, actor, id);
      const signups = await m.find(RecruitmentEventSignup, { where: { eventId: event.id } });
      if (event.cancelledAt) return toEventModel(event, signups.length);
      event.cancelledAt = new Date();
      event.cancelReason = reason;
      event.sequence += 1;
      await m.save(event);
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          entity: 'recruitment_event',
          entityId: event.id,
          municipalityId: event.municipalityId,
          details: { fields: ['cancelledAt', 'cancelReason', 'sequence'], signups: signups.length },
        },
        m,
      );
      await this.mailSignedUp(m, event, signups, true);
      return toEventModel(event, signups.length);
    });
  }

  /**
   * Records whether the household attended. On a course this is what completes the course lines of the
   * checklist for every applicant (both adults must attend, and one signup covers the household).
   */
  async recordAttendance(
    actor: Actor,
    eventId: string,
    applicationId: string,
    attended: boolean,
  ): Promise<RecruitmentEventSignupModel> {
    return this.dataSource.transaction(async (m) => {
      const event = await this.lockStaffEvent(m, actor, eventId);
      if (event.cancelledAt)
        throw new RecruitmentError(RecruitmentErrorCode.EVENT_CLOSED, 'Arrangementet er aflyst.');
      const signup = await m.findOne(RecruitmentEventSignup, { where: { eventId, applicationId } });
      if (!signup || signup.municipalityId !== actor.municipalityId)
        throw AppError.notFound('Ansøgningen er ikke tilmeldt arrangementet.');
      signup.attended = attended;
      await m.save(signup);
      const kind = courseRequirement(event.kind);
      let lines = 0;
      if (kind) {
        const result = await m.update(
          ApplicationRequirement,
          { applicationId, kind },
          {
            status: attended ? RequirementStatus.ACCEPTED : RequirementStatus.MISSING,
            updatedBy: actor.userId,
          },
        );
        lines = result.affected ?? 0;
      }
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          entity: 'recruitment_event_signup',
          entityId: signup.id,
          municipalityId: event.municipalityId,
          details: { fields: ['attended'], requirementLines: lines },
        },
        m,
      );
      const taken = await m.count(RecruitmentEventSignup, { where: { eventId } });
      return toSignupModel(signup, event, taken);
    });
  }

  /** Staff view of one application's signups and visits (an audited read). */
  async applicationCalendar(actor: Actor, applicationId: string): Promise<RecruitmentCalendarModel> {
    const application = await loadApplicationFor(this.dataSource.manager, actor, applicationId);
    const calendar = await loadCalendar(this.dataSource.manager, application.id);
    await this.audit.recordRead(actor, {
      entity: 'application',
      entityId: application.id,
      municipalityId: application.municipalityId,
      details: { view: 'calendar' },
    });
    return calendar;
  }

  private async mailSignedUp(
    m: EntityManager,
    event: RecruitmentEvent,
    signups: RecruitmentEventSignup[],
    cancelled: boolean,
  ): Promise<void> {
    if (!signups.length) return;
    const applications = await m.find(Application, {
      where: { id: In(signups.map((s) => s.applicationId)) },
      select: { id: true, applicantUserId: true },
    });
    for (const application of applications)
      await this.notifications.queueEmail(m, {
        recipientUserId: application.applicantUserId,
        municipalityId: event.municipalityId,
        template: 'recruitment.event-invitation',
        params: eventMailParams(event, cancelled),
      });
  }

  private async lockStaffEvent(m: EntityManager, actor: Actor, id: string): Promise<RecruitmentEvent> {
    if (!isUUID(id)) throw notFoundEvent();
    const event = await m.findOne(RecruitmentEvent, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!event) throw notFoundEvent();
    return assertInScope(actor, event);
  }

  /** The applicant's one open application (a unique index allows only one per account). */
  private async openApplication(m: EntityManager, actor: Actor): Promise<Application> {
    const application = await m.findOne(Application, {
      where: { applicantUserId: actor.userId, status: Not(In([...FINAL_STATUSES])) },
    });
    if (!application)
      throw AppError.notFound('Du har ingen åben ansøgning. Opret en ansøgning for at tilmelde dig.');
    return application;
  }
}

function assertOpenForSignup(event: RecruitmentEvent): void {
  if (event.cancelledAt)
    throw new RecruitmentError(RecruitmentErrorCode.EVENT_CLOSED, 'Arrangementet er aflyst.');
  if (event.startsAt.getTime() <= Date.now())
    throw new RecruitmentError(
      RecruitmentErrorCode.EVENT_CLOSED,
      'Tilmeldingen er lukket, fordi arrangementet er begyndt.',
    );
}

/** Information meetings are for everyone; courses follow the track and come after the application is sent. */
function assertEligible(kind: RecruitmentEventKind, application: Application): void {
  if (kind === RecruitmentEventKind.INFO_MEETING) return;
  const refuse = (message: string): never => {
    throw AppError.badInput({ eventId: message }, message);
  };
  if (application.status === ApplicationStatus.INQUIRY)
    refuse('Du kan tilmelde dig grundkurset, når du har sendt din ansøgning.');
  if (kind === RecruitmentEventKind.NETWORK_COURSE && application.track !== ApplicationTrack.NETWORK)
    refuse('Kurset er for netværksplejefamilier. Vælg et grundkursus i stedet.');
  if (kind !== RecruitmentEventKind.NETWORK_COURSE && application.track !== ApplicationTrack.STANDARD)
    refuse('Som netværksplejefamilie skal du tilmelde dig kurset for netværksplejefamilier.');
}
