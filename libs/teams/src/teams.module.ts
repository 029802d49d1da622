import { Module } from '@nestjs/common';
import { AuditModule } from '@pleje/core';
import { TeamsResolver } from './graphql/teams.resolver';
import { TeamsLinkService } from './teams-link.service';
import { TeamsMessageService } from './teams-message.service';
import { TeamsNotifier } from './teams-notifier';
import { TeamsSsoService } from './sso/teams-sso.service';

/** Only the notifier: for contexts that queue Teams messages (reminder jobs). Needs QueueModule (global). */
@Module({
  providers: [TeamsNotifier],
  exports: [TeamsNotifier],
})
export class TeamsNotifierModule {}

/** Teams linking (code and single sign-on), chat references and proactive message state. Needs CoreModule (database, Redis). */
@Module({
  imports: [AuditModule, TeamsNotifierModule],
  providers: [TeamsLinkService, TeamsMessageService, TeamsSsoService],
  exports: [TeamsLinkService, TeamsMessageService, TeamsSsoService, TeamsNotifierModule],
})
export class TeamsCoreModule {}

/** The api's module: TeamsCoreModule plus the GraphQL operations. */
@Module({
  imports: [TeamsCoreModule],
  providers: [TeamsResolver],
})
export class TeamsModule {}
