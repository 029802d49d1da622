import { Module } from '@nestjs/common';
import { AuditModule } from '@pleje/core';
import { ReliefCalendarFeedController } from './feeds/relief-calendar-feed.controller';
import { ReliefCalendarFeedResolver } from './feeds/relief-calendar-feed.resolver';
import { ReliefCalendarFeedService } from './feeds/relief-calendar-feed.service';
import { ReliefResolver } from './graphql/relief.resolver';
import { ReliefService } from './relief.service';
import { ReliefWindowResolver } from './windows/relief-window.resolver';
import { ReliefWindowService } from './windows/relief-window.service';
import { NotificationsModule } from '@pleje/notifications';
import { TeamsNotifierModule } from '@pleje/teams';

/** Relief (aflastning): providers, grants, search and bookings that never overbook; calendar feeds. */
@Module({
  imports: [AuditModule, NotificationsModule, TeamsNotifierModule],
  controllers: [ReliefCalendarFeedController],
  providers: [
    ReliefService,
    ReliefResolver,
    ReliefCalendarFeedService,
    ReliefCalendarFeedResolver,
    ReliefWindowService,
    ReliefWindowResolver,
  ],
  exports: [ReliefService, ReliefCalendarFeedService, ReliefWindowService],
})
export class ReliefModule {}
