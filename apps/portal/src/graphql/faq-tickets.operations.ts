import { graphql } from '../gql';

// "Spørg en konsulent": the consultants' ticket queue (/vidensbase/henvendelser) and the knowledge base's
// improvement report (/vidensbase/forbedringer).

export const FaqTicketFieldsFragment = graphql(`
  fragment FaqTicketFields on FaqTicket {
    id
    status
    team
    teamLabel
    channel
    question
    answer
    askerName
    assigneeId
    assigneeName
    assignedToMe
    createdAt
    answeredAt
    closedAt
    faqEntryId
    version
  }
`);

export const FaqTicketsDocument = graphql(`
  query FaqTickets($status: FaqTicketStatus, $team: FaqOwnerTeam) {
    faqTickets(status: $status, team: $team) {
      ...FaqTicketFields
    }
  }
`);

export const TakeFaqTicketDocument = graphql(`
  mutation TakeFaqTicket($id: ID!) {
    takeFaqTicket(id: $id) {
      ...FaqTicketFields
    }
  }
`);

export const AnswerFaqTicketDocument = graphql(`
  mutation AnswerFaqTicket($id: ID!, $answer: String!) {
    answerFaqTicket(id: $id, answer: $answer) {
      ...FaqTicketFields
    }
  }
`);

export const CloseFaqTicketDocument = graphql(`
  mutation CloseFaqTicket($id: ID!) {
    closeFaqTicket(id: $id) {
      ...FaqTicketFields
    }
  }
`);

export const CreateFaqEntryFromTicketDocument = graphql(`
  mutation CreateFaqEntryFromTicket($ticketId: ID!) {
    createFaqEntryFromTicket(ticketId: $ticketId) {
      ticket {
        ...FaqTicketFields
      }
      entry {
        id
        key
        question
      }
    }
  }
`);

export const FaqImprovementReportDocument = graphql(`
  query FaqImprovementReport($from: DateTime!, $to: DateTime!) {
    faqImprovementReport(from: $from, to: $to) {
      from
      to
      questions
      unanswered
      notHelpful
      helpful
      groups {
        entryId
        entryKey
        entryQuestion
        unanswered
        notHelpful
        total
        examples
      }
    }
  }
`);

export const FaqPhrasingSuggestionsDocument = graphql(`
  query FaqPhrasingSuggestions {
    faqPhrasingSuggestions {
      questionId
      text
      askedAt
      entryId
      entryQuestion
      count
    }
  }
`);

export const AcceptFaqPhrasingDocument = graphql(`
  mutation AcceptFaqPhrasing($questionId: ID!, $text: String) {
    acceptFaqPhrasing(questionId: $questionId, text: $text) {
      id
      version
      phrasings
    }
  }
`);

export const DismissFaqPhrasingDocument = graphql(`
  mutation DismissFaqPhrasing($questionId: ID!) {
    dismissFaqPhrasing(questionId: $questionId)
  }
`);
