import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsBoolean,
  IsDate,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { RecruitmentEventKind } from '../../../recruitment-event.entity';
import { CalendarItemKind } from './recruitment-event.model';

const TITLE = 'Skriv en titel på højst 200 tegn.';
const PLACE = 'Skriv et sted på højst 300 tegn.';
const CAPACITY = 'Antal pladser skal være et helt tal mellem 1 og 500.';
const DESCRIPTION = 'Beskrivelsen må højst være 2000 tegn.';
const STARTS = 'Vælg et starttidspunkt.';
const ENDS = 'Vælg et sluttidspunkt.';
const NOTE = 'Noten må højst være 500 tegn.';

@ArgsType()
export class RecruitmentEventsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Vælg en kommune.' })
  municipalityId: string;

  @Field(() => RecruitmentEventKind, { nullable: true })
  @IsOptional()
  @IsEnum(RecruitmentEventKind, { message: 'Vælg en type arrangement.' })
  kind?: RecruitmentEventKind | null;
}

@ArgsType()
export class StaffRecruitmentEventsArgs {
  /** Default: 30 days ago, so recent events stay on the list while attendance is recorded. */
  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate({ message: 'Vælg en gyldig dato.' })
  from?: Date | null;

  @Field(() => RecruitmentEventKind, { nullable: true })
  @IsOptional()
  @IsEnum(RecruitmentEventKind, { message: 'Vælg en type arrangement.' })
  kind?: RecruitmentEventKind | null;
}

@InputType()
export class CreateRecruitmentEventInput {
  @Field(() => RecruitmentEventKind)
  @IsEnum(RecruitmentEventKind, { message: 'Vælg en type arrangement.' })
  kind: RecruitmentEventKind;

  @Field(() => String)
  @IsString({ message: TITLE })
  @MaxLength(200, { message: TITLE })
  title: string;

  @Field(() => Date)
  @IsDate({ message: STARTS })
  startsAt: Date;

  @Field(() => Date)
  @IsDate({ message: ENDS })
  endsAt: Date;

  @Field(() => String)
  @IsString({ message: PLACE })
  @MaxLength(300, { message: PLACE })
  place: string;

  @Field(() => Int)
  @IsInt({ message: CAPACITY })
  @Min(1, { message: CAPACITY })
  @Max(500, { message: CAPACITY })
  capacity: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: DESCRIPTION })
  @MaxLength(2000, { message: DESCRIPTION })
  description?: string | null;
}

/** Only the fields given change; the kind cannot change once applicants may have signed up by it. */
@InputType()
export class UpdateRecruitmentEventInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Arrangementet findes ikke.' })
  id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: TITLE })
  @MaxLength(200, { message: TITLE })
  title?: string | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate({ message: STARTS })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate({ message: ENDS })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: PLACE })
  @MaxLength(300, { message: PLACE })
  place?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: CAPACITY })
  @Min(1, { message: CAPACITY })
  @Max(500, { message: CAPACITY })
  capacity?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: DESCRIPTION })
  @MaxLength(2000, { message: DESCRIPTION })
  description?: string | null;
}

@ArgsType()
export class CancelRecruitmentEventArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Arrangementet findes ikke.' })
  id: string;

  @Field(() => String)
  @IsString({ message: 'Skriv en begrundelse.' })
  @MaxLength(500, { message: 'Begrundelsen må højst være 500 tegn.' })
  reason: string;
}

@ArgsType()
export class RecordAttendanceArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Arrangementet findes ikke.' })
  eventId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Ansøgningen findes ikke.' })
  applicationId: string;

  @Field(() => Boolean)
  @IsBoolean({ message: 'Angiv om ansøgerne deltog.' })
  attended: boolean;
}

@InputType()
export class ScheduleHomeVisitInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ansøgningen findes ikke.' })
  applicationId: string;

  @Field(() => Int)
  @IsInt({ message: 'Vælg 1. eller 2. hjemmebesøg.' })
  @IsIn([1, 2], { message: 'Vælg 1. eller 2. hjemmebesøg.' })
  number: number;

  @Field(() => Date)
  @IsDate({ message: STARTS })
  startsAt: Date;

  @Field(() => Date)
  @IsDate({ message: ENDS })
  endsAt: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: NOTE })
  @MaxLength(500, { message: NOTE })
  note?: string | null;
}

@InputType()
export class RescheduleHomeVisitInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Hjemmebesøget findes ikke.' })
  id: string;

  @Field(() => Date)
  @IsDate({ message: STARTS })
  startsAt: Date;

  @Field(() => Date)
  @IsDate({ message: ENDS })
  endsAt: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: NOTE })
  @MaxLength(500, { message: NOTE })
  note?: string | null;
}

@ArgsType()
export class CalendarInvitationArgs {
  @Field(() => CalendarItemKind)
  @IsEnum(CalendarItemKind, { message: 'Vælg en type aftale.' })
  kind: CalendarItemKind;

  @Field(() => ID)
  @IsUUID('all', { message: 'Aftalen findes ikke.' })
  id: string;
}
