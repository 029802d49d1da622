import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import {
  Actor,
  AppError,
  AuditService,
  AuthService,
  hashPassword,
  LoginRateLimiter,
  Municipality,
  passwordProblem,
  Role,
  Session,
  User,
} from '@pleje/core';
import { NotificationsService } from '@pleje/notifications';
import { loadApplicationFor, saveApplication } from './application-access';
import { ApplicationDocument } from './application-document.entity';
import {
  ApplicationForm,
  certificateSubjects,
  copenhagenToday,
  FieldProblem,
  FormStep,
  trackOf,
  validateForm,
} from './application-form';
import { ApplicationMessage } from './application-message.entity';
import { ApplicationRequirement, RequirementKind } from './application-requirement.entity';
import {
  ApplicationStatus,
  ApplicationTrack,
  FINAL_STATUSES,
  NEXT_STEP_DA,
  STATUS_LABEL_DA,
} from './application-status';
import { ApplicationTransition } from './application-transition.entity';
import { toView, ApplicationView } from './application-view';
import { Application } from './application.entity';
import { HomeVisit, RecruitmentEvent, RecruitmentEventSignup } from './recruitment-event.entity';
import { RecruitmentError, RecruitmentErrorCode } from './recruitment.exception';

export interface RegisterApplicant {
  municipalityId: string;
  name: string;
  email: string;
  password: string;
  acceptPrivacy: boolean;
}

const OPEN_STATUSES = Object.values(ApplicationStatus).filter((s) => !FINAL_STATUSES.includes(s));

/** Trims every string and gives applicants and household members stable ids (certificates refer to them). */
export function normaliseForm(form: ApplicationForm): ApplicationForm {
  const clean = <T extends object>(o: T): T =>
    Object.fromEntries(
      Object.entries(o)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v]),
    ) as T;
  return {
    ...clean(form),
    applicants: (form.applicants ?? []).map((a) => ({ ...clean(a), id: a.id ?? randomUUID() })),
    household: (form.household ?? []).map((m) => ({ ...clean(m), id: m.id ?? randomUUID() })),
    familyTypes: form.familyTypes ?? [],
  };
}

function searchTextOf(form: ApplicationForm): string {
  return [...(form.applicants ?? []).flatMap((a) => [a.firstName, a.lastName]), form.postalCode, form.city]
    .filter(Boolean)
    .join(' ')
    .toLowerCase()
    .slice(0, 600);
}

/**
 * The applicant's side: the account, the draft, submitting, withdrawing, messages and their own data. Staff
 * operations on the pipeline are in PipelineService.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly notifications: NotificationsService,
    private readonly limiter: LoginRateLimiter,
  ) {}

  /** Public municipalities an applicant can apply to (name and id only). */
  async municipalities(): Promise<Municipality[]> {
    return this.dataSource.getRepository(Municipality).find({ order: { name: 'ASC' } });
  }

  /** Creates the applicant account and an empty application in one transaction, then signs the applicant in. */
  async register(input: RegisterApplicant, clientIp: string): Promise<Session> {
    const fields: Record<string, string> = {};
    const problem = passwordProblem(input.password);
    if (problem) fields.password = problem;
    if (!input.acceptPrivacy)
      fields.acceptPrivacy = 'Bekræft at du har læst, hvordan vi behandler dine oplysninger.';
    if (Object.keys(fields).length) throw AppError.badInput(fields);
    await this.limiter.consumeRegistration(clientIp);
    const email = input.email.trim().toLowerCase();
    const name = input.name.trim();
    const passwordHash = await hashPassword(input.password);
    let user: User;
    try {
      user = await this.dataSource.transaction(async (em) => {
        if (!(await em.exists(Municipality, { where: { id: input.municipalityId } })))
          throw AppError.badInput({ municipalityId: 'Vælg en kommune fra listen.' });
        if (await em.exists(User, { where: { email } })) throw emailTaken();
        const created = await em.save(
          em.create(User, {
            municipalityId: input.municipalityId,
            email,
            name,
            role: Role.APPLICANT,
            passwordHash,
            active: true,
          }),
        );
        const [firstName, ...rest] = name.split(/\s+/);
        const app = await em.save(
          em.create(Application, {
            municipalityId: input.municipalityId,
            applicantUserId: created.id,
            status: ApplicationStatus.INQUIRY,
            track: ApplicationTrack.STANDARD,
            form: normaliseForm({
              applicants: [{ firstName, lastName: rest.join(' ') || null }],
              consentPrivacy: true,
            }),
            searchText: name.toLowerCase(),
          }),
        );
        const actor = { userId: created.id, municipalityId: created.municipalityId, role: Role.APPLICANT };
        await em.insert(ApplicationTransition, {
          applicationId: app.id,
          municipalityId: app.municipalityId,
          fromStatus: null,
          toStatus: ApplicationStatus.INQUIRY,
          actorUserId: created.id,
          actorRole: Role.APPLICANT,
          reason: null,
        });
        await this.audit.record(
          actor,
          { action: 'CREATE', entity: 'application', entityId: app.id, details: { fields: ['account'] } },
          em,
        );
        await this.notifications.queueEmail(em, {
          recipientUserId: created.id,
          municipalityId: created.municipalityId,
          template: 'recruitment.account-created',
          params: {},
        });
        return created;
      });
    } catch (err) {
      // Two registrations with the same address at once: the unique index decides, the loser gets the same answer.
      if (err instanceof QueryFailedError && (err.driverError as { code?: string }).code === '23505')
        throw emailTaken();
      throw err;
    }
    return this.auth.startSession(user, 'password');
  }

  /** The actor's open application, or their most recent one. */
  async mine(actor: Actor): Promise<ApplicationView | null> {
    const app = await this.dataSource.getRepository(Application).findOne({
      where: { applicantUserId: actor.userId },
      order: { createdAt: 'DESC' },
      relations: { assignedConsultant: true },
    });
    return app ? toView(app) : null;
  }

  /**
   * Saves the whole draft as typed (type and length checked by the input class, completeness not): nothing the
   * applicant typed is lost, and the problems are returned for the form to show beside the fields.
   */
  async saveDraft(actor: Actor, form: ApplicationForm, step: FormStep): Promise<ApplicationView> {
    return this.dataSource.transaction(async (em) => {
      const app = await this.openApplicationOf(em, actor);
      if (app.status !== ApplicationStatus.INQUIRY)
        throw new RecruitmentError(
          RecruitmentErrorCode.NOT_EDITABLE,
          'Ansøgningen er sendt og kan ikke længere ændres. Skriv til din konsulent, hvis noget skal rettes.',
        );
      app.form = normaliseForm(form);
      app.lastStep = step;
      app.searchText = searchTextOf(app.form);
      const saved = await saveApplication(em, app);
      return toView(saved);
    });
  }

  /** Server-side validation is the authority: submit refuses an incomplete form and says where. */
  async submit(actor: Actor): Promise<ApplicationView> {
    return this.dataSource.transaction(async (em) => {
      const app = await this.openApplicationOf(em, actor);
      if (app.status !== ApplicationStatus.INQUIRY)
        throw new RecruitmentError(RecruitmentErrorCode.ILLEGAL_TRANSITION, 'Ansøgningen er allerede sendt.');
      const today = copenhagenToday();
      const problems = validateForm(app.form, today);
      if (problems.length)
        throw AppError.badInput(problemFields(problems), 'Ansøgningen er ikke udfyldt helt.');
      const now = new Date();
      app.track = trackOf(app.form) as ApplicationTrack;
      app.status = ApplicationStatus.SUBMITTED;
      app.statusChangedAt = now;
      app.submittedAt = now;
      app.recruitmentSource = app.form.recruitmentSource ?? null;
      app.familyTypes = app.form.familyTypes ?? [];
      app.applicantBirthDates = (app.form.applicants ?? []).map((a) => a.birthDate!).filter(Boolean);
      app.searchText = searchTextOf(app.form);
      const saved = await saveApplication(em, app);
      await em.insert(ApplicationTransition, {
        applicationId: app.id,
        municipalityId: app.municipalityId,
        fromStatus: ApplicationStatus.INQUIRY,
        toStatus: ApplicationStatus.SUBMITTED,
        actorUserId: actor.userId,
        actorRole: actor.role,
        reason: null,
      });
      await em.insert(ApplicationRequirement, requirementLines(saved, today));
      await this.audit.record(
        actor,
        { action: 'UPDATE', entity: 'application', entityId: app.id, details: { status: 'SUBMITTED' } },
        em,
      );
      await this.notifications.queueEmail(em, {
        recipientUserId: app.applicantUserId,
        municipalityId: app.municipalityId,
        template: 'recruitment.receipt',
        params: { submittedAt: now.toISOString() },
      });
      return toView(saved);
    });
  }

  async messages(actor: Actor, applicationId: string): Promise<ApplicationMessage[]> {
    await loadApplicationFor(this.dataSource.manager, actor, applicationId);
    return this.dataSource
      .getRepository(ApplicationMessage)
      .find({ where: { applicationId }, order: { createdAt: 'ASC' } });
  }

  /** A message to the other side; the mail only says there is a message (mail is not a secure channel). */
  async sendMessage(actor: Actor, applicationId: string, body: string): Promise<ApplicationMessage> {
    const text = body.trim();
    if (!text) throw AppError.badInput({ body: 'Skriv en besked.' });
    return this.dataSource.transaction(async (em) => {
      const app = await loadApplicationFor(em, actor, applicationId);
      const fromStaff = actor.role === Role.FAMILY_CONSULTANT;
      const message = await em.save(
        em.create(ApplicationMessage, {
          applicationId: app.id,
          municipalityId: app.municipalityId,
          authorUserId: actor.userId,
          fromStaff,
          body: text,
        }),
      );
      await this.audit.record(
        actor,
        {
          action: 'CREATE',
          entity: 'application_message',
          entityId: message.id,
          municipalityId: app.municipalityId,
        },
        em,
      );
      const recipient = fromStaff ? app.applicantUserId : app.assignedConsultantId;
      if (recipient)
        await this.notifications.queueEmail(em, {
          recipientUserId: recipient,
          municipalityId: app.municipalityId,
          template: 'recruitment.new-message',
          params: { applicationId: app.id, forStaff: !fromStaff },
        });
      return message;
    });
  }

  /** Everything stored about the applicant, as JSON (GDPR art. 15 and 20). */
  async exportMine(actor: Actor): Promise<string> {
    const em = this.dataSource.manager;
    const user = await em.findOneOrFail(User, { where: { id: actor.userId } });
    const apps = await em.find(Application, {
      where: { applicantUserId: actor.userId },
      order: { createdAt: 'ASC' },
    });
    const ids = apps.map((a) => a.id);
    const by = <T extends { applicationId: string }>(rows: T[], id: string) =>
      rows.filter((r) => r.applicationId === id);
    const [transitions, messages, requirements, documents, signups, visits] = ids.length
      ? await Promise.all([
          em.find(ApplicationTransition, { where: { applicationId: In(ids) }, order: { createdAt: 'ASC' } }),
          em.find(ApplicationMessage, { where: { applicationId: In(ids) }, order: { createdAt: 'ASC' } }),
          em.find(ApplicationRequirement, { where: { applicationId: In(ids) } }),
          em.find(ApplicationDocument, { where: { applicationId: In(ids) } }),
          em.find(RecruitmentEventSignup, { where: { applicationId: In(ids) }, relations: { event: true } }),
          em.find(HomeVisit, { where: { applicationId: In(ids) } }),
        ])
      : [[], [], [], [], [], []];
    await this.audit.record(actor, { action: 'READ', entity: 'application_export', entityId: actor.userId });
    return JSON.stringify(
      {
        eksporteret: new Date().toISOString(),
        konto: { navn: user.name, email: user.email, rolle: user.role, oprettet: user.createdAt },
        ansoegninger: apps.map((a) => ({
          id: a.id,
          status: STATUS_LABEL_DA[a.status],
          oprettet: a.createdAt,
          indsendt: a.submittedAt,
          afgjort: a.decidedAt,
          oplysninger: a.form,
          forloeb: by(transitions, a.id).map((t) => ({
            til: STATUS_LABEL_DA[t.toStatus],
            tidspunkt: t.createdAt,
            begrundelse: t.reason,
          })),
          beskeder: by(messages, a.id).map((m) => ({
            fraKommunen: m.fromStaff,
            tekst: m.body,
            tidspunkt: m.createdAt,
          })),
          tjekliste: by(requirements, a.id).map((r) => ({
            punkt: r.kind,
            person: r.subjectName,
            status: r.status,
            udloeber: r.expiresOn,
          })),
          dokumenter: by(documents, a.id).map((d) => ({
            navn: d.fileName,
            type: d.mimeType,
            uploadet: d.createdAt,
          })),
          arrangementer: by(signups, a.id).map((s) => ({
            titel: (s.event as RecruitmentEvent | undefined)?.title,
            start: (s.event as RecruitmentEvent | undefined)?.startsAt,
            deltog: s.attended,
          })),
          hjemmebesoeg: by(visits, a.id).map((v) => ({
            nummer: v.number,
            start: v.startsAt,
            gennemfoert: v.completedAt,
          })),
        })),
      },
      null,
      2,
    );
  }

  private async openApplicationOf(em: EntityManager, actor: Actor): Promise<Application> {
    const app = await em.findOne(Application, {
      where: { applicantUserId: actor.userId, status: In(OPEN_STATUSES) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!app) throw AppError.notFound('Du har ingen åben ansøgning.');
    return app;
  }
}

function emailTaken(): AppError {
  return AppError.conflict('Der findes allerede en konto med den e-mailadresse. Log ind i stedet.', {
    email: 'E-mailadressen er i brug.',
  });
}

/** `{ 'applicants.0.firstName': 'Skriv fornavn.' }`: the shape the portal shows beside the fields. */
export function problemFields(problems: FieldProblem[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const p of problems) fields[`form.${p.path}`] ??= p.message;
  return fields;
}

/** The approval checklist created at submit (ANCHORS.md facts 6-7: 2x2 course days, two home visits, certificates). */
function requirementLines(app: Application, today: string): Partial<ApplicationRequirement>[] {
  const standard = app.track === ApplicationTrack.STANDARD;
  const base = { applicationId: app.id, municipalityId: app.municipalityId };
  const lines: Partial<ApplicationRequirement>[] = [];
  for (const s of certificateSubjects(app.form, today)) {
    lines.push({ ...base, kind: RequirementKind.CRIMINAL_RECORD, subjectId: s.id, subjectName: s.firstName });
    lines.push({
      ...base,
      kind: RequirementKind.CHILD_CERTIFICATE,
      subjectId: s.id,
      subjectName: s.firstName,
    });
  }
  for (const a of app.form.applicants ?? []) {
    const who = { subjectId: a.id!, subjectName: a.firstName ?? '' };
    lines.push({ ...base, kind: RequirementKind.CV, ...who });
    lines.push({ ...base, kind: RequirementKind.COURSE_DAYS_1_2, ...who });
    if (standard) lines.push({ ...base, kind: RequirementKind.COURSE_DAYS_3_4, ...who });
  }
  lines.push({ ...base, kind: RequirementKind.HOME_VISIT_1, subjectId: '', subjectName: '' });
  if (standard) lines.push({ ...base, kind: RequirementKind.HOME_VISIT_2, subjectId: '', subjectName: '' });
  return lines;
}

export { NEXT_STEP_DA };
