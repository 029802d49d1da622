import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
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
  ValidateNested,
} from 'class-validator';
import {
  FamilyType,
  FormStep,
  HouseholdRelation,
  HousingTenure,
  HousingType,
  RecruitmentSource,
  WorkSituation,
} from '../../application-form';
import './enums';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = 'Skriv datoen som åååå-mm-dd.';

/** Drafts may be incomplete, never oversized or of the wrong type; completeness is checked on submit. */
@InputType()
export class ApplicantInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUUID('4', { message: 'Ugyldigt id.' })
  id?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'Højst 100 tegn.' })
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'Højst 100 tegn.' })
  lastName?: string | null;

  @Field(() => String, { nullable: true, description: 'åååå-mm-dd' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  birthDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20, { message: 'Højst 20 tegn.' })
  phone?: string | null;

  @Field(() => WorkSituation, { nullable: true })
  @IsOptional()
  @IsEnum(WorkSituation)
  workSituation?: WorkSituation | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Højst 200 tegn.' })
  occupation?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Højst 200 tegn.' })
  education?: string | null;
}

@InputType()
export class HouseholdMemberInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUUID('4', { message: 'Ugyldigt id.' })
  id?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'Højst 100 tegn.' })
  firstName?: string | null;

  @Field(() => String, { nullable: true, description: 'åååå-mm-dd' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  birthDate?: string | null;

  @Field(() => HouseholdRelation, { nullable: true })
  @IsOptional()
  @IsEnum(HouseholdRelation)
  relation?: HouseholdRelation | null;
}

@InputType()
export class ApplicationFormInput {
  @Field(() => [ApplicantInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2, { message: 'Højst to ansøgere.' })
  @ValidateNested({ each: true })
  @Type(() => ApplicantInput)
  applicants?: ApplicantInput[] | null;

  @Field(() => [HouseholdMemberInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(15, { message: 'Højst 15 personer.' })
  @ValidateNested({ each: true })
  @Type(() => HouseholdMemberInput)
  household?: HouseholdMemberInput[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Højst 200 tegn.' })
  street?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4, { message: 'Et postnummer har 4 cifre.' })
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'Højst 100 tegn.' })
  city?: string | null;

  @Field(() => HousingType, { nullable: true })
  @IsOptional()
  @IsEnum(HousingType)
  housingType?: HousingType | null;

  @Field(() => HousingTenure, { nullable: true })
  @IsOptional()
  @IsEnum(HousingTenure)
  housingTenure?: HousingTenure | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(99)
  rooms?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  spareRoom?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'Højst 2000 tegn.' })
  housingNotes?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  hasOwnChildren?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  professionalExperience?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'Højst 2000 tegn.' })
  professionalExperienceDescription?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'Højst 2000 tegn.' })
  otherExperience?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000, { message: 'Højst 4000 tegn.' })
  motivation?: string | null;

  @Field(() => [FamilyType], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsEnum(FamilyType, { each: true })
  familyTypes?: FamilyType[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'Højst 100 tegn.' })
  networkChildName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Højst 200 tegn.' })
  networkChildRelation?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(17)
  ageMin?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(17)
  ageMax?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10)
  childrenCount?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  siblings?: boolean | null;

  @Field(() => RecruitmentSource, { nullable: true })
  @IsOptional()
  @IsEnum(RecruitmentSource)
  recruitmentSource?: RecruitmentSource | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Højst 200 tegn.' })
  recruitmentSourceOther?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  consentCertificates?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  consentPrivacy?: boolean | null;
}

@InputType()
export class SaveApplicationDraftInput {
  @Field(() => ApplicationFormInput)
  @ValidateNested()
  @Type(() => ApplicationFormInput)
  form: ApplicationFormInput;

  @Field(() => FormStep, { description: 'Det trin ansøgeren er nået til (for at genoptage samme sted).' })
  @IsEnum(FormStep)
  step: FormStep;
}
