import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { FaqVerdict } from '../faq-answer.service';
import { FaqChangeAction, FaqEntryStatus, FaqOwnerTeam } from '../faq-entry.entity';

registerEnumType(FaqOwnerTeam, { name: 'FaqOwnerTeam' });
registerEnumType(FaqEntryStatus, { name: 'FaqEntryStatus' });
registerEnumType(FaqChangeAction, { name: 'FaqChangeAction' });
registerEnumType(FaqVerdict, { name: 'FaqVerdict' });

@ObjectType('FaqEntry')
export class FaqEntryModel {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'Stabil nøgle, fx "vederlag"' }) key: string;
  @Field(() => String) question: string;
  @Field(() => String, { description: 'Dansk; kan indeholde markdown-links' }) answer: string;
  @Field(() => [String]) phrasings: string[];
  @Field(() => [String]) english: string[];
  @Field(() => String) category: string;
  @Field(() => FaqOwnerTeam) ownerTeam: FaqOwnerTeam;
  @Field(() => FaqEntryStatus) status: FaqEntryStatus;
  @Field(() => Date) updatedAt: Date;
  @Field(() => Int) version: number;
}

@ObjectType('FaqEntrySnapshot')
export class FaqEntrySnapshotModel {
  @Field(() => String) key: string;
  @Field(() => String) question: string;
  @Field(() => String) answer: string;
  @Field(() => [String]) phrasings: string[];
  @Field(() => [String]) english: string[];
  @Field(() => String) category: string;
  @Field(() => FaqOwnerTeam) ownerTeam: FaqOwnerTeam;
  @Field(() => FaqEntryStatus) status: FaqEntryStatus;
}

@ObjectType('FaqEntryVersion', { description: 'Hvem ændrede hvad og hvornår, med indholdet efter ændringen' })
export class FaqEntryVersionModel {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field(() => FaqChangeAction) action: FaqChangeAction;
  @Field(() => [String]) changedFields: string[];
  @Field(() => ID, { nullable: true, description: 'Tom for startindholdet' }) changedBy: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Navnet på kollegaen der ændrede; tom for startindholdet',
  })
  changedByName: string | null;
  @Field(() => Date) changedAt: Date;
  @Field(() => FaqEntrySnapshotModel) snapshot: FaqEntrySnapshotModel;
}

@ObjectType('FaqSynonym')
export class FaqSynonymModel {
  @Field(() => ID) id: string;
  @Field(() => String) term: string;
  @Field(() => [String]) synonyms: string[];
  @Field(() => Int) version: number;
}

@ObjectType('FaqCandidate')
export class FaqCandidateModel {
  @Field(() => FaqEntryModel) entry: FaqEntryModel;
  @Field(() => Float, { description: 'Sikkerhed mellem 0 og 1' }) confidence: number;
}

@ObjectType('FaqAnswer')
export class FaqAnswerModel {
  @Field(() => FaqVerdict) verdict: FaqVerdict;
  @Field(() => FaqCandidateModel, { nullable: true }) best: FaqCandidateModel | null;
  @Field(() => [FaqCandidateModel]) runnersUp: FaqCandidateModel[];
  @Field(() => String, { nullable: true, description: 'Kommunens telefonnummer' }) phone: string | null;
  @Field(() => ID, { description: 'Det loggede spørgsmål: bruges til "Hjalp det?" og "Spørg en konsulent"' })
  questionId: string;
}

const TEXT_LIST = { message: 'Højst 20 formuleringer.' };

@InputType()
export class FaqEntryInput {
  @Field(() => String, { nullable: true, description: 'Dannes af spørgsmålet, hvis den mangler' })
  @IsOptional()
  @IsString()
  @MaxLength(80, { message: 'Højst 80 tegn.' })
  key?: string | null;
  @Field(() => String)
  @IsString({ message: 'Skriv et spørgsmål.' })
  @MaxLength(300, { message: 'Højst 300 tegn.' })
  question: string;
  @Field(() => String)
  @IsString({ message: 'Skriv et svar.' })
  @MaxLength(5000, { message: 'Højst 5.000 tegn.' })
  answer: string;
  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(20, TEXT_LIST)
  @IsString({ each: true })
  phrasings: string[];
  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(10, { message: 'Højst 10 formuleringer.' })
  @IsString({ each: true })
  english: string[];
  @Field(() => String)
  @IsString({ message: 'Vælg en kategori.' })
  @MaxLength(80, { message: 'Højst 80 tegn.' })
  category: string;
  @Field(() => FaqOwnerTeam)
  @IsEnum(FaqOwnerTeam, { message: 'Vælg et team.' })
  ownerTeam: FaqOwnerTeam;
}

@InputType()
export class UpdateFaqEntryInput extends FaqEntryInput {
  @Field(() => ID) @IsUUID('all', { message: 'Vælg spørgsmålet.' }) id: string;
  @Field(() => Int, { description: 'Den udgave der blev redigeret' })
  @IsInt({ message: 'Versionen mangler.' })
  version: number;
}

@InputType()
export class FaqSynonymInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Ukendt synonym.' }) id?:
    string | null;
  @Field(() => String)
  @IsString({ message: 'Skriv et ord.' })
  @MaxLength(100, { message: 'Højst 100 tegn.' })
  term: string;
  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(20, TEXT_LIST)
  @IsString({ each: true })
  synonyms: string[];
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt({ message: 'Versionen mangler.' }) version?:
    number | null;
}
