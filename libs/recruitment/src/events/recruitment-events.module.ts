import { Module } from '@nestjs/common';
import { AuditModule } from '@pleje/core';
import { NotificationsModule } from '@pleje/notifications';
import { CalendarInvitationService } from './calendar-invitation.service';
import { HomeVisitsResolver, RecruitmentEventsResolver } from './graphql/recruitment-events.resolver';
import { HomeVisitsService } from './home-visits.service';
import { RecruitmentEventsService } from './recruitment-events.service';

/** Information meetings, grundkursus sessions and home visits, with calendar invitations. */
@Module({
  imports: [AuditModule, NotificationsModule],
  providers: [
    RecruitmentEventsService,
    HomeVisitsService,
    CalendarInvitationService,
    RecruitmentEventsResolver,
    HomeVisitsResolver,
  ],
  exports: [RecruitmentEventsService, HomeVisitsService, CalendarInvitationService],
})
export class RecruitmentEventsModule {}
