import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Permission } from '@pleje/core';
import { TeamsLinkService } from '../teams-link.service';
import { TeamsLinkCodeModel, TeamsLinkModel } from './teams.model';

/** Thin: @Permission checks the role; the service works on the actor's own account only. */
@Resolver()
export class TeamsResolver {
  constructor(private readonly links: TeamsLinkService) {}

  @Mutation(() => TeamsLinkCodeModel, {
    description: 'Ny engangskode til at forbinde Teams; tidligere ubrugte koder holder op med at virke',
  })
  @Permission('teams.linkCode')
  async createTeamsLinkCode(@CurrentActor() actor: Actor): Promise<TeamsLinkCodeModel> {
    const { code, expiresAt } = await this.links.createLinkCode(actor);
    return { code, expiresAt, instruction: `Skriv 'forbind ${code}' til Plejeportalen i Teams` };
  }

  @Query(() => TeamsLinkModel, { description: 'Status for din forbindelse til Teams' })
  @Permission('teams.status')
  teamsLink(@CurrentActor() actor: Actor): Promise<TeamsLinkModel> {
    return this.links.status(actor);
  }

  @Mutation(() => Boolean, { description: 'Fjerner forbindelsen til Teams; false hvis der ingen var' })
  @Permission('teams.unlink')
  unlinkTeams(@CurrentActor() actor: Actor): Promise<boolean> {
    return this.links.unlink(actor);
  }
}
