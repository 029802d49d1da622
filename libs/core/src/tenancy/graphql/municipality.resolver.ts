import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../auth/actor';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { Permission } from '../../auth/permission.decorator';
import { Connection, PageArgs } from '../../graphql/pagination';
import { Municipality } from '../municipality.entity';
import { MunicipalitiesService } from '../municipalities.service';
import { CreateMunicipalityInput } from './dto/create-municipality.input';
import { MunicipalityConnection, MunicipalityModel } from './dto/municipality.model';

@Resolver(() => MunicipalityModel)
export class MunicipalityResolver {
  constructor(private readonly service: MunicipalitiesService) {}

  @Query(() => MunicipalityConnection)
  @Permission('municipality.list')
  municipalities(@CurrentActor() actor: Actor, @Args() page: PageArgs): Promise<Connection<Municipality>> {
    return this.service.list(actor, page);
  }

  @Mutation(() => MunicipalityModel)
  @Permission('municipality.create')
  createMunicipality(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => CreateMunicipalityInput }) input: CreateMunicipalityInput,
  ): Promise<Municipality> {
    return this.service.create(actor, input);
  }
}
