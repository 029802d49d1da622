import { Args, Field, ID, Mutation, ObjectType, Query, Resolver, registerEnumType } from '@nestjs/graphql';
import { Actor, CurrentActor, Permission } from '@pleje/core';
import { ReliefCalendarFeedOwnerKind } from './relief-calendar-feed.entity';
import { ReliefCalendarFeedService } from './relief-calendar-feed.service';

registerEnumType(ReliefCalendarFeedOwnerKind, { name: 'ReliefCalendarFeedOwnerKind' });

@ObjectType('ReliefCalendarFeed', {
  description: 'Et kalenderabonnement (.ics); linket vises kun ved oprettelsen',
})
export class ReliefCalendarFeedModel {
  @Field(() => ID) id: string;
  @Field(() => ReliefCalendarFeedOwnerKind) ownerKind: ReliefCalendarFeedOwnerKind;
  @Field(() => ID, { description: 'Plejefamiliens eller aflastningsstedets id' }) ownerId: string;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
}

@ObjectType('CreatedReliefCalendarFeed')
export class CreatedReliefCalendarFeedModel {
  @Field(() => ReliefCalendarFeedModel) feed: ReliefCalendarFeedModel;
  @Field(() => String, { description: 'Abonnementslinket med den hemmelige nøgle: vises kun denne ene gang' })
  url: string;
}

/** Thin: @Permission checks the role; the service checks the municipality and whose calendar it is. */
@Resolver()
export class ReliefCalendarFeedResolver {
  constructor(private readonly feeds: ReliefCalendarFeedService) {}

  @Query(() => [ReliefCalendarFeedModel], { description: 'Aktive kalenderabonnementer (uden nøgler)' })
  @Permission('relief.feed.list')
  reliefCalendarFeeds(@CurrentActor() actor: Actor) {
    return this.feeds.list(actor);
  }

  @Mutation(() => CreatedReliefCalendarFeedModel)
  @Permission('relief.feed.manage')
  createReliefCalendarFeed(
    @CurrentActor() actor: Actor,
    @Args('ownerKind', { type: () => ReliefCalendarFeedOwnerKind }) ownerKind: ReliefCalendarFeedOwnerKind,
    @Args('ownerId', { type: () => ID }) ownerId: string,
  ) {
    return this.feeds.create(actor, ownerKind, ownerId);
  }

  @Mutation(() => ReliefCalendarFeedModel)
  @Permission('relief.feed.manage')
  revokeReliefCalendarFeed(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.feeds.revoke(actor, id);
  }
}
