import { graphql } from '../gql';

// The knowledge base (vidensbase): the family-care consultants' editor and the foster parent's "Stil et spørgsmål".

export const FaqEntryFieldsFragment = graphql(`
  fragment FaqEntryFields on FaqEntry {
    id
    key
    question
    answer
    phrasings
    english
    category
    ownerTeam
    status
    updatedAt
    version
  }
`);

export const FaqEntriesDocument = graphql(`
  query FaqEntries($includeArchived: Boolean!) {
    faqEntries(includeArchived: $includeArchived) {
      ...FaqEntryFields
    }
  }
`);

export const FaqEntryHistoryDocument = graphql(`
  query FaqEntryHistory($id: ID!) {
    faqEntryHistory(id: $id) {
      id
      version
      action
      changedFields
      changedBy
      changedByName
      changedAt
      snapshot {
        key
        question
        answer
        phrasings
        english
        category
        ownerTeam
        status
      }
    }
  }
`);

export const CreateFaqEntryDocument = graphql(`
  mutation CreateFaqEntry($input: FaqEntryInput!) {
    createFaqEntry(input: $input) {
      ...FaqEntryFields
    }
  }
`);

export const UpdateFaqEntryDocument = graphql(`
  mutation UpdateFaqEntry($input: UpdateFaqEntryInput!) {
    updateFaqEntry(input: $input) {
      ...FaqEntryFields
    }
  }
`);

export const ArchiveFaqEntryDocument = graphql(`
  mutation ArchiveFaqEntry($id: ID!, $version: Int!) {
    archiveFaqEntry(id: $id, version: $version) {
      ...FaqEntryFields
    }
  }
`);

export const FaqSynonymsDocument = graphql(`
  query FaqSynonyms {
    faqSynonyms {
      id
      term
      synonyms
      version
    }
  }
`);

export const SaveFaqSynonymDocument = graphql(`
  mutation SaveFaqSynonym($input: FaqSynonymInput!) {
    saveFaqSynonym(input: $input) {
      id
      term
      synonyms
      version
    }
  }
`);

export const DeleteFaqSynonymDocument = graphql(`
  mutation DeleteFaqSynonym($id: ID!) {
    deleteFaqSynonym(id: $id)
  }
`);

export const AskQuestionDocument = graphql(`
  query AskQuestion($text: String!) {
    askQuestion(text: $text) {
      questionId
      verdict
      phone
      best {
        confidence
        entry {
          id
          question
          answer
          category
        }
      }
      runnersUp {
        confidence
        entry {
          id
          question
          answer
          category
        }
      }
    }
  }
`);
