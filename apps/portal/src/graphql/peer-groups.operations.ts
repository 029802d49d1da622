import { graphql } from '../gql';

// Network groups (netværksgrupper): the network consultant's groups, members, meetings, attendance, metrics and
// composition proposals; the foster family's own groups, consent, requests, pause and leave.

export const PeerGroupFieldsFragment = graphql(`
  fragment PeerGroupFields on PeerGroup {
    id
    name
    audience
    ageMin
    ageMax
    areaName
    lat
    lon
    facilitatorId
    capacity
    status
    version
  }
`);

export const PeerSessionFieldsFragment = graphql(`
  fragment PeerSessionFields on PeerSession {
    id
    groupId
    startsAt
    endsAt
    place
    transportNote
    seriesId
    cancelledAt
    cancelReason
  }
`);

export const PeerParticipantFieldsFragment = graphql(`
  fragment PeerParticipantFields on PeerParticipant {
    id
    kind
    fosterFamilyId
    firstName
    birthDate
    caseworkerConsentRequired
  }
`);

export const PeerMembershipFieldsFragment = graphql(`
  fragment PeerMembershipFields on PeerMembership {
    id
    groupId
    participantId
    status
    requestedAt
    familyConsentAt
    caseworkerConsentRequired
    caseworkerConsentAt
    offeredAt
    activatedAt
    pausedUntil
    leftAt
    participant {
      ...PeerParticipantFields
    }
  }
`);

export const PeerGroupsDocument = graphql(`
  query PeerGroups {
    peerGroups {
      ...PeerGroupFields
    }
    peerGroupMetrics {
      group {
        id
      }
      placesHeld
      waiting
    }
  }
`);

export const PeerStaffDocument = graphql(`
  query PeerStaff {
    users(first: 100) {
      edges {
        node {
          id
          name
          role
          active
        }
      }
    }
  }
`);

export const SavePeerGroupDocument = graphql(`
  mutation SavePeerGroup($input: SavePeerGroupInput!) {
    savePeerGroup(input: $input) {
      ...PeerGroupFields
    }
  }
`);

export const PeerGroupDocument = graphql(`
  query PeerGroup($id: ID!) {
    peerGroup(id: $id) {
      group {
        ...PeerGroupFields
      }
      placesHeld
      members {
        ...PeerMembershipFields
      }
      formerMembers {
        ...PeerMembershipFields
      }
      sessions {
        ...PeerSessionFields
      }
    }
  }
`);

export const PeerGroupMetricsDocument = graphql(`
  query PeerGroupMetrics($groupId: ID) {
    peerGroupMetrics(groupId: $groupId) {
      group {
        id
      }
      placesHeld
      sessionsHeld
      participationRate
      waiting
      waitMedianDays
      waitMaxDays
      sessions {
        session {
          id
          startsAt
        }
        present
        absent
        excused
        participationRate
      }
      stoppedComing {
        participant {
          ...PeerParticipantFields
        }
        lastPresentAt
      }
    }
  }
`);

export const PeerChildrenDocument = graphql(`
  query PeerChildren($ageMin: Int, $ageMax: Int) {
    peerChildren(ageMin: $ageMin, ageMax: $ageMax) {
      ...PeerParticipantFields
    }
  }
`);

export const InvitePeerMemberDocument = graphql(`
  mutation InvitePeerMember($groupId: ID!, $participantId: ID!) {
    invitePeerMember(groupId: $groupId, participantId: $participantId) {
      ...PeerMembershipFields
    }
  }
`);

export const CreatePeerSessionsDocument = graphql(`
  mutation CreatePeerSessions($input: CreatePeerSessionsInput!) {
    createPeerSessions(input: $input) {
      ...PeerSessionFields
    }
  }
`);

export const CancelPeerSessionDocument = graphql(`
  mutation CancelPeerSession($id: ID!, $reason: String!) {
    cancelPeerSession(id: $id, reason: $reason) {
      ...PeerSessionFields
    }
  }
`);

export const PeerAttendanceDocument = graphql(`
  query PeerAttendance($sessionId: ID!) {
    peerAttendance(sessionId: $sessionId) {
      sessionId
      participantId
      status
    }
  }
`);

export const RecordPeerAttendanceDocument = graphql(`
  mutation RecordPeerAttendance($input: RecordPeerAttendanceInput!) {
    recordPeerAttendance(input: $input) {
      sessionId
      participantId
      status
    }
  }
`);

export const PausePeerMembershipDocument = graphql(`
  mutation PausePeerMembership($membershipId: ID!, $until: String!) {
    pausePeerMembership(membershipId: $membershipId, until: $until) {
      ...PeerMembershipFields
    }
  }
`);

export const LeavePeerMembershipDocument = graphql(`
  mutation LeavePeerMembership($membershipId: ID!) {
    leavePeerMembership(membershipId: $membershipId) {
      ...PeerMembershipFields
    }
  }
`);

export const PeerMustNotPairsDocument = graphql(`
  query PeerMustNotPairs {
    peerMustNotPairs {
      id
      note
      createdAt
      participantA {
        ...PeerParticipantFields
      }
      participantB {
        ...PeerParticipantFields
      }
    }
  }
`);

export const AddPeerMustNotPairDocument = graphql(`
  mutation AddPeerMustNotPair($participantAId: ID!, $participantBId: ID!, $note: String) {
    addPeerMustNotPair(participantAId: $participantAId, participantBId: $participantBId, note: $note) {
      id
    }
  }
`);

export const RemovePeerMustNotPairDocument = graphql(`
  mutation RemovePeerMustNotPair($id: ID!) {
    removePeerMustNotPair(id: $id)
  }
`);

export const PeerCompositionFieldsFragment = graphql(`
  fragment PeerCompositionFields on PeerComposition {
    id
    status
    groupSize
    version
    cost
    groups {
      childIds
      ageMin
      ageMax
      maxKmFromCentre
      earlierMatePairs
    }
    unplaced {
      childId
      reason
      message
    }
  }
`);

export const ProposePeerGroupsDocument = graphql(`
  mutation ProposePeerGroups($input: ProposePeerGroupsInput!) {
    proposePeerGroups(input: $input) {
      ...PeerCompositionFields
    }
  }
`);

export const MovePeerCompositionChildDocument = graphql(`
  mutation MovePeerCompositionChild(
    $compositionId: ID!
    $expectedVersion: Int!
    $participantId: ID!
    $toGroup: Int!
  ) {
    movePeerCompositionChild(
      compositionId: $compositionId
      expectedVersion: $expectedVersion
      participantId: $participantId
      toGroup: $toGroup
    ) {
      ...PeerCompositionFields
    }
  }
`);

export const ConfirmPeerCompositionDocument = graphql(`
  mutation ConfirmPeerComposition($input: ConfirmPeerCompositionInput!) {
    confirmPeerComposition(input: $input) {
      ...PeerGroupFields
    }
  }
`);

// ---- foster family ----

export const MyPeerGroupsDocument = graphql(`
  query MyPeerGroups {
    myPeerGroups {
      membership {
        ...PeerMembershipFields
      }
      group {
        ...PeerGroupFields
      }
      waitlistPosition
      nextSessions {
        ...PeerSessionFields
      }
    }
    myPeerParticipants {
      ...PeerParticipantFields
    }
    openPeerGroups {
      group {
        ...PeerGroupFields
      }
      freePlaces
      waiting
    }
  }
`);

export const RespondToPeerInvitationDocument = graphql(`
  mutation RespondToPeerInvitation($membershipId: ID!, $consent: Boolean!) {
    respondToPeerInvitation(membershipId: $membershipId, consent: $consent) {
      ...PeerMembershipFields
    }
  }
`);

export const RequestPeerGroupPlaceDocument = graphql(`
  mutation RequestPeerGroupPlace($groupId: ID!, $participantId: ID!) {
    requestPeerGroupPlace(groupId: $groupId, participantId: $participantId) {
      ...PeerMembershipFields
    }
  }
`);
