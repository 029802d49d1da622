import { graphql } from '../gql';

// The family-care consultants' operations: pipeline board, application page, events, families, analytics.

export const PipelineBoardDocument = graphql(`
  query PipelineBoard($filter: ApplicationFilter, $perColumn: Int!) {
    pipelineBoard(filter: $filter, perColumn: $perColumn) {
      status
      label
      count
      items {
        id
        applicantName
        track
        daysInStatus
        submittedAt
        assignedConsultant {
          id
          name
        }
      }
    }
  }
`);

export const StaffApplicationFields = graphql(`
  fragment StaffApplicationFields on Application {
    id
    version
    status
    statusLabel
    track
    applicantName
    daysInStatus
    submittedAt
    createdAt
    statusChangedAt
    heldFrom
    appealed
    recruitmentSource
    allowedMoves
    assignedConsultant {
      id
      name
    }
    # The same form fields the applicant's own page reads (application.operations.ts).
    form {
      ...ApplicationFormFields
    }
    timeline {
      ...TimelineFields
    }
    transitions {
      id
      fromStatus
      toStatus
      toLabel
      reason
      actorName
      createdAt
    }
    requirements {
      id
      kind
      label
      subjectName
      status
      expiresOn
      note
      expiringSoon
      expired
      updatedAt
    }
    documents {
      id
      kind
      fileName
      mimeType
      sizeBytes
      createdAt
      expiresOn
      expired
      expiringSoon
      downloadPath
    }
    messages {
      id
      body
      fromStaff
      authorName
      createdAt
    }
    fosterFamily {
      id
      displayName
    }
  }
`);

export const StaffApplicationDocument = graphql(`
  query StaffApplication($id: ID!) {
    application(id: $id) {
      ...StaffApplicationFields
    }
  }
`);

export const ApplicationCalendarDocument = graphql(`
  query ApplicationCalendar($applicationId: ID!) {
    applicationCalendar(applicationId: $applicationId) {
      homeVisits {
        id
        number
        startsAt
        endsAt
        note
        completedAt
        cancelledAt
      }
      signups {
        id
        attended
        createdAt
        event {
          id
          kind
          title
          startsAt
          endsAt
          place
          cancelled
        }
      }
    }
  }
`);

export const ConsultantsDocument = graphql(`
  query Consultants {
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

export const TransitionApplicationDocument = graphql(`
  mutation TransitionApplication($input: TransitionApplicationInput!) {
    transitionApplication(input: $input) {
      ...StaffApplicationFields
    }
  }
`);

export const ApproveApplicationDocument = graphql(`
  mutation ApproveApplication($input: ApproveApplicationInput!) {
    approveApplication(input: $input) {
      ...StaffApplicationFields
    }
  }
`);

export const AssignApplicationDocument = graphql(`
  mutation AssignApplication($input: AssignApplicationInput!) {
    assignApplication(input: $input) {
      ...StaffApplicationFields
    }
  }
`);

export const SetDocumentExpiryDocument = graphql(`
  mutation SetApplicationDocumentExpiry($input: SetDocumentExpiryInput!) {
    setApplicationDocumentExpiry(input: $input) {
      id
      expiresOn
      expired
      expiringSoon
    }
  }
`);

export const UpdateRequirementDocument = graphql(`
  mutation UpdateApplicationRequirement($input: UpdateRequirementInput!) {
    updateApplicationRequirement(input: $input) {
      id
      status
      expiresOn
      note
      expiringSoon
      expired
      updatedAt
    }
  }
`);

export const AddRequirementDocument = graphql(`
  mutation AddApplicationRequirement($input: AddRequirementInput!) {
    addApplicationRequirement(input: $input) {
      id
    }
  }
`);

export const SendStaffMessageDocument = graphql(`
  mutation SendStaffApplicationMessage($input: SendApplicationMessageInput!) {
    sendApplicationMessage(input: $input) {
      id
    }
  }
`);

export const ScheduleHomeVisitDocument = graphql(`
  mutation ScheduleHomeVisit($input: ScheduleHomeVisitInput!) {
    scheduleHomeVisit(input: $input) {
      id
    }
  }
`);

export const CompleteHomeVisitDocument = graphql(`
  mutation CompleteHomeVisit($id: ID!) {
    completeHomeVisit(id: $id) {
      id
      completedAt
    }
  }
`);

export const CancelHomeVisitDocument = graphql(`
  mutation CancelHomeVisit($id: ID!) {
    cancelHomeVisit(id: $id) {
      id
      cancelledAt
    }
  }
`);

export const StaffRecruitmentEventsDocument = graphql(`
  query StaffRecruitmentEvents($from: DateTime) {
    staffRecruitmentEvents(from: $from) {
      event {
        id
        kind
        title
        description
        place
        startsAt
        endsAt
        capacity
        seatsLeft
        cancelled
        cancelReason
      }
      signups {
        applicationId
        applicantName
        attended
      }
    }
  }
`);

export const CreateRecruitmentEventDocument = graphql(`
  mutation CreateRecruitmentEvent($input: CreateRecruitmentEventInput!) {
    createRecruitmentEvent(input: $input) {
      id
    }
  }
`);

export const UpdateRecruitmentEventDocument = graphql(`
  mutation UpdateRecruitmentEvent($input: UpdateRecruitmentEventInput!) {
    updateRecruitmentEvent(input: $input) {
      id
    }
  }
`);

export const CancelRecruitmentEventDocument = graphql(`
  mutation CancelRecruitmentEvent($id: ID!, $reason: String!) {
    cancelRecruitmentEvent(id: $id, reason: $reason) {
      id
      cancelled
    }
  }
`);

export const RecordAttendanceDocument = graphql(`
  mutation RecordRecruitmentEventAttendance($eventId: ID!, $applicationId: ID!, $attended: Boolean!) {
    recordRecruitmentEventAttendance(eventId: $eventId, applicationId: $applicationId, attended: $attended) {
      id
      attended
    }
  }
`);

export const FosterFamilyFields = graphql(`
  fragment FosterFamilyFields on FosterFamily {
    id
    version
    displayName
    active
    approvalTypes
    approvedAt
    approvedBy
    places
    vacancies
    vacanciesUpdatedAt
    ageMin
    ageMax
    takesSiblings
    conditions
    postalCode
    networkChildName
    applicationId
  }
`);

export const FosterFamiliesDocument = graphql(`
  query FosterFamilies($first: Int!, $after: String, $withVacancies: Boolean) {
    fosterFamilies(first: $first, after: $after, withVacancies: $withVacancies) {
      edges {
        cursor
        node {
          ...FosterFamilyFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const FosterFamilyDocument = graphql(`
  query FosterFamily($id: ID!) {
    fosterFamily(id: $id) {
      ...FosterFamilyFields
    }
  }
`);

export const UpdateFosterFamilyDocument = graphql(`
  mutation UpdateFosterFamily($input: UpdateFosterFamilyInput!) {
    updateFosterFamily(input: $input) {
      ...FosterFamilyFields
    }
  }
`);

export const RecruitmentAnalyticsDocument = graphql(`
  query RecruitmentAnalytics($from: DateTime, $to: DateTime) {
    recruitmentAnalytics(from: $from, to: $to) {
      applications
      approved
      refused
      withdrawn
      medianDaysToApproval
      funnel {
        status
        label
        reached
        conversionFromPrevious
        medianDaysInStage
      }
      bySource {
        source
        label
        applications
        submitted
        approved
      }
      ageDistribution {
        band
        count
      }
    }
  }
`);
