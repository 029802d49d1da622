import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Permission } from '@pleje/core';
import { ReliefService } from '../relief.service';
import {
  BookReliefInput,
  BookReliefSeriesInput,
  MyReliefPlacementModel,
  ReliefBlockedPeriodInput,
  ReliefBookingModel,
  ReliefGrantModel,
  ReliefGrantUsageModel,
  ReliefProviderInput,
  ReliefProviderModel,
  ReliefSearchHitModel,
  ReliefSeriesResultModel,
  ReliefWindowInput,
  SetReliefGrantInput,
} from './relief.model';

/** Thin: @Permission checks the role; the service checks the municipality, the side and the rules. */
@Resolver()
export class ReliefResolver {
  constructor(private readonly relief: ReliefService) {}

  @Query(() => [ReliefSearchHitModel], {
    description: 'Aflastningssteder der kan tage barnet: det kendte sted først',
  })
  @Permission('relief.search')
  reliefSearch(
    @CurrentActor() actor: Actor,
    @Args('placementId', { type: () => ID }) placementId: string,
    @Args('from', { type: () => Date }) from: Date,
    @Args('to', { type: () => Date }) to: Date,
  ) {
    return this.relief.search(actor, placementId, from, to);
  }

  @Query(() => [ReliefBookingModel])
  @Permission('relief.bookings')
  reliefBookings(
    @CurrentActor() actor: Actor,
    @Args('placementId', { type: () => ID, nullable: true }) placementId?: string | null,
    @Args('providerId', { type: () => ID, nullable: true }) providerId?: string | null,
    @Args('from', { type: () => Date, nullable: true }) from?: Date | null,
    @Args('to', { type: () => Date, nullable: true }) to?: Date | null,
  ) {
    return this.relief.bookings(actor, { placementId, providerId, from, to });
  }

  @Query(() => [ReliefBookingModel], { description: 'Akut aflastning der ikke er overstået' })
  @Permission('relief.acute')
  acuteReliefBookings(@CurrentActor() actor: Actor) {
    return this.relief.acuteBookings(actor);
  }

  @Query(() => [ReliefGrantModel])
  @Permission('relief.grant.list')
  reliefGrants(@CurrentActor() actor: Actor, @Args('placementId', { type: () => ID }) placementId: string) {
    return this.relief.grants(actor, placementId);
  }

  @Query(() => [ReliefGrantUsageModel], { description: 'Brugte og resterende døgn pr. anbringelse' })
  @Permission('relief.overview')
  reliefGrantOverview(
    @CurrentActor() actor: Actor,
    @Args('date', { type: () => String, nullable: true }) date?: string | null,
  ) {
    return this.relief.grantOverview(actor, date ?? undefined);
  }

  @Query(() => [MyReliefPlacementModel], {
    description: 'Plejefamiliens egne anbragte børn med bevilling og brugte og resterende døgn',
  })
  @Permission('relief.mine')
  myReliefPlacements(
    @CurrentActor() actor: Actor,
    @Args('date', { type: () => String, nullable: true }) date?: string | null,
  ) {
    return this.relief.myPlacements(actor, date ?? undefined);
  }

  @Query(() => [ReliefProviderModel])
  @Permission('relief.provider.list')
  reliefProviders(@CurrentActor() actor: Actor) {
    return this.relief.providers(actor);
  }

  @Mutation(() => ReliefBookingModel)
  @Permission('relief.book')
  bookRelief(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => BookReliefInput }) input: BookReliefInput,
  ) {
    return this.relief.book(actor, input);
  }

  @Mutation(() => ReliefSeriesResultModel, {
    description: 'Bestil en fast serie; datoer der ikke kunne bookes listes med årsag',
  })
  @Permission('relief.book')
  bookReliefSeries(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => BookReliefSeriesInput }) input: BookReliefSeriesInput,
  ) {
    return this.relief.bookSeries(actor, input);
  }

  @Mutation(() => ReliefBookingModel)
  @Permission('relief.respond')
  confirmRelief(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.relief.confirm(actor, id);
  }

  @Mutation(() => ReliefBookingModel)
  @Permission('relief.respond')
  declineRelief(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
  ) {
    return this.relief.decline(actor, id, reason);
  }

  @Mutation(() => ReliefBookingModel)
  @Permission('relief.cancel')
  cancelRelief(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
  ) {
    return this.relief.cancel(actor, id, reason);
  }

  @Mutation(() => ReliefBookingModel)
  @Permission('relief.complete')
  completeRelief(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.relief.complete(actor, id);
  }

  @Mutation(() => ReliefGrantModel)
  @Permission('relief.grant.set')
  setReliefGrant(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => SetReliefGrantInput }) input: SetReliefGrantInput,
  ) {
    return this.relief.setGrant(actor, input);
  }

  @Mutation(() => ReliefProviderModel)
  @Permission('relief.provider.manage')
  saveReliefProvider(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => ReliefProviderInput }) input: ReliefProviderInput,
  ) {
    return this.relief.saveProvider(actor, input);
  }

  @Mutation(() => ReliefProviderModel)
  @Permission('relief.provider.manage')
  setReliefAvailability(
    @CurrentActor() actor: Actor,
    @Args('providerId', { type: () => ID }) providerId: string,
    @Args('windows', { type: () => [ReliefWindowInput] }) windows: ReliefWindowInput[],
  ) {
    return this.relief.setAvailability(actor, providerId, windows);
  }

  @Mutation(() => ReliefProviderModel)
  @Permission('relief.blocked.manage')
  addReliefBlockedPeriod(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => ReliefBlockedPeriodInput }) input: ReliefBlockedPeriodInput,
  ) {
    return this.relief.addBlockedPeriod(actor, input);
  }

  @Mutation(() => ReliefProviderModel)
  @Permission('relief.blocked.manage')
  removeReliefBlockedPeriod(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.relief.removeBlockedPeriod(actor, id);
  }
}
