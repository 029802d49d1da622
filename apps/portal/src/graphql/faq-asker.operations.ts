import { graphql } from '../gql';

// The asker's side of "Spørg en konsulent" (/spoergsmaal): "Hjalp det?", the ticket and "Mine spørgsmål"; and the
// consultants' "Tildel til kollega" in the ticket queue.

export const RateFaqAnswerDocument = graphql(`
  mutation RateFaqAnswer($questionId: ID!, $entryId: ID!, $helpful: Boolean!) {
    rateFaqAnswer(questionId: $questionId, entryId: $entryId, helpful: $helpful) {
      questionId
      entryId
      helpful
    }
  }
`);

export const MyFaqTicketFieldsFragment = graphql(`
  fragment MyFaqTicketFields on MyFaqTicket {
    id
    status
    team
    teamLabel
    question
    answer
    createdAt
    answeredAt
    closedAt
  }
`);

export const AskConsultantDocument = graphql(`
  mutation AskConsultant($input: AskConsultantInput!) {
    askConsultant(input: $input) {
      ...MyFaqTicketFields
    }
  }
`);

export const MyFaqTicketsDocument = graphql(`
  query MyFaqTickets {
    myFaqTickets {
      ...MyFaqTicketFields
    }
  }
`);

export const FaqTicketConsultantsDocument = graphql(`
  query FaqTicketConsultants($team: FaqOwnerTeam!) {
    faqTicketConsultants(team: $team) {
      id
      name
    }
  }
`);

export const AssignFaqTicketDocument = graphql(`
  mutation AssignFaqTicket($id: ID!, $assigneeId: ID) {
    assignFaqTicket(id: $id, assigneeId: $assigneeId) {
      ...FaqTicketFields
    }
  }
`);
