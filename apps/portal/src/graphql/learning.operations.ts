import { graphql } from '../gql';

// The learning-consultant queue (skolestøtte): the requester's requests and the consultants' queue, request
// page and dashboard.

export const LearningVocabularyDocument = graphql(`
  query LearningVocabulary {
    learningVocabulary {
      categories {
        code
        label
      }
      urgencies {
        code
        label
      }
      riskSignals {
        code
        label
      }
      priorities {
        code
        label
      }
      holdReasons {
        code
        label
      }
      outcomes {
        code
        label
      }
    }
  }
`);

export const LearningChildrenDocument = graphql(`
  query LearningChildren {
    learningChildren {
      placementId
      childId
      firstName
    }
  }
`);

export const MyLearningRequestFieldsFragment = graphql(`
  fragment MyLearningRequestFields on MyLearningRequest {
    id
    childFirstName
    category
    categoryLabel
    description
    urgency
    status
    statusLabel
    holdReason
    deadlineAt
    outcome
    outcomeLabel
    createdAt
    resolvedAt
    version
  }
`);

export const LearningAttachmentFieldsFragment = graphql(`
  fragment LearningAttachmentFields on LearningAttachment {
    id
    fileName
    mimeType
    sizeBytes
    createdAt
    downloadPath
  }
`);

export const MyLearningRequestsDocument = graphql(`
  query MyLearningRequests {
    myLearningRequests {
      ...MyLearningRequestFields
    }
  }
`);

export const MyLearningRequestDetailFieldsFragment = graphql(`
  fragment MyLearningRequestDetailFields on MyLearningRequestDetail {
    request {
      ...MyLearningRequestFields
    }
    messages {
      id
      fromConsultant
      body
      createdAt
    }
    attachments {
      ...LearningAttachmentFields
    }
    timeline {
      id
      type
      label
      createdAt
    }
  }
`);

export const MyLearningRequestDocument = graphql(`
  query MyLearningRequest($id: ID!) {
    myLearningRequest(id: $id) {
      ...MyLearningRequestDetailFields
    }
  }
`);

export const CreateLearningRequestDocument = graphql(`
  mutation CreateLearningRequest($input: CreateLearningRequestInput!) {
    createLearningRequest(input: $input) {
      ...MyLearningRequestFields
    }
  }
`);

export const SendLearningRequestMessageDocument = graphql(`
  mutation SendLearningRequestMessage($id: ID!, $body: String!) {
    sendLearningRequestMessage(id: $id, body: $body) {
      ...MyLearningRequestDetailFields
    }
  }
`);

// ---- the learning consultants ----

export const LearningRequestFieldsFragment = graphql(`
  fragment LearningRequestFields on LearningRequest {
    id
    childFirstName
    pseudonymous
    category
    categoryLabel
    description
    urgency
    status
    statusLabel
    holdReason
    deadlineAt
    outcome
    outcomeLabel
    createdAt
    resolvedAt
    closedAt
    requestedBy
    requesterRole
    riskSignals
    absencePercent
    priority
    assigneeId
    assignedAt
    queuedAt
    escalatedAt
    isOverdue
    version
  }
`);

export const LearningQueueDocument = graphql(`
  query LearningQueue($filter: LearningQueueFilterInput) {
    learningQueue(filter: $filter) {
      ...LearningRequestFields
    }
  }
`);

export const LearningConsultantsDocument = graphql(`
  query LearningConsultants {
    learningConsultants {
      id
      name
    }
  }
`);

export const TakeNextLearningRequestDocument = graphql(`
  mutation TakeNextLearningRequest {
    takeNextLearningRequest {
      ...LearningRequestFields
    }
  }
`);

export const LearningRequestDetailFieldsFragment = graphql(`
  fragment LearningRequestDetailFields on LearningRequestDetail {
    request {
      ...LearningRequestFields
    }
    notes {
      id
      kind
      authorId
      authorRole
      body
      createdAt
    }
    events {
      id
      type
      actorId
      details
      createdAt
    }
    attachments {
      ...LearningAttachmentFields
    }
  }
`);

export const LearningRequestDocument = graphql(`
  query LearningRequest($id: ID!) {
    learningRequest(id: $id) {
      ...LearningRequestDetailFields
    }
  }
`);

export const ReassignLearningRequestDocument = graphql(`
  mutation ReassignLearningRequest($id: ID!, $assigneeId: ID) {
    reassignLearningRequest(id: $id, assigneeId: $assigneeId) {
      ...LearningRequestFields
    }
  }
`);

export const HoldLearningRequestDocument = graphql(`
  mutation HoldLearningRequest($id: ID!, $reason: LearningHoldReason!) {
    holdLearningRequest(id: $id, reason: $reason) {
      ...LearningRequestFields
    }
  }
`);

export const ResumeLearningRequestDocument = graphql(`
  mutation ResumeLearningRequest($id: ID!) {
    resumeLearningRequest(id: $id) {
      ...LearningRequestFields
    }
  }
`);

export const ResolveLearningRequestDocument = graphql(`
  mutation ResolveLearningRequest($id: ID!, $outcome: LearningOutcome!, $reply: String) {
    resolveLearningRequest(id: $id, outcome: $outcome, reply: $reply) {
      ...LearningRequestFields
    }
  }
`);

export const CloseLearningRequestDocument = graphql(`
  mutation CloseLearningRequest($id: ID!) {
    closeLearningRequest(id: $id) {
      ...LearningRequestFields
    }
  }
`);

export const ReopenLearningRequestDocument = graphql(`
  mutation ReopenLearningRequest($id: ID!) {
    reopenLearningRequest(id: $id) {
      ...LearningRequestFields
    }
  }
`);

export const AddLearningNoteDocument = graphql(`
  mutation AddLearningNote($id: ID!, $kind: LearningNoteKind!, $body: String!) {
    addLearningNote(id: $id, kind: $kind, body: $body) {
      ...LearningRequestDetailFields
    }
  }
`);

export const LearningDashboardDocument = graphql(`
  query LearningDashboard($from: DateTime!, $to: DateTime!) {
    learningDashboard(from: $from, to: $to) {
      from
      to
      backlog {
        priority
        open
        unassigned
        overdue
      }
      waitingHoursMedian
      waitingHoursP90
      taken
      deadlinesMissed
      overdueNow
      created
      resolved
      outcomes {
        outcome
        label
        count
      }
    }
  }
`);
