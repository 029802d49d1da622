import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Permission } from '@pleje/core';
import { FaqService } from '../faq.service';
import { FaqAskService } from '../support/faq-ask.service';
import { FaqChannel } from '../support/faq-question.entity';
import {
  FaqAnswerModel,
  FaqEntryInput,
  FaqEntryModel,
  FaqEntryVersionModel,
  FaqSynonymInput,
  FaqSynonymModel,
  UpdateFaqEntryInput,
} from './faq.model';

/** Thin: @Permission checks the role; the services scope to the actor's municipality and validate. */
@Resolver()
export class FaqResolver {
  constructor(
    private readonly faq: FaqService,
    private readonly asking: FaqAskService,
  ) {}

  @Query(() => FaqAnswerModel, { description: 'Bedste svar fra vidensbasen, med sikkerhed og andre bud' })
  @Permission('faq.ask')
  askQuestion(@CurrentActor() actor: Actor, @Args('text', { type: () => String }) text: string) {
    // Through the question log: the improvement report and "Hjalp det?" need the question's id.
    return this.asking.ask(actor, actor.municipalityId, text, FaqChannel.PORTAL);
  }

  @Query(() => [FaqEntryModel])
  @Permission('faq.list')
  faqEntries(
    @CurrentActor() actor: Actor,
    @Args('includeArchived', { type: () => Boolean, defaultValue: false }) includeArchived: boolean,
    @Args('category', { type: () => String, nullable: true }) category?: string | null,
  ) {
    return this.faq.entries(actor, { includeArchived, category });
  }

  @Query(() => [FaqEntryVersionModel], { description: 'Ændringshistorik, nyeste først' })
  @Permission('faq.history')
  faqEntryHistory(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.faq.history(actor, id);
  }

  @Mutation(() => FaqEntryModel)
  @Permission('faq.manage')
  createFaqEntry(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => FaqEntryInput }) input: FaqEntryInput,
  ) {
    return this.faq.create(actor, input);
  }

  @Mutation(() => FaqEntryModel)
  @Permission('faq.manage')
  updateFaqEntry(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => UpdateFaqEntryInput }) input: UpdateFaqEntryInput,
  ) {
    return this.faq.update(actor, input);
  }

  @Mutation(() => FaqEntryModel)
  @Permission('faq.manage')
  archiveFaqEntry(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ) {
    return this.faq.archive(actor, id, version);
  }

  @Query(() => [FaqSynonymModel])
  @Permission('faq.synonym.list')
  faqSynonyms(@CurrentActor() actor: Actor) {
    return this.faq.synonyms(actor);
  }

  @Mutation(() => FaqSynonymModel)
  @Permission('faq.synonym.manage')
  saveFaqSynonym(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => FaqSynonymInput }) input: FaqSynonymInput,
  ) {
    return this.faq.saveSynonym(actor, input);
  }

  @Mutation(() => Boolean)
  @Permission('faq.synonym.manage')
  deleteFaqSynonym(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.faq.deleteSynonym(actor, id);
  }
}
