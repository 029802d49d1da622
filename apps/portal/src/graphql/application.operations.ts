import { graphql } from '../gql';

// The applicant's and the foster family's own operations (issue 3). `npm run codegen` types them in src/gql.

export const ApplicationMunicipalitiesDocument = graphql(`
  query ApplicationMunicipalities {
    applicationMunicipalities {
      id
      name
    }
  }
`);

export const PublicRecruitmentEventsDocument = graphql(`
  query PublicRecruitmentEvents($municipalityId: ID!, $kind: RecruitmentEventKind) {
    recruitmentEvents(municipalityId: $municipalityId, kind: $kind) {
      ...RecruitmentEventFields
    }
  }
`);

export const RecruitmentEventFields = graphql(`
  fragment RecruitmentEventFields on RecruitmentEvent {
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
`);

export const RegisterApplicantDocument = graphql(`
  mutation RegisterApplicant($input: RegisterApplicantInput!) {
    registerApplicant(input: $input) {
      accessToken
      expiresAt
      user {
        ...SessionUserFields
      }
    }
  }
`);

export const ApplicationFormFields = graphql(`
  fragment ApplicationFormFields on ApplicationForm {
    applicants {
      id
      firstName
      lastName
      birthDate
      phone
      workSituation
      occupation
      education
    }
    household {
      id
      firstName
      birthDate
      relation
    }
    street
    postalCode
    city
    housingType
    housingTenure
    rooms
    spareRoom
    housingNotes
    hasOwnChildren
    professionalExperience
    professionalExperienceDescription
    otherExperience
    motivation
    familyTypes
    networkChildName
    networkChildRelation
    ageMin
    ageMax
    childrenCount
    siblings
    recruitmentSource
    recruitmentSourceOther
    consentCertificates
    consentPrivacy
  }
`);

export const TimelineFields = graphql(`
  fragment TimelineFields on TimelineStep {
    status
    label
    state
    reachedAt
  }
`);

export const MyApplicationDocument = graphql(`
  query MyApplication {
    myApplication {
      id
      status
      statusLabel
      nextStep
      version
      lastStep
      submittedAt
      updatedAt
      form {
        ...ApplicationFormFields
      }
      problems {
        step
        path
        message
      }
      timeline {
        ...TimelineFields
      }
    }
  }
`);

export const SaveApplicationDraftDocument = graphql(`
  mutation SaveApplicationDraft($input: SaveApplicationDraftInput!) {
    saveApplicationDraft(input: $input) {
      id
      version
      lastStep
      updatedAt
      problems {
        step
        path
        message
      }
    }
  }
`);

export const SubmitApplicationDocument = graphql(`
  mutation SubmitApplication {
    submitApplication {
      id
      status
      statusLabel
      nextStep
      version
    }
  }
`);

export const ApplicationStatusDocument = graphql(`
  query ApplicationStatus {
    myApplication {
      id
      status
      statusLabel
      nextStep
      version
      submittedAt
      timeline {
        ...TimelineFields
      }
      messages {
        id
        body
        fromStaff
        authorName
        createdAt
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
      }
    }
    myRecruitmentCalendar {
      signups {
        id
        attended
        event {
          ...RecruitmentEventFields
        }
      }
      homeVisits {
        id
        number
        startsAt
        endsAt
        note
        cancelledAt
        completedAt
      }
    }
    me {
      id
      municipality {
        id
        name
      }
    }
  }
`);

export const SendApplicationMessageDocument = graphql(`
  mutation SendApplicationMessage($input: SendApplicationMessageInput!) {
    sendApplicationMessage(input: $input) {
      id
      body
      fromStaff
      authorName
      createdAt
    }
  }
`);

export const SignUpForRecruitmentEventDocument = graphql(`
  mutation SignUpForRecruitmentEvent($eventId: ID!) {
    signUpForRecruitmentEvent(eventId: $eventId) {
      id
    }
  }
`);

export const CancelRecruitmentEventSignupDocument = graphql(`
  mutation CancelRecruitmentEventSignup($eventId: ID!) {
    cancelRecruitmentEventSignup(eventId: $eventId)
  }
`);

export const CalendarInvitationDocument = graphql(`
  query CalendarInvitation($id: ID!, $kind: CalendarItemKind!) {
    calendarInvitation(id: $id, kind: $kind)
  }
`);

export const WithdrawApplicationDocument = graphql(`
  mutation WithdrawApplication($input: WithdrawApplicationInput!) {
    withdrawApplication(input: $input) {
      id
      status
      statusLabel
      nextStep
      version
    }
  }
`);

export const ExportMyApplicationDataDocument = graphql(`
  query ExportMyApplicationData {
    exportMyApplicationData
  }
`);

export const MyFosterFamilyDocument = graphql(`
  query MyFosterFamily {
    myFosterFamily {
      id
      displayName
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
      networkChildName
      version
    }
    myApplication {
      id
      status
      statusLabel
      timeline {
        ...TimelineFields
      }
    }
  }
`);

export const UpdateFosterFamilyVacanciesDocument = graphql(`
  mutation UpdateFosterFamilyVacancies($input: UpdateVacanciesInput!) {
    updateFosterFamilyVacancies(input: $input) {
      id
      vacancies
      vacanciesUpdatedAt
      version
    }
  }
`);
