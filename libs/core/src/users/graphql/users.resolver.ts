import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../auth/actor';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { Permission } from '../../auth/permission.decorator';
import { Connection } from '../../graphql/pagination';
import { User } from '../user.entity';
import { UsersService } from '../users.service';
import { CreateStaffUserInput } from './dto/create-staff-user.input';
import { UserConnection, UserModel } from './dto/user.model';
import { UsersArgs } from './dto/users.args';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @Query(() => UserModel)
  @Permission('user.me')
  me(@CurrentActor() actor: Actor): Promise<User> {
    return this.service.me(actor);
  }

  @Query(() => UserConnection)
  @Permission('user.list')
  users(@CurrentActor() actor: Actor, @Args() args: UsersArgs): Promise<Connection<User>> {
    return this.service.list(actor, args, args.municipalityId);
  }

  @Query(() => UserModel)
  @Permission('user.get')
  user(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<User> {
    return this.service.get(actor, id);
  }

  @Mutation(() => UserModel)
  @Permission('user.createStaff')
  createStaffUser(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => CreateStaffUserInput }) input: CreateStaffUserInput,
  ): Promise<User> {
    return this.service.createStaff(actor, input);
  }
}
