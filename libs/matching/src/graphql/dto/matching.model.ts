import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
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
import { ArgsType } from '@nestjs/graphql';
import { ConnectionType, PageArgs } from '@pleje/core';
import { FosterFamilyModel } from '../../../../recruitment/src/graphql/dto/foster-family.model';
import { ApplicationStatus } from '../../../../recruitment/src/application-status';
// Registers ApplicationStatus (and the other recruitment enums) with GraphQL.
import '../../../../recruitment/src/graphql/dto/enums';
import { ProposalStatus } from '../../match-proposal.entity';
import { NetworkStage } from '../../network.service';
import { NeedStatus, SupportLevel } from '../../placement-need.entity';
import { PlacementEndReason } from '../../placement.entity';

registerEnumType(SupportLevel, { name: 'SupportLevel' });
registerEnumType(NeedStatus, { name: 'NeedStatus' });
registerEnumType(ProposalStatus, { name: 'ProposalStatus' });
registerEnumType(PlacementEndReason, { name: 'PlacementEndReason' });
registerEnumType(NetworkStage, { name: 'NetworkStage' });

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@ObjectType()
export class TagOption {
  @Field(() => String) value: string;
  @Field(() => String) label: string;
}

@ObjectType()
export class MatchingVocabulary {
  @Field(() => [TagOption]) needs: TagOption[];
  @Field(() => [TagOption]) culture: TagOption[];
  @Field(() => [TagOption]) wishes: TagOption[];
  @Field(() => [TagOption]) features: TagOption[];
  @Field(() => [TagOption]) languages: TagOption[];
  @Field(() => [TagOption]) factors: TagOption[];
}

@ObjectType('NeedChild')
export class NeedChildModel {
  @Field(() => ID) id: string;
  @Field(() => String) firstName: string;
  @Field(() => String) birthDate: string;
}

@ObjectType('NetworkPerson')
export class NetworkPersonModel {
  @Field(() => String) name: string;
  @Field(() => String) relation: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Personens ansøgning om godkendelse som netværksplejefamilie',
  })
  applicationId?: string | null;
}

@ObjectType('PlacementNeed')
export class PlacementNeedModel {
  @Field(() => ID) id: string;
  @Field(() => [NeedChildModel]) children: NeedChildModel[];
  @Field(() => SupportLevel) supportLevel: SupportLevel;
  @Field(() => [String]) needs: string[];
  @Field(() => String) schoolName: string;
  @Field(() => String, { nullable: true }) schoolPostalCode: string | null;
  @Field(() => Float, { nullable: true }) schoolLat: number | null;
  @Field(() => Float, { nullable: true }) schoolLon: number | null;
  @Field(() => String, { nullable: true }) bioPostalCode: string | null;
  @Field(() => Float, { nullable: true }) bioLat: number | null;
  @Field(() => Float, { nullable: true }) bioLon: number | null;
  @Field(() => Int) contactVisitsPerMonth: number;
  @Field(() => [String]) languages: string[];
  @Field(() => [String]) culture: string[];
  @Field(() => String) cultureNote: string;
  @Field(() => [String]) wishes: string[];
  @Field(() => String, { description: 'Barnets egne ord' }) wishesText: string;
  @Field(() => [NetworkPersonModel]) networkPeople: NetworkPersonModel[];
  @Field(() => [ID]) networkFamilyIds: string[];
  @Field(() => Boolean) acute: boolean;
  @Field(() => String, { nullable: true }) wishedStart: string | null;
  @Field(() => NeedStatus) status: NeedStatus;
  @Field(() => Date) createdAt: Date;
  @Field(() => Int) version: number;
}

export const PlacementNeedConnection = ConnectionType(PlacementNeedModel, 'PlacementNeed');

@ArgsType()
export class PlacementNeedsArgs extends PageArgs {
  @Field(() => NeedStatus, { nullable: true })
  @IsOptional()
  @IsEnum(NeedStatus)
  status?: NeedStatus | null;
}

@InputType()
export class NeedChildInput {
  @Field(() => String)
  @IsString()
  @MinLength(1, { message: 'Skriv barnets fornavn.' })
  @MaxLength(100)
  firstName: string;
  @Field(() => String) @Matches(DATE, { message: 'Skriv datoen som åååå-mm-dd.' }) birthDate: string;
}

@InputType()
export class NetworkPersonInput {
  @Field(() => String) @IsString() @MinLength(1, { message: 'Skriv navnet.' }) @MaxLength(100) name: string;
  @Field(() => String) @IsString() @MaxLength(100) relation: string;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Vælg en ansøgning fra listen.' })
  applicationId?: string | null;
}

@InputType()
export class PlacementNeedInput {
  @Field(() => [NeedChildInput])
  @IsArray()
  @ArrayMinSize(1, { message: 'Angiv mindst ét barn.' })
  @ArrayMaxSize(6, { message: 'Højst seks søskende i én anbringelse.' })
  @ValidateNested({ each: true })
  @Type(() => NeedChildInput)
  children: NeedChildInput[];

  @Field(() => SupportLevel) @IsEnum(SupportLevel) supportLevel: SupportLevel;
  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @IsString({ each: true })
  @ArrayMaxSize(30)
  needs: string[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) schoolName?:
    string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'Et postnummer har 4 cifre.' })
  schoolPostalCode?: string | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() schoolLat?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() schoolLon?: number | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'Et postnummer har 4 cifre.' })
  bioPostalCode?: string | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() bioLat?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() bioLon?: number | null;
  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0, { message: 'Antal samvær kan ikke være negativt.' })
  @Max(31, { message: 'Højst 31 om måneden.' })
  contactVisitsPerMonth: number;
  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @IsString({ each: true })
  @ArrayMaxSize(10)
  languages: string[];
  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @IsString({ each: true })
  @ArrayMaxSize(10)
  culture: string[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(1000) cultureNote?:
    string | null;
  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @IsString({ each: true })
  @ArrayMaxSize(20)
  wishes: string[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) wishesText?:
    string | null;
  @Field(() => [NetworkPersonInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => NetworkPersonInput)
  networkPeople: NetworkPersonInput[];
  @Field(() => [ID], { defaultValue: [] }) @IsArray() @ArrayMaxSize(10) networkFamilyIds: string[];
  @Field(() => Boolean, { defaultValue: false }) @IsBoolean() acute: boolean;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE, { message: 'Skriv datoen som åååå-mm-dd.' })
  wishedStart?: string | null;
}

@InputType()
export class UpdatePlacementNeedInput {
  @Field(() => ID) @IsUUID('all', { message: 'Ugyldigt behov.' }) id: string;
  @Field(() => Int) @IsInt() expectedVersion: number;
  @Field(() => PlacementNeedInput) @ValidateNested() @Type(() => PlacementNeedInput) need: PlacementNeedInput;
}

@ObjectType()
export class MatchFactor {
  @Field(() => String) key: string;
  @Field(() => String) label: string;
  @Field(() => Float) weight: number;
  @Field(() => Float, { description: '0-1' }) value: number;
  @Field(() => Float, { description: 'Bidrag til scoren; alle bidrag lægges sammen til scoren' })
  points: number;
  @Field(() => String) explanation: string;
}

@ObjectType()
export class RuleViolation {
  @Field(() => String) rule: string;
  @Field(() => String) explanation: string;
}

@ObjectType()
export class PreferenceConflictModel {
  @Field(() => String) field: string;
  @Field(() => String) explanation: string;
}

@ObjectType()
export class MatchEvaluation {
  @Field(() => Boolean) eligible: boolean;
  @Field(() => Boolean, { description: 'Familien er fra barnets eget netværk' }) network: boolean;
  @Field(() => Float) score: number;
  @Field(() => [MatchFactor]) factors: MatchFactor[];
  @Field(() => [RuleViolation]) violations: RuleViolation[];
  @Field(() => [PreferenceConflictModel], {
    description: 'Hvor familiens ønske og konsulentens vurdering er uenige',
  })
  conflicts: PreferenceConflictModel[];
}

@ObjectType()
export class RankedFamily {
  @Field(() => FosterFamilyModel) family: FosterFamilyModel;
  @Field(() => MatchEvaluation) evaluation: MatchEvaluation;
}

@ObjectType()
export class NetworkCandidateModel {
  @Field(() => String) name: string;
  @Field(() => String) relation: string;
  @Field(() => NetworkStage) stage: NetworkStage;
  @Field(() => String, { description: 'Hvor langt personen er, på dansk' }) stageText: string;
  @Field(() => ID, { nullable: true }) applicationId: string | null;
  @Field(() => ApplicationStatus, { nullable: true }) applicationStatus: ApplicationStatus | null;
  @Field(() => Int, { nullable: true }) daysInStatus: number | null;
  @Field(() => FosterFamilyModel, { nullable: true }) family: FosterFamilyModel | null;
  @Field(() => MatchEvaluation, { nullable: true }) evaluation: MatchEvaluation | null;
}

@ObjectType()
export class NetworkApplicationOptionModel {
  @Field(() => ID) id: string;
  @Field(() => String) applicantName: string;
  @Field(() => String, { description: 'Barnets navn som ansøgeren skrev det' }) childName: string;
  @Field(() => String) relation: string;
  @Field(() => ApplicationStatus) status: ApplicationStatus;
  @Field(() => String) statusLabel: string;
}

@ObjectType()
export class MatchingNetworkOptions {
  @Field(() => [FosterFamilyModel], { description: 'Godkendte netværksplejefamilier i kommunen' })
  families: FosterFamilyModel[];
  @Field(() => [NetworkApplicationOptionModel], {
    description: 'Åbne ansøgninger om godkendelse som netværksplejefamilie',
  })
  applications: NetworkApplicationOptionModel[];
}

@ObjectType()
export class FamilyRanking {
  @Field(() => PlacementNeedModel) need: PlacementNeedModel;
  @Field(() => [NetworkCandidateModel], {
    description: 'Barnets eget netværk, vist før alle andre: godkendte, under godkendelse og ikke startet',
  })
  network: NetworkCandidateModel[];
  @Field(() => Int, { description: 'Familier med plads der blev vurderet' }) considered: number;
  @Field(() => [RankedFamily]) families: RankedFamily[];
}

@ObjectType('MatchProposal')
export class MatchProposalModel {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) batchId: string | null;
  @Field(() => PlacementNeedModel) need: PlacementNeedModel;
  @Field(() => FosterFamilyModel) family: FosterFamilyModel;
  @Field(() => Float) score: number;
  @Field(() => Boolean) network: boolean;
  @Field(() => MatchEvaluation) evaluation: MatchEvaluation;
  @Field(() => ProposalStatus) status: ProposalStatus;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
  @Field(() => [NetworkCandidateModel], {
    description: 'Personer fra barnets netværk, hvis godkendelse er i gang',
  })
  networkInApproval: NetworkCandidateModel[];
}

@ObjectType()
export class UnassignedReason {
  @Field(() => PlacementNeedModel) need: PlacementNeedModel;
  @Field(() => Int, { description: 'Familier der opfylder kravene for barnet' }) eligibleFamilies: number;
  @Field(() => String, { description: 'Hvorfor barnet ikke fik et forslag, på dansk' }) reason: string;
}

@ObjectType()
export class BatchRun {
  @Field(() => ID) id: string;
  @Field(() => Int) needsCount: number;
  @Field(() => Int) familiesCount: number;
  @Field(() => Int) assignedCount: number;
  @Field(() => Float) totalScore: number;
  @Field(() => Int) durationMs: number;
  @Field(() => [MatchProposalModel]) proposals: MatchProposalModel[];
  @Field(() => [PlacementNeedModel], { description: 'Børn ingen familie kunne tage i denne runde' })
  unassigned: PlacementNeedModel[];
  @Field(() => [UnassignedReason], { description: 'Børn uden forslag, med grunden' })
  unassignedReasons: UnassignedReason[];
}

@ObjectType('Placement')
export class PlacementModel {
  @Field(() => ID) id: string;
  @Field(() => PlacementNeedModel) need: PlacementNeedModel;
  @Field(() => FosterFamilyModel) family: FosterFamilyModel;
  @Field(() => Int) childrenCount: number;
  @Field(() => Float, { nullable: true }) matchScore: number | null;
  @Field(() => String) startedOn: string;
  @Field(() => String, { nullable: true }) endedOn: string | null;
  @Field(() => PlacementEndReason, { nullable: true }) endReason: PlacementEndReason | null;
  @Field(() => String, { nullable: true }) endNote: string | null;
  @Field(() => Int) version: number;
}

@InputType()
export class EndPlacementInput {
  @Field(() => ID) @IsUUID('all', { message: 'Ugyldig anbringelse.' }) id: string;
  @Field(() => Int) @IsInt() expectedVersion: number;
  @Field(() => String) @Matches(DATE, { message: 'Skriv datoen som åååå-mm-dd.' }) endedOn: string;
  @Field(() => PlacementEndReason) @IsEnum(PlacementEndReason) reason: PlacementEndReason;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(1000) note?: string | null;
}

@ObjectType()
export class ScoreBandOutcomeModel {
  @Field(() => String) band: string;
  @Field(() => Int) placements: number;
  @Field(() => Int) ended: number;
  @Field(() => Int) breakdowns: number;
  @Field(() => Float, { nullable: true, description: 'Sammenbrud / afsluttede' }) breakdownRate:
    number | null;
}

@ObjectType()
export class MatchingWeight {
  @Field(() => String) key: string;
  @Field(() => String) label: string;
  @Field(() => Float) weight: number;
}

@InputType()
export class MatchingWeightInput {
  @Field(() => String) @IsString() @MaxLength(40) key: string;
  @Field(() => Float)
  @IsNumber()
  @Min(0, { message: 'Vægten kan ikke være negativ.' })
  @Max(100, { message: 'Højst 100.' })
  weight: number;
}

@ObjectType('FamilyMatchProfile')
export class FamilyMatchProfileModel {
  @Field(() => FosterFamilyModel) family: FosterFamilyModel;
  @Field(() => Float, { nullable: true }) lat: number | null;
  @Field(() => Float, { nullable: true }) lon: number | null;
  @Field(() => [String]) experience: string[];
  @Field(() => [String]) languages: string[];
  @Field(() => [String]) culture: string[];
  @Field(() => [String]) features: string[];
  @Field(() => [String]) otherChildrenBirthDates: string[];
  @Field(() => Int, { nullable: true }) prefAgeMin: number | null;
  @Field(() => Int, { nullable: true }) prefAgeMax: number | null;
  @Field(() => [String]) prefNeedsAble: string[];
  @Field(() => [String]) prefNeedsExcluded: string[];
  @Field(() => Boolean, { nullable: true }) prefSiblings: boolean | null;
  @Field(() => Int, { nullable: true }) assessedAgeMin: number | null;
  @Field(() => Int, { nullable: true }) assessedAgeMax: number | null;
  @Field(() => [String], { nullable: true }) assessedNeedsAble: string[] | null;
  @Field(() => [String], { nullable: true }) assessedNeedsExcluded: string[] | null;
  @Field(() => Boolean, { nullable: true }) assessedSiblings: boolean | null;
  @Field(() => Int, { description: '0 = ikke gemt endnu' }) version: number;
}

@InputType()
export class FamilyOwnProfileInput {
  @Field(() => ID) @IsUUID('all', { message: 'Ugyldig familie.' }) familyId: string;
  @Field(() => Int) @IsInt() expectedVersion: number;
  @Field(() => [String]) @IsArray() @IsString({ each: true }) @ArrayMaxSize(30) experience: string[];
  @Field(() => [String]) @IsArray() @IsString({ each: true }) @ArrayMaxSize(10) languages: string[];
  @Field(() => [String]) @IsArray() @IsString({ each: true }) @ArrayMaxSize(10) culture: string[];
  @Field(() => [String]) @IsArray() @IsString({ each: true }) @ArrayMaxSize(20) features: string[];
  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(DATE, { each: true, message: 'Skriv datoer som åååå-mm-dd.' })
  otherChildrenBirthDates: string[];
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(17) prefAgeMin: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(17) prefAgeMax: number | null;
  @Field(() => [String]) @IsArray() @IsString({ each: true }) @ArrayMaxSize(30) prefNeedsAble: string[];
  @Field(() => [String]) @IsArray() @IsString({ each: true }) @ArrayMaxSize(30) prefNeedsExcluded: string[];
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() prefSiblings: boolean | null;
}

@InputType()
export class FamilyAssessmentInput {
  @Field(() => ID) @IsUUID('all', { message: 'Ugyldig familie.' }) familyId: string;
  @Field(() => Int) @IsInt() expectedVersion: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(17) assessedAgeMin: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(17) assessedAgeMax: number | null;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  assessedNeedsAble: string[] | null;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  assessedNeedsExcluded: string[] | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() assessedSiblings: boolean | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() lat?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() lon?: number | null;
}
