import { isUUID } from 'class-validator';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  Actor,
  AppError,
  assertInScope,
  AuditService,
  jobId,
  OutboxService,
  requestContext,
  Role,
} from '@pleje/core';
import { EMAIL_TEMPLATES, NotificationsService } from '@pleje/notifications';
import { FosterFamily } from '../../recruitment/src/foster-family.entity';
import { PlacementNeed } from '../../matching/src/placement-need.entity';
import { Placement } from '../../matching/src/placement.entity';
import { LearningAttachment } from './learning-attachment.entity';
import { LearningEvent } from './learning-event.entity';
import { LearningNote } from './learning-note.entity';
import { LearningRequest } from './learning-request.entity';
import { LearningSettings } from './learning-settings.entity';
import {
  LearningCategory,
  LearningEventType,
  LearningHoldReason,
  LearningNoteKind,
  LearningOutcome,
  LearningPriority,
  LearningRiskSignal,
  LearningStatus,
  LearningUrgency,
  OPEN_STATUSES,
  STATUS_LABEL_DA,
} from './learning-vocabulary';
import { LearningError, LearningErrorCode } from './learning.exception';
import { effectiveRules, triage, TriageRules, triageRulesProblems, triageRulesSchema } from './triage';

export interface CreateLearningRequestInput {
  placementId?: string | null;
  /** Which child of the placement (a sibling group has several); optional when the placement has one child. */
  childId?: string | null;
  /** Staff only: a first name or initials for a child without a placement here. */
  childPseudonym?: string | null;
  category: LearningCategory;
  description: string;
  urgency: LearningUrgency;
  riskSignals?: LearningRiskSignal[] | null;
  absencePercent?: number | null;
}

export interface RetriageInput {
  category?: LearningCategory | null;
  urgency?: LearningUrgency | null;
  riskSignals?: LearningRiskSignal[] | null;
  absencePercent?: number | null;
  /** The consultant's judgement over the points. */
  priority?: LearningPriority | null;
  /** An agreed deadline (must be in the future); otherwise created/resumed time + the priority's SLA. */
  deadlineAt?: Date | null;
}

export interface QueueFilter {
  statuses?: LearningStatus[] | null;
  /** Only requests assigned to the asking consultant. */
  mine?: boolean | null;
  priority?: LearningPriority | null;
  first?: number | null;
}

export interface SettingsInput {
  leadUserId?: string | null;
  rules: TriageRules;
}

/** A request with the child's first name resolved (from the placement need, or the pseudonym). */
export interface LearningRequestView extends LearningRequest {
  childFirstName: string;
  isOverdue: boolean;
}

export interface LearningRequestDetail {
  request: LearningRequestView;
  notes: LearningNote[];
  events: LearningEvent[];
  attachments: LearningAttachment[];
}

/** What the requester sees: no internal notes, no history of who did what inside the team, no risk points. */
export interface RequesterView {
  request: LearningRequestView;
  conversation: LearningNote[];
  attachments: LearningAttachment[];
}

/** A child the requester may choose in the form (one placement may hold a sibling group). */
export interface LearningChildChoice {
  placementId: string;
  childId: string;
  firstName: string;
}

/** Status changes the requester sees on their own request. */
export const REQUESTER_EVENT_TYPES: readonly LearningEventType[] = [
  LearningEventType.CREATED,
  LearningEventType.ASSIGNED,
  LearningEventType.RELEASED,
  LearningEventType.HELD,
  LearningEventType.RESUMED,
  LearningEventType.RESOLVED,
  LearningEventType.CLOSED,
  LearningEventType.REOPENED,
];

const REQUESTER_ROLES: readonly Role[] = [
  Role.FOSTER_PARENT,
  Role.CASEWORKER,
  Role.FAMILY_CONSULTANT,
  Role.LEARNING_CONSULTANT,
];
// A CPR number does not belong in a schooling request (Danish GDPR practice: confidential identifier).
const CPR = /\b\d{6}[- ]?\d{4}\b/;
const MAX_TEXT = 4000;

/**
 * The mail the requester gets when a consultant takes the request; the statement puts the request id in.
 * Parsed by the template's own schema here (with a stand-in id), as queueEmail would, so a template change
 * that no longer fits fails at start-up instead of at send time.
 */
const TAKEN_MAIL_PARAMS = JSON.stringify(
  EMAIL_TEMPLATES['learning.request-updated'].params.parse({
    requestId: '00000000-0000-4000-8000-000000000000',
    change: 'STATUS',
    status: LearningStatus.ASSIGNED,
  }),
);

/**
 * Take next as one statement ($1 municipality, $2 consultant, $3 role, $4 request id for the audit, $5 mail
 * params). Every part keys off `taken`, so an empty queue writes nothing. The mail mirrors queueEmail (dedupe
 * key per event, ON CONFLICT on the partial unique index) and OutboxService.add (job id `email-<id>`,
 * payload { emailId }); the audit row mirrors AuditService.record. The requester is not mailed about their
 * own action (a learning consultant may also be a requester). The output names the entity's columns rather
 * than t.*: the statement is prepared once per connection, and a prepared statement whose result type changes
 * (a column added by a migration while the api runs) fails with "cached plan must not change result type".
 */
const takeNextSql = (columns: string[]) => `
  WITH pick AS MATERIALIZED (
    SELECT "id" FROM "learning_request"
     WHERE "municipality_id" = $1 AND "status" = 'NEW'
     ORDER BY "priority", "queued_at", "id"
     LIMIT 1
     FOR UPDATE SKIP LOCKED),
  taken AS (
    UPDATE "learning_request" r
       SET "status" = 'ASSIGNED', "assignee_id" = $2::uuid, "assigned_at" = now(),
           "first_assigned_at" = COALESCE(r."first_assigned_at", now()),
           "updated_at" = now(), "version" = r."version" + 1
      FROM pick
     WHERE r."id" = pick."id" AND r."status" = 'NEW'
     RETURNING r.*),
  event AS (
    INSERT INTO "learning_event" ("request_id", "municipality_id", "type", "actor_id", "details")
    SELECT "id", "municipality_id", 'ASSIGNED'::learning_event_type, $2::uuid, '{"via":"TAKE_NEXT"}'::jsonb
      FROM taken
    RETURNING "id"),
  audit AS (
    INSERT INTO "audit_event" ("action", "entity", "entity_id", "municipality_id", "actor_user_id", "actor_role",
                               "request_id")
    SELECT 'UPDATE', 'learning_request', "id"::text, "municipality_id", $2::uuid, $3::varchar, $4::varchar
      FROM taken),
  mail AS (
    INSERT INTO "email_message" ("municipality_id", "recipient_user_id", "template", "params", "dedupe_key")
    SELECT t."municipality_id", t."requested_by", 'learning.request-updated',
           jsonb_set($5::jsonb, '{requestId}', to_jsonb(t."id")), 'learning-update:' || e."id"
      FROM taken t CROSS JOIN event e
     WHERE t."requested_by" <> $2::uuid
    ON CONFLICT ("dedupe_key") WHERE "dedupe_key" IS NOT NULL DO NOTHING
    RETURNING "id"),
  job AS (
    INSERT INTO "outbox_job" ("job_name", "job_id", "payload")
    SELECT 'notification.send-email', 'email-' || "id", jsonb_build_object('emailId', "id") FROM mail
    ON CONFLICT ("job_id") WHERE "dispatched_at" IS NULL DO NOTHING)
  SELECT ${columns.map((c) => `t."${c}"`).join(', ')}, named."first_name" AS "child_first_name"
    FROM taken t
    LEFT JOIN LATERAL (
      SELECT c->>'firstName' AS "first_name"
        FROM "placement" p JOIN "placement_need" n ON n."id" = p."need_id"
       CROSS JOIN LATERAL jsonb_array_elements(n."children") c
       WHERE p."id" = t."placement_id" AND c->>'id' = t."child_ref"
       LIMIT 1) named ON true`;

/** The part of node-postgres' pooled client that take-next uses (TypeORM hands it out untyped). */
interface PgClient {
  query(config: {
    name: string;
    text: string;
    values: unknown[];
  }): Promise<{ rows: Array<Record<string, unknown>> }>;
}

function illegal(action: string, status: LearningStatus): LearningError {
  return new LearningError(
    LearningErrorCode.ILLEGAL_TRANSITION,
    `Sagen kan ikke ${action}, når status er "${STATUS_LABEL_DA[status]}".`,
  );
}

function textProblem(value: string | null | undefined, min: number): string | null {
  const text = (value ?? '').trim();
  if (text.length < min) return min > 1 ? `Skriv mindst ${min} tegn.` : 'Skriv en tekst.';
  if (text.length > MAX_TEXT) return `Højst ${MAX_TEXT} tegn.`;
  if (CPR.test(text)) return 'Skriv ikke CPR-numre i sagen.';
  return null;
}

/**
 * The learning consultants' queue (initiative 10): requests about one child's schooling, triaged to a priority
 * and deadline, taken one at a time, followed through hold, resolution with an outcome, and close.
 */
@Injectable()
export class LearningService {
  private takeNextText: string | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly notifications: NotificationsService,
  ) {}

  // ---- settings ----

  async settings(actor: Actor, em: EntityManager = this.dataSource.manager) {
    const row = await em.findOne(LearningSettings, { where: { municipalityId: actor.municipalityId } });
    return {
      leadUserId: row?.leadUserId ?? null,
      rules: effectiveRules(row?.rules),
      version: row?.version ?? 0,
    };
  }

  async saveSettings(actor: Actor, input: SettingsInput) {
    const parsed = triageRulesSchema.safeParse(input.rules);
    if (!parsed.success) {
      const fields: Record<string, string> = {};
      for (const issue of parsed.error.issues) fields[String(issue.path[0] ?? 'rules')] = 'Ugyldig værdi.';
      throw AppError.badInput(fields);
    }
    const problems = triageRulesProblems(parsed.data);
    if (Object.keys(problems).length) throw AppError.badInput(problems);
    return this.dataSource.transaction(async (em) => {
      if (input.leadUserId) await this.assertConsultant(em, actor, input.leadUserId, 'leadUserId');
      const existing = await em.findOne(LearningSettings, {
        where: { municipalityId: actor.municipalityId },
        lock: { mode: 'pessimistic_write' },
      });
      const row = existing ?? em.create(LearningSettings, { municipalityId: actor.municipalityId });
      Object.assign(row, {
        leadUserId: input.leadUserId ?? null,
        rules: parsed.data,
        updatedBy: actor.userId,
      });
      await em.save(row);
      await this.audit.record(actor, { action: 'UPDATE', entity: 'learning_settings' }, em);
      return { leadUserId: row.leadUserId, rules: parsed.data, version: row.version };
    });
  }

  // ---- the requester ----

  async create(actor: Actor, input: CreateLearningRequestInput): Promise<LearningRequestView> {
    if (!REQUESTER_ROLES.includes(actor.role)) throw AppError.forbidden();
    const fields: Record<string, string> = {};
    if (!Object.values(LearningCategory).includes(input.category)) fields.category = 'Vælg et emne.';
    if (!Object.values(LearningUrgency).includes(input.urgency))
      fields.urgency = 'Vælg hvor meget det haster.';
    const descriptionProblem = textProblem(input.description, 10);
    if (descriptionProblem) fields.description = descriptionProblem;
    const signals = [...new Set(input.riskSignals ?? [])];
    if (signals.some((s) => !Object.values(LearningRiskSignal).includes(s)))
      fields.riskSignals = 'Ukendt risikotegn.';
    const absence = input.absencePercent ?? null;
    if (absence !== null && (!Number.isInteger(absence) || absence < 0 || absence > 100))
      fields.absencePercent = 'Fravær skal være et helt tal mellem 0 og 100.';
    const pseudonym = input.childPseudonym?.trim() || null;
    if (input.placementId && pseudonym)
      fields.childPseudonym = 'Vælg enten et anbragt barn eller et pseudonym.';
    else if (!input.placementId && !pseudonym) fields.placementId = 'Vælg barnet.';
    if (pseudonym && actor.role === Role.FOSTER_PARENT) fields.placementId = 'Vælg dit plejebarn.';
    if (pseudonym && (pseudonym.length > 60 || /\d/.test(pseudonym)))
      fields.childPseudonym = 'Skriv kun fornavn eller initialer (ingen tal eller CPR-nummer).';
    if (input.placementId && !isUUID(input.placementId)) fields.placementId = 'Vælg barnet.';
    if (Object.keys(fields).length) throw AppError.badInput(fields);

    return this.dataSource.transaction(async (em) => {
      const child = input.placementId
        ? await this.childOfPlacement(em, actor, input.placementId, input.childId ?? null)
        : { placementId: null, childRef: null };
      const { rules } = await this.settings(actor, em);
      const result = triage(
        { urgency: input.urgency, category: input.category, riskSignals: signals, absencePercent: absence },
        rules,
      );
      const now = new Date();
      const request = await em.save(
        em.create(LearningRequest, {
          municipalityId: actor.municipalityId,
          placementId: child.placementId,
          childRef: child.childRef,
          childPseudonym: pseudonym,
          requestedBy: actor.userId,
          requesterRole: actor.role,
          category: input.category,
          description: input.description.trim(),
          urgency: input.urgency,
          riskSignals: signals,
          absencePercent: absence,
          priority: result.priority,
          deadlineAt: new Date(now.getTime() + result.slaHours * 3_600_000),
          status: LearningStatus.NEW,
          queuedAt: now,
        }),
      );
      await this.event(em, request, LearningEventType.CREATED, actor.userId, { category: input.category });
      await this.event(em, request, LearningEventType.TRIAGED, null, {
        priority: result.priority,
        points: result.points,
      });
      await this.scheduleDeadline(em, request, rules);
      await this.audit.record(
        actor,
        {
          action: 'CREATE',
          entity: 'learning_request',
          entityId: request.id,
          details: { category: input.category },
        },
        em,
      );
      return (await this.withChildNames(em, [request]))[0];
    });
  }

  /** The requester's own requests, newest first. */
  async mine(actor: Actor): Promise<LearningRequestView[]> {
    const rows = await this.dataSource.getRepository(LearningRequest).find({
      where: { municipalityId: actor.municipalityId, requestedBy: actor.userId },
      order: { createdAt: 'DESC' },
      take: 200,
    });
    return this.withChildNames(this.dataSource.manager, rows);
  }

  /** One of the requester's own requests with the consultant's replies, never the internal notes. */
  async mineOne(actor: Actor, id: string): Promise<RequesterView> {
    const request = await this.ownRequest(this.dataSource.manager, actor, id);
    const [conversation, attachments] = await Promise.all([
      this.dataSource.getRepository(LearningNote).find({
        where: { requestId: id, kind: In([LearningNoteKind.REPLY, LearningNoteKind.REQUESTER]) },
        order: { createdAt: 'ASC' },
      }),
      this.dataSource.getRepository(LearningAttachment).find({
        where: { requestId: id },
        order: { createdAt: 'ASC' },
      }),
    ]);
    return {
      request: (await this.withChildNames(this.dataSource.manager, [request]))[0],
      conversation,
      attachments,
    };
  }

  /**
   * The children the actor may ask about, for the request form: a foster parent's own current placements, or
   * every current placement in the municipality for staff. First names only; audited (children's names).
   */
  async children(actor: Actor): Promise<LearningChildChoice[]> {
    if (!REQUESTER_ROLES.includes(actor.role)) throw AppError.forbidden();
    const own = actor.role === Role.FOSTER_PARENT;
    const rows = (await this.dataSource.query(
      `SELECT p.id AS placement_id, c->>'id' AS child_id, c->>'firstName' AS first_name
         FROM placement p
         JOIN placement_need n ON n.id = p.need_id
         JOIN foster_family f ON f.id = p.foster_family_id
        CROSS JOIN LATERAL jsonb_array_elements(n.children) c
        WHERE p.municipality_id = $1 AND p.ended_on IS NULL AND ($2::uuid IS NULL OR f.user_id = $2::uuid)
        ORDER BY c->>'firstName', p.id, c->>'id'
        LIMIT 1000`,
      [actor.municipalityId, own ? actor.userId : null],
    )) as Array<{ placement_id: string; child_id: string; first_name: string }>;
    await this.audit.recordRead(actor, { entity: 'learning_children', details: { count: rows.length } });
    return rows.map((r) => ({ placementId: r.placement_id, childId: r.child_id, firstName: r.first_name }));
  }

  /**
   * The request's status history as the requester may see it: what happened and when, never who in the team
   * did it, nor internal notes, reminders or escalations.
   */
  async requesterTimeline(actor: Actor, id: string): Promise<LearningEvent[]> {
    await this.ownRequest(this.dataSource.manager, actor, id);
    return this.dataSource.getRepository(LearningEvent).find({
      where: { requestId: id, type: In(REQUESTER_EVENT_TYPES) },
      order: { createdAt: 'ASC' },
    });
  }

  /** The requester writes back; waiting for the family ends when the family answers. */
  async addRequesterMessage(actor: Actor, id: string, body: string): Promise<RequesterView> {
    const problem = textProblem(body, 1);
    if (problem) throw AppError.badInput({ body: problem });
    await this.dataSource.transaction(async (em) => {
      const request = await this.ownRequest(em, actor, id, true);
      if (request.status === LearningStatus.CLOSED) throw illegal('få nye beskeder', request.status);
      await em.save(
        em.create(LearningNote, {
          requestId: id,
          municipalityId: request.municipalityId,
          kind: LearningNoteKind.REQUESTER,
          authorId: actor.userId,
          authorRole: actor.role,
          body: body.trim(),
        }),
      );
      const ev = await this.event(em, request, LearningEventType.REQUESTER_MESSAGE, actor.userId, null);
      if (request.status === LearningStatus.ON_HOLD && request.holdReason === LearningHoldReason.FAMILY) {
        await this.resumeIn(em, request, actor.userId);
      }
      if (request.assigneeId)
        await this.notifications.queueEmail(em, {
          recipientUserId: request.assigneeId,
          municipalityId: request.municipalityId,
          template: 'learning.request-updated',
          params: { requestId: id, change: 'MESSAGE', status: request.status },
          dedupeKey: `learning-update:${ev.id}`,
        });
    });
    return this.mineOne(actor, id);
  }

  // ---- the learning consultants ----

  /** The queue: open requests by priority, then waiting time. Audited (it lists children's first names). */
  async queue(actor: Actor, filter: QueueFilter = {}): Promise<LearningRequestView[]> {
    const statuses = filter.statuses?.length ? filter.statuses : OPEN_STATUSES;
    const qb = this.dataSource
      .getRepository(LearningRequest)
      .createQueryBuilder('r')
      .where('r.municipality_id = :m', { m: actor.municipalityId })
      .andWhere('r.status IN (:...statuses)', { statuses })
      .orderBy('r.priority', 'ASC')
      .addOrderBy('r.queued_at', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .take(Math.min(Math.max(filter.first ?? 100, 1), 500));
    if (filter.mine) qb.andWhere('r.assignee_id = :me', { me: actor.userId });
    if (filter.priority) qb.andWhere('r.priority = :p', { p: filter.priority });
    const rows = await qb.getMany();
    await this.audit.recordRead(actor, { entity: 'learning_request', details: { count: rows.length } });
    return this.withChildNames(this.dataSource.manager, rows);
  }

  /** Everything about one request for a learning consultant; audited. */
  async get(actor: Actor, id: string): Promise<LearningRequestDetail> {
    const em = this.dataSource.manager;
    const request = await this.load(em, actor, id);
    const [notes, events, attachments] = await Promise.all([
      em.find(LearningNote, { where: { requestId: id }, order: { createdAt: 'ASC' } }),
      em.find(LearningEvent, { where: { requestId: id }, order: { createdAt: 'ASC' } }),
      em.find(LearningAttachment, { where: { requestId: id }, order: { createdAt: 'ASC' } }),
    ]);
    await this.audit.recordRead(actor, { entity: 'learning_request', entityId: id });
    return { request: (await this.withChildNames(em, [request]))[0], notes, events, attachments };
  }

  /**
   * Take next in ONE statement and one round trip, committed on its own (a single statement is atomic):
   * pick the first NEW request by priority and waiting time, assign it, write the ASSIGNED event, the audit
   * row, the requester's mail and its outbox job, and return the row with the child's first name. Before, the
   * same work took a transaction of eight round trips (begin, pick-and-assign, reload, event, mail, outbox,
   * audit, commit), most of the time in take-next under load.
   * FOR UPDATE SKIP LOCKED lets concurrent consultants each lock a different row instead of waiting for, or
   * both getting, the same one; the MATERIALIZED pick runs once (inlined, the planner may rescan it per row and
   * assign several). The partial index learning_request_queue (municipality, priority, queued_at, id WHERE
   * status = 'NEW') serves the ORDER BY ... LIMIT 1 as an index scan that stops at the first unlocked row.
   * Null when the queue is empty.
   */
  async takeNext(actor: Actor): Promise<LearningRequestView | null> {
    this.takeNextText ??= takeNextSql(
      this.dataSource.getMetadata(LearningRequest).columns.map((c) => c.databaseName),
    );
    const runner = this.dataSource.createQueryRunner();
    let rows: Array<Record<string, unknown>>;
    try {
      // A named (prepared) statement: PostgreSQL parses and plans the large CTE once per pooled connection
      // instead of on every press, which roughly halved the statement's time in the timing run. TypeORM's
      // query() cannot name a statement, so this goes to the pooled pg client directly (same pool, same
      // connection handling; TypeORM's query logging is off in this project anyway).
      const client = (await runner.connect()) as PgClient;
      const result = await client.query({
        name: 'learning-take-next',
        text: this.takeNextText,
        values: [
          actor.municipalityId,
          actor.userId,
          actor.role,
          requestContext.requestId() ?? null,
          TAKEN_MAIL_PARAMS,
        ],
      });
      rows = result.rows;
    } finally {
      await runner.release();
    }
    const row = rows[0];
    if (!row) return null;
    const request = this.hydrate(row);
    return this.view(request, typeof row.child_first_name === 'string' ? row.child_first_name : null);
  }

  /** To another learning consultant, or back to the queue (assigneeId null) keeping its place. */
  async reassign(actor: Actor, id: string, assigneeId: string | null): Promise<LearningRequestView> {
    if (assigneeId && !isUUID(assigneeId))
      throw AppError.badInput({ assigneeId: 'Vælg en læringskonsulent.' });
    return this.transition(actor, id, async (em, r) => {
      if (!assigneeId) {
        if (r.status !== LearningStatus.ASSIGNED) throw illegal('sendes tilbage i køen', r.status);
        r.status = LearningStatus.NEW;
        r.assigneeId = null;
        r.assignedAt = null;
        return { type: LearningEventType.RELEASED, notify: true };
      }
      if (![LearningStatus.NEW, LearningStatus.ASSIGNED, LearningStatus.ON_HOLD].includes(r.status))
        throw illegal('fordeles', r.status);
      await this.assertConsultant(em, actor, assigneeId, 'assigneeId');
      const wasNew = r.status === LearningStatus.NEW;
      if (wasNew) r.status = LearningStatus.ASSIGNED;
      r.assigneeId = assigneeId;
      r.assignedAt = new Date();
      r.firstAssignedAt ??= r.assignedAt;
      return { type: LearningEventType.ASSIGNED, details: { assigneeId }, notify: wasNew };
    });
  }

  /** Waiting for the school or the family: the deadline stops and resumes with what was left. */
  async hold(actor: Actor, id: string, reason: LearningHoldReason): Promise<LearningRequestView> {
    if (!Object.values(LearningHoldReason).includes(reason))
      throw AppError.badInput({ reason: 'Vælg hvem sagen venter på.' });
    return this.transition(actor, id, async (_em, r) => {
      if (r.status !== LearningStatus.ASSIGNED) throw illegal('sættes på pause', r.status);
      r.status = LearningStatus.ON_HOLD;
      r.holdReason = reason;
      r.holdRemainingMs = String(Math.max(0, (r.deadlineAt?.getTime() ?? Date.now()) - Date.now()));
      r.deadlineAt = null;
      r.escalatedAt = null;
      return { type: LearningEventType.HELD, details: { reason }, notify: true };
    });
  }

  async resume(actor: Actor, id: string): Promise<LearningRequestView> {
    return this.transition(actor, id, async (em, r) => {
      if (r.status !== LearningStatus.ON_HOLD) throw illegal('genoptages', r.status);
      await this.resumeIn(em, r, actor.userId, false);
      return null;
    });
  }

  /** Resolving needs an outcome; an optional reply goes to the requester with it. */
  async resolve(
    actor: Actor,
    id: string,
    outcome: LearningOutcome | null | undefined,
    reply?: string | null,
  ): Promise<LearningRequestView> {
    if (!outcome || !Object.values(LearningOutcome).includes(outcome))
      throw new LearningError(LearningErrorCode.OUTCOME_REQUIRED, 'Vælg hvad sagen endte med.', {
        outcome: 'Vælg hvad sagen endte med.',
      });
    if (reply != null && reply.trim()) {
      const problem = textProblem(reply, 1);
      if (problem) throw AppError.badInput({ reply: problem });
    }
    return this.transition(actor, id, async (em, r) => {
      if (r.status !== LearningStatus.ASSIGNED && r.status !== LearningStatus.ON_HOLD)
        throw illegal('løses', r.status);
      if (reply?.trim()) await this.note(em, actor, r, LearningNoteKind.REPLY, reply);
      r.status = LearningStatus.RESOLVED;
      r.outcome = outcome;
      r.resolvedAt = new Date();
      r.deadlineAt = null;
      r.holdReason = null;
      r.holdRemainingMs = null;
      return { type: LearningEventType.RESOLVED, details: { outcome }, notify: true };
    });
  }

  async close(actor: Actor, id: string): Promise<LearningRequestView> {
    return this.transition(actor, id, async (_em, r) => {
      if (r.status !== LearningStatus.RESOLVED) throw illegal('afsluttes', r.status);
      r.status = LearningStatus.CLOSED;
      r.closedAt = new Date();
      return { type: LearningEventType.CLOSED, notify: true };
    });
  }

  /** A resolved request whose problem came back: to its consultant (or the queue) with a fresh deadline. */
  async reopen(actor: Actor, id: string): Promise<LearningRequestView> {
    return this.transition(actor, id, async (em, r) => {
      if (r.status !== LearningStatus.RESOLVED) throw illegal('genåbnes', r.status);
      const { rules } = await this.settings(actor, em);
      r.status = r.assigneeId ? LearningStatus.ASSIGNED : LearningStatus.NEW;
      r.outcome = null;
      r.resolvedAt = null;
      r.escalatedAt = null;
      r.deadlineAt = new Date(Date.now() + rules.slaHours[r.priority] * 3_600_000);
      return { type: LearningEventType.REOPENED, notify: true, reschedule: rules };
    });
  }

  /** New facts (or the consultant's judgement): a new priority and deadline; the old deadline jobs go idle. */
  async retriage(actor: Actor, id: string, input: RetriageInput): Promise<LearningRequestView> {
    const fields: Record<string, string> = {};
    if (input.absencePercent != null && (input.absencePercent < 0 || input.absencePercent > 100))
      fields.absencePercent = 'Fravær skal være et helt tal mellem 0 og 100.';
    if (input.deadlineAt && input.deadlineAt.getTime() <= Date.now())
      fields.deadlineAt = 'Fristen skal ligge i fremtiden.';
    if (input.riskSignals?.some((s) => !Object.values(LearningRiskSignal).includes(s)))
      fields.riskSignals = 'Ukendt risikotegn.';
    if (Object.keys(fields).length) throw AppError.badInput(fields);
    return this.transition(actor, id, async (em, r) => {
      if (![LearningStatus.NEW, LearningStatus.ASSIGNED].includes(r.status))
        throw illegal('prioriteres om', r.status);
      const { rules } = await this.settings(actor, em);
      if (input.category) r.category = input.category;
      if (input.urgency) r.urgency = input.urgency;
      if (input.riskSignals) r.riskSignals = [...new Set(input.riskSignals)];
      if (input.absencePercent !== undefined) r.absencePercent = input.absencePercent;
      const result = triage(
        {
          urgency: r.urgency,
          category: r.category,
          riskSignals: r.riskSignals,
          absencePercent: r.absencePercent,
        },
        rules,
      );
      r.priority = input.priority ?? result.priority;
      r.deadlineAt =
        input.deadlineAt ?? new Date(r.createdAt.getTime() + rules.slaHours[r.priority] * 3_600_000);
      r.escalatedAt = null;
      return {
        type: LearningEventType.TRIAGED,
        details: {
          priority: r.priority,
          points: result.points,
          manual: Boolean(input.priority || input.deadlineAt),
        },
        notify: false,
        reschedule: rules,
      };
    });
  }

  /** An internal note (consultants only) or a reply the requester sees and is mailed about. */
  async addNote(
    actor: Actor,
    id: string,
    kind: LearningNoteKind,
    body: string,
  ): Promise<LearningRequestDetail> {
    if (kind !== LearningNoteKind.INTERNAL && kind !== LearningNoteKind.REPLY)
      throw AppError.badInput({ kind: 'Vælg intern note eller svar.' });
    const problem = textProblem(body, 1);
    if (problem) throw AppError.badInput({ body: problem });
    await this.dataSource.transaction(async (em) => {
      const r = await this.load(em, actor, id, true);
      if (r.status === LearningStatus.CLOSED) throw illegal('få nye noter', r.status);
      await this.note(em, actor, r, kind, body);
    });
    return this.get(actor, id);
  }

  /** Active learning consultants of the municipality, for the reassign list and the lead setting. */
  async consultants(actor: Actor): Promise<Array<{ id: string; name: string }>> {
    return (await this.dataSource.query(
      `SELECT id, name FROM app_user WHERE municipality_id = $1 AND role = $2 AND active ORDER BY name`,
      [actor.municipalityId, Role.LEARNING_CONSULTANT],
    )) as Array<{ id: string; name: string }>;
  }

  // ---- helpers ----

  private async note(
    em: EntityManager,
    actor: Actor,
    r: LearningRequest,
    kind: LearningNoteKind,
    body: string,
  ) {
    await em.save(
      em.create(LearningNote, {
        requestId: r.id,
        municipalityId: r.municipalityId,
        kind,
        authorId: actor.userId,
        authorRole: actor.role,
        body: body.trim(),
      }),
    );
    const ev = await this.event(
      em,
      r,
      kind === LearningNoteKind.REPLY ? LearningEventType.REPLIED : LearningEventType.NOTE_ADDED,
      actor.userId,
      null,
    );
    if (kind === LearningNoteKind.REPLY)
      await this.notifications.queueEmail(em, {
        recipientUserId: r.requestedBy,
        municipalityId: r.municipalityId,
        template: 'learning.request-updated',
        params: { requestId: r.id, change: 'REPLY', status: r.status },
        dedupeKey: `learning-update:${ev.id}`,
      });
  }

  private async resumeIn(em: EntityManager, r: LearningRequest, actorId: string | null, save = true) {
    const { rules } = await this.settings({ municipalityId: r.municipalityId } as Actor, em);
    const remaining = Number(r.holdRemainingMs ?? 0);
    r.status = r.assigneeId ? LearningStatus.ASSIGNED : LearningStatus.NEW;
    // At least an hour: a request that was almost due when held should not escalate the moment it resumes.
    r.deadlineAt = new Date(Date.now() + Math.max(remaining, 3_600_000));
    r.holdReason = null;
    r.holdRemainingMs = null;
    r.escalatedAt = null;
    if (save) await em.save(r);
    await this.event(em, r, LearningEventType.RESUMED, actorId, null, true);
    await this.scheduleDeadline(em, r, rules);
  }

  /**
   * Loads under a row lock, lets `change` check the status and mutate, saves, writes the event (and the
   * requester's mail), reschedules deadline jobs when asked. Null from `change` = it did its own bookkeeping.
   */
  private async transition(
    actor: Actor,
    id: string,
    change: (
      em: EntityManager,
      r: LearningRequest,
    ) => Promise<{
      type: LearningEventType;
      details?: Record<string, string | number | boolean | null>;
      notify: boolean;
      reschedule?: TriageRules;
    } | null>,
  ): Promise<LearningRequestView> {
    return this.dataSource.transaction(async (em) => {
      const r = await this.load(em, actor, id, true);
      const outcome = await change(em, r);
      const saved = await em.save(r);
      if (outcome) {
        await this.event(em, saved, outcome.type, actor.userId, outcome.details ?? null, outcome.notify);
        if (outcome.reschedule) await this.scheduleDeadline(em, saved, outcome.reschedule);
      }
      await this.audit.record(actor, { action: 'UPDATE', entity: 'learning_request', entityId: id }, em);
      return (await this.withChildNames(em, [saved]))[0];
    });
  }

  private async event(
    em: EntityManager,
    r: LearningRequest,
    type: LearningEventType,
    actorId: string | null,
    details: Record<string, string | number | boolean | null> | null,
    notifyRequester = false,
  ): Promise<LearningEvent> {
    const ev = await em.save(
      em.create(LearningEvent, { requestId: r.id, municipalityId: r.municipalityId, type, actorId, details }),
    );
    // The requester hears about status changes they did not make themselves.
    if (notifyRequester && actorId !== r.requestedBy)
      await this.notifications.queueEmail(em, {
        recipientUserId: r.requestedBy,
        municipalityId: r.municipalityId,
        template: 'learning.request-updated',
        params: { requestId: r.id, change: 'STATUS', status: r.status },
        dedupeKey: `learning-update:${ev.id}`,
      });
    return ev;
  }

  /**
   * The escalation at the deadline and the reminder before it, through the outbox in the caller's transaction.
   * Job ids carry the deadline, so a moved deadline gets new jobs; the old ones find a different deadline and
   * do nothing.
   */
  async scheduleDeadline(em: EntityManager, r: LearningRequest, rules: TriageRules): Promise<void> {
    if (!r.deadlineAt) return;
    const deadline = r.deadlineAt.getTime();
    const now = Date.now();
    const payload = { requestId: r.id, deadlineAt: deadline };
    await this.outbox.add(
      em,
      'learning.escalate-overdue',
      payload,
      jobId('learning-escalate', r.id, deadline),
      {
        delay: Math.max(0, deadline - now),
      },
    );
    const remindAt = deadline - rules.reminderHoursBefore * 3_600_000;
    if (rules.reminderHoursBefore > 0 && remindAt > now)
      await this.outbox.add(
        em,
        'learning.remind-assignee',
        payload,
        jobId('learning-remind', r.id, deadline),
        {
          delay: remindAt - now,
        },
      );
  }

  private async load(em: EntityManager, actor: Actor, id: string, lock = false): Promise<LearningRequest> {
    if (!isUUID(id)) throw AppError.notFound();
    return assertInScope(
      actor,
      await em.findOne(LearningRequest, {
        where: { id },
        ...(lock ? { lock: { mode: 'pessimistic_write' } } : {}),
      }),
    );
  }

  /** The requester's own request; anyone else's looks missing. */
  private async ownRequest(
    em: EntityManager,
    actor: Actor,
    id: string,
    lock = false,
  ): Promise<LearningRequest> {
    const r = await this.load(em, actor, id, lock);
    if (r.requestedBy !== actor.userId) throw AppError.notFound();
    return r;
  }

  private async assertConsultant(em: EntityManager, actor: Actor, userId: string, field: string) {
    const rows = (await em.query(
      `SELECT 1 FROM app_user WHERE id = $1 AND municipality_id = $2 AND role = $3 AND active`,
      [userId, actor.municipalityId, Role.LEARNING_CONSULTANT],
    )) as unknown[];
    if (!rows.length)
      throw new LearningError(
        LearningErrorCode.INVALID_ASSIGNEE,
        'Vælg en aktiv læringskonsulent i kommunen.',
        { [field]: 'Vælg en aktiv læringskonsulent i kommunen.' },
      );
  }

  /** The placement must be current and in scope; a foster parent may only ask about a child living with them. */
  private async childOfPlacement(
    em: EntityManager,
    actor: Actor,
    placementId: string,
    childId: string | null,
  ) {
    const placement = assertInScope(actor, await em.findOne(Placement, { where: { id: placementId } }));
    if (actor.role === Role.FOSTER_PARENT) {
      const family = await em.findOne(FosterFamily, { where: { id: placement.fosterFamilyId } });
      if (family?.userId !== actor.userId) throw AppError.notFound();
    }
    if (placement.endedOn)
      throw new LearningError(LearningErrorCode.CHILD_NOT_AVAILABLE, 'Anbringelsen er afsluttet.', {
        placementId: 'Anbringelsen er afsluttet.',
      });
    const need = await em.findOneByOrFail(PlacementNeed, { id: placement.needId });
    const child = childId
      ? need.children.find((c) => c.id === childId)
      : need.children.length === 1
        ? need.children[0]
        : null;
    if (!child)
      throw new LearningError(LearningErrorCode.CHILD_NOT_AVAILABLE, 'Vælg hvilket barn det drejer sig om.', {
        childId: 'Vælg hvilket barn det drejer sig om.',
      });
    return { placementId: placement.id, childRef: child.id };
  }

  /** Resolves first names in one query for all placed children in the list. */
  async withChildNames(em: EntityManager, rows: LearningRequest[]): Promise<LearningRequestView[]> {
    const placementIds = [...new Set(rows.map((r) => r.placementId).filter((x): x is string => Boolean(x)))];
    const names = new Map<string, string>();
    if (placementIds.length) {
      const found = (await em.query(
        `SELECT p.id AS placement_id, c->>'id' AS child_id, c->>'firstName' AS first_name
           FROM placement p JOIN placement_need n ON n.id = p.need_id
           CROSS JOIN LATERAL jsonb_array_elements(n.children) c
          WHERE p.id = ANY($1::uuid[])`,
        [placementIds],
      )) as Array<{ placement_id: string; child_id: string; first_name: string }>;
      for (const f of found) names.set(`${f.placement_id}/${f.child_id}`, f.first_name);
    }
    return rows.map((r) => this.view(r, names.get(`${r.placementId}/${r.childRef}`) ?? null));
  }

  private view(r: LearningRequest, placedFirstName: string | null): LearningRequestView {
    return Object.assign(r, {
      childFirstName: r.childPseudonym ?? placedFirstName ?? 'Barn',
      isOverdue: Boolean(
        r.deadlineAt && r.deadlineAt.getTime() < Date.now() && OPEN_STATUSES.includes(r.status),
      ),
    });
  }

  /** A raw learning_request row (snake_case columns) to an entity, converted as TypeORM's own reads do. */
  private hydrate(row: Record<string, unknown>): LearningRequest {
    const meta = this.dataSource.getMetadata(LearningRequest);
    const entity = meta.create() as LearningRequest;
    for (const column of meta.columns)
      column.setEntityValue(
        entity,
        this.dataSource.driver.prepareHydratedValue(row[column.databaseName], column),
      );
    return entity;
  }
}
