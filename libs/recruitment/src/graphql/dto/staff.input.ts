import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsDate,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '@pleje/core';
import { FamilyType, RecruitmentSource } from '../../application-form';
import { ApplicationStatus, ApplicationTrack } from '../../application-status';
import { RequirementStatus } from '../../application-requirement.entity';
import './enums';

@InputType()
export class ApplicationFilter {
  @Field(() => String, { nullable: true, description: 'Søg i navn, postnummer og by' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Ugyldig konsulent.' })
  consultantId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Kun sager uden tildelt konsulent' })
  @IsOptional()
  @IsBoolean()
  unassigned?: boolean | null;

  @Field(() => ApplicationTrack, { nullable: true })
  @IsOptional()
  @IsEnum(ApplicationTrack)
  track?: ApplicationTrack | null;

  @Field(() => RecruitmentSource, { nullable: true })
  @IsOptional()
  @IsEnum(RecruitmentSource)
  recruitmentSource?: RecruitmentSource | null;

  @Field(() => [ApplicationStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(ApplicationStatus, { each: true })
  statuses?: ApplicationStatus[] | null;
}

@ArgsType()
export class ApplicationsArgs extends PageArgs {
  @Field(() => ApplicationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ApplicationFilter)
  filter?: ApplicationFilter | null;
}

@ArgsType()
export class PipelineBoardArgs {
  @Field(() => ApplicationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ApplicationFilter)
  filter?: ApplicationFilter | null;

  @Field(() => Int, { defaultValue: 20, description: 'Kort pr. kolonne (ældste i trinnet først)' })
  @IsInt()
  @Min(1)
  @Max(100)
  perColumn: number = 20;
}

@InputType()
export class TransitionApplicationInput {
  @Field(() => ID) @IsUUID('all', { message: 'Ugyldig ansøgning.' }) id: string;

  @Field(() => Int) @IsInt() expectedVersion: number;

  @Field(() => ApplicationStatus) @IsEnum(ApplicationStatus) to: ApplicationStatus;

  @Field(() => String, { description: 'Begrundelse (kræves ved afslag, pause og tilbagetrækning)' })
  @IsString()
  @MaxLength(1000, { message: 'Højst 1000 tegn.' })
  reason: string;
}

@InputType()
export class AssignApplicationInput {
  @Field(() => ID) @IsUUID('all', { message: 'Ugyldig ansøgning.' }) id: string;
  @Field(() => Int) @IsInt() expectedVersion: number;

  @Field(() => ID, { nullable: true, description: 'null fjerner tildelingen' })
  @IsOptional()
  @IsUUID('all', { message: 'Ugyldig konsulent.' })
  consultantId?: string | null;
}

@InputType()
export class ApproveApplicationInput {
  @Field(() => ID) @IsUUID('all', { message: 'Ugyldig ansøgning.' }) id: string;
  @Field(() => Int) @IsInt() expectedVersion: number;

  @Field(() => [FamilyType])
  @IsArray()
  @ArrayMinSize(1, { message: 'Vælg mindst én godkendelsestype.' })
  @IsEnum(FamilyType, { each: true })
  approvalTypes: FamilyType[];

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'Mindst én plads.' })
  @Max(10, { message: 'Højst 10 pladser.' })
  places: number;

  @Field(() => Int)
  @IsInt()
  @Min(0, { message: 'Alder fra 0 år.' })
  @Max(17, { message: 'Alder til 17 år.' })
  ageMin: number;

  @Field(() => Int)
  @IsInt()
  @Min(0, { message: 'Alder fra 0 år.' })
  @Max(17, { message: 'Alder til 17 år.' })
  ageMax: number;

  @Field(() => Boolean) @IsBoolean() takesSiblings: boolean;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(2000, { message: 'Højst 2000 tegn.' })
  conditions: string = '';

  @Field(() => String)
  @IsString()
  @MaxLength(1000, { message: 'Højst 1000 tegn.' })
  reason: string;
}

@InputType()
export class UpdateRequirementInput {
  @Field(() => ID) @IsUUID('all', { message: 'Ugyldigt punkt.' }) id: string;

  @Field(() => RequirementStatus) @IsEnum(RequirementStatus) status: RequirementStatus;

  @Field(() => String, { nullable: true, description: 'åååå-mm-dd' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Skriv datoen som åååå-mm-dd.' })
  expiresOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'Højst 500 tegn.' })
  note?: string | null;

  @Field(() => Date, {
    description: 'Linjens updatedAt som den blev læst; en nyere ændring giver STALE',
  })
  @Type(() => Date)
  @IsDate({ message: 'Hent punktet igen.' })
  expectedUpdatedAt: Date;
}

@InputType()
export class SetDocumentExpiryInput {
  @Field(() => ID) @IsUUID('all', { message: 'Ugyldigt dokument.' }) id: string;

  @Field(() => String, { nullable: true, description: 'Sidste gyldige dag, åååå-mm-dd; null fjerner datoen' })
  @IsOptional()
  @IsString()
  @MaxLength(10, { message: 'Skriv en gyldig dato, fx 31-12-2027.' })
  expiresOn?: string | null;
}

@InputType()
export class AddRequirementInput {
  @Field(() => ID) @IsUUID('all', { message: 'Ugyldig ansøgning.' }) applicationId: string;

  @Field(() => String)
  @IsString()
  @MinLength(2, { message: 'Skriv hvad der mangler.' })
  @MaxLength(200, { message: 'Højst 200 tegn.' })
  label: string;
}

@InputType()
export class WithdrawApplicationInput {
  @Field(() => ID) @IsUUID('all', { message: 'Ugyldig ansøgning.' }) id: string;

  @Field(() => Int, { nullable: true, description: 'Konsulenter angiver den version de så' })
  @IsOptional()
  @IsInt()
  expectedVersion?: number | null;

  @Field(() => String)
  @IsString()
  @MaxLength(1000, { message: 'Højst 1000 tegn.' })
  reason: string;
}

@InputType()
export class SendApplicationMessageInput {
  @Field(() => ID) @IsUUID('all', { message: 'Ugyldig ansøgning.' }) applicationId: string;

  @Field(() => String)
  @IsString()
  @MinLength(1, { message: 'Skriv en besked.' })
  @MaxLength(4000, { message: 'Højst 4000 tegn.' })
  body: string;
}

@InputType()
export class RegisterApplicantInput {
  @Field(() => ID) @IsUUID('all', { message: 'Vælg en kommune.' }) municipalityId: string;

  @Field(() => String)
  @IsString()
  @MinLength(2, { message: 'Skriv dit navn.' })
  @MaxLength(200, { message: 'Højst 200 tegn.' })
  name: string;

  @Field(() => String)
  @IsString()
  @Matches(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { message: 'Skriv en gyldig e-mailadresse.' })
  @MaxLength(254, { message: 'E-mailadressen er for lang.' })
  email: string;

  @Field(() => String)
  @IsString()
  @MaxLength(200, { message: 'Adgangskoden er for lang.' })
  password: string;

  @Field(() => Boolean, { description: 'Ansøgeren har læst, hvordan oplysningerne behandles' })
  @IsBoolean()
  acceptPrivacy: boolean;
}
