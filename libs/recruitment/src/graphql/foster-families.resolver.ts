import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Permission } from '@pleje/core';
import { FosterFamiliesService } from '../foster-families.service';
import {
  FosterFamiliesArgs,
  FosterFamilyConnection,
  FosterFamilyModel,
  UpdateFosterFamilyInput,
  UpdateVacanciesInput,
} from './dto/foster-family.model';

@Resolver(() => FosterFamilyModel)
export class FosterFamiliesResolver {
  constructor(private readonly families: FosterFamiliesService) {}

  @Query(() => FosterFamilyConnection)
  @Permission('fosterFamily.list')
  fosterFamilies(@CurrentActor() actor: Actor, @Args() args: FosterFamiliesArgs) {
    return this.families.list(actor, args, args.withVacancies ?? false);
  }

  @Query(() => FosterFamilyModel)
  @Permission('fosterFamily.get')
  fosterFamily(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.families.get(actor, id);
  }

  @Query(() => FosterFamilyModel, { nullable: true })
  @Permission('fosterFamily.mine')
  myFosterFamily(@CurrentActor() actor: Actor) {
    return this.families.mine(actor);
  }

  @Mutation(() => FosterFamilyModel)
  @Permission('fosterFamily.updateVacancies')
  updateFosterFamilyVacancies(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => UpdateVacanciesInput }) input: UpdateVacanciesInput,
  ) {
    return this.families.updateVacancies(actor, input.id, input.expectedVersion, input.vacancies);
  }

  @Mutation(() => FosterFamilyModel)
  @Permission('fosterFamily.update')
  updateFosterFamily(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => UpdateFosterFamilyInput }) input: UpdateFosterFamilyInput,
  ) {
    return this.families.update(actor, input);
  }
}
