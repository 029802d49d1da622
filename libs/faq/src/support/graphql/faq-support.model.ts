import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { FaqOwnerTeam } from '../../faq-entry.entity';
import { FaqEntryModel } from '../../graphql/faq.model';
import { FaqChannel } from '../faq-question.entity';
import { FaqTicketStatus } from '../faq-ticket.entity';

registerEnumType(FaqTicketStatus, { name: 'FaqTicketStatus' });
registerEnumType(FaqChannel, { name: 'FaqChannel' });

@ObjectType('FaqFeedback', { description: '"Hjalp det?" for et svar' })
export class FaqFeedbackModel {
  @Field(() => ID) questionId: string;
  @Field(() => ID) entryId: string;
  @Field(() => Boolean) helpful: boolean;
}

@ObjectType('FaqTicket', { description: 'En henvendelse til en konsulent, som konsulenterne ser den' })
export class FaqTicketModel {
  @Field(() => ID) id: string;
  @Field(() => FaqTicketStatus) status: FaqTicketStatus;
  @Field(() => FaqOwnerTeam) team: FaqOwnerTeam;
  @Field(() => String, { description: 'Teamets navn på dansk' }) teamLabel: string;
  @Field(() => FaqChannel) channel: FaqChannel;
  @Field(() => String) question: string;
  @Field(() => String, { nullable: true }) answer: string | null;
  @Field(() => String, { nullable: true, description: 'Navnet på den, der spurgte' }) askerName:
    string | null;
  @Field(() => ID, { nullable: true }) assigneeId: string | null;
  @Field(() => String, { nullable: true }) assigneeName: string | null;
  @Field(() => Boolean, { description: 'Henvendelsen er taget af den, der spørger' }) assignedToMe: boolean;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) assignedAt: Date | null;
  @Field(() => Date, { nullable: true }) answeredAt: Date | null;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field(() => ID, { nullable: true, description: 'Spørgsmålet i vidensbasen, der blev lavet af svaret' })
  faqEntryId: string | null;
  @Field(() => Int) version: number;
}

@ObjectType('MyFaqTicket', { description: 'Mit spørgsmål til en konsulent og svaret' })
export class MyFaqTicketModel {
  @Field(() => ID) id: string;
  @Field(() => FaqTicketStatus) status: FaqTicketStatus;
  @Field(() => FaqOwnerTeam) team: FaqOwnerTeam;
  @Field(() => String) teamLabel: string;
  @Field(() => String) question: string;
  @Field(() => String, { nullable: true }) answer: string | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) answeredAt: Date | null;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
}

@ObjectType('FaqConsultant')
export class FaqConsultantModel {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
}

@ObjectType('FaqEntryFromTicket')
export class FaqEntryFromTicketModel {
  @Field(() => FaqTicketModel) ticket: FaqTicketModel;
  @Field(() => FaqEntryModel) entry: FaqEntryModel;
}

@ObjectType('FaqImprovementGroup', {
  description: 'Spørgsmål samlet under det nærmeste spørgsmål i vidensbasen',
})
export class FaqImprovementGroupModel {
  @Field(() => ID, { nullable: true, description: 'Tom: intet spørgsmål i vidensbasen kom tæt på ("ingen")' })
  entryId: string | null;
  @Field(() => String, { nullable: true }) entryKey: string | null;
  @Field(() => String, { nullable: true }) entryQuestion: string | null;
  @Field(() => Int, { description: 'Spørgsmål vidensbasen ikke kunne svare på' }) unanswered: number;
  @Field(() => Int, { description: 'Svar der fik 👎' }) notHelpful: number;
  @Field(() => Int) total: number;
  @Field(() => [String], { description: 'Op til fem nylige spørgsmål, der stadig er gemt' })
  examples: string[];
}

@ObjectType('FaqImprovementReport')
export class FaqImprovementReportModel {
  @Field(() => Date) from: Date;
  @Field(() => Date) to: Date;
  @Field(() => Int) questions: number;
  @Field(() => Int) unanswered: number;
  @Field(() => Int) notHelpful: number;
  @Field(() => Int) helpful: number;
  @Field(() => [FaqImprovementGroupModel]) groups: FaqImprovementGroupModel[];
}

@ObjectType('FaqPhrasingSuggestion', {
  description:
    'En forælders spørgsmål, som søgningen var usikker på, men som fik 👍 på et svar: en mulig ny formulering',
})
export class FaqPhrasingSuggestionModel {
  @Field(() => ID) questionId: string;
  @Field(() => String, { description: 'Spørgsmålet, som det blev skrevet' }) text: string;
  @Field(() => Date) askedAt: Date;
  @Field(() => ID) entryId: string;
  @Field(() => String, { description: 'Spørgsmålet i vidensbasen, forælderen valgte' }) entryQuestion: string;
  @Field(() => Int, { description: 'Hvor mange gemte spørgsmål der lød sådan' }) count: number;
}

@InputType()
export class AskConsultantInput {
  @Field(() => ID, { nullable: true, description: 'Spørgsmålet fra askQuestion' })
  @IsOptional()
  @IsUUID('all', { message: 'Ukendt spørgsmål.' })
  questionId?: string | null;
  @Field(() => String, { nullable: true, description: 'Eller et nyt spørgsmål' })
  @IsOptional()
  @IsString({ message: 'Skriv dit spørgsmål.' })
  @MaxLength(500, { message: 'Skriv spørgsmålet med højst 500 tegn.' })
  text?: string | null;
  @Field(() => FaqOwnerTeam, { nullable: true, description: 'Emnet; bestemmer hvilket team der svarer' })
  @IsOptional()
  @IsEnum(FaqOwnerTeam, { message: 'Vælg et emne.' })
  category?: FaqOwnerTeam | null;
}
