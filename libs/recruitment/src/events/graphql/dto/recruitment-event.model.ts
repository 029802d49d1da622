import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RecruitmentEventKind } from '../../../recruitment-event.entity';

registerEnumType(RecruitmentEventKind, { name: 'RecruitmentEventKind' });

/** What a calendar download is about: an information meeting or course day, or a home visit. */
export enum CalendarItemKind {
  EVENT = 'EVENT',
  HOME_VISIT = 'HOME_VISIT',
}
registerEnumType(CalendarItemKind, { name: 'CalendarItemKind' });

/** Public: shown to anyone choosing a date, so it holds no personal data. */
@ObjectType('RecruitmentEvent')
export class RecruitmentEventModel {
  @Field(() => ID)
  id: string;

  @Field(() => RecruitmentEventKind)
  kind: RecruitmentEventKind;

  @Field(() => String)
  title: string;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field(() => String)
  place: string;

  @Field(() => Int)
  capacity: number;

  @Field(() => Int)
  seatsLeft: number;

  @Field(() => String)
  description: string;

  @Field(() => Boolean)
  cancelled: boolean;

  @Field(() => String, { nullable: true, description: 'Hvorfor det er aflyst (skrevet til de tilmeldte)' })
  cancelReason: string | null;
}

@ObjectType('RecruitmentEventSignup')
export class RecruitmentEventSignupModel {
  @Field(() => ID)
  id: string;

  @Field(() => RecruitmentEventModel)
  event: RecruitmentEventModel;

  /** null until the consultant records attendance. */
  @Field(() => Boolean, { nullable: true })
  attended: boolean | null;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType('HomeVisit')
export class HomeVisitModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  applicationId: string;

  @Field(() => Int)
  number: number;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field(() => String)
  note: string;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  @Field(() => Date, { nullable: true })
  cancelledAt: Date | null;
}

@ObjectType('StaffEventSignup')
export class StaffEventSignupModel {
  @Field(() => ID)
  applicationId: string;

  /** The applicants' first names ("Anna og Bo"): enough to recognise the household on the list. */
  @Field(() => String)
  applicantName: string;

  @Field(() => Boolean, { nullable: true })
  attended: boolean | null;
}

@ObjectType('StaffRecruitmentEvent')
export class StaffRecruitmentEventModel {
  @Field(() => RecruitmentEventModel)
  event: RecruitmentEventModel;

  @Field(() => [StaffEventSignupModel])
  signups: StaffEventSignupModel[];
}

@ObjectType('MyRecruitmentCalendar')
export class RecruitmentCalendarModel {
  @Field(() => [RecruitmentEventSignupModel])
  signups: RecruitmentEventSignupModel[];

  @Field(() => [HomeVisitModel])
  homeVisits: HomeVisitModel[];
}
