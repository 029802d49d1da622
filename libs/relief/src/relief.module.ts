import { Module } from '@nestjs/common';
import { AuditModule } from '@pleje/core';
import { ReliefCalendarFeedController } from './feeds/relief-calendar-feed.controller';
import { ReliefCalendarFeedResolver } from './feeds/relief-calendar-feed.resolver';
import { ReliefCalendarFeedService } from './feeds/relief-calendar-feed.service';
import { ReliefResolver } from './graphql/relief.resolver';
import { ReliefService } from './relief.service';

/** Relief (aflastning): providers, grants, search and bookings that never overbook; calendar feeds. */
@Module({
  imports: [AuditModule],
  controllers: [ReliefCalendarFeedController],
  providers: [ReliefService, ReliefResolver, ReliefCalendarFeedService, ReliefCalendarFeedResolver],
  exports: [ReliefService, ReliefCalendarFeedService],
})
export class ReliefModule {}
