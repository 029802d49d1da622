import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Permission } from '@pleje/core';
import { CalendarInvitationService } from '../calendar-invitation.service';
import { HomeVisitsService } from '../home-visits.service';
import { RecruitmentEventsService } from '../recruitment-events.service';
import {
  CalendarInvitationArgs,
  CancelRecruitmentEventArgs,
  CreateRecruitmentEventInput,
  RecordAttendanceArgs,
  RecruitmentEventsArgs,
  RescheduleHomeVisitInput,
  ScheduleHomeVisitInput,
  StaffRecruitmentEventsArgs,
  UpdateRecruitmentEventInput,
} from './dto/recruitment-event.input';
import {
  HomeVisitModel,
  RecruitmentCalendarModel,
  RecruitmentEventModel,
  RecruitmentEventSignupModel,
  StaffRecruitmentEventModel,
} from './dto/recruitment-event.model';

@Resolver()
export class RecruitmentEventsResolver {
  constructor(private readonly events: RecruitmentEventsService) {}

  @Query(() => [RecruitmentEventModel])
  @Permission('recruitmentEvent.listPublic')
  recruitmentEvents(@Args() args: RecruitmentEventsArgs): Promise<RecruitmentEventModel[]> {
    return this.events.listPublic(args.municipalityId, args.kind);
  }

  @Query(() => RecruitmentCalendarModel)
  @Permission('recruitmentEvent.mine')
  myRecruitmentCalendar(@CurrentActor() actor: Actor): Promise<RecruitmentCalendarModel> {
    return this.events.myCalendar(actor);
  }

  @Mutation(() => RecruitmentEventSignupModel)
  @Permission('recruitmentEvent.signUp')
  signUpForRecruitmentEvent(
    @CurrentActor() actor: Actor,
    @Args('eventId', { type: () => ID }) eventId: string,
  ): Promise<RecruitmentEventSignupModel> {
    return this.events.signUp(actor, eventId);
  }

  @Mutation(() => Boolean)
  @Permission('recruitmentEvent.cancelSignup')
  cancelRecruitmentEventSignup(
    @CurrentActor() actor: Actor,
    @Args('eventId', { type: () => ID }) eventId: string,
  ): Promise<boolean> {
    return this.events.cancelSignup(actor, eventId);
  }

  @Query(() => [StaffRecruitmentEventModel])
  @Permission('recruitmentEvent.list')
  staffRecruitmentEvents(
    @CurrentActor() actor: Actor,
    @Args() args: StaffRecruitmentEventsArgs,
  ): Promise<StaffRecruitmentEventModel[]> {
    return this.events.staffList(actor, args.from, args.kind);
  }

  @Mutation(() => RecruitmentEventModel)
  @Permission('recruitmentEvent.manage')
  createRecruitmentEvent(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => CreateRecruitmentEventInput }) input: CreateRecruitmentEventInput,
  ): Promise<RecruitmentEventModel> {
    return this.events.create(actor, input);
  }

  @Mutation(() => RecruitmentEventModel)
  @Permission('recruitmentEvent.manage')
  updateRecruitmentEvent(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => UpdateRecruitmentEventInput }) input: UpdateRecruitmentEventInput,
  ): Promise<RecruitmentEventModel> {
    return this.events.update(actor, input);
  }

  @Mutation(() => RecruitmentEventModel)
  @Permission('recruitmentEvent.manage')
  cancelRecruitmentEvent(
    @CurrentActor() actor: Actor,
    @Args() args: CancelRecruitmentEventArgs,
  ): Promise<RecruitmentEventModel> {
    return this.events.cancel(actor, args.id, args.reason);
  }

  @Mutation(() => RecruitmentEventSignupModel)
  @Permission('recruitmentEvent.attendance')
  recordRecruitmentEventAttendance(
    @CurrentActor() actor: Actor,
    @Args() args: RecordAttendanceArgs,
  ): Promise<RecruitmentEventSignupModel> {
    return this.events.recordAttendance(actor, args.eventId, args.applicationId, args.attended);
  }

  @Query(() => RecruitmentCalendarModel)
  @Permission('application.get')
  applicationCalendar(
    @CurrentActor() actor: Actor,
    @Args('applicationId', { type: () => ID }) applicationId: string,
  ): Promise<RecruitmentCalendarModel> {
    return this.events.applicationCalendar(actor, applicationId);
  }
}

@Resolver()
export class HomeVisitsResolver {
  constructor(
    private readonly visits: HomeVisitsService,
    private readonly calendar: CalendarInvitationService,
  ) {}

  @Mutation(() => HomeVisitModel)
  @Permission('homeVisit.manage')
  scheduleHomeVisit(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => ScheduleHomeVisitInput }) input: ScheduleHomeVisitInput,
  ): Promise<HomeVisitModel> {
    return this.visits.schedule(actor, input);
  }

  @Mutation(() => HomeVisitModel)
  @Permission('homeVisit.manage')
  rescheduleHomeVisit(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => RescheduleHomeVisitInput }) input: RescheduleHomeVisitInput,
  ): Promise<HomeVisitModel> {
    return this.visits.reschedule(actor, input);
  }

  @Mutation(() => HomeVisitModel)
  @Permission('homeVisit.manage')
  cancelHomeVisit(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<HomeVisitModel> {
    return this.visits.cancel(actor, id);
  }

  @Mutation(() => HomeVisitModel)
  @Permission('homeVisit.manage')
  completeHomeVisit(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<HomeVisitModel> {
    return this.visits.complete(actor, id);
  }

  /** The .ics text for the portal's "Læg i kalender" download. */
  @Query(() => String)
  @Permission('calendar.invitation')
  calendarInvitation(@CurrentActor() actor: Actor, @Args() args: CalendarInvitationArgs): Promise<string> {
    return this.calendar.invitation(actor, args.kind, args.id);
  }
}
