import { Module } from '@nestjs/common';
import { AuditModule } from '@pleje/core';
import { NotificationsModule } from '@pleje/notifications';
import { PeerGroupsResolver } from './graphql/peer-groups.resolver';
import { PeerCompositionService } from './peer-composition.service';
import { PeerGroupsService } from './peer-groups.service';
import { PeerSessionsService } from './peer-sessions.service';

/** Network groups (netværksgrupper): composition, consent, waitlist, sessions, attendance and metrics. */
@Module({
  imports: [AuditModule, NotificationsModule],
  providers: [PeerGroupsService, PeerSessionsService, PeerCompositionService, PeerGroupsResolver],
  exports: [PeerGroupsService, PeerSessionsService, PeerCompositionService],
})
export class PeerGroupsModule {}
