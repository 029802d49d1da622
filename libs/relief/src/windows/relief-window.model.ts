import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ReliefWindowRequestStatus, ReliefWindowStatus } from './relief-request-window.entity';

registerEnumType(ReliefWindowStatus, { name: 'ReliefWindowStatus' });
registerEnumType(ReliefWindowRequestStatus, { name: 'ReliefWindowRequestStatus' });

@ObjectType('ReliefRequestWindow', {
  description: 'En periode med for få pladser (ferie, populære weekender), hvor ønsker fordeles efter behov',
})
export class ReliefRequestWindowModel {
  @Field(() => ID) id: string;
  @Field(() => String) title: string;
  @Field(() => Date) startsAt: Date;
  @Field(() => Date) endsAt: Date;
  @Field(() => Date, { description: 'Frist for ønsker' }) closesAt: Date;
  @Field(() => ReliefWindowStatus) status: ReliefWindowStatus;
  @Field(() => Date, { nullable: true }) allocatedAt: Date | null;
}

@ObjectType('ReliefWindowRequest')
export class ReliefWindowRequestModel {
  @Field(() => ID) id: string;
  @Field(() => ID) windowId: string;
  @Field(() => ID) placementId: string;
  @Field(() => Date) startsAt: Date;
  @Field(() => Date) endsAt: Date;
  @Field(() => ID, { nullable: true }) preferredProviderId: string | null;
  @Field(() => String) note: string;
  @Field(() => ReliefWindowRequestStatus) status: ReliefWindowRequestStatus;
  @Field(() => Date) requestedAt: Date;
  @Field(() => ID, { nullable: true }) bookingId: string | null;
  @Field(() => String, { nullable: true, description: 'Hvorfor ønsket ikke fik en plads' })
  outcomeReason: string | null;
}

@ObjectType('RankedReliefWindowRequest', {
  description: 'Et ønske med den prioritet, det har (nu, eller som den var ved fordelingen)',
})
export class RankedReliefWindowRequestModel {
  @Field(() => ReliefWindowRequestModel) request: ReliefWindowRequestModel;
  @Field(() => Int, { description: 'Plads i rækkefølgen: 1 får først' }) rank: number;
  @Field(() => Boolean, { description: 'Belastet anbringelse (fra bevillingen)' }) strained: boolean;
  @Field(() => Int, { description: 'Døgn aflastning det seneste år før perioden' }) priorDays: number;
}

@InputType()
export class OpenReliefWindowInput {
  @Field(() => String) @IsString() @MaxLength(200, { message: 'Skriv højst 200 tegn.' }) title: string;
  @Field(() => Date) @Type(() => Date) @IsDate({ message: 'Vælg periodens start.' }) startsAt: Date;
  @Field(() => Date) @Type(() => Date) @IsDate({ message: 'Vælg periodens slut.' }) endsAt: Date;
  @Field(() => Date) @Type(() => Date) @IsDate({ message: 'Vælg fristen for ønsker.' }) closesAt: Date;
}

@InputType()
export class RequestReliefInWindowInput {
  @Field(() => ID) @IsUUID('all', { message: 'Vælg perioden.' }) windowId: string;
  @Field(() => ID) @IsUUID('all', { message: 'Vælg barnet.' }) placementId: string;
  @Field(() => Date, { nullable: true, description: 'Standard: hele perioden' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'Vælg start.' })
  startsAt?: Date | null;
  @Field(() => Date, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'Vælg slut.' })
  endsAt?: Date | null;
  @Field(() => ID, { nullable: true, description: 'Ønsket aflastningssted (typisk barnets faste)' })
  @IsOptional()
  @IsUUID('all', { message: 'Vælg et aflastningssted fra listen.' })
  preferredProviderId?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'Skriv højst 1000 tegn.' })
  note?: string | null;
}
