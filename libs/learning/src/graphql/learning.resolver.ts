import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Permission } from '@pleje/core';
import { LearningAttachment } from '../learning-attachment.entity';
import { LearningDashboardService } from '../learning-dashboard.service';
import { LearningEvent } from '../learning-event.entity';
import { LearningNote } from '../learning-note.entity';
import {
  CATEGORY_LABEL_DA,
  HOLD_REASON_LABEL_DA,
  LearningEventType,
  LearningHoldReason,
  LearningNoteKind,
  LearningOutcome,
  OUTCOME_LABEL_DA,
  PRIORITY_LABEL_DA,
  RISK_SIGNAL_LABEL_DA,
  STATUS_LABEL_DA,
  URGENCY_LABEL_DA,
} from '../learning-vocabulary';
import { LearningRequestView, LearningService } from '../learning.service';
import { TriageRules } from '../triage';
import {
  CreateLearningRequestInput,
  LearningConsultantModel,
  LearningChildModel,
  LearningDashboardModel,
  LearningQueueFilterInput,
  LearningRequestDetailModel,
  LearningRequestModel,
  LearningSettingsInput,
  LearningSettingsModel,
  LearningVocabularyModel,
  MyLearningRequestDetailModel,
  MyLearningRequestModel,
  RetriageLearningRequestInput,
} from './learning.model';

const labels = (map: Record<string, string>) => Object.entries(map).map(([code, label]) => ({ code, label }));

function toModel(r: LearningRequestView): LearningRequestModel {
  return {
    ...r,
    pseudonymous: r.childPseudonym !== null,
    categoryLabel: CATEGORY_LABEL_DA[r.category],
    statusLabel: r.holdReason ? HOLD_REASON_LABEL_DA[r.holdReason] : STATUS_LABEL_DA[r.status],
    outcomeLabel: r.outcome ? OUTCOME_LABEL_DA[r.outcome] : null,
  };
}

/** Only what the requester may see: no risk points, no assignee, no escalation. */
function toMine(r: LearningRequestView): MyLearningRequestModel {
  const m = toModel(r);
  return {
    id: m.id,
    childFirstName: m.childFirstName,
    category: m.category,
    categoryLabel: m.categoryLabel,
    description: m.description,
    urgency: m.urgency,
    status: m.status,
    statusLabel: m.statusLabel,
    holdReason: m.holdReason,
    deadlineAt: m.deadlineAt,
    outcome: m.outcome,
    outcomeLabel: m.outcomeLabel,
    createdAt: m.createdAt,
    resolvedAt: m.resolvedAt,
    version: m.version,
  };
}

const attachment = (a: LearningAttachment) => ({ ...a, downloadPath: `/api/learning/attachments/${a.id}` });
const event = (e: LearningEvent) => ({ ...e, details: e.details ? JSON.stringify(e.details) : null });
const note = (n: LearningNote) => n;

const STATUS_CHANGE_LABEL_DA: Partial<Record<LearningEventType, string>> = {
  [LearningEventType.CREATED]: 'Henvendelsen er modtaget',
  [LearningEventType.ASSIGNED]: 'En læringskonsulent har taget sagen',
  [LearningEventType.RELEASED]: 'Sagen venter igen på en læringskonsulent',
  [LearningEventType.HELD]: 'Sagen afventer',
  [LearningEventType.RESUMED]: 'Sagen er genoptaget',
  [LearningEventType.RESOLVED]: 'Sagen er løst',
  [LearningEventType.CLOSED]: 'Sagen er afsluttet',
  [LearningEventType.REOPENED]: 'Sagen er genåbnet',
};

/** The requester's line for an event: the hold reason and the outcome in words, never who did it. */
function statusChange(e: LearningEvent) {
  const d = e.details ?? {};
  let label = STATUS_CHANGE_LABEL_DA[e.type] ?? e.type;
  if (e.type === LearningEventType.HELD && typeof d.reason === 'string' && d.reason in HOLD_REASON_LABEL_DA)
    label = HOLD_REASON_LABEL_DA[d.reason as LearningHoldReason];
  if (e.type === LearningEventType.RESOLVED && typeof d.outcome === 'string' && d.outcome in OUTCOME_LABEL_DA)
    label = `${label}: ${OUTCOME_LABEL_DA[d.outcome as LearningOutcome]}`;
  return { id: e.id, type: e.type, label, createdAt: e.createdAt };
}

function settingsModel(s: {
  leadUserId: string | null;
  rules: TriageRules;
  version: number;
}): LearningSettingsModel {
  const points = (o: Record<string, number>) => Object.entries(o).map(([code, p]) => ({ code, points: p }));
  return {
    leadUserId: s.leadUserId,
    urgencyPoints: points(s.rules.urgencyPoints),
    categoryPoints: points(s.rules.categoryPoints),
    riskPoints: points(s.rules.riskPoints),
    highAbsencePercent: s.rules.highAbsencePercent,
    highAbsencePoints: s.rules.highAbsencePoints,
    thresholdP1: s.rules.thresholds.P1,
    thresholdP2: s.rules.thresholds.P2,
    thresholdP3: s.rules.thresholds.P3,
    slaHoursP1: s.rules.slaHours.P1,
    slaHoursP2: s.rules.slaHours.P2,
    slaHoursP3: s.rules.slaHours.P3,
    slaHoursP4: s.rules.slaHours.P4,
    reminderHoursBefore: s.rules.reminderHoursBefore,
    version: s.version,
  };
}

/** Unknown codes are left in, so the service's schema check names them instead of silently dropping them. */
function rulesOf(input: LearningSettingsInput): TriageRules {
  const obj = (list: Array<{ code: string; points: number }>) =>
    Object.fromEntries(list.map((p) => [p.code, p.points]));
  return {
    urgencyPoints: obj(input.urgencyPoints) as TriageRules['urgencyPoints'],
    categoryPoints: obj(input.categoryPoints) as TriageRules['categoryPoints'],
    riskPoints: obj(input.riskPoints) as TriageRules['riskPoints'],
    highAbsencePercent: input.highAbsencePercent,
    highAbsencePoints: input.highAbsencePoints,
    thresholds: { P1: input.thresholdP1, P2: input.thresholdP2, P3: input.thresholdP3 },
    slaHours: { P1: input.slaHoursP1, P2: input.slaHoursP2, P3: input.slaHoursP3, P4: input.slaHoursP4 },
    reminderHoursBefore: input.reminderHoursBefore,
  };
}

/** Thin: @Permission checks the role; the service checks the municipality, ownership and the state rules. */
@Resolver()
export class LearningResolver {
  constructor(
    private readonly learning: LearningService,
    private readonly dashboards: LearningDashboardService,
  ) {}

  @Query(() => LearningVocabularyModel, {
    description: 'Emner, prioriteter, statusser og udfald med danske tekster',
  })
  @Permission('learning.vocabulary')
  learningVocabulary(): LearningVocabularyModel {
    return {
      categories: labels(CATEGORY_LABEL_DA),
      urgencies: labels(URGENCY_LABEL_DA),
      riskSignals: labels(RISK_SIGNAL_LABEL_DA),
      priorities: labels(PRIORITY_LABEL_DA),
      statuses: labels(STATUS_LABEL_DA),
      holdReasons: labels(HOLD_REASON_LABEL_DA),
      outcomes: labels(OUTCOME_LABEL_DA),
    };
  }

  // ---- the requester ----

  @Mutation(() => MyLearningRequestModel, { description: 'Spørg læringskonsulenten om et barns skolegang' })
  @Permission('learning.request.create')
  async createLearningRequest(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => CreateLearningRequestInput }) input: CreateLearningRequestInput,
  ) {
    return toMine(await this.learning.create(actor, input));
  }

  @Query(() => [MyLearningRequestModel], { description: 'Mine henvendelser til læringskonsulenten' })
  @Permission('learning.request.mine')
  async myLearningRequests(@CurrentActor() actor: Actor) {
    return (await this.learning.mine(actor)).map(toMine);
  }

  @Query(() => MyLearningRequestDetailModel, { description: 'Min henvendelse med konsulentens svar' })
  @Permission('learning.request.mine')
  async myLearningRequest(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.mineDetail(actor, await this.learning.mineOne(actor, id));
  }

  @Query(() => [LearningChildModel], {
    description: 'Børn man kan spørge om: plejefamiliens egne, eller kommunens for personale',
  })
  @Permission('learning.request.create')
  learningChildren(@CurrentActor() actor: Actor) {
    return this.learning.children(actor);
  }

  @Mutation(() => MyLearningRequestDetailModel, {
    description: 'Skriv til læringskonsulenten på min henvendelse',
  })
  @Permission('learning.request.message')
  async sendLearningRequestMessage(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('body', { type: () => String }) body: string,
  ) {
    return this.mineDetail(actor, await this.learning.addRequesterMessage(actor, id, body));
  }

  // ---- the learning consultants ----

  @Query(() => [LearningRequestModel], { description: 'Køen: prioritet, derefter ventetid' })
  @Permission('learning.queue')
  async learningQueue(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => LearningQueueFilterInput, nullable: true })
    filter?: LearningQueueFilterInput | null,
  ) {
    return (await this.learning.queue(actor, filter ?? {})).map(toModel);
  }

  @Query(() => LearningRequestDetailModel)
  @Permission('learning.request.get')
  async learningRequest(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.detail(await this.learning.get(actor, id));
  }

  @Query(() => [LearningConsultantModel], { description: 'Aktive læringskonsulenter i kommunen' })
  @Permission('learning.queue')
  learningConsultants(@CurrentActor() actor: Actor) {
    return this.learning.consultants(actor);
  }

  @Mutation(() => LearningRequestModel, {
    nullable: true,
    description: 'Tag den næste sag i køen; null når køen er tom',
  })
  @Permission('learning.work')
  async takeNextLearningRequest(@CurrentActor() actor: Actor) {
    const r = await this.learning.takeNext(actor);
    return r ? toModel(r) : null;
  }

  @Mutation(() => LearningRequestModel, {
    description: 'Fordel til en anden læringskonsulent, eller null: tilbage i køen',
  })
  @Permission('learning.work')
  async reassignLearningRequest(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('assigneeId', { type: () => ID, nullable: true }) assigneeId?: string | null,
  ) {
    return toModel(await this.learning.reassign(actor, id, assigneeId ?? null));
  }

  @Mutation(() => LearningRequestModel, { description: 'Afvent skolen eller familien; fristen står stille' })
  @Permission('learning.work')
  async holdLearningRequest(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => LearningHoldReason }) reason: LearningHoldReason,
  ) {
    return toModel(await this.learning.hold(actor, id, reason));
  }

  @Mutation(() => LearningRequestModel)
  @Permission('learning.work')
  async resumeLearningRequest(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return toModel(await this.learning.resume(actor, id));
  }

  @Mutation(() => LearningRequestModel, {
    description: 'Løs sagen med et udfald og evt. et svar til spørgeren',
  })
  @Permission('learning.work')
  async resolveLearningRequest(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('outcome', { type: () => LearningOutcome }) outcome: LearningOutcome,
    @Args('reply', { type: () => String, nullable: true }) reply?: string | null,
  ) {
    return toModel(await this.learning.resolve(actor, id, outcome, reply));
  }

  @Mutation(() => LearningRequestModel)
  @Permission('learning.work')
  async closeLearningRequest(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return toModel(await this.learning.close(actor, id));
  }

  @Mutation(() => LearningRequestModel, { description: 'Genåbn en løst sag med en ny frist' })
  @Permission('learning.work')
  async reopenLearningRequest(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return toModel(await this.learning.reopen(actor, id));
  }

  @Mutation(() => LearningRequestModel, { description: 'Ny prioritet og frist ud fra nye oplysninger' })
  @Permission('learning.work')
  async retriageLearningRequest(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => RetriageLearningRequestInput }) input: RetriageLearningRequestInput,
  ) {
    return toModel(await this.learning.retriage(actor, id, input));
  }

  @Mutation(() => LearningRequestDetailModel, {
    description: 'Intern note (kun konsulenter) eller svar til spørgeren',
  })
  @Permission('learning.work')
  async addLearningNote(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('kind', { type: () => LearningNoteKind }) kind: LearningNoteKind,
    @Args('body', { type: () => String }) body: string,
  ) {
    return this.detail(await this.learning.addNote(actor, id, kind, body));
  }

  @Query(() => LearningDashboardModel)
  @Permission('learning.dashboard')
  async learningDashboard(
    @CurrentActor() actor: Actor,
    @Args('from', { type: () => Date }) from: Date,
    @Args('to', { type: () => Date }) to: Date,
  ) {
    const d = await this.dashboards.dashboard(actor, from, to);
    return { ...d, outcomes: d.outcomes.map((o) => ({ ...o, label: OUTCOME_LABEL_DA[o.outcome] })) };
  }

  @Query(() => LearningSettingsModel)
  @Permission('learning.settings')
  async learningSettings(@CurrentActor() actor: Actor) {
    return settingsModel(await this.learning.settings(actor));
  }

  @Mutation(() => LearningSettingsModel)
  @Permission('learning.settings')
  async saveLearningSettings(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => LearningSettingsInput }) input: LearningSettingsInput,
  ) {
    return settingsModel(
      await this.learning.saveSettings(actor, { leadUserId: input.leadUserId, rules: rulesOf(input) }),
    );
  }

  private detail(d: Awaited<ReturnType<LearningService['get']>>): LearningRequestDetailModel {
    return {
      request: toModel(d.request),
      notes: d.notes.map(note),
      events: d.events.map(event),
      attachments: d.attachments.map(attachment),
    };
  }

  private async mineDetail(
    actor: Actor,
    d: Awaited<ReturnType<LearningService['mineOne']>>,
  ): Promise<MyLearningRequestDetailModel> {
    const timeline = await this.learning.requesterTimeline(actor, d.request.id);
    return {
      timeline: timeline.map(statusChange),
      request: toMine(d.request),
      messages: d.conversation.map((n) => ({
        id: n.id,
        fromConsultant: n.kind === LearningNoteKind.REPLY,
        body: n.body,
        createdAt: n.createdAt,
      })),
      attachments: d.attachments.map(attachment),
    };
  }
}
