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
    overrideReason
    seriesId
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
        strained
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
      strained
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

// The foster family's own children, request windows for scarce dates, series, providers.

export const MyReliefPlacementsDocument = graphql(`
  query MyReliefPlacements {
    myReliefPlacements {
      placementId
      childFirstNames
      periodFrom
      periodTo
      daysUsed
      daysLeft
      grant {
        id
        daysPerPeriod
        period
      }
    }
  }
`);

export const ReliefWindowFieldsFragment = graphql(`
  fragment ReliefWindowFields on ReliefRequestWindow {
    id
    title
    startsAt
    endsAt
    closesAt
    status
    allocatedAt
  }
`);

export const RankedReliefRequestFieldsFragment = graphql(`
  fragment RankedReliefRequestFields on RankedReliefWindowRequest {
    rank
    strained
    priorDays
    request {
      id
      windowId
      placementId
      startsAt
      endsAt
      preferredProviderId
      note
      status
      requestedAt
      bookingId
      outcomeReason
    }
  }
`);

export const ReliefRequestWindowsDocument = graphql(`
  query ReliefRequestWindows {
    reliefRequestWindows {
      ...ReliefWindowFields
    }
  }
`);

export const ReliefWindowRequestsDocument = graphql(`
  query ReliefWindowRequests($windowId: ID!) {
    reliefWindowRequests(windowId: $windowId) {
      ...RankedReliefRequestFields
    }
  }
`);

export const OpenReliefRequestWindowDocument = graphql(`
  mutation OpenReliefRequestWindow($input: OpenReliefWindowInput!) {
    openReliefRequestWindow(input: $input) {
      ...ReliefWindowFields
    }
  }
`);

export const RequestReliefInWindowDocument = graphql(`
  mutation RequestReliefInWindow($input: RequestReliefInWindowInput!) {
    requestReliefInWindow(input: $input) {
      id
      status
    }
  }
`);

export const WithdrawReliefWindowRequestDocument = graphql(`
  mutation WithdrawReliefWindowRequest($id: ID!) {
    withdrawReliefWindowRequest(id: $id) {
      id
      status
    }
  }
`);

export const AllocateReliefWindowDocument = graphql(`
  mutation AllocateReliefWindow($windowId: ID!) {
    allocateReliefWindow(windowId: $windowId) {
      ...RankedReliefRequestFields
    }
  }
`);

export const BookReliefSeriesDocument = graphql(`
  mutation BookReliefSeries($input: BookReliefSeriesInput!) {
    bookReliefSeries(input: $input) {
      seriesId
      booked {
        ...ReliefBookingFields
      }
      conflicts {
        startsAt
        endsAt
        code
        message
      }
    }
  }
`);

export const ReliefProviderFieldsFragment = graphql(`
  fragment ReliefProviderFields on ReliefProvider {
    id
    kind
    fosterFamilyId
    name
    capacity
    ageMin
    ageMax
    needsExcluded
    lat
    lon
    active
    version
    availability {
      weekday
      startTime
      endTime
    }
    blockedPeriods {
      id
      fromDate
      toDate
      reason
    }
  }
`);

export const ReliefProvidersDocument = graphql(`
  query ReliefProviders {
    reliefProviders {
      ...ReliefProviderFields
    }
  }
`);

export const SaveReliefProviderDocument = graphql(`
  mutation SaveReliefProvider($input: ReliefProviderInput!) {
    saveReliefProvider(input: $input) {
      ...ReliefProviderFields
    }
  }
`);

export const SetReliefAvailabilityDocument = graphql(`
  mutation SetReliefAvailability($providerId: ID!, $windows: [ReliefWindowInput!]!) {
    setReliefAvailability(providerId: $providerId, windows: $windows) {
      ...ReliefProviderFields
    }
  }
`);

export const AddReliefBlockedPeriodDocument = graphql(`
  mutation AddReliefBlockedPeriod($input: ReliefBlockedPeriodInput!) {
    addReliefBlockedPeriod(input: $input) {
      ...ReliefProviderFields
    }
  }
`);

export const RemoveReliefBlockedPeriodDocument = graphql(`
  mutation RemoveReliefBlockedPeriod($id: ID!) {
    removeReliefBlockedPeriod(id: $id) {
      ...ReliefProviderFields
    }
  }
`);
