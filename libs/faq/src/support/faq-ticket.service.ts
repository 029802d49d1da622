import { isUUID } from 'class-validator';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { Actor, AppError, assertInScope, AuditService, Role } from '@pleje/core';
import { FaqVerdict } from '../faq-answer.service';
import { FaqEntry, FaqOwnerTeam } from '../faq-entry.entity';
import { FaqService } from '../faq.service';
import { fold } from '../search/text';
import { FaqTicketError, FaqTicketErrorCode } from './faq-support.exception';
import { FaqChannel, FaqQuestion } from './faq-question.entity';
import { TEAM_LABEL_DA, TEAM_ROLE, teamsOf } from './faq-teams';
import { FaqTicket, FaqTicketStatus } from './faq-ticket.entity';
import { TICKET_ANSWER_NOTIFIER, TicketAnswerNotifier } from './ticket-answer-notifier';

export interface AskConsultantInput {
  /** The logged question from askQuestion (its text becomes the ticket's). */
  questionId?: string | null;
  /** Or a question typed directly. */
  text?: string | null;
  /** The topic, which is the answering team; otherwise the best matching entry's team, else family care. */
  category?: FaqOwnerTeam | null;
  channel?: FaqChannel | null;
}

export interface FaqTicketFilter {
  status?: FaqTicketStatus | null;
  team?: FaqOwnerTeam | null;
}

/** A ticket as consultants see it: who asked and who has it. */
export interface FaqTicketView extends FaqTicket {
  askerName: string | null;
  assigneeName: string | null;
}

const ROLES_THAT_ASK: readonly Role[] = [Role.APPLICANT, Role.FOSTER_PARENT];
const MIN_TEXT = 5;
const MAX_QUESTION = 500;
const MAX_ANSWER = 5000;
// A CPR number does not belong in a question or an answer (confidential identifier).
const CPR = /\b\d{6}[- ]?\d{4}\b/;
const STATUS_LABEL_DA: Record<FaqTicketStatus, string> = {
  [FaqTicketStatus.OPEN]: 'ny',
  [FaqTicketStatus.ASSIGNED]: 'taget',
  [FaqTicketStatus.ANSWERED]: 'besvaret',
  [FaqTicketStatus.CLOSED]: 'lukket',
};

function textProblem(value: string | null | undefined, max: number, what: string): string | null {
  const text = (value ?? '').trim();
  if (text.length < MIN_TEXT) return `Skriv ${what} med mindst ${MIN_TEXT} tegn.`;
  if (text.length > max) return `Skriv ${what} med højst ${max.toLocaleString('da-DK')} tegn.`;
  if (CPR.test(text)) return 'Skriv ikke CPR-numre.';
  return null;
}

function illegal(action: string, status: FaqTicketStatus): FaqTicketError {
  return new FaqTicketError(
    FaqTicketErrorCode.ILLEGAL_TRANSITION,
    `Henvendelsen kan ikke ${action}, når den er ${STATUS_LABEL_DA[status]}.`,
  );
}

/** The knowledge base's question limit: a longer ticket question is cut at a word for the entry. */
function entryQuestion(text: string): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  if (clean.length <= 300) return clean;
  const cut = clean.slice(0, 299);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 200 ? cut.lastIndexOf(' ') : 299)}…`;
}

function slug(text: string): string {
  return (
    fold(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'spoergsmaal'
  );
}

/**
 * "Spørg en konsulent": tickets routed by team to the consultants who answer that team's questions (see
 * TEAM_ROLE), taken exclusively, answered (the asker is told through the TicketAnswerNotifier in the same
 * transaction), closed, and turned into knowledge-base entries with one click.
 */
@Injectable()
export class FaqTicketService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly faq: FaqService,
    @Inject(TICKET_ANSWER_NOTIFIER) private readonly notifier: TicketAnswerNotifier,
  ) {}

  // ---- the asker ----

  /** One ticket per logged question: asking again (a double click, a retry) returns the same ticket. */
  async ask(actor: Actor, input: AskConsultantInput): Promise<FaqTicket> {
    if (!ROLES_THAT_ASK.includes(actor.role)) throw AppError.forbidden();
    const fields: Record<string, string> = {};
    const hasQuestion = Boolean(input.questionId);
    const hasText = Boolean(input.text?.trim());
    if (hasQuestion === hasText) fields.text = 'Skriv dit spørgsmål.';
    if (hasText) {
      const problem = textProblem(input.text, MAX_QUESTION, 'spørgsmålet');
      if (problem) fields.text = problem;
    }
    if (hasQuestion && !isUUID(input.questionId!)) fields.questionId = 'Ukendt spørgsmål.';
    if (input.category && !Object.values(FaqOwnerTeam).includes(input.category))
      fields.category = 'Vælg et emne.';
    const channel = input.channel ?? FaqChannel.PORTAL;
    if (!Object.values(FaqChannel).includes(channel)) fields.channel = 'Ukendt kanal.';
    if (Object.keys(fields).length) throw AppError.badInput(fields);

    try {
      return await this.dataSource.transaction(async (em) => {
        let question = input.text?.trim() ?? '';
        let team = input.category ?? null;
        let questionId: string | null = null;
        if (input.questionId) {
          const logged = await em.findOne(FaqQuestion, { where: { id: input.questionId } });
          if (!logged || logged.municipalityId !== actor.municipalityId || logged.askedBy !== actor.userId)
            throw AppError.notFound();
          const existing = await em.findOne(FaqTicket, { where: { questionId: logged.id } });
          if (existing) return existing;
          if (logged.text === null)
            throw new FaqTicketError(
              FaqTicketErrorCode.QUESTION_ERASED,
              'Spørgsmålet er for gammelt og er slettet. Skriv det igen.',
              { text: 'Skriv spørgsmålet igen.' },
            );
          question = logged.text;
          questionId = logged.id;
          team ??= await this.teamOfQuestion(em, logged);
        }
        const ticket = await em.save(
          em.create(FaqTicket, {
            municipalityId: actor.municipalityId,
            questionId,
            askedBy: actor.userId,
            channel,
            team: team ?? FaqOwnerTeam.FAMILIEPLEJE,
            question,
            status: FaqTicketStatus.OPEN,
          }),
        );
        await this.audit.record(
          actor,
          { action: 'CREATE', entity: 'faq_ticket', entityId: ticket.id, details: { team: ticket.team } },
          em,
        );
        return ticket;
      });
    } catch (e) {
      // Two racing requests for the same question: the unique index let one in; the other gets its ticket.
      if (
        e instanceof QueryFailedError &&
        (e.driverError as { constraint?: string }).constraint === 'faq_ticket_question'
      )
        return this.dataSource.getRepository(FaqTicket).findOneByOrFail({ questionId: input.questionId! });
      throw e;
    }
  }

  /** The asker's own tickets with the answers, newest first; never who in the team handled them. */
  async mine(actor: Actor): Promise<FaqTicket[]> {
    const rows = await this.dataSource.getRepository(FaqTicket).find({
      where: { municipalityId: actor.municipalityId, askedBy: actor.userId },
      order: { createdAt: 'DESC' },
      take: 100,
    });
    return rows.map((r) => Object.assign(r, { assigneeId: null, answeredBy: null }));
  }

  // ---- the consultants ----

  /** The queue of the actor's team(s): unfinished tickets first, oldest first. Audited (it shows questions). */
  async queue(actor: Actor, filter: FaqTicketFilter = {}): Promise<FaqTicketView[]> {
    const teams = this.teamsFor(actor, filter.team);
    if (filter.status && !Object.values(FaqTicketStatus).includes(filter.status))
      throw AppError.badInput({ status: 'Ukendt status.' });
    const statuses = filter.status
      ? [filter.status]
      : [FaqTicketStatus.OPEN, FaqTicketStatus.ASSIGNED, FaqTicketStatus.ANSWERED];
    const ids = (await this.dataSource.query(
      `SELECT id FROM faq_ticket
        WHERE municipality_id = $1 AND team = ANY($2::faq_owner_team[]) AND status = ANY($3::faq_ticket_status[])
        ORDER BY array_position(ARRAY['OPEN','ASSIGNED','ANSWERED','CLOSED']::faq_ticket_status[], status),
                 created_at, id
        LIMIT 200`,
      [actor.municipalityId, teams, statuses],
    )) as Array<{ id: string }>;
    await this.audit.recordRead(actor, { entity: 'faq_ticket', details: { count: ids.length } });
    return this.views(
      this.dataSource.manager,
      ids.map((r) => r.id),
    );
  }

  /** Active consultants who answer the team's questions, for the assign list. */
  async consultants(actor: Actor, team: FaqOwnerTeam): Promise<Array<{ id: string; name: string }>> {
    this.teamsFor(actor, team);
    return (await this.dataSource.query(
      `SELECT id, name FROM app_user WHERE municipality_id = $1 AND role = $2 AND active ORDER BY name, id`,
      [actor.municipalityId, TEAM_ROLE[team]],
    )) as Array<{ id: string; name: string }>;
  }

  /**
   * Take an open ticket. One conditional UPDATE: of consultants racing for the same ticket exactly one gets
   * it (the others' UPDATE waits for the row lock, re-reads status = 'ASSIGNED' and changes nothing).
   */
  async take(actor: Actor, id: string): Promise<FaqTicketView> {
    const teams = this.teamsFor(actor);
    if (!isUUID(id)) throw AppError.notFound();
    return this.dataSource.transaction(async (em) => {
      const [rows] = (await em.query(
        `UPDATE faq_ticket SET status = 'ASSIGNED', assignee_id = $3, assigned_at = now(), updated_at = now(),
                version = version + 1
          WHERE id = $1 AND municipality_id = $2 AND team = ANY($4::faq_owner_team[]) AND status = 'OPEN'
          RETURNING id`,
        [id, actor.municipalityId, actor.userId, teams],
      )) as [Array<{ id: string }>, number];
      if (!rows.length) {
        const t = await this.load(em, actor, id);
        if (t.status === FaqTicketStatus.ASSIGNED)
          throw new FaqTicketError(
            FaqTicketErrorCode.TAKEN,
            'En anden konsulent har allerede taget henvendelsen.',
          );
        throw illegal('tages', t.status);
      }
      await this.audit.record(
        actor,
        { action: 'UPDATE', entity: 'faq_ticket', entityId: id, details: { take: true } },
        em,
      );
      return (await this.views(em, [id]))[0];
    });
  }

  /** To a consultant of the ticket's team, or back to the queue (assigneeId null). */
  async assign(actor: Actor, id: string, assigneeId: string | null): Promise<FaqTicketView> {
    if (assigneeId !== null && !isUUID(assigneeId))
      throw AppError.badInput({ assigneeId: 'Vælg en konsulent.' });
    return this.change(actor, id, async (em, t) => {
      if (t.status !== FaqTicketStatus.OPEN && t.status !== FaqTicketStatus.ASSIGNED)
        throw illegal(assigneeId ? 'fordeles' : 'sendes tilbage i køen', t.status);
      if (assigneeId === null) {
        t.status = FaqTicketStatus.OPEN;
        t.assigneeId = null;
        t.assignedAt = null;
        return;
      }
      const ok = (await em.query(
        `SELECT 1 FROM app_user WHERE id = $1 AND municipality_id = $2 AND role = $3 AND active`,
        [assigneeId, t.municipalityId, TEAM_ROLE[t.team]],
      )) as unknown[];
      if (!ok.length)
        throw new FaqTicketError(
          FaqTicketErrorCode.INVALID_ASSIGNEE,
          'Vælg en aktiv konsulent fra det team, der svarer på henvendelsen.',
          { assigneeId: 'Vælg en aktiv konsulent fra teamet.' },
        );
      t.status = FaqTicketStatus.ASSIGNED;
      t.assigneeId = assigneeId;
      t.assignedAt = new Date();
    });
  }

  /**
   * The answer, in Danish, by the consultant who has the ticket (an open ticket is taken by answering it).
   * The asker is told once, through the notifier, in this transaction.
   */
  async answer(actor: Actor, id: string, answer: string): Promise<FaqTicketView> {
    const problem = textProblem(answer, MAX_ANSWER, 'svaret');
    if (problem) throw AppError.badInput({ answer: problem });
    return this.change(actor, id, async (em, t) => {
      if (t.status !== FaqTicketStatus.OPEN && t.status !== FaqTicketStatus.ASSIGNED)
        throw illegal('besvares', t.status);
      if (t.status === FaqTicketStatus.ASSIGNED && t.assigneeId !== actor.userId)
        throw new FaqTicketError(
          FaqTicketErrorCode.NOT_ASSIGNEE,
          'Henvendelsen er taget af en anden konsulent. Bed om at få den overdraget.',
        );
      const now = new Date();
      t.assigneeId = actor.userId;
      t.assignedAt ??= now;
      t.status = FaqTicketStatus.ANSWERED;
      t.answer = answer.trim();
      t.answeredBy = actor.userId;
      t.answeredAt = now;
      await this.notifier.ticketAnswered(em, {
        ticketId: t.id,
        municipalityId: t.municipalityId,
        askerUserId: t.askedBy,
        channel: t.channel,
        team: t.team,
        questionId: t.questionId,
        question: t.question,
        answer: t.answer,
      });
    });
  }

  /** Done (or a duplicate, or not a question): closed tickets leave the queue. */
  async close(actor: Actor, id: string): Promise<FaqTicketView> {
    return this.change(actor, id, async (_em, t) => {
      if (t.status === FaqTicketStatus.CLOSED) throw illegal('lukkes', t.status);
      t.status = FaqTicketStatus.CLOSED;
      t.closedAt = new Date();
    });
  }

  /**
   * "Gem som nyt spørgsmål i vidensbasen": the ticket's question and the consultant's answer become a new,
   * versioned and audited entry of the ticket's team (through FaqService), linked to the ticket in one commit.
   */
  async createEntry(actor: Actor, id: string): Promise<{ ticket: FaqTicketView; entry: FaqEntry }> {
    this.teamsFor(actor);
    return this.dataSource.transaction(async (em) => {
      const t = await this.load(em, actor, id, true);
      if (t.faqEntryId)
        throw new FaqTicketError(
          FaqTicketErrorCode.ALREADY_IN_KNOWLEDGE_BASE,
          'Henvendelsen er allerede gemt i vidensbasen.',
        );
      if (!t.answer) throw illegal('gemmes i vidensbasen før den er besvaret', t.status);
      const question = entryQuestion(t.question);
      const entry = await this.faq.create(
        actor,
        {
          key: await this.freeKey(em, t.municipalityId, slug(question)),
          question,
          answer: t.answer,
          phrasings: [],
          english: [],
          category: await this.categoryFor(em, t),
          ownerTeam: t.team,
        },
        em,
      );
      t.faqEntryId = entry.id;
      await em.save(t);
      await this.audit.record(
        actor,
        { action: 'UPDATE', entity: 'faq_ticket', entityId: t.id, details: { faqEntryId: entry.id } },
        em,
      );
      return { ticket: (await this.views(em, [t.id]))[0], entry };
    });
  }

  // ---- helpers ----

  /** The teams the actor answers for; a named team must be one of them. */
  private teamsFor(actor: Actor, team?: FaqOwnerTeam | null): FaqOwnerTeam[] {
    const teams = teamsOf(actor.role);
    if (!teams.length) throw AppError.forbidden();
    if (team) {
      if (!Object.values(FaqOwnerTeam).includes(team)) throw AppError.badInput({ team: 'Ukendt team.' });
      if (!teams.includes(team)) throw AppError.badInput({ team: 'Vælg et af dine egne teams.' });
      return [team];
    }
    return teams;
  }

  /** Loads a ticket of the actor's teams; any other ticket looks missing. */
  private async load(em: EntityManager, actor: Actor, id: string, lock = false): Promise<FaqTicket> {
    if (!isUUID(id)) throw AppError.notFound();
    const t = assertInScope(
      actor,
      await em.findOne(FaqTicket, {
        where: { id },
        ...(lock ? { lock: { mode: 'pessimistic_write' } } : {}),
      }),
    );
    if (!teamsOf(actor.role).includes(t.team)) throw AppError.notFound();
    return t;
  }

  private async change(
    actor: Actor,
    id: string,
    mutate: (em: EntityManager, t: FaqTicket) => Promise<void>,
  ): Promise<FaqTicketView> {
    this.teamsFor(actor);
    return this.dataSource.transaction(async (em) => {
      const t = await this.load(em, actor, id, true);
      const before = t.status;
      await mutate(em, t);
      await em.save(t);
      await this.audit.record(
        actor,
        { action: 'UPDATE', entity: 'faq_ticket', entityId: t.id, details: { from: before, to: t.status } },
        em,
      );
      return (await this.views(em, [t.id]))[0];
    });
  }

  /** The best entry's team when the knowledge base was at least close; a vague question goes to family care. */
  private async teamOfQuestion(em: EntityManager, q: FaqQuestion): Promise<FaqOwnerTeam | null> {
    if (!q.bestEntryId || q.verdict === FaqVerdict.NOT_CONFIDENT) return null;
    const entry = await em.findOne(FaqEntry, {
      where: { id: q.bestEntryId },
      select: { id: true, ownerTeam: true },
    });
    return entry?.ownerTeam ?? null;
  }

  /** The category of the entry the question came closest to, when it belongs to the same team. */
  private async categoryFor(em: EntityManager, t: FaqTicket): Promise<string> {
    if (t.questionId) {
      const rows = (await em.query(
        `SELECT e.category FROM faq_question q JOIN faq_entry e ON e.id = q.best_entry_id
          WHERE q.id = $1 AND e.owner_team = $2`,
        [t.questionId, t.team],
      )) as Array<{ category: string }>;
      if (rows[0]) return rows[0].category;
    }
    return TEAM_LABEL_DA[t.team];
  }

  private async freeKey(em: EntityManager, municipalityId: string, base: string): Promise<string> {
    const taken = new Set(
      (
        (await em.query(`SELECT key FROM faq_entry WHERE municipality_id = $1 AND key LIKE $2 || '%'`, [
          municipalityId,
          base,
        ])) as Array<{ key: string }>
      ).map((r) => r.key),
    );
    if (!taken.has(base)) return base;
    for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  }

  private async views(em: EntityManager, ids: string[]): Promise<FaqTicketView[]> {
    if (!ids.length) return [];
    const rows = await em
      .getRepository(FaqTicket)
      .createQueryBuilder('t')
      .leftJoin('t.asker', 'asker')
      .leftJoin('t.assignee', 'assignee')
      .addSelect(['asker.name', 'assignee.name'])
      .where('t.id IN (:...ids)', { ids })
      .getMany();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids
      .map((id) => byId.get(id))
      .filter((r): r is FaqTicket => Boolean(r))
      .map((r) =>
        Object.assign(r, { askerName: r.asker?.name ?? null, assigneeName: r.assignee?.name ?? null }),
      );
  }
}
