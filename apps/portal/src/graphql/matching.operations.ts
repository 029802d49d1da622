import { graphql } from '../gql';

// Matching: the caseworker's needs, rankings and placements; the consultant's proposals, batches and weights;
// the family match profile for consultants and foster parents.

export const MatchingVocabularyDocument = graphql(`
  query MatchingVocabulary {
    matchingVocabulary {
      needs {
        value
        label
      }
      culture {
        value
        label
      }
      wishes {
        value
        label
      }
      features {
        value
        label
      }
      languages {
        value
        label
      }
      factors {
        value
        label
      }
    }
  }
`);

export const PlacementNeedFields = graphql(`
  fragment PlacementNeedFields on PlacementNeed {
    id
    children {
      id
      firstName
      birthDate
    }
    supportLevel
    needs
    schoolName
    schoolPostalCode
    schoolLat
    schoolLon
    bioPostalCode
    bioLat
    bioLon
    contactVisitsPerMonth
    languages
    culture
    cultureNote
    wishes
    wishesText
    networkPeople {
      name
      relation
      applicationId
    }
    networkFamilyIds
    acute
    wishedStart
    status
    createdAt
    version
  }
`);

export const MatchFamilyFields = graphql(`
  fragment MatchFamilyFields on FosterFamily {
    id
    displayName
    approvalTypes
    places
    vacancies
    ageMin
    ageMax
    takesSiblings
    networkChildName
  }
`);

export const MatchEvaluationFields = graphql(`
  fragment MatchEvaluationFields on MatchEvaluation {
    eligible
    network
    score
    factors {
      key
      label
      weight
      value
      points
      explanation
    }
    violations {
      rule
      explanation
    }
    conflicts {
      field
      explanation
    }
  }
`);

export const PlacementNeedsDocument = graphql(`
  query PlacementNeeds($first: Int!, $status: NeedStatus) {
    placementNeeds(first: $first, status: $status) {
      edges {
        node {
          ...PlacementNeedFields
        }
      }
    }
  }
`);

export const PlacementNeedDocument = graphql(`
  query PlacementNeed($id: ID!) {
    placementNeed(id: $id) {
      ...PlacementNeedFields
    }
  }
`);

export const MatchingNetworkOptionsDocument = graphql(`
  query MatchingNetworkOptions {
    matchingNetworkOptions {
      families {
        id
        displayName
        approvalTypes
        networkChildName
      }
      applications {
        id
        applicantName
        childName
        relation
        status
        statusLabel
      }
    }
  }
`);
export const CreatePlacementNeedDocument = graphql(`
  mutation CreatePlacementNeed($input: PlacementNeedInput!) {
    createPlacementNeed(input: $input) {
      ...PlacementNeedFields
    }
  }
`);

export const UpdatePlacementNeedDocument = graphql(`
  mutation UpdatePlacementNeed($input: UpdatePlacementNeedInput!) {
    updatePlacementNeed(input: $input) {
      ...PlacementNeedFields
    }
  }
`);

export const CancelPlacementNeedDocument = graphql(`
  mutation CancelPlacementNeed($id: ID!, $reason: String!) {
    cancelPlacementNeed(id: $id, reason: $reason) {
      ...PlacementNeedFields
    }
  }
`);

export const FamilyRankingDocument = graphql(`
  query FamilyRanking($needId: ID!, $limit: Float!) {
    familyRanking(needId: $needId, limit: $limit) {
      considered
      need {
        ...PlacementNeedFields
      }
      network {
        name
        relation
        stage
        stageText
        applicationId
        applicationStatus
        daysInStatus
        family {
          ...MatchFamilyFields
        }
        evaluation {
          ...MatchEvaluationFields
        }
      }
      families {
        family {
          ...MatchFamilyFields
        }
        evaluation {
          ...MatchEvaluationFields
        }
      }
    }
  }
`);

export const MatchProposalFields = graphql(`
  fragment MatchProposalFields on MatchProposal {
    id
    batchId
    score
    network
    status
    reason
    createdAt
    need {
      id
      children {
        id
        firstName
        birthDate
      }
      supportLevel
    }
    family {
      ...MatchFamilyFields
    }
    evaluation {
      ...MatchEvaluationFields
    }
    networkInApproval {
      name
      relation
      stageText
    }
  }
`);

export const ProposeFamilyDocument = graphql(`
  mutation ProposeFamily($needId: ID!, $familyId: ID!) {
    proposeFamily(needId: $needId, familyId: $familyId) {
      ...MatchProposalFields
    }
  }
`);

export const MatchProposalsDocument = graphql(`
  query MatchProposals($status: ProposalStatus, $needId: ID) {
    matchProposals(status: $status, needId: $needId) {
      ...MatchProposalFields
    }
  }
`);

export const RunMatchingBatchDocument = graphql(`
  mutation RunMatchingBatch {
    runMatchingBatch {
      id
      needsCount
      familiesCount
      assignedCount
      totalScore
      durationMs
      proposals {
        ...MatchProposalFields
      }
      unassignedReasons {
        reason
        need {
          id
          children {
            id
            firstName
            birthDate
          }
        }
      }
    }
  }
`);

export const AcceptMatchProposalDocument = graphql(`
  mutation AcceptMatchProposal($id: ID!, $reason: String!) {
    acceptMatchProposal(id: $id, reason: $reason) {
      id
    }
  }
`);

export const DeclineMatchProposalDocument = graphql(`
  mutation DeclineMatchProposal($id: ID!, $reason: String!) {
    declineMatchProposal(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const MatchingWeightsDocument = graphql(`
  query MatchingWeights {
    matchingWeights {
      key
      label
      weight
    }
  }
`);

export const SetMatchingWeightsDocument = graphql(`
  mutation SetMatchingWeights($weights: [MatchingWeightInput!]!) {
    setMatchingWeights(weights: $weights) {
      key
      label
      weight
    }
  }
`);

export const PlacementsDocument = graphql(`
  query Placements($active: Boolean) {
    placements(active: $active) {
      id
      childrenCount
      matchScore
      startedOn
      endedOn
      endReason
      version
      need {
        id
        children {
          id
          firstName
          birthDate
        }
      }
      family {
        id
        displayName
      }
    }
  }
`);

export const EndPlacementDocument = graphql(`
  mutation EndPlacement($input: EndPlacementInput!) {
    endPlacement(input: $input) {
      id
      endedOn
      endReason
    }
  }
`);

export const PlacementOutcomesDocument = graphql(`
  query PlacementOutcomes {
    placementOutcomes {
      band
      placements
      ended
      breakdowns
      breakdownRate
    }
  }
`);

export const FamilyMatchProfileFields = graphql(`
  fragment FamilyMatchProfileFields on FamilyMatchProfile {
    lat
    lon
    experience
    languages
    culture
    features
    otherChildrenBirthDates
    prefAgeMin
    prefAgeMax
    prefNeedsAble
    prefNeedsExcluded
    prefSiblings
    assessedAgeMin
    assessedAgeMax
    assessedNeedsAble
    assessedNeedsExcluded
    assessedSiblings
    version
    family {
      id
      displayName
      ageMin
      ageMax
      takesSiblings
    }
  }
`);

export const FamilyMatchProfileDocument = graphql(`
  query FamilyMatchProfile($familyId: ID!) {
    familyMatchProfile(familyId: $familyId) {
      ...FamilyMatchProfileFields
    }
  }
`);

export const MyFamilyMatchProfileDocument = graphql(`
  query MyFamilyMatchProfile {
    myFamilyMatchProfile {
      ...FamilyMatchProfileFields
    }
  }
`);

export const UpdateFamilyMatchProfileDocument = graphql(`
  mutation UpdateFamilyMatchProfile($input: FamilyOwnProfileInput!) {
    updateFamilyMatchProfile(input: $input) {
      ...FamilyMatchProfileFields
    }
  }
`);

export const AssessFamilyMatchProfileDocument = graphql(`
  mutation AssessFamilyMatchProfile($input: FamilyAssessmentInput!) {
    assessFamilyMatchProfile(input: $input) {
      ...FamilyMatchProfileFields
    }
  }
`);
