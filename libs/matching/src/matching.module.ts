import { Module } from '@nestjs/common';
import { AuditModule } from '@pleje/core';
import { FamilyProfilesService } from './family-profiles.service';
import { MatchingResolver } from './graphql/matching.resolver';
import { MatchingService } from './matching.service';
import { NeedsService } from './needs.service';
import { NetworkService } from './network.service';
import { PlacementsService } from './placements.service';

/** Matching: placement needs, explained rankings, exact batch proposals, placements and their outcomes. */
@Module({
  imports: [AuditModule],
  providers: [
    NeedsService,
    MatchingService,
    NetworkService,
    PlacementsService,
    FamilyProfilesService,
    MatchingResolver,
  ],
  exports: [NeedsService, MatchingService, NetworkService, PlacementsService, FamilyProfilesService],
})
export class MatchingModule {}
