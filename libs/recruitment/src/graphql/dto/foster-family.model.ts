import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ConnectionType, PageArgs } from '@pleje/core';
import { FamilyType } from '../../application-form';
import { ApprovalAuthority } from '../../foster-family.entity';
import './enums';

@ObjectType('FosterFamily')
export class FosterFamilyModel {
  @Field(() => ID) id: string;
  @Field(() => ID) applicationId: string;
  @Field(() => String) displayName: string;
  @Field(() => [FamilyType]) approvalTypes: FamilyType[];
  @Field(() => ApprovalAuthority) approvedBy: ApprovalAuthority;
  @Field(() => Int) places: number;
  @Field(() => Int) vacancies: number;
  @Field(() => Int) ageMin: number;
  @Field(() => Int) ageMax: number;
  @Field(() => Boolean) takesSiblings: boolean;
  @Field(() => String) conditions: string;
  @Field(() => String, { nullable: true }) networkChildName: string | null;
  @Field(() => String, { nullable: true }) postalCode: string | null;
  @Field(() => Date) approvedAt: Date;
  @Field(() => Date) vacanciesUpdatedAt: Date;
  @Field(() => Boolean) active: boolean;
  @Field(() => Int) version: number;
}

export const FosterFamilyConnection = ConnectionType(FosterFamilyModel, 'FosterFamily');

@ArgsType()
export class FosterFamiliesArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Kun familier med ledige pladser' })
  @IsOptional()
  @IsBoolean()
  withVacancies?: boolean | null;
}

@InputType()
export class UpdateVacanciesInput {
  @Field(() => ID) @IsUUID('all', { message: 'Ugyldig familie.' }) id: string;
  @Field(() => Int) @IsInt() expectedVersion: number;

  @Field(() => Int)
  @IsInt()
  @Min(0, { message: 'Antal ledige pladser kan ikke være negativt.' })
  @Max(10, { message: 'Højst 10.' })
  vacancies: number;
}

@InputType()
export class UpdateFosterFamilyInput {
  @Field(() => ID) @IsUUID('all', { message: 'Ugyldig familie.' }) id: string;
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
  @Field(() => Int) @IsInt() @Min(0) @Max(17) ageMin: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(17) ageMax: number;
  @Field(() => Boolean) @IsBoolean() takesSiblings: boolean;
  @Field(() => String) @IsString() @MaxLength(2000, { message: 'Højst 2000 tegn.' }) conditions: string;
  @Field(() => Boolean) @IsBoolean() active: boolean;
}
