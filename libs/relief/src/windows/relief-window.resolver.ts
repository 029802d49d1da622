import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Permission } from '@pleje/core';
import { RankedRequest, ReliefWindowService } from './relief-window.service';
import {
  OpenReliefWindowInput,
  RankedReliefWindowRequestModel,
  ReliefRequestWindowModel,
  ReliefWindowRequestModel,
  RequestReliefInWindowInput,
} from './relief-window.model';

const withRank = (rows: RankedRequest[]): RankedReliefWindowRequestModel[] =>
  rows.map((r, i) => ({
    request: r.request,
    rank: r.request.priorityRank ?? i + 1,
    strained: r.strained,
    priorDays: r.priorDays,
  }));

/** Thin: @Permission checks the role; the service checks the municipality and the family side. */
@Resolver()
export class ReliefWindowResolver {
  constructor(private readonly windows: ReliefWindowService) {}

  @Query(() => [ReliefRequestWindowModel], { description: 'Perioder med ønskefrist for aflastning' })
  @Permission('relief.window.list')
  reliefRequestWindows(@CurrentActor() actor: Actor) {
    return this.windows.windows(actor);
  }

  @Query(() => [RankedReliefWindowRequestModel], {
    description: 'Ønskerne i en periode i den rækkefølge, de får plads (en familie ser kun sine egne)',
  })
  @Permission('relief.window.requests')
  async reliefWindowRequests(
    @CurrentActor() actor: Actor,
    @Args('windowId', { type: () => ID }) windowId: string,
  ) {
    return withRank(await this.windows.requests(actor, windowId));
  }

  @Mutation(() => ReliefRequestWindowModel)
  @Permission('relief.window.open')
  openReliefRequestWindow(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => OpenReliefWindowInput }) input: OpenReliefWindowInput,
  ) {
    return this.windows.open(actor, input);
  }

  @Mutation(() => ReliefWindowRequestModel)
  @Permission('relief.window.request')
  requestReliefInWindow(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => RequestReliefInWindowInput }) input: RequestReliefInWindowInput,
  ) {
    return this.windows.request(actor, input);
  }

  @Mutation(() => ReliefWindowRequestModel)
  @Permission('relief.window.request')
  withdrawReliefWindowRequest(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.windows.withdraw(actor, id);
  }

  @Mutation(() => ReliefRequestWindowModel, { description: 'Aflys en åben ønskeperiode' })
  @Permission('relief.window.allocate')
  cancelReliefRequestWindow(
    @CurrentActor() actor: Actor,
    @Args('windowId', { type: () => ID }) windowId: string,
  ) {
    return this.windows.cancel(actor, windowId);
  }

  @Mutation(() => [RankedReliefWindowRequestModel], {
    description: 'Fordel periodens pladser efter behov (én gang)',
  })
  @Permission('relief.window.allocate')
  async allocateReliefWindow(
    @CurrentActor() actor: Actor,
    @Args('windowId', { type: () => ID }) windowId: string,
  ) {
    return withRank(await this.windows.allocate(actor, windowId));
  }
}
