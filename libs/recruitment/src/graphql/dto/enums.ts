import { registerEnumType } from '@nestjs/graphql';
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
import { ApprovalAuthority } from '../../foster-family.entity';

registerEnumType(ApplicationStatus, { name: 'ApplicationStatus' });
registerEnumType(ApplicationTrack, { name: 'ApplicationTrack' });
registerEnumType(FamilyType, { name: 'FamilyType' });
registerEnumType(RecruitmentSource, { name: 'RecruitmentSource' });
registerEnumType(HousingType, { name: 'HousingType' });
registerEnumType(HousingTenure, { name: 'HousingTenure' });
registerEnumType(WorkSituation, { name: 'WorkSituation' });
registerEnumType(HouseholdRelation, { name: 'HouseholdRelation' });
registerEnumType(FormStep, { name: 'FormStep' });
registerEnumType(RequirementKind, { name: 'RequirementKind' });
registerEnumType(RequirementStatus, { name: 'RequirementStatus' });
registerEnumType(DocumentKind, { name: 'DocumentKind' });
registerEnumType(ApprovalAuthority, { name: 'ApprovalAuthority' });

export enum TimelineState {
  DONE = 'DONE',
  CURRENT = 'CURRENT',
  UPCOMING = 'UPCOMING',
}
registerEnumType(TimelineState, { name: 'TimelineState' });
