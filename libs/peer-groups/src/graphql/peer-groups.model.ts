import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { UnplacedReason } from '../composition/types';
import { PeerCompositionStatus } from '../peer-composition.entity';
import { PeerAudience, PeerGroupStatus } from '../peer-group.entity';
import { PeerAttendanceStatus, PeerMembershipStatus } from '../peer-membership.entity';
import { PeerParticipantKind } from '../peer-participant.entity';

registerEnumType(PeerAudience, { name: 'PeerAudience' });
registerEnumType(PeerGroupStatus, { name: 'PeerGroupStatus' });
registerEnumType(PeerMembershipStatus, { name: 'PeerMembershipStatus' });
registerEnumType(PeerAttendanceStatus, { name: 'PeerAttendanceStatus' });
registerEnumType(PeerParticipantKind, { name: 'PeerParticipantKind' });
registerEnumType(PeerCompositionStatus, { name: 'PeerCompositionStatus' });
registerEnumType(UnplacedReason, { name: 'PeerUnplacedReason' });

@ObjectType('PeerGroup')
export class PeerGroupModel {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => PeerAudience) audience: PeerAudience;
  @Field(() => Int, { nullable: true }) ageMin: number | null;
  @Field(() => Int, { nullable: true }) ageMax: number | null;
  @Field(() => String) areaName: string;
  @Field(() => Float, { nullable: true }) lat: number | null;
  @Field(() => Float, { nullable: true }) lon: number | null;
  @Field(() => ID, { nullable: true }) facilitatorId: string | null;
  @Field(() => Int) capacity: number;
  @Field(() => PeerGroupStatus) status: PeerGroupStatus;
  @Field(() => Int) version: number;
}

@ObjectType('PeerSession')
export class PeerSessionModel {
  @Field(() => ID) id: string;
  @Field(() => ID) groupId: string;
  @Field(() => Date) startsAt: Date;
  @Field(() => Date) endsAt: Date;
  @Field(() => String) place: string;
  @Field(() => String) transportNote: string;
  @Field(() => ID, { nullable: true }) seriesId: string | null;
  @Field(() => Date, { nullable: true }) cancelledAt: Date | null;
  @Field(() => String, { nullable: true }) cancelReason: string | null;
}

@ObjectType('PeerParticipant', {
  description: 'Et plejebarn (kun fornavn og fødselsdato) eller en plejefamilie',
})
export class PeerParticipantModel {
  @Field(() => ID) id: string;
  @Field(() => PeerParticipantKind) kind: PeerParticipantKind;
  @Field(() => ID) fosterFamilyId: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Anbringelsen barnet kommer fra; tom når personalet har oprettet barnet',
  })
  placementId: string | null;
  @Field(() => String, { nullable: true }) firstName: string | null;
  @Field(() => String, { nullable: true }) birthDate: string | null;
  @Field(() => Float, { nullable: true }) lat: number | null;
  @Field(() => Float, { nullable: true }) lon: number | null;
  @Field(() => Boolean) caseworkerConsentRequired: boolean;
}

@ObjectType('PeerMembership')
export class PeerMembershipModel {
  @Field(() => ID) id: string;
  @Field(() => ID) groupId: string;
  @Field(() => ID) participantId: string;
  @Field(() => PeerParticipantModel, { nullable: true }) participant?: PeerParticipantModel;
  @Field(() => PeerGroupModel, {
    nullable: true,
    description:
      'Gruppen, når den er hentet med (altid i peerConsentsAwaiting: sagsbehandleren kan ikke slå grupper op)',
  })
  group?: PeerGroupModel;
  @Field(() => PeerMembershipStatus) status: PeerMembershipStatus;
  @Field(() => Date, { description: 'Hvornår pladsen blev ønsket eller tilbudt (ventelistens rækkefølge)' })
  requestedAt: Date;
  @Field(() => Date, { nullable: true }) familyConsentAt: Date | null;
  @Field(() => Boolean) caseworkerConsentRequired: boolean;
  @Field(() => Date, { nullable: true }) caseworkerConsentAt: Date | null;
  @Field(() => Date, { nullable: true }) offeredAt: Date | null;
  @Field(() => Date, { nullable: true }) activatedAt: Date | null;
  @Field(() => String, { nullable: true }) pausedUntil: string | null;
  @Field(() => Date, { nullable: true }) leftAt: Date | null;
}

@ObjectType('PeerFosterFamily', { description: 'En plejefamilie: kun id og navn' })
export class PeerFosterFamilyModel {
  @Field(() => ID) id: string;
  @Field(() => String) displayName: string;
}

@ObjectType('PeerGroupDetail')
export class PeerGroupDetailModel {
  @Field(() => PeerGroupModel) group: PeerGroupModel;
  @Field(() => Int) placesHeld: number;
  @Field(() => [PeerMembershipModel], {
    description: 'Nuværende medlemmer, inviterede, pauserede og venteliste',
  })
  members: PeerMembershipModel[];
  @Field(() => [PeerMembershipModel], {
    description: 'Medlemmer der har forladt gruppen (seneste gang pr. deltager), nyeste først',
  })
  formerMembers: PeerMembershipModel[];
  @Field(() => [PeerSessionModel]) sessions: PeerSessionModel[];
}

@ObjectType('OpenPeerGroup')
export class OpenPeerGroupModel {
  @Field(() => PeerGroupModel) group: PeerGroupModel;
  @Field(() => Int) freePlaces: number;
  @Field(() => Int) waiting: number;
}

@ObjectType('MyPeerGroup')
export class MyPeerGroupModel {
  @Field(() => PeerMembershipModel) membership: PeerMembershipModel;
  @Field(() => PeerGroupModel) group: PeerGroupModel;
  @Field(() => Int, { nullable: true, description: 'Plads på ventelisten (1 = først)' })
  waitlistPosition: number | null;
  @Field(() => [PeerSessionModel]) nextSessions: PeerSessionModel[];
}

@ObjectType('PeerMustNotPair')
export class PeerMustNotPairModel {
  @Field(() => ID) id: string;
  @Field(() => PeerParticipantModel, { nullable: true }) participantA?: PeerParticipantModel;
  @Field(() => PeerParticipantModel, { nullable: true }) participantB?: PeerParticipantModel;
  @Field(() => String) note: string;
  @Field(() => Date) createdAt: Date;
}

@ObjectType('PeerMate')
export class PeerMateModel {
  @Field(() => PeerParticipantModel) mate: PeerParticipantModel;
  @Field(() => ID) groupId: string;
  @Field(() => String) groupName: string;
}

@ObjectType('PeerAttendance')
export class PeerAttendanceModel {
  @Field(() => ID) sessionId: string;
  @Field(() => ID) participantId: string;
  @Field(() => PeerParticipantModel, { nullable: true }) participant?: PeerParticipantModel;
  @Field(() => PeerAttendanceStatus) status: PeerAttendanceStatus;
  @Field(() => Date) recordedAt: Date;
}

@ObjectType('PeerStoppedComing')
export class PeerStoppedComingModel {
  @Field(() => PeerParticipantModel) participant: PeerParticipantModel;
  @Field(() => Date, { nullable: true }) lastPresentAt: Date | null;
}

@ObjectType('PeerSessionParticipation')
export class PeerSessionParticipationModel {
  @Field(() => PeerSessionModel) session: PeerSessionModel;
  @Field(() => Int) present: number;
  @Field(() => Int) absent: number;
  @Field(() => Int) excused: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Fremmødt ÷ (fremmødt + udeblevet) på mødet; tom før fremmødet er registreret',
  })
  participationRate: number | null;
}

@ObjectType('PeerGroupMetrics')
export class PeerGroupMetricsModel {
  @Field(() => PeerGroupModel) group: PeerGroupModel;
  @Field(() => Int, { description: 'Optagne pladser: inviterede og aktive medlemmer' }) placesHeld: number;
  @Field(() => Int) sessionsHeld: number;
  @Field(() => [PeerSessionParticipationModel], { description: 'Fremmøde pr. afholdt møde, ældste først' })
  sessions: PeerSessionParticipationModel[];
  @Field(() => Float, {
    nullable: true,
    description: 'Fremmødt ÷ (fremmødt + udeblevet); meldt afbud tæller ikke',
  })
  participationRate: number | null;
  @Field(() => [PeerStoppedComingModel], {
    description: 'Aktive medlemmer, der er udeblevet fra de seneste 3 møder',
  })
  stoppedComing: PeerStoppedComingModel[];
  @Field(() => Int) waiting: number;
  @Field(() => Float, { nullable: true }) waitMedianDays: number | null;
  @Field(() => Float, { nullable: true }) waitMaxDays: number | null;
}

@ObjectType('PeerProposedGroup')
export class PeerProposedGroupModel {
  @Field(() => [ID]) childIds: string[];
  @Field(() => Float) ageMin: number;
  @Field(() => Float) ageMax: number;
  @Field(() => Float, { nullable: true }) lat: number | null;
  @Field(() => Float, { nullable: true }) lon: number | null;
  @Field(() => Float) maxKmFromCentre: number;
  @Field(() => Int, { description: 'Par der har været i gruppe sammen før' }) earlierMatePairs: number;
}

@ObjectType('PeerUnplacedChild')
export class PeerUnplacedChildModel {
  @Field(() => ID) childId: string;
  @Field(() => UnplacedReason) reason: UnplacedReason;
  @Field(() => String) message: string;
}

@ObjectType('PeerComposition')
export class PeerCompositionModel {
  @Field(() => ID) id: string;
  @Field(() => PeerCompositionStatus) status: PeerCompositionStatus;
  @Field(() => Int) groupSize: number;
  @Field(() => [PeerProposedGroupModel]) groups: PeerProposedGroupModel[];
  @Field(() => [PeerUnplacedChildModel], { description: 'Børn uden gruppe, med begrundelse' })
  unplaced: PeerUnplacedChildModel[];
  @Field(() => Float) cost: number;
  @Field(() => Date) createdAt: Date;
  @Field(() => Int) version: number;
}

@InputType()
export class SavePeerGroupInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() id?: string | null;
  @Field(() => String) @IsString() @MaxLength(200) name: string;
  @Field(() => PeerAudience) @IsEnum(PeerAudience) audience: PeerAudience;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() ageMin?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() ageMax?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) areaName?: string | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() lat?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() lon?: number | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() facilitatorId?: string | null;
  @Field(() => Int) @IsInt() capacity: number;
  @Field(() => PeerGroupStatus) @IsEnum(PeerGroupStatus) status: PeerGroupStatus;
}

@InputType()
export class RegisterPeerChildInput {
  @Field(() => String) @IsString() @MaxLength(200) firstName: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) @IsString() @MaxLength(10) birthDate: string;
  @Field(() => ID) @IsString() fosterFamilyId: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() lat?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() lon?: number | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() caseworkerConsentRequired?:
    boolean | null;
}

@InputType()
export class CreatePeerSessionsInput {
  @Field(() => ID) @IsString() groupId: string;
  @Field(() => String, { description: 'Første mødes dato, YYYY-MM-DD (dansk tid)' })
  @IsString()
  @MaxLength(10)
  firstDate: string;
  @Field(() => String, { description: 'HH:MM' }) @IsString() @MaxLength(5) startTime: string;
  @Field(() => String, { description: 'HH:MM' }) @IsString() @MaxLength(5) endTime: string;
  @Field(() => Int, { description: '1 = hver uge, 2 = hver anden uge …' }) @IsInt() everyWeeks: number;
  @Field(() => Int, { description: 'Antal møder' }) @IsInt() count: number;
  @Field(() => String) @IsString() @MaxLength(500) place: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(1000) transportNote?:
    string | null;
}

@InputType()
export class PeerAttendanceEntryInput {
  @Field(() => ID) @IsString() participantId: string;
  @Field(() => PeerAttendanceStatus) @IsEnum(PeerAttendanceStatus) status: PeerAttendanceStatus;
}

@InputType()
export class RecordPeerAttendanceInput {
  @Field(() => ID) @IsString() sessionId: string;
  @Field(() => [PeerAttendanceEntryInput])
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => PeerAttendanceEntryInput)
  entries: PeerAttendanceEntryInput[];
}

@InputType()
export class ProposePeerGroupsInput {
  @Field(() => Int, { description: 'Ønsket antal børn pr. gruppe' }) @IsInt() groupSize: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() ageMin?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() ageMax?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Også børn der er i en gruppe nu' })
  @IsOptional()
  @IsBoolean()
  includeGrouped?: boolean | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'Kun disse børn (blandt dem der kan komme i grupper); tom = alle',
  })
  @IsOptional()
  @ArrayMaxSize(5000)
  @IsUUID('all', { each: true })
  participantIds?: string[] | null;
}

@InputType()
export class ConfirmPeerCompositionInput {
  @Field(() => ID) @IsString() compositionId: string;
  @Field(() => Int) @IsInt() expectedVersion: number;
  @Field(() => String, { description: 'Grupperne hedder "<navn> 1", "<navn> 2" …' })
  @IsString()
  @MaxLength(200)
  namePrefix: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() facilitatorId?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() capacity?: number | null;
}
