import { graphql } from '../gql';

// Gaps closed for staff: the caseworker's consent to network groups, the network consultant registering a child
// directly, the learning consultants' triage settings and changing a request's priority.

export const CaseworkerPeerConsentsDocument = graphql(`
  query CaseworkerPeerConsents {
    peerConsentsAwaiting {
      ...PeerMembershipFields
      group {
        id
        name
        areaName
      }
    }
    peerChildren {
      ...PeerParticipantFields
    }
  }
`);

export const SetPeerCaseworkerConsentRequiredDocument = graphql(`
  mutation SetPeerCaseworkerConsentRequired($participantId: ID!, $required: Boolean!) {
    setPeerCaseworkerConsentRequired(participantId: $participantId, required: $required) {
      ...PeerParticipantFields
    }
  }
`);

export const CaseworkerRespondToPeerInvitationDocument = graphql(`
  mutation CaseworkerRespondToPeerInvitation($membershipId: ID!, $consent: Boolean!) {
    respondToPeerInvitation(membershipId: $membershipId, consent: $consent) {
      id
      status
      caseworkerConsentAt
    }
  }
`);

export const PeerFosterFamiliesDocument = graphql(`
  query PeerFosterFamilies {
    peerFosterFamilies {
      id
      displayName
    }
  }
`);

export const RegisterPeerChildDocument = graphql(`
  mutation RegisterPeerChild($input: RegisterPeerChildInput!) {
    registerPeerChild(input: $input) {
      ...PeerParticipantFields
    }
  }
`);

export const LearningSettingsFieldsFragment = graphql(`
  fragment LearningSettingsFields on LearningSettings {
    urgencyPoints {
      code
      points
    }
    categoryPoints {
      code
      points
    }
    riskPoints {
      code
      points
    }
    highAbsencePercent
    highAbsencePoints
    thresholdP1
    thresholdP2
    thresholdP3
    slaHoursP1
    slaHoursP2
    slaHoursP3
    slaHoursP4
    reminderHoursBefore
    leadUserId
    version
  }
`);

export const LearningSettingsDocument = graphql(`
  query LearningSettings {
    learningSettings {
      ...LearningSettingsFields
    }
    learningConsultants {
      id
      name
    }
    learningVocabulary {
      urgencies {
        code
        label
      }
      categories {
        code
        label
      }
      riskSignals {
        code
        label
      }
    }
  }
`);

export const SaveLearningSettingsDocument = graphql(`
  mutation SaveLearningSettings($input: LearningSettingsInput!) {
    saveLearningSettings(input: $input) {
      ...LearningSettingsFields
    }
  }
`);

export const RetriageLearningRequestDocument = graphql(`
  mutation RetriageLearningRequest($id: ID!, $input: RetriageLearningRequestInput!) {
    retriageLearningRequest(id: $id, input: $input) {
      id
      priority
      deadlineAt
      isOverdue
      version
    }
  }
`);
