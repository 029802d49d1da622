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
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Role } from '@pleje/core';
import {
  LearningCategory,
  LearningEventType,
  LearningHoldReason,
  LearningNoteKind,
  LearningOutcome,
  LearningPriority,
  LearningRiskSignal,
  LearningStatus,
  LearningUrgency,
} from '../learning-vocabulary';

registerEnumType(LearningCategory, { name: 'LearningCategory' });
registerEnumType(LearningUrgency, { name: 'LearningUrgency' });
registerEnumType(LearningRiskSignal, { name: 'LearningRiskSignal' });
registerEnumType(LearningPriority, { name: 'LearningPriority' });
registerEnumType(LearningStatus, { name: 'LearningStatus' });
registerEnumType(LearningHoldReason, { name: 'LearningHoldReason' });
registerEnumType(LearningOutcome, { name: 'LearningOutcome' });
registerEnumType(LearningNoteKind, { name: 'LearningNoteKind' });
registerEnumType(LearningEventType, { name: 'LearningEventType' });

@ObjectType('LearningLabel', { description: 'En kode med dens danske tekst' })
export class LearningLabelModel {
  @Field(() => String) code: string;
  @Field(() => String) label: string;
}

@ObjectType('LearningVocabulary', { description: 'Alle koder i læringskøen med danske tekster' })
export class LearningVocabularyModel {
  @Field(() => [LearningLabelModel]) categories: LearningLabelModel[];
  @Field(() => [LearningLabelModel]) urgencies: LearningLabelModel[];
  @Field(() => [LearningLabelModel]) riskSignals: LearningLabelModel[];
  @Field(() => [LearningLabelModel]) priorities: LearningLabelModel[];
  @Field(() => [LearningLabelModel]) statuses: LearningLabelModel[];
  @Field(() => [LearningLabelModel]) holdReasons: LearningLabelModel[];
  @Field(() => [LearningLabelModel]) outcomes: LearningLabelModel[];
}

@ObjectType('LearningAttachment')
export class LearningAttachmentModel {
  @Field(() => ID) id: string;
  @Field(() => String) fileName: string;
  @Field(() => String) mimeType: string;
  @Field(() => Int) sizeBytes: number;
  @Field(() => Date) createdAt: Date;
  @Field(() => String, { description: 'Hent filen med GET og bearer-token' }) downloadPath: string;
}

@ObjectType('LearningNote')
export class LearningNoteModel {
  @Field(() => ID) id: string;
  @Field(() => LearningNoteKind) kind: LearningNoteKind;
  @Field(() => ID) authorId: string;
  @Field(() => Role) authorRole: Role;
  @Field(() => String) body: string;
  @Field(() => Date) createdAt: Date;
}

@ObjectType('LearningEvent', { description: 'Sagens historik: hvem, hvornår, hvad (null = systemet)' })
export class LearningEventModel {
  @Field(() => ID) id: string;
  @Field(() => LearningEventType) type: LearningEventType;
  @Field(() => ID, { nullable: true }) actorId: string | null;
  @Field(() => String, { nullable: true, description: 'Koder og id’er som JSON' }) details: string | null;
  @Field(() => Date) createdAt: Date;
}

/** Fields both the requester and the consultants see. */
@ObjectType('LearningRequestSummary', { isAbstract: true })
abstract class LearningRequestBase {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'Barnets fornavn (eller pseudonym)' }) childFirstName: string;
  @Field(() => LearningCategory) category: LearningCategory;
  @Field(() => String) categoryLabel: string;
  @Field(() => String) description: string;
  @Field(() => LearningUrgency) urgency: LearningUrgency;
  @Field(() => LearningStatus) status: LearningStatus;
  @Field(() => String) statusLabel: string;
  @Field(() => LearningHoldReason, { nullable: true }) holdReason: LearningHoldReason | null;
  @Field(() => Date, { nullable: true, description: 'Null mens sagen afventer skolen eller familien' })
  deadlineAt: Date | null;
  @Field(() => LearningOutcome, { nullable: true }) outcome: LearningOutcome | null;
  @Field(() => String, { nullable: true }) outcomeLabel: string | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) resolvedAt: Date | null;
  @Field(() => Int) version: number;
}

@ObjectType('LearningRequest', { description: 'En skolesag set af læringskonsulenterne' })
export class LearningRequestModel extends LearningRequestBase {
  @Field(() => ID, { nullable: true }) placementId: string | null;
  @Field(() => Boolean) pseudonymous: boolean;
  @Field(() => ID) requestedBy: string;
  @Field(() => Role) requesterRole: Role;
  @Field(() => [LearningRiskSignal]) riskSignals: LearningRiskSignal[];
  @Field(() => Int, { nullable: true }) absencePercent: number | null;
  @Field(() => LearningPriority) priority: LearningPriority;
  @Field(() => ID, { nullable: true }) assigneeId: string | null;
  @Field(() => Date, { nullable: true }) assignedAt: Date | null;
  @Field(() => Date) queuedAt: Date;
  @Field(() => Date, { nullable: true }) escalatedAt: Date | null;
  @Field(() => Boolean) isOverdue: boolean;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
}

@ObjectType('LearningRequestDetail')
export class LearningRequestDetailModel {
  @Field(() => LearningRequestModel) request: LearningRequestModel;
  @Field(() => [LearningNoteModel], { description: 'Interne noter, svar og beskeder' })
  notes: LearningNoteModel[];
  @Field(() => [LearningEventModel]) events: LearningEventModel[];
  @Field(() => [LearningAttachmentModel]) attachments: LearningAttachmentModel[];
}

@ObjectType('MyLearningRequest', { description: 'En henvendelse set af den, der spurgte' })
export class MyLearningRequestModel extends LearningRequestBase {}

@ObjectType('LearningMessage', { description: 'Læringskonsulentens svar eller spørgerens besked' })
export class LearningMessageModel {
  @Field(() => ID) id: string;
  @Field(() => Boolean, { description: 'Sand når beskeden er fra læringskonsulenten' })
  fromConsultant: boolean;
  @Field(() => String) body: string;
  @Field(() => Date) createdAt: Date;
}

@ObjectType('LearningStatusChange', { description: 'En statusændring, som spørgeren ser den' })
export class LearningStatusChangeModel {
  @Field(() => ID) id: string;
  @Field(() => LearningEventType) type: LearningEventType;
  @Field(() => String, { description: 'Hvad der skete, på dansk' }) label: string;
  @Field(() => Date) createdAt: Date;
}

@ObjectType('LearningChild', { description: 'Et anbragt barn, man kan spørge læringskonsulenten om' })
export class LearningChildModel {
  @Field(() => ID) placementId: string;
  @Field(() => String) childId: string;
  @Field(() => String, { description: 'Kun fornavn' }) firstName: string;
}

@ObjectType('MyLearningRequestDetail')
export class MyLearningRequestDetailModel {
  @Field(() => MyLearningRequestModel) request: MyLearningRequestModel;
  @Field(() => [LearningMessageModel]) messages: LearningMessageModel[];
  @Field(() => [LearningAttachmentModel]) attachments: LearningAttachmentModel[];
  @Field(() => [LearningStatusChangeModel], {
    description: 'Statusændringer, ældste først (aldrig interne noter)',
  })
  timeline: LearningStatusChangeModel[];
}

@ObjectType('LearningConsultant')
export class LearningConsultantModel {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
}

@ObjectType('LearningBacklogRow')
export class LearningBacklogRowModel {
  @Field(() => LearningPriority) priority: LearningPriority;
  @Field(() => Int) open: number;
  @Field(() => Int) unassigned: number;
  @Field(() => Int) overdue: number;
}

@ObjectType('LearningOutcomeCount')
export class LearningOutcomeCountModel {
  @Field(() => LearningOutcome) outcome: LearningOutcome;
  @Field(() => String) label: string;
  @Field(() => Int) count: number;
}

@ObjectType('LearningDashboard')
export class LearningDashboardModel {
  @Field(() => Date) from: Date;
  @Field(() => Date) to: Date;
  @Field(() => [LearningBacklogRowModel], { description: 'Åbne sager pr. prioritet lige nu' })
  backlog: LearningBacklogRowModel[];
  @Field(() => Float, { nullable: true, description: 'Median ventetid fra oprettet til taget, timer' })
  waitingHoursMedian: number | null;
  @Field(() => Float, { nullable: true, description: '90-percentil ventetid, timer' })
  waitingHoursP90: number | null;
  @Field(() => Int) taken: number;
  @Field(() => Int, { description: 'Frister overskredet i perioden (eskaleringer)' }) deadlinesMissed: number;
  @Field(() => Int) overdueNow: number;
  @Field(() => Int) created: number;
  @Field(() => Int) resolved: number;
  @Field(() => [LearningOutcomeCountModel]) outcomes: LearningOutcomeCountModel[];
}

@ObjectType('LearningPoints')
export class LearningPointsModel {
  @Field(() => String) code: string;
  @Field(() => Int) points: number;
}

@ObjectType('LearningSettings', {
  description: 'Kommunens triage-regler, frister og ledende læringskonsulent',
})
export class LearningSettingsModel {
  @Field(() => ID, {
    nullable: true,
    description: 'Modtager eskaleringer; uden en leder går de til alle læringskonsulenter',
  })
  leadUserId: string | null;
  @Field(() => [LearningPointsModel]) urgencyPoints: LearningPointsModel[];
  @Field(() => [LearningPointsModel]) categoryPoints: LearningPointsModel[];
  @Field(() => [LearningPointsModel]) riskPoints: LearningPointsModel[];
  @Field(() => Int) highAbsencePercent: number;
  @Field(() => Int) highAbsencePoints: number;
  @Field(() => Int) thresholdP1: number;
  @Field(() => Int) thresholdP2: number;
  @Field(() => Int) thresholdP3: number;
  @Field(() => Float) slaHoursP1: number;
  @Field(() => Float) slaHoursP2: number;
  @Field(() => Float) slaHoursP3: number;
  @Field(() => Float) slaHoursP4: number;
  @Field(() => Float) reminderHoursBefore: number;
  @Field(() => Int) version: number;
}

// ---- inputs ----

@InputType()
export class CreateLearningRequestInput {
  @Field(() => ID, { nullable: true, description: 'Det anbragte barns anbringelse' })
  @IsOptional()
  @IsUUID('all', { message: 'Vælg barnet.' })
  placementId?: string | null;
  @Field(() => String, { nullable: true, description: 'Barnets id i anbringelsen (søskendegrupper)' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  childId?: string | null;
  @Field(() => String, { nullable: true, description: 'Kun personale: fornavn eller initialer' })
  @IsOptional()
  @IsString()
  @MaxLength(60, { message: 'Højst 60 tegn.' })
  childPseudonym?: string | null;
  @Field(() => LearningCategory)
  @IsEnum(LearningCategory, { message: 'Vælg et emne.' })
  category: LearningCategory;
  @Field(() => String) @IsString() @MaxLength(4000, { message: 'Højst 4000 tegn.' }) description: string;
  @Field(() => LearningUrgency)
  @IsEnum(LearningUrgency, { message: 'Vælg hvor meget det haster.' })
  urgency: LearningUrgency;
  @Field(() => [LearningRiskSignal], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsEnum(LearningRiskSignal, { each: true, message: 'Ukendt risikotegn.' })
  riskSignals?: LearningRiskSignal[] | null;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Skriv fraværet som et helt tal.' })
  @Min(0, { message: 'Fravær skal være mellem 0 og 100 %.' })
  @Max(100, { message: 'Fravær skal være mellem 0 og 100 %.' })
  absencePercent?: number | null;
}

@InputType()
export class RetriageLearningRequestInput {
  @Field(() => LearningCategory, { nullable: true })
  @IsOptional()
  @IsEnum(LearningCategory)
  category?: LearningCategory | null;
  @Field(() => LearningUrgency, { nullable: true })
  @IsOptional()
  @IsEnum(LearningUrgency)
  urgency?: LearningUrgency | null;
  @Field(() => [LearningRiskSignal], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(LearningRiskSignal, { each: true, message: 'Ukendt risikotegn.' })
  riskSignals?: LearningRiskSignal[] | null;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'Fravær skal være mellem 0 og 100 %.' })
  @Max(100, { message: 'Fravær skal være mellem 0 og 100 %.' })
  absencePercent?: number | null;
  @Field(() => LearningPriority, { nullable: true, description: 'Konsulentens egen vurdering' })
  @IsOptional()
  @IsEnum(LearningPriority)
  priority?: LearningPriority | null;
  @Field(() => Date, { nullable: true, description: 'En aftalt frist (i fremtiden)' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'Vælg en frist.' })
  deadlineAt?: Date | null;
}

@InputType()
export class LearningQueueFilterInput {
  @Field(() => [LearningStatus], { nullable: true, description: 'Standard: nye, tildelte og på pause' })
  @IsOptional()
  @IsArray()
  @IsEnum(LearningStatus, { each: true })
  statuses?: LearningStatus[] | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() mine?: boolean | null;
  @Field(() => LearningPriority, { nullable: true })
  @IsOptional()
  @IsEnum(LearningPriority)
  priority?: LearningPriority | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(500) first?: number | null;
}

@InputType()
export class LearningPointsInput {
  @Field(() => String) @IsString() @MaxLength(64) code: string;
  @Field(() => Int) @IsInt() @Min(0) @Max(20) points: number;
}

@InputType()
export class LearningSettingsInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Vælg en læringskonsulent.' })
  leadUserId?: string | null;
  @Field(() => [LearningPointsInput])
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => LearningPointsInput)
  urgencyPoints: LearningPointsInput[];
  @Field(() => [LearningPointsInput])
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => LearningPointsInput)
  categoryPoints: LearningPointsInput[];
  @Field(() => [LearningPointsInput])
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => LearningPointsInput)
  riskPoints: LearningPointsInput[];
  @Field(() => Int) @IsInt() @Min(1) @Max(100) highAbsencePercent: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(20) highAbsencePoints: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(100) thresholdP1: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(100) thresholdP2: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(100) thresholdP3: number;
  @Field(() => Float) @IsNumber() @Min(1, { message: 'Mindst 1 time.' }) slaHoursP1: number;
  @Field(() => Float) @IsNumber() @Min(1, { message: 'Mindst 1 time.' }) slaHoursP2: number;
  @Field(() => Float) @IsNumber() @Min(1, { message: 'Mindst 1 time.' }) slaHoursP3: number;
  @Field(() => Float) @IsNumber() @Min(1, { message: 'Mindst 1 time.' }) slaHoursP4: number;
  @Field(() => Float) @IsNumber() @Min(0) reminderHoursBefore: number;
}
