import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { ReliefBookingStatus } from '../relief-booking.entity';
import { ReliefGrantPeriod } from '../relief-grant.entity';
import { ReliefProviderKind } from '../relief-provider.entity';

registerEnumType(ReliefBookingStatus, { name: 'ReliefBookingStatus' });
registerEnumType(ReliefGrantPeriod, { name: 'ReliefGrantPeriod' });
registerEnumType(ReliefProviderKind, { name: 'ReliefProviderKind' });

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

@ObjectType('ReliefAvailabilityWindow')
export class ReliefAvailabilityModel {
  @Field(() => Int, { description: 'ISO-ugedag: 1 = mandag … 7 = søndag' }) weekday: number;
  @Field(() => String) startTime: string;
  @Field(() => String) endTime: string;
}

@ObjectType('ReliefBlockedPeriod')
export class ReliefBlockedPeriodModel {
  @Field(() => ID) id: string;
  @Field(() => String) fromDate: string;
  @Field(() => String) toDate: string;
  @Field(() => String) reason: string;
}

@ObjectType('ReliefProvider')
export class ReliefProviderModel {
  @Field(() => ID) id: string;
  @Field(() => ReliefProviderKind) kind: ReliefProviderKind;
  @Field(() => ID, { nullable: true }) fosterFamilyId: string | null;
  @Field(() => String) name: string;
  @Field(() => Int) capacity: number;
  @Field(() => Int) ageMin: number;
  @Field(() => Int) ageMax: number;
  @Field(() => [String]) needsExcluded: string[];
  @Field(() => Float, { nullable: true }) lat: number | null;
  @Field(() => Float, { nullable: true }) lon: number | null;
  @Field(() => Boolean) active: boolean;
  @Field(() => [ReliefAvailabilityModel], { nullable: true }) availability?: ReliefAvailabilityModel[];
  @Field(() => [ReliefBlockedPeriodModel], { nullable: true }) blockedPeriods?: ReliefBlockedPeriodModel[];
  @Field(() => Int) version: number;
}

@ObjectType('ReliefBooking')
export class ReliefBookingModel {
  @Field(() => ID) id: string;
  @Field(() => ID) placementId: string;
  @Field(() => ID) providerId: string;
  @Field(() => ReliefProviderModel, { nullable: true }) provider?: ReliefProviderModel;
  @Field(() => Date) startsAt: Date;
  @Field(() => Date) endsAt: Date;
  @Field(() => Int, { description: 'Døgn der tælles mod bevillingen' }) days: number;
  @Field(() => ReliefBookingStatus) status: ReliefBookingStatus;
  @Field(() => Boolean) acute: boolean;
  @Field(() => ID, { nullable: true }) seriesId: string | null;
  @Field(() => String, { nullable: true }) overrideReason: string | null;
  @Field(() => String, { nullable: true }) statusReason: string | null;
  @Field(() => String, { nullable: true, description: 'Familiens besked til aflastningsstedet' })
  note: string | null;
  @Field(() => Date) requestedAt: Date;
  @Field(() => Date, { nullable: true }) confirmedAt: Date | null;
  @Field(() => Date, { nullable: true }) declinedAt: Date | null;
  @Field(() => Date, { nullable: true }) cancelledAt: Date | null;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
}

@ObjectType('ReliefSearchHit')
export class ReliefSearchHitModel {
  @Field(() => ReliefProviderModel) provider: ReliefProviderModel;
  @Field(() => Int, { description: 'Tidligere ophold hos stedet (kontinuitet)' }) continuity: number;
  @Field(() => Int) fit: number;
  @Field(() => Float, { nullable: true }) distanceKm: number | null;
}

@ObjectType('ReliefSeriesConflict')
export class ReliefSeriesConflictModel {
  @Field(() => Date) startsAt: Date;
  @Field(() => Date) endsAt: Date;
  @Field(() => String) code: string;
  @Field(() => String) message: string;
}

@ObjectType('ReliefSeriesResult')
export class ReliefSeriesResultModel {
  @Field(() => ID) seriesId: string;
  @Field(() => [ReliefBookingModel]) booked: ReliefBookingModel[];
  @Field(() => [ReliefSeriesConflictModel]) conflicts: ReliefSeriesConflictModel[];
}

@ObjectType('ReliefGrant')
export class ReliefGrantModel {
  @Field(() => ID) id: string;
  @Field(() => ID) placementId: string;
  @Field(() => Int) daysPerPeriod: number;
  @Field(() => ReliefGrantPeriod) period: ReliefGrantPeriod;
  @Field(() => String) validFrom: string;
  @Field(() => String, { nullable: true }) validTo: string | null;
  @Field(() => Boolean, { description: 'Belastet anbringelse' }) strained: boolean;
}

@ObjectType('ReliefGrantUsage')
export class ReliefGrantUsageModel {
  @Field(() => ID) placementId: string;
  @Field(() => ReliefGrantModel, { nullable: true }) grant: ReliefGrantModel | null;
  @Field(() => String, { nullable: true }) periodFrom: string | null;
  @Field(() => String, { nullable: true }) periodTo: string | null;
  @Field(() => Int) daysUsed: number;
  @Field(() => Int, { nullable: true }) daysLeft: number | null;
}

@ObjectType('MyReliefPlacement', {
  description: 'Et af familiens anbragte børn med bevilling og brugte og resterende døgn',
})
export class MyReliefPlacementModel extends ReliefGrantUsageModel {
  @Field(() => [String], { description: 'Kun fornavne' }) childFirstNames: string[];
}

@InputType()
export class BookReliefInput {
  @Field(() => ID) @IsUUID('all', { message: 'Vælg barnet.' }) placementId: string;
  @Field(() => ID) @IsUUID('all', { message: 'Vælg aflastningssted.' }) providerId: string;
  @Field(() => Date) @Type(() => Date) @IsDate({ message: 'Vælg start.' }) startsAt: Date;
  @Field(() => Date) @Type(() => Date) @IsDate({ message: 'Vælg slut.' }) endsAt: Date;
  @Field(() => Boolean, { defaultValue: false }) @IsBoolean() acute: boolean;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'Højst 1000 tegn.' })
  overrideReason?: string | null;
  @Field(() => String, { nullable: true, description: 'Besked til aflastningsstedet' })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'Skriv højst 1000 tegn.' })
  note?: string | null;
}

@InputType()
export class BookReliefSeriesInput {
  @Field(() => ID) @IsUUID('all', { message: 'Vælg barnet.' }) placementId: string;
  @Field(() => ID) @IsUUID('all', { message: 'Vælg aflastningssted.' }) providerId: string;
  @Field(() => String) @Matches(DATE, { message: 'Skriv en dato som 2026-01-09.' }) firstDate: string;
  @Field(() => String) @Matches(TIME, { message: 'Skriv et klokkeslæt som 17:00.' }) startTime: string;
  @Field(() => Int) @IsInt({ message: 'Skriv et antal dage.' }) spanDays: number;
  @Field(() => String) @Matches(TIME, { message: 'Skriv et klokkeslæt som 17:00.' }) endTime: string;
  @Field(() => Int) @IsInt({ message: 'Skriv hvor mange uger der går.' }) everyWeeks: number;
  @Field(() => String) @Matches(DATE, { message: 'Skriv en dato som 2026-07-09.' }) until: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'Højst 1000 tegn.' })
  overrideReason?: string | null;
}

@InputType()
export class SetReliefGrantInput {
  @Field(() => ID) @IsUUID('all', { message: 'Vælg anbringelsen.' }) placementId: string;
  @Field(() => Int) @IsInt({ message: 'Skriv et antal døgn.' }) daysPerPeriod: number;
  @Field(() => ReliefGrantPeriod)
  @IsEnum(ReliefGrantPeriod, { message: 'Vælg en periode.' })
  period: ReliefGrantPeriod;
  @Field(() => String) @Matches(DATE, { message: 'Skriv en dato som 2026-01-01.' }) validFrom: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE, { message: 'Skriv en dato som 2026-12-31.' })
  validTo?: string | null;
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Belastet anbringelse: får aflastning først, når der er for få pladser',
  })
  @IsBoolean()
  strained: boolean;
}

@InputType()
export class ReliefProviderInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() id?: string | null;
  @Field(() => ReliefProviderKind)
  @IsEnum(ReliefProviderKind, { message: 'Vælg type.' })
  kind: ReliefProviderKind;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Vælg familien.' })
  fosterFamilyId?: string | null;
  @Field(() => String) @IsString() @MaxLength(200, { message: 'Højst 200 tegn.' }) name: string;
  @Field(() => Int) @IsInt({ message: 'Skriv antal pladser.' }) capacity: number;
  @Field(() => Int) @IsInt({ message: 'Skriv en alder.' }) ageMin: number;
  @Field(() => Int) @IsInt({ message: 'Skriv en alder.' }) ageMax: number;
  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  needsExcluded: string[];
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() lat?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() lon?: number | null;
  @Field(() => Boolean, { defaultValue: true }) @IsBoolean() active: boolean;
}

@InputType()
export class ReliefWindowInput {
  @Field(() => Int) @IsInt({ message: 'Vælg ugedag.' }) weekday: number;
  @Field(() => String) @Matches(TIME, { message: 'Skriv et klokkeslæt som 16:00.' }) startTime: string;
  @Field(() => String) @Matches(TIME, { message: 'Skriv et klokkeslæt som 18:00.' }) endTime: string;
}

@InputType()
export class ReliefBlockedPeriodInput {
  @Field(() => ID) @IsUUID('all', { message: 'Vælg aflastningssted.' }) providerId: string;
  @Field(() => String) @Matches(DATE, { message: 'Skriv en dato.' }) fromDate: string;
  @Field(() => String) @Matches(DATE, { message: 'Skriv en dato.' }) toDate: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) reason?: string | null;
}
