import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@pleje/core';
import {
  FamilyType,
  FormStep,
  HouseholdRelation,
  HousingTenure,
  HousingType,
  RecruitmentSource,
  WorkSituation,
} from '../../application-form';
import { ApplicationStatus, ApplicationTrack } from '../../application-status';
import { DocumentKind } from '../../application-document.entity';
import { RequirementKind, RequirementStatus } from '../../application-requirement.entity';
import { TimelineState } from './enums';

@ObjectType('Applicant')
export class ApplicantModel {
  @Field(() => String, { nullable: true }) id: string | null;
  @Field(() => String, { nullable: true }) firstName: string | null;
  @Field(() => String, { nullable: true }) lastName: string | null;
  @Field(() => String, { nullable: true }) birthDate: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => WorkSituation, { nullable: true }) workSituation: WorkSituation | null;
  @Field(() => String, { nullable: true }) occupation: string | null;
  @Field(() => String, { nullable: true }) education: string | null;
}

@ObjectType('HouseholdMember')
export class HouseholdMemberModel {
  @Field(() => String, { nullable: true }) id: string | null;
  @Field(() => String, { nullable: true }) firstName: string | null;
  @Field(() => String, { nullable: true }) birthDate: string | null;
  @Field(() => HouseholdRelation, { nullable: true }) relation: HouseholdRelation | null;
}

/** The form exactly as saved; every field nullable because drafts are incomplete. */
@ObjectType('ApplicationForm')
export class ApplicationFormModel {
  @Field(() => [ApplicantModel]) applicants: ApplicantModel[];
  @Field(() => [HouseholdMemberModel]) household: HouseholdMemberModel[];
  @Field(() => String, { nullable: true }) street: string | null;
  @Field(() => String, { nullable: true }) postalCode: string | null;
  @Field(() => String, { nullable: true }) city: string | null;
  @Field(() => HousingType, { nullable: true }) housingType: HousingType | null;
  @Field(() => HousingTenure, { nullable: true }) housingTenure: HousingTenure | null;
  @Field(() => Int, { nullable: true }) rooms: number | null;
  @Field(() => Boolean, { nullable: true }) spareRoom: boolean | null;
  @Field(() => String, { nullable: true }) housingNotes: string | null;
  @Field(() => Boolean, { nullable: true }) hasOwnChildren: boolean | null;
  @Field(() => Boolean, { nullable: true }) professionalExperience: boolean | null;
  @Field(() => String, { nullable: true }) professionalExperienceDescription: string | null;
  @Field(() => String, { nullable: true }) otherExperience: string | null;
  @Field(() => String, { nullable: true }) motivation: string | null;
  @Field(() => [FamilyType]) familyTypes: FamilyType[];
  @Field(() => String, { nullable: true }) networkChildName: string | null;
  @Field(() => String, { nullable: true }) networkChildRelation: string | null;
  @Field(() => Int, { nullable: true }) ageMin: number | null;
  @Field(() => Int, { nullable: true }) ageMax: number | null;
  @Field(() => Int, { nullable: true }) childrenCount: number | null;
  @Field(() => Boolean, { nullable: true }) siblings: boolean | null;
  @Field(() => RecruitmentSource, { nullable: true }) recruitmentSource: RecruitmentSource | null;
  @Field(() => String, { nullable: true }) recruitmentSourceOther: string | null;
  @Field(() => Boolean, { nullable: true }) consentCertificates: boolean | null;
  @Field(() => Boolean, { nullable: true }) consentPrivacy: boolean | null;
}

@ObjectType()
export class FieldProblem {
  @Field(() => FormStep) step: FormStep;
  @Field(() => String, { description: 'Feltets sti, fx applicants.1.birthDate' }) path: string;
  @Field(() => String) message: string;
}

@ObjectType()
export class TimelineStep {
  @Field(() => ApplicationStatus) status: ApplicationStatus;
  @Field(() => String) label: string;
  @Field(() => TimelineState) state: TimelineState;
  @Field(() => Date, { nullable: true, description: 'Hvornår trinnet blev nået' }) reachedAt: Date | null;
}

@ObjectType('ApplicationTransition')
export class ApplicationTransitionModel {
  @Field(() => ID) id: string;
  @Field(() => ApplicationStatus, { nullable: true }) fromStatus: ApplicationStatus | null;
  @Field(() => ApplicationStatus) toStatus: ApplicationStatus;
  @Field(() => String) toLabel: string;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => String, { nullable: true, description: 'Navn på den der flyttede sagen' }) actorName:
    string | null;
  @Field(() => Date) createdAt: Date;
}

@ObjectType('ApplicationMessage')
export class ApplicationMessageModel {
  @Field(() => ID) id: string;
  @Field(() => String) body: string;
  @Field(() => Boolean) fromStaff: boolean;
  @Field(() => String, { nullable: true }) authorName: string | null;
  @Field(() => Date) createdAt: Date;
}

@ObjectType('ApplicationRequirement')
export class RequirementModel {
  @Field(() => ID) id: string;
  @Field(() => RequirementKind) kind: RequirementKind;
  @Field(() => String) label: string;
  @Field(() => String) subjectName: string;
  @Field(() => RequirementStatus) status: RequirementStatus;
  @Field(() => String, { nullable: true }) expiresOn: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => Boolean, { description: 'Udløber inden for 30 dage' }) expiringSoon: boolean;
  @Field(() => Boolean) expired: boolean;
  @Field(() => Date, { description: 'Sendes med ved ændring (expectedUpdatedAt)' }) updatedAt: Date;
}

@ObjectType('ApplicationDocument')
export class DocumentModel {
  @Field(() => ID) id: string;
  @Field(() => DocumentKind) kind: DocumentKind;
  @Field(() => String) fileName: string;
  @Field(() => String) mimeType: string;
  @Field(() => Int) sizeBytes: number;
  @Field(() => String, { nullable: true, description: 'Sidste gyldige dag (åååå-mm-dd)' }) expiresOn:
    string | null;
  @Field(() => Boolean, { description: 'Udløbet (før i dag)' }) expired: boolean;
  @Field(() => Boolean, { description: 'Udløber inden for 30 dage' }) expiringSoon: boolean;
  @Field(() => Date) createdAt: Date;
  @Field(() => String, { description: 'Hentes med Authorization-header' }) downloadPath: string;
}

@ObjectType()
export class ConsultantRef {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
}

/** One application. Lists (board) use only the scalar fields; the detail page asks for the rest. */
@ObjectType('Application')
export class ApplicationModel {
  @Field(() => ID) id: string;
  @Field(() => ApplicationTrack) track: ApplicationTrack;
  @Field(() => ApplicationStatus) status: ApplicationStatus;
  @Field(() => String) statusLabel: string;
  @Field(() => String, { description: 'Hvad ansøgeren kan forvente nu' }) nextStep: string;
  @Field(() => ApplicationStatus, { nullable: true }) heldFrom: ApplicationStatus | null;
  @Field(() => Int, { description: 'Angives ved ændringer, så to konsulenter ikke overskriver hinanden' })
  version: number;
  @Field(() => String) applicantName: string;
  @Field(() => FormStep, { nullable: true }) lastStep: FormStep | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
  @Field(() => Date) statusChangedAt: Date;
  @Field(() => Int) daysInStatus: number;
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
  @Field(() => Boolean) appealed: boolean;
  @Field(() => RecruitmentSource, { nullable: true }) recruitmentSource: RecruitmentSource | null;
  @Field(() => ConsultantRef, { nullable: true }) assignedConsultant: ConsultantRef | null;
}

export const ApplicationConnection = ConnectionType(ApplicationModel, 'Application');

@ObjectType()
export class PipelineColumn {
  @Field(() => ApplicationStatus) status: ApplicationStatus;
  @Field(() => String) label: string;
  @Field(() => Int) count: number;
  @Field(() => [ApplicationModel]) items: ApplicationModel[];
}
