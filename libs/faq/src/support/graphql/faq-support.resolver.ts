import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Permission } from '@pleje/core';
import { FaqOwnerTeam } from '../../faq-entry.entity';
import { FaqAskService } from '../faq-ask.service';
import { FaqEntryModel } from '../../graphql/faq.model';
import { FaqReportService } from '../faq-report.service';
import { FaqSuggestionService } from '../faq-suggestion.service';
import { TEAM_LABEL_DA } from '../faq-teams';
import { FaqTicket, FaqTicketStatus } from '../faq-ticket.entity';
import { FaqTicketService, FaqTicketView } from '../faq-ticket.service';
import {
  AskConsultantInput,
  FaqConsultantModel,
  FaqEntryFromTicketModel,
  FaqFeedbackModel,
  FaqImprovementReportModel,
  FaqPhrasingSuggestionModel,
  FaqTicketModel,
  MyFaqTicketModel,
} from './faq-support.model';

function toModel(t: FaqTicketView, actor: Actor): FaqTicketModel {
  return {
    ...t,
    teamLabel: TEAM_LABEL_DA[t.team],
    assignedToMe: t.assigneeId === actor.userId,
  };
}

/** Only what the asker may see: the question, the status and the answer; not who in the team handled it. */
function toMine(t: FaqTicket): MyFaqTicketModel {
  return {
    id: t.id,
    status: t.status,
    team: t.team,
    teamLabel: TEAM_LABEL_DA[t.team],
    question: t.question,
    answer: t.answer,
    createdAt: t.createdAt,
    answeredAt: t.answeredAt,
    closedAt: t.closedAt,
  };
}

/** Thin: @Permission checks the role; the services scope to the municipality and the actor's team. */
@Resolver()
export class FaqSupportResolver {
  constructor(
    private readonly asking: FaqAskService,
    private readonly tickets: FaqTicketService,
    private readonly reports: FaqReportService,
    private readonly suggestions: FaqSuggestionService,
  ) {}

  @Mutation(() => FaqFeedbackModel, { description: '"Hjalp det?" – 👍/👎 fra den, der spurgte' })
  @Permission('faq.ask')
  rateFaqAnswer(
    @CurrentActor() actor: Actor,
    @Args('questionId', { type: () => ID }) questionId: string,
    @Args('helpful', { type: () => Boolean }) helpful: boolean,
    @Args('entryId', { type: () => ID }) entryId: string,
  ) {
    return this.asking.rate(actor, questionId, entryId, helpful);
  }

  @Mutation(() => MyFaqTicketModel, { description: 'Spørg en konsulent' })
  @Permission('faq.ticket.ask')
  async askConsultant(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => AskConsultantInput }) input: AskConsultantInput,
  ) {
    return toMine(await this.tickets.ask(actor, input));
  }

  @Query(() => [MyFaqTicketModel], { description: 'Mine spørgsmål til en konsulent, nyeste først' })
  @Permission('faq.ticket.ask')
  async myFaqTickets(@CurrentActor() actor: Actor) {
    return (await this.tickets.mine(actor)).map(toMine);
  }

  @Query(() => [FaqTicketModel], { description: 'Henvendelser til mit team; uden status: de ulukkede' })
  @Permission('faq.ticket.queue')
  async faqTickets(
    @CurrentActor() actor: Actor,
    @Args('status', { type: () => FaqTicketStatus, nullable: true }) status?: FaqTicketStatus | null,
    @Args('team', { type: () => FaqOwnerTeam, nullable: true }) team?: FaqOwnerTeam | null,
  ) {
    return (await this.tickets.queue(actor, { status, team })).map((t) => toModel(t, actor));
  }

  @Query(() => [FaqConsultantModel], { description: 'Konsulenter der svarer for teamet' })
  @Permission('faq.ticket.queue')
  faqTicketConsultants(
    @CurrentActor() actor: Actor,
    @Args('team', { type: () => FaqOwnerTeam }) team: FaqOwnerTeam,
  ) {
    return this.tickets.consultants(actor, team);
  }

  @Mutation(() => FaqTicketModel)
  @Permission('faq.ticket.work')
  async takeFaqTicket(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return toModel(await this.tickets.take(actor, id), actor);
  }

  @Mutation(() => FaqTicketModel, { description: 'Til en konsulent i teamet, eller tilbage i køen (tom)' })
  @Permission('faq.ticket.work')
  async assignFaqTicket(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('assigneeId', { type: () => ID, nullable: true }) assigneeId?: string | null,
  ) {
    return toModel(await this.tickets.assign(actor, id, assigneeId ?? null), actor);
  }

  @Mutation(() => FaqTicketModel)
  @Permission('faq.ticket.work')
  async answerFaqTicket(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('answer', { type: () => String }) answer: string,
  ) {
    return toModel(await this.tickets.answer(actor, id, answer), actor);
  }

  @Mutation(() => FaqTicketModel)
  @Permission('faq.ticket.work')
  async closeFaqTicket(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return toModel(await this.tickets.close(actor, id), actor);
  }

  @Mutation(() => FaqEntryFromTicketModel, { description: 'Gem som nyt spørgsmål i vidensbasen' })
  @Permission('faq.ticket.work')
  async createFaqEntryFromTicket(
    @CurrentActor() actor: Actor,
    @Args('ticketId', { type: () => ID }) ticketId: string,
  ) {
    const { ticket, entry } = await this.tickets.createEntry(actor, ticketId);
    return { ticket: toModel(ticket, actor), entry };
  }

  @Query(() => FaqImprovementReportModel, {
    description: 'Ubesvarede spørgsmål og svar med 👎, samlet under det nærmeste spørgsmål i vidensbasen',
  })
  @Permission('faq.report')
  faqImprovementReport(
    @CurrentActor() actor: Actor,
    @Args('from', { type: () => Date }) from: Date,
    @Args('to', { type: () => Date }) to: Date,
  ) {
    return this.reports.improvementReport(actor, from, to);
  }

  @Query(() => [FaqPhrasingSuggestionModel], {
    description: 'Forældres egne ord for et svar, søgningen var usikker på: forslag til nye formuleringer',
  })
  @Permission('faq.report')
  faqPhrasingSuggestions(@CurrentActor() actor: Actor) {
    return this.suggestions.suggestions(actor);
  }

  @Mutation(() => FaqEntryModel, {
    description: 'Tilføjer forslaget (eller konsulentens omskrivning af det) som formulering til spørgsmålet',
  })
  @Permission('faq.manage')
  acceptFaqPhrasing(
    @CurrentActor() actor: Actor,
    @Args('questionId', { type: () => ID }) questionId: string,
    @Args('text', { type: () => String, nullable: true }) text?: string | null,
  ) {
    return this.suggestions.accept(actor, questionId, text);
  }

  @Mutation(() => Boolean, { description: 'Afviser forslaget; det vises ikke igen' })
  @Permission('faq.manage')
  dismissFaqPhrasing(
    @CurrentActor() actor: Actor,
    @Args('questionId', { type: () => ID }) questionId: string,
  ) {
    return this.suggestions.dismiss(actor, questionId);
  }
}
