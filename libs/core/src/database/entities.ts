import { AuditEvent } from '../audit/audit-event.entity';
import { OutboxJob } from '../queue/outbox-job.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { Municipality } from '../tenancy/municipality.entity';
import { User } from '../users/user.entity';
// Relative, like the migrations: the @pleje/notifications barrel imports @pleje/core (a cycle).
import { EmailMessage } from '../../../notifications/src/email-message.entity';
import { Application } from '../../../recruitment/src/application.entity';
import { ApplicationDocument } from '../../../recruitment/src/application-document.entity';
import { ApplicationMessage } from '../../../recruitment/src/application-message.entity';
import { ApplicationRequirement } from '../../../recruitment/src/application-requirement.entity';
import { ApplicationTransition } from '../../../recruitment/src/application-transition.entity';
import { FosterFamily } from '../../../recruitment/src/foster-family.entity';
import {
  HomeVisit,
  RecruitmentEvent,
  RecruitmentEventSignup,
} from '../../../recruitment/src/recruitment-event.entity';
import { FamilyMatchProfile } from '../../../matching/src/family-match-profile.entity';
import { MatchBatch, MatchProposal } from '../../../matching/src/match-proposal.entity';
import { MatchingWeights } from '../../../matching/src/matching-weights.entity';
import { PlacementNeed } from '../../../matching/src/placement-need.entity';
import { Placement } from '../../../matching/src/placement.entity';
import { ReliefBooking } from '../../../relief/src/relief-booking.entity';
import { ReliefCalendarFeed } from '../../../relief/src/feeds/relief-calendar-feed.entity';
import { ReliefGrant } from '../../../relief/src/relief-grant.entity';
import {
  ReliefRequestWindow,
  ReliefWindowRequest,
} from '../../../relief/src/windows/relief-request-window.entity';
import {
  ReliefAvailability,
  ReliefBlockedPeriod,
  ReliefProvider,
} from '../../../relief/src/relief-provider.entity';
import { LearningAttachment } from '../../../learning/src/learning-attachment.entity';
import { LearningEvent } from '../../../learning/src/learning-event.entity';
import { LearningNote } from '../../../learning/src/learning-note.entity';
import { LearningRequest } from '../../../learning/src/learning-request.entity';
import { LearningSettings } from '../../../learning/src/learning-settings.entity';
import { PeerComposition } from '../../../peer-groups/src/peer-composition.entity';
import { PeerGroup, PeerSession } from '../../../peer-groups/src/peer-group.entity';
import { PeerAttendance, PeerMembership } from '../../../peer-groups/src/peer-membership.entity';
import { PeerMustNotPair, PeerParticipant } from '../../../peer-groups/src/peer-participant.entity';
import {
  FaqEntry,
  FaqEntryVersion,
  FaqSeedRemoval,
  FaqSynonym,
  FaqTerm,
} from '../../../faq/src/faq-entry.entity';
import { TeamsConversation } from '../../../teams/src/teams-conversation.entity';
import { TeamsLinkCode } from '../../../teams/src/teams-link-code.entity';
import { TeamsLink } from '../../../teams/src/teams-link.entity';
import { TeamsMessage } from '../../../teams/src/teams-message.entity';
import { FaqQuestion } from '../../../faq/src/support/faq-question.entity';
import { FaqTicket } from '../../../faq/src/support/faq-ticket.entity';

/** Every entity, listed explicitly (no globs: the same list works in tsc output and in jest). */
export const ENTITIES = [
  Municipality,
  User,
  RefreshToken,
  AuditEvent,
  OutboxJob,
  EmailMessage,
  Application,
  ApplicationTransition,
  ApplicationMessage,
  ApplicationRequirement,
  ApplicationDocument,
  FosterFamily,
  RecruitmentEvent,
  RecruitmentEventSignup,
  HomeVisit,
  PlacementNeed,
  FamilyMatchProfile,
  MatchingWeights,
  MatchBatch,
  MatchProposal,
  Placement,
  ReliefProvider,
  ReliefAvailability,
  ReliefBlockedPeriod,
  ReliefGrant,
  ReliefBooking,
  ReliefCalendarFeed,
  ReliefRequestWindow,
  ReliefWindowRequest,
  LearningRequest,
  LearningNote,
  LearningEvent,
  LearningAttachment,
  LearningSettings,
  PeerGroup,
  PeerSession,
  PeerParticipant,
  PeerMustNotPair,
  PeerMembership,
  PeerAttendance,
  PeerComposition,
  FaqEntry,
  FaqEntryVersion,
  FaqSynonym,
  FaqTerm,
  FaqSeedRemoval,
  TeamsLink,
  TeamsLinkCode,
  TeamsConversation,
  TeamsMessage,
  FaqQuestion,
  FaqTicket,
];
