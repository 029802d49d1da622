import { Injectable } from '@nestjs/common';
import { Actor, AppError, AuditService, assertInScope } from '@pleje/core';
import { NotificationsService } from '@pleje/notifications';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { loadApplicationFor } from '../application-access';
import {
  ApplicationRequirement,
  RequirementKind,
  RequirementStatus,
} from '../application-requirement.entity';
import { ApplicationStatus, ApplicationTrack, isOpen } from '../application-status';
import { Application } from '../application.entity';
import { HomeVisit } from '../recruitment-event.entity';
import { RecruitmentError, RecruitmentErrorCode } from '../recruitment.exception';
import { toVisitModel, visitMailParams } from './event-views';
import { HomeVisitModel } from './graphql/dto/recruitment-event.model';

export interface ScheduleHomeVisit {
  applicationId: string;
  number: number;
  startsAt: Date;
  endsAt: Date;
  note?: string | null;
}

export interface RescheduleHomeVisit {
  id: string;
  startsAt: Date;
  endsAt: Date;
  note?: string | null;
}

const notFoundVisit = (): AppError => AppError.notFound('Hjemmebesøget findes ikke.');

function timeProblems(startsAt: Date, endsAt: Date): Record<string, string> {
  const fields: Record<string, string> = {};
  if (startsAt.getTime() <= Date.now()) fields.startsAt = 'Starttidspunktet skal ligge i fremtiden.';
  if (!(endsAt.getTime() > startsAt.getTime()))
    fields.endsAt = 'Sluttidspunktet skal ligge efter starttidspunktet.';
  return fields;
}

/**
 * Home visits 1 and 2 (the network track has one). Every booking, move and cancellation mails the household
 * an .ics with a raised SEQUENCE, so their calendar replaces the old appointment instead of adding one.
 */
@Injectable()
export class HomeVisitsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async schedule(actor: Actor, input: ScheduleHomeVisit): Promise<HomeVisitModel> {
    const fields = timeProblems(input.startsAt, input.endsAt);
    if (Object.keys(fields).length) throw AppError.badInput(fields);
    return this.dataSource.transaction(async (m) => {
      // Locked so two consultants cannot book the same visit number at once.
      const application = await loadApplicationFor(m, actor, input.applicationId, true);
      if (!isOpen(application.status) || application.status === ApplicationStatus.INQUIRY)
        throw AppError.badInput(
          { applicationId: 'Hjemmebesøg kan kun aftales for en indsendt, åben ansøgning.' },
          'Hjemmebesøg kan kun aftales for en indsendt, åben ansøgning.',
        );
      if (input.number === 2 && application.track === ApplicationTrack.NETWORK)
        throw AppError.badInput({ number: 'Netværksplejefamilier har kun ét hjemmebesøg.' });
      const booked = await m.findOne(HomeVisit, {
        where: { applicationId: application.id, number: input.number, cancelledAt: IsNull() },
      });
      if (booked)
        throw AppError.conflict(
          `Der er allerede aftalt et ${input.number}. hjemmebesøg. Flyt det i stedet.`,
          {
            number: `${input.number}. hjemmebesøg er allerede aftalt.`,
          },
        );
      const visit = await m.save(
        m.create(HomeVisit, {
          applicationId: application.id,
          municipalityId: application.municipalityId,
          number: input.number,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          consultantId: actor.userId,
          note: input.note?.trim() ?? '',
          sequence: 0,
          completedAt: null,
          cancelledAt: null,
        }),
      );
      await this.audit.record(
        actor,
        {
          action: 'CREATE',
          entity: 'home_visit',
          entityId: visit.id,
          municipalityId: visit.municipalityId,
          details: { fields: ['applicationId', 'number', 'startsAt', 'endsAt', 'note'] },
        },
        m,
      );
      await this.mail(m, visit, application, false);
      return toVisitModel(visit);
    });
  }

  async reschedule(actor: Actor, input: RescheduleHomeVisit): Promise<HomeVisitModel> {
    const fields = timeProblems(input.startsAt, input.endsAt);
    if (Object.keys(fields).length) throw AppError.badInput(fields);
    return this.dataSource.transaction(async (m) => {
      const visit = await this.lockVisit(m, actor, input.id);
      assertPending(visit);
      const changed: string[] = [];
      if (visit.startsAt.getTime() !== input.startsAt.getTime()) changed.push('startsAt');
      if (visit.endsAt.getTime() !== input.endsAt.getTime()) changed.push('endsAt');
      const note = input.note === undefined || input.note === null ? visit.note : input.note.trim();
      if (note !== visit.note) changed.push('note');
      if (!changed.length) return toVisitModel(visit);
      const timeChanged = changed.includes('startsAt') || changed.includes('endsAt');
      visit.startsAt = input.startsAt;
      visit.endsAt = input.endsAt;
      visit.note = note;
      if (timeChanged) visit.sequence += 1;
      await m.save(visit);
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          entity: 'home_visit',
          entityId: visit.id,
          municipalityId: visit.municipalityId,
          details: { fields: changed },
        },
        m,
      );
      // The note is the consultant's; only a new time is news for the household's calendar.
      if (timeChanged) await this.mail(m, visit, await this.applicationOf(m, visit), false);
      return toVisitModel(visit);
    });
  }

  async cancel(actor: Actor, id: string): Promise<HomeVisitModel> {
    return this.dataSource.transaction(async (m) => {
      const visit = await this.lockVisit(m, actor, id);
      if (visit.cancelledAt) return toVisitModel(visit);
      assertPending(visit);
      visit.cancelledAt = new Date();
      visit.sequence += 1;
      await m.save(visit);
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          entity: 'home_visit',
          entityId: visit.id,
          municipalityId: visit.municipalityId,
          details: { fields: ['cancelledAt', 'sequence'] },
        },
        m,
      );
      await this.mail(m, visit, await this.applicationOf(m, visit), true);
      return toVisitModel(visit);
    });
  }

  /** Marks the visit held; this is what accepts the HOME_VISIT_<n> line of the checklist. */
  async complete(actor: Actor, id: string): Promise<HomeVisitModel> {
    return this.dataSource.transaction(async (m) => {
      const visit = await this.lockVisit(m, actor, id);
      if (visit.completedAt) return toVisitModel(visit);
      if (visit.cancelledAt)
        throw new RecruitmentError(RecruitmentErrorCode.EVENT_CLOSED, 'Hjemmebesøget er aflyst.');
      visit.completedAt = new Date();
      await m.save(visit);
      const kind = visit.number === 2 ? RequirementKind.HOME_VISIT_2 : RequirementKind.HOME_VISIT_1;
      const result = await m.update(
        ApplicationRequirement,
        { applicationId: visit.applicationId, kind },
        { status: RequirementStatus.ACCEPTED, updatedBy: actor.userId },
      );
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          entity: 'home_visit',
          entityId: visit.id,
          municipalityId: visit.municipalityId,
          details: { fields: ['completedAt'], requirementLines: result.affected ?? 0 },
        },
        m,
      );
      return toVisitModel(visit);
    });
  }

  private async mail(m: EntityManager, visit: HomeVisit, application: Application, cancelled: boolean) {
    await this.notifications.queueEmail(m, {
      recipientUserId: application.applicantUserId,
      municipalityId: visit.municipalityId,
      template: 'recruitment.home-visit',
      params: visitMailParams(visit, application.form, cancelled),
    });
  }

  private async applicationOf(m: EntityManager, visit: HomeVisit): Promise<Application> {
    return m.findOneOrFail(Application, { where: { id: visit.applicationId } });
  }

  private async lockVisit(m: EntityManager, actor: Actor, id: string): Promise<HomeVisit> {
    if (!isUUID(id)) throw notFoundVisit();
    const visit = await m.findOne(HomeVisit, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!visit) throw notFoundVisit();
    return assertInScope(actor, visit);
  }
}

function assertPending(visit: HomeVisit): void {
  if (visit.cancelledAt)
    throw new RecruitmentError(RecruitmentErrorCode.EVENT_CLOSED, 'Hjemmebesøget er aflyst.');
  if (visit.completedAt)
    throw new RecruitmentError(RecruitmentErrorCode.EVENT_CLOSED, 'Hjemmebesøget er gennemført.');
}
