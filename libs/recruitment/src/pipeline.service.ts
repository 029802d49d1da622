import { isUUID } from 'class-validator';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import {
  Actor,
  AppError,
  AuditService,
  Connection,
  PageArgs,
  paginate,
  Role,
  scopeQuery,
  User,
  isCalendarDate,
} from '@pleje/core';
import { NotificationsService } from '@pleje/notifications';
import { loadApplicationFor, saveApplication } from './application-access';
import { ApplicationDocument } from './application-document.entity';
import { copenhagenToday, FamilyType, RecruitmentSource } from './application-form';
import { ApplicationRequirement, RequirementKind, RequirementStatus } from './application-requirement.entity';
import {
  allowedMoves,
  ApplicationStatus,
  ApplicationTrack,
  NEXT_STEP_DA,
  PIPELINE_STAGES,
  STATUS_LABEL_DA,
} from './application-status';
import { ApplicationTransition } from './application-transition.entity';
import { checklistProblems, expiredChecklistDocuments, toView, ApplicationView } from './application-view';
import { Application } from './application.entity';
import { ApprovalAuthority, FosterFamily } from './foster-family.entity';
import { RecruitmentError, RecruitmentErrorCode } from './recruitment.exception';

export interface ApplicationFilterInput {
  search?: string | null;
  consultantId?: string | null;
  unassigned?: boolean | null;
  track?: ApplicationTrack | null;
  recruitmentSource?: RecruitmentSource | null;
  statuses?: ApplicationStatus[] | null;
}

export interface TransitionInput {
  id: string;
  expectedVersion: number;
  to: ApplicationStatus;
  reason: string;
}

export interface ApproveInput {
  id: string;
  expectedVersion: number;
  approvalTypes: FamilyType[];
  places: number;
  ageMin: number;
  ageMax: number;
  takesSiblings: boolean;
  conditions: string;
  reason: string;
}

/** Columns of the board: the forward path, then what is paused or under appeal. */
export const BOARD_COLUMNS: readonly ApplicationStatus[] = [
  ...PIPELINE_STAGES.filter((s) => s !== ApplicationStatus.APPROVED),
  ApplicationStatus.ON_HOLD,
  ApplicationStatus.APPEALED,
];

/** Moves that must say why: they end or pause someone's application. */
const REASON_REQUIRED: readonly ApplicationStatus[] = [
  ApplicationStatus.REFUSED,
  ApplicationStatus.ON_HOLD,
  ApplicationStatus.WITHDRAWN,
];

interface BoardRow {
  total: string;
  id: string;
  municipality_id: string;
  applicant_user_id: string;
  track: ApplicationTrack;
  status: ApplicationStatus;
  held_from: ApplicationStatus | null;
  version: number;
  last_step: Application['lastStep'];
  created_at: Date;
  updated_at: Date;
  status_changed_at: Date;
  submitted_at: Date | null;
  decided_at: Date | null;
  appealed: boolean;
  recruitment_source: string | null;
  assigned_consultant_id: string | null;
  consultant_name: string | null;
  form: Application['form'];
}

function boardCard(r: BoardRow): ApplicationView {
  const app = {
    id: r.id,
    municipalityId: r.municipality_id,
    applicantUserId: r.applicant_user_id,
    track: r.track,
    status: r.status,
    heldFrom: r.held_from,
    version: r.version,
    lastStep: r.last_step,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    statusChangedAt: r.status_changed_at,
    submittedAt: r.submitted_at,
    decidedAt: r.decided_at,
    appealed: r.appealed,
    recruitmentSource: r.recruitment_source,
    form: r.form,
  } as Application;
  const consultant = r.assigned_consultant_id
    ? { id: r.assigned_consultant_id, name: r.consultant_name ?? '' }
    : null;
  return toView(app, consultant);
}

/** The family-care consultants' side: the pipeline board, moves, the checklist and approval. */
@Injectable()
export class PipelineService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async list(
    actor: Actor,
    page: PageArgs,
    filter: ApplicationFilterInput = {},
  ): Promise<Connection<ApplicationView>> {
    const qb = this.filtered(actor, filter);
    const result = await paginate(qb, 'a', page);
    await this.audit.recordRead(actor, { entity: 'application', details: { count: result.edges.length } });
    return { ...result, edges: result.edges.map((e) => ({ cursor: e.cursor, node: toView(e.node) })) };
  }

  /**
   * The board: per column the count and the N cards that have waited longest in it, in one statement: the window
   * runs over the filtered ids only, and the form's applicant names and the consultant are read for the cards alone.
   */
  async board(actor: Actor, filter: ApplicationFilterInput = {}, perColumn = 20) {
    const statuses = filter.statuses?.length
      ? BOARD_COLUMNS.filter((s) => filter.statuses!.includes(s))
      : BOARD_COLUMNS;
    const [inner, params] = this.filtered(actor, filter)
      .andWhere('a.status IN (:...statuses)', { statuses })
      .select('a.id', 'id')
      .addSelect('ROW_NUMBER() OVER (PARTITION BY a.status ORDER BY a.status_changed_at, a.id)', 'rn')
      .addSelect('count(*) OVER (PARTITION BY a.status)', 'total')
      .getQueryAndParameters();
    const rows: BoardRow[] = await this.dataSource.query(
      `SELECT r.total, a.id, a.municipality_id, a.applicant_user_id, a.track, a.status, a.held_from, a.version,
              a.last_step, a.created_at, a.updated_at, a.status_changed_at, a.submitted_at, a.decided_at, a.appealed,
              a.recruitment_source, a.assigned_consultant_id, u.name AS consultant_name,
              jsonb_build_object('applicants', a.form -> 'applicants') AS form
         FROM (${inner}) r
         JOIN application a ON a.id = r.id
         LEFT JOIN app_user u ON u.id = a.assigned_consultant_id
        WHERE r.rn <= $${params.length + 1}
        ORDER BY a.status_changed_at, a.id`,
      [...params, perColumn],
    );
    await this.audit.recordRead(actor, {
      entity: 'application',
      details: { board: true, count: rows.length },
    });
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(r.status, Number(r.total));
    return statuses.map((status) => ({
      status,
      label: STATUS_LABEL_DA[status],
      count: counts.get(status) ?? 0,
      items: rows.filter((r) => r.status === status).map(boardCard),
    }));
  }

  /** One application for its detail page; every staff read is audited. */
  async get(actor: Actor, id: string): Promise<ApplicationView> {
    const app = await loadApplicationFor(this.dataSource.manager, actor, id);
    const consultant = app.assignedConsultantId
      ? await this.dataSource.getRepository(User).findOne({ where: { id: app.assignedConsultantId } })
      : null;
    await this.audit.recordRead(actor, {
      entity: 'application',
      entityId: app.id,
      municipalityId: app.municipalityId,
    });
    return toView(app, consultant ? { id: consultant.id, name: consultant.name } : null);
  }

  /**
   * Moves an application one legal step. The row lock serialises concurrent moves and `expectedVersion` makes the
   * second consultant reload instead of overwriting what the first one did.
   */
  async transition(actor: Actor, input: TransitionInput): Promise<ApplicationView> {
    const reason = input.reason.trim();
    if (REASON_REQUIRED.includes(input.to) && !reason)
      throw AppError.badInput({ reason: 'Skriv en begrundelse.' });
    return this.dataSource.transaction(async (em) => {
      const app = await this.lockForChange(em, actor, input.id, input.expectedVersion);
      if (input.to === ApplicationStatus.APPROVED)
        throw new RecruitmentError(
          RecruitmentErrorCode.ILLEGAL_TRANSITION,
          'Godkendelse sker med "Godkend", hvor godkendelsestype, pladser og alder angives.',
        );
      const legal = actorMoves(actor, app);
      if (!legal.includes(input.to))
        throw new RecruitmentError(
          RecruitmentErrorCode.ILLEGAL_TRANSITION,
          `Ansøgningen kan ikke flyttes fra "${STATUS_LABEL_DA[app.status]}" til "${STATUS_LABEL_DA[input.to]}".`,
        );
      return this.applyMove(em, actor, app, input.to, reason || null);
    });
  }

  /** Withdrawal by a consultant (the applicant's own is in ApplicationsService). */
  async withdraw(actor: Actor, id: string, expectedVersion: number | null | undefined, reason: string) {
    return this.dataSource.transaction(async (em) => {
      const app =
        actor.role === Role.FAMILY_CONSULTANT
          ? await this.lockForChange(em, actor, id, expectedVersion ?? -1)
          : await loadApplicationFor(em, actor, id, true);
      const moves = allowedMoves(
        app.track,
        app.status,
        actor.role === Role.FAMILY_CONSULTANT ? 'CONSULTANT' : 'APPLICANT',
        app.heldFrom,
        app.appealed,
      );
      if (!moves.includes(ApplicationStatus.WITHDRAWN))
        throw new RecruitmentError(
          RecruitmentErrorCode.ILLEGAL_TRANSITION,
          'Ansøgningen kan ikke trækkes tilbage nu.',
        );
      return this.applyMove(em, actor, app, ApplicationStatus.WITHDRAWN, reason.trim() || null);
    });
  }

  async assign(actor: Actor, id: string, expectedVersion: number, consultantId: string | null | undefined) {
    return this.dataSource.transaction(async (em) => {
      const app = await this.lockForChange(em, actor, id, expectedVersion);
      let consultant: User | null = null;
      if (consultantId) {
        consultant = await em.findOne(User, { where: { id: consultantId } });
        if (
          !consultant ||
          consultant.municipalityId !== app.municipalityId ||
          consultant.role !== Role.FAMILY_CONSULTANT ||
          !consultant.active
        )
          throw AppError.badInput({ consultantId: 'Vælg en aktiv familieplejekonsulent i kommunen.' });
      }
      app.assignedConsultantId = consultant?.id ?? null;
      app.assignedConsultant = consultant;
      const saved = await saveApplication(em, app);
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          entity: 'application',
          entityId: app.id,
          details: { fields: ['assignedConsultant'] },
        },
        em,
      );
      return toView(saved, consultant ? { id: consultant.id, name: consultant.name } : null);
    });
  }

  /**
   * The decision to approve: only from assessment (or an appeal), only with a complete and unexpired checklist.
   * Creates the foster-family profile that matching and relief use, and the applicant becomes a foster parent.
   */
  async approve(actor: Actor, input: ApproveInput): Promise<ApplicationView> {
    if (input.ageMin > input.ageMax)
      throw AppError.badInput({ ageMax: 'Højeste alder skal være mindst den laveste alder.' });
    return this.dataSource.transaction(async (em) => {
      const app = await this.lockForChange(em, actor, input.id, input.expectedVersion);
      if (!actorMoves(actor, app).includes(ApplicationStatus.APPROVED))
        throw new RecruitmentError(
          RecruitmentErrorCode.ILLEGAL_TRANSITION,
          `En ansøgning i "${STATUS_LABEL_DA[app.status]}" kan ikke godkendes.`,
        );
      const network = app.track === ApplicationTrack.NETWORK;
      const types = [...new Set(input.approvalTypes)];
      if (network ? types.join() !== FamilyType.NETVAERK : types.includes(FamilyType.NETVAERK))
        throw AppError.badInput({
          approvalTypes: network
            ? 'En netværksplejefamilie godkendes kun som netværksplejefamilie.'
            : 'Netværksplejefamilie godkendes i sit eget forløb.',
        });
      const lines = await em.find(ApplicationRequirement, { where: { applicationId: app.id } });
      const open = checklistProblems(lines, copenhagenToday());
      if (open.length)
        throw new RecruitmentError(
          RecruitmentErrorCode.CHECKLIST_INCOMPLETE,
          `Tjeklisten er ikke færdig: ${open.length} punkt${open.length === 1 ? '' : 'er'} mangler eller er udløbet.`,
        );
      const expiredDocs = expiredChecklistDocuments(
        lines,
        await em.find(ApplicationDocument, { where: { applicationId: app.id } }),
        copenhagenToday(),
      );
      if (expiredDocs.length)
        throw new RecruitmentError(
          RecruitmentErrorCode.CHECKLIST_INCOMPLETE,
          `${expiredDocs.length} dokument${expiredDocs.length === 1 ? '' : 'er'}, som tjeklisten bygger på, er udløbet. Upload et nyt og slet det udløbne, eller ret udløbsdatoen.`,
        );
      const first = app.form.applicants?.[0];
      const now = new Date();
      await em.insert(FosterFamily, {
        municipalityId: app.municipalityId,
        applicationId: app.id,
        userId: app.applicantUserId,
        displayName: first?.lastName
          ? `Familien ${first.lastName}`
          : `Familien ${first?.firstName ?? ''}`.trim(),
        approvalTypes: types,
        approvedBy: network ? ApprovalAuthority.MUNICIPALITY : ApprovalAuthority.SOCIALTILSYN,
        places: input.places,
        vacancies: input.places,
        ageMin: input.ageMin,
        ageMax: input.ageMax,
        takesSiblings: input.takesSiblings,
        conditions: input.conditions.trim(),
        networkChildName: network ? (app.form.networkChildName ?? null) : null,
        postalCode: app.form.postalCode ?? null,
        approvedAt: now,
        vacanciesUpdatedAt: now,
      });
      await em.update(User, { id: app.applicantUserId, role: Role.APPLICANT }, { role: Role.FOSTER_PARENT });
      return this.applyMove(em, actor, app, ApplicationStatus.APPROVED, input.reason.trim() || null);
    });
  }

  async requirements(actor: Actor, applicationId: string): Promise<ApplicationRequirement[]> {
    await loadApplicationFor(this.dataSource.manager, actor, applicationId);
    return this.dataSource.getRepository(ApplicationRequirement).find({
      where: { applicationId },
      order: { kind: 'ASC', subjectName: 'ASC', createdAt: 'ASC' },
    });
  }

  async updateRequirement(
    actor: Actor,
    input: {
      id: string;
      status: RequirementStatus;
      expiresOn?: string | null;
      note?: string | null;
      expectedUpdatedAt: Date;
    },
  ): Promise<ApplicationRequirement> {
    if (!isUUID(input.id)) throw AppError.notFound();
    if (input.expiresOn && !isCalendarDate(input.expiresOn))
      throw AppError.badInput({ expiresOn: 'Skriv en gyldig dato.' });
    return this.dataSource.transaction(async (em) => {
      const line = await em.findOne(ApplicationRequirement, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!line) throw AppError.notFound();
      await loadApplicationFor(em, actor, line.applicationId);
      // Two consultants on the same line: the second must see the first one's change before overwriting it.
      if (line.updatedAt.getTime() !== input.expectedUpdatedAt.getTime())
        throw new RecruitmentError(
          RecruitmentErrorCode.STALE,
          'En anden har ændret punktet imens. Hent ansøgningen igen og gentag din ændring.',
        );
      line.status = input.status;
      if (input.expiresOn !== undefined) line.expiresOn = input.expiresOn;
      if (input.note !== undefined) line.note = input.note?.trim() || null;
      line.updatedBy = actor.userId;
      const saved = await em.save(line);
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          entity: 'application_requirement',
          entityId: line.id,
          municipalityId: line.municipalityId,
          details: { status: input.status },
        },
        em,
      );
      return saved;
    });
  }

  async addRequirement(actor: Actor, applicationId: string, label: string): Promise<ApplicationRequirement> {
    return this.dataSource.transaction(async (em) => {
      const app = await loadApplicationFor(em, actor, applicationId);
      const line = await em.save(
        em.create(ApplicationRequirement, {
          applicationId: app.id,
          municipalityId: app.municipalityId,
          kind: RequirementKind.OTHER,
          // OTHER lines are unique per application by their own id.
          subjectId: crypto.randomUUID(),
          subjectName: '',
          label: label.trim(),
          updatedBy: actor.userId,
        }),
      );
      await this.audit.record(
        actor,
        {
          action: 'CREATE',
          entity: 'application_requirement',
          entityId: line.id,
          municipalityId: app.municipalityId,
        },
        em,
      );
      return line;
    });
  }

  async transitions(actor: Actor, applicationId: string) {
    await loadApplicationFor(this.dataSource.manager, actor, applicationId);
    const rows = await this.dataSource
      .getRepository(ApplicationTransition)
      .createQueryBuilder('t')
      .leftJoin(User, 'u', 'u.id = t.actor_user_id')
      .addSelect('u.name', 'actor_name')
      .where('t.application_id = :applicationId', { applicationId })
      .orderBy('t.created_at', 'ASC')
      .getRawAndEntities();
    const staff = actor.role === Role.FAMILY_CONSULTANT;
    return rows.entities.map((t, i) => ({
      id: t.id,
      fromStatus: t.fromStatus,
      toStatus: t.toStatus,
      toLabel: STATUS_LABEL_DA[t.toStatus],
      reason: t.reason,
      // Applicants see that the municipality moved their case, not which employee did.
      actorName:
        staff || t.actorUserId === actor.userId
          ? ((rows.raw[i] as { actor_name: string | null }).actor_name ?? null)
          : 'Kommunen',
      createdAt: t.createdAt,
    }));
  }

  async documents(actor: Actor, applicationId: string): Promise<ApplicationDocument[]> {
    await loadApplicationFor(this.dataSource.manager, actor, applicationId);
    return this.dataSource
      .getRepository(ApplicationDocument)
      .find({ where: { applicationId }, order: { createdAt: 'ASC' } });
  }

  async fosterFamilyOf(applicationId: string): Promise<FosterFamily | null> {
    return this.dataSource.getRepository(FosterFamily).findOne({ where: { applicationId } });
  }

  private filtered(actor: Actor, filter: ApplicationFilterInput): SelectQueryBuilder<Application> {
    const qb = scopeQuery(this.dataSource.getRepository(Application).createQueryBuilder('a'), 'a', actor);
    if (filter.search?.trim())
      qb.andWhere('a.search_text LIKE :search', {
        search: `%${escapeLike(filter.search.trim().toLowerCase())}%`,
      });
    if (filter.consultantId)
      qb.andWhere('a.assigned_consultant_id = :consultantId', { consultantId: filter.consultantId });
    if (filter.unassigned) qb.andWhere('a.assigned_consultant_id IS NULL');
    if (filter.track) qb.andWhere('a.track = :track', { track: filter.track });
    if (filter.recruitmentSource)
      qb.andWhere('a.recruitment_source = :source', { source: filter.recruitmentSource });
    if (filter.statuses?.length)
      qb.andWhere('a.status IN (:...filterStatuses)', { filterStatuses: filter.statuses });
    return qb;
  }

  /**
   * A closed application gives back its seats at future meetings and courses and its future home visits are
   * cancelled, so other households can take the places and nobody is reminded of an appointment that is off.
   */
  private async releaseAppointments(em: EntityManager, applicationId: string): Promise<void> {
    await em.query(
      `DELETE FROM recruitment_event_signup s USING recruitment_event e
        WHERE s.event_id = e.id AND s.application_id = $1 AND e.starts_at > now() AND s.attended IS NULL`,
      [applicationId],
    );
    await em.query(
      `UPDATE home_visit SET cancelled_at = now(), sequence = sequence + 1
        WHERE application_id = $1 AND starts_at > now() AND cancelled_at IS NULL AND completed_at IS NULL`,
      [applicationId],
    );
  }

  private async lockForChange(em: EntityManager, actor: Actor, id: string, expectedVersion: number) {
    const app = await loadApplicationFor(em, actor, id, true);
    if (app.version !== expectedVersion)
      throw new RecruitmentError(
        RecruitmentErrorCode.STALE,
        'En anden har ændret ansøgningen imens. Hent den igen og gentag din ændring.',
      );
    return app;
  }

  /** Applies a legal move: status fields, the history row, the audit row and the applicant's mail, in one transaction. */
  async applyMove(
    em: EntityManager,
    actor: Actor,
    app: Application,
    to: ApplicationStatus,
    reason: string | null,
  ): Promise<ApplicationView> {
    const from = app.status;
    const now = new Date();
    if (to === ApplicationStatus.ON_HOLD) app.heldFrom = from;
    else if (from === ApplicationStatus.ON_HOLD) app.heldFrom = null;
    if (to === ApplicationStatus.APPEALED) {
      app.appealed = true;
      app.closedAt = null;
    }
    if (to === ApplicationStatus.APPROVED || to === ApplicationStatus.REFUSED) app.decidedAt = now;
    app.closedAt = to === ApplicationStatus.REFUSED || to === ApplicationStatus.WITHDRAWN ? now : null;
    app.status = to;
    app.statusChangedAt = now;
    const saved = await saveApplication(em, app);
    if (to === ApplicationStatus.WITHDRAWN || to === ApplicationStatus.REFUSED)
      await this.releaseAppointments(em, app.id);
    await em.insert(ApplicationTransition, {
      applicationId: app.id,
      municipalityId: app.municipalityId,
      fromStatus: from,
      toStatus: to,
      actorUserId: actor.userId,
      actorRole: actor.role,
      reason,
    });
    await this.audit.record(
      actor,
      {
        action: 'UPDATE',
        entity: 'application',
        entityId: app.id,
        municipalityId: app.municipalityId,
        details: { from, to },
      },
      em,
    );
    await this.notifications.queueEmail(em, {
      recipientUserId: app.applicantUserId,
      municipalityId: app.municipalityId,
      template: 'recruitment.status-changed',
      params: {
        statusLabel: STATUS_LABEL_DA[to],
        nextStep: NEXT_STEP_DA[to],
        approved: to === ApplicationStatus.APPROVED,
      },
    });
    return toView(saved);
  }
}

/** The moves the actor may make on this application (what the UI offers as buttons). */
export function actorMoves(actor: Actor, app: Application | ApplicationView): ApplicationStatus[] {
  return allowedMoves(
    app.track,
    app.status,
    actor.role === Role.FAMILY_CONSULTANT ? 'CONSULTANT' : 'APPLICANT',
    app.heldFrom,
    app.appealed,
  );
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
