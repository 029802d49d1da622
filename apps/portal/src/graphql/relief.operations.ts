import { graphql } from '../gql';

// Relief (aflastning): month bookings, search and booking, answers from the relief side, grants and their use.

export const ReliefBookingFieldsFragment = graphql(`
  fragment ReliefBookingFields on ReliefBooking {
    id
    placementId
    providerId
    startsAt
    endsAt
    days
    status
    acute
    statusReason
    provider {
      id
      name
      fosterFamilyId
    }
  }
`);

export const ReliefBookingsDocument = graphql(`
  query ReliefBookings($from: DateTime, $to: DateTime, $placementId: ID) {
    reliefBookings(from: $from, to: $to, placementId: $placementId) {
      ...ReliefBookingFields
    }
  }
`);

export const AcuteReliefBookingsDocument = graphql(`
  query AcuteReliefBookings {
    acuteReliefBookings {
      ...ReliefBookingFields
    }
  }
`);

export const ReliefSearchDocument = graphql(`
  query ReliefSearch($placementId: ID!, $from: DateTime!, $to: DateTime!) {
    reliefSearch(placementId: $placementId, from: $from, to: $to) {
      continuity
      fit
      distanceKm
      provider {
        id
        name
        kind
        capacity
      }
    }
  }
`);

export const BookReliefDocument = graphql(`
  mutation BookRelief($input: BookReliefInput!) {
    bookRelief(input: $input) {
      ...ReliefBookingFields
    }
  }
`);

export const ConfirmReliefDocument = graphql(`
  mutation ConfirmRelief($id: ID!) {
    confirmRelief(id: $id) {
      ...ReliefBookingFields
    }
  }
`);

export const DeclineReliefDocument = graphql(`
  mutation DeclineRelief($id: ID!, $reason: String!) {
    declineRelief(id: $id, reason: $reason) {
      ...ReliefBookingFields
    }
  }
`);

export const CancelReliefDocument = graphql(`
  mutation CancelRelief($id: ID!, $reason: String!) {
    cancelRelief(id: $id, reason: $reason) {
      ...ReliefBookingFields
    }
  }
`);

export const CompleteReliefDocument = graphql(`
  mutation CompleteRelief($id: ID!) {
    completeRelief(id: $id) {
      ...ReliefBookingFields
    }
  }
`);

export const ReliefGrantOverviewDocument = graphql(`
  query ReliefGrantOverview {
    reliefGrantOverview {
      placementId
      periodFrom
      periodTo
      daysUsed
      daysLeft
      grant {
        id
        daysPerPeriod
        period
        validFrom
        validTo
      }
    }
  }
`);

export const SetReliefGrantDocument = graphql(`
  mutation SetReliefGrant($input: SetReliefGrantInput!) {
    setReliefGrant(input: $input) {
      id
      placementId
      daysPerPeriod
      period
      validFrom
      validTo
    }
  }
`);

export const ReliefMyFamilyDocument = graphql(`
  query ReliefMyFamily {
    myFosterFamily {
      id
      approvalTypes
    }
  }
`);

export const ReliefCalendarFeedsDocument = graphql(`
  query ReliefCalendarFeeds {
    reliefCalendarFeeds {
      id
      ownerKind
      ownerId
      createdAt
      revokedAt
    }
  }
`);

export const CreateReliefCalendarFeedDocument = graphql(`
  mutation CreateReliefCalendarFeed($ownerKind: ReliefCalendarFeedOwnerKind!, $ownerId: ID!) {
    createReliefCalendarFeed(ownerKind: $ownerKind, ownerId: $ownerId) {
      url
      feed {
        id
        ownerKind
        ownerId
        createdAt
        revokedAt
      }
    }
  }
`);

export const RevokeReliefCalendarFeedDocument = graphql(`
  mutation RevokeReliefCalendarFeed($id: ID!) {
    revokeReliefCalendarFeed(id: $id) {
      id
      revokedAt
    }
  }
`);
