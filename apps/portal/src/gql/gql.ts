/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ApplicationMunicipalities {\n    applicationMunicipalities {\n      id\n      name\n    }\n  }\n": typeof types.ApplicationMunicipalitiesDocument,
    "\n  query PublicRecruitmentEvents($municipalityId: ID!, $kind: RecruitmentEventKind) {\n    recruitmentEvents(municipalityId: $municipalityId, kind: $kind) {\n      ...RecruitmentEventFields\n    }\n  }\n": typeof types.PublicRecruitmentEventsDocument,
    "\n  fragment RecruitmentEventFields on RecruitmentEvent {\n    id\n    kind\n    title\n    description\n    place\n    startsAt\n    endsAt\n    capacity\n    seatsLeft\n    cancelled\n    cancelReason\n  }\n": typeof types.RecruitmentEventFieldsFragmentDoc,
    "\n  mutation RegisterApplicant($input: RegisterApplicantInput!) {\n    registerApplicant(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.RegisterApplicantDocument,
    "\n  fragment ApplicationFormFields on ApplicationForm {\n    applicants {\n      id\n      firstName\n      lastName\n      birthDate\n      phone\n      workSituation\n      occupation\n      education\n    }\n    household {\n      id\n      firstName\n      birthDate\n      relation\n    }\n    street\n    postalCode\n    city\n    housingType\n    housingTenure\n    rooms\n    spareRoom\n    housingNotes\n    hasOwnChildren\n    professionalExperience\n    professionalExperienceDescription\n    otherExperience\n    motivation\n    familyTypes\n    networkChildName\n    networkChildRelation\n    ageMin\n    ageMax\n    childrenCount\n    siblings\n    recruitmentSource\n    recruitmentSourceOther\n    consentCertificates\n    consentPrivacy\n  }\n": typeof types.ApplicationFormFieldsFragmentDoc,
    "\n  fragment TimelineFields on TimelineStep {\n    status\n    label\n    state\n    reachedAt\n  }\n": typeof types.TimelineFieldsFragmentDoc,
    "\n  query MyApplication {\n    myApplication {\n      id\n      status\n      statusLabel\n      nextStep\n      version\n      lastStep\n      submittedAt\n      updatedAt\n      form {\n        ...ApplicationFormFields\n      }\n      problems {\n        step\n        path\n        message\n      }\n      timeline {\n        ...TimelineFields\n      }\n    }\n  }\n": typeof types.MyApplicationDocument,
    "\n  mutation SaveApplicationDraft($input: SaveApplicationDraftInput!) {\n    saveApplicationDraft(input: $input) {\n      id\n      version\n      lastStep\n      updatedAt\n      problems {\n        step\n        path\n        message\n      }\n    }\n  }\n": typeof types.SaveApplicationDraftDocument,
    "\n  mutation SubmitApplication {\n    submitApplication {\n      id\n      status\n      statusLabel\n      nextStep\n      version\n    }\n  }\n": typeof types.SubmitApplicationDocument,
    "\n  query ApplicationStatus {\n    myApplication {\n      id\n      status\n      statusLabel\n      nextStep\n      version\n      submittedAt\n      timeline {\n        ...TimelineFields\n      }\n      messages {\n        id\n        body\n        fromStaff\n        authorName\n        createdAt\n      }\n      documents {\n        id\n        kind\n        fileName\n        mimeType\n        sizeBytes\n        createdAt\n        expiresOn\n        expired\n      }\n    }\n    myRecruitmentCalendar {\n      signups {\n        id\n        attended\n        event {\n          ...RecruitmentEventFields\n        }\n      }\n      homeVisits {\n        id\n        number\n        startsAt\n        endsAt\n        note\n        cancelledAt\n        completedAt\n      }\n    }\n    me {\n      id\n      municipality {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ApplicationStatusDocument,
    "\n  mutation SendApplicationMessage($input: SendApplicationMessageInput!) {\n    sendApplicationMessage(input: $input) {\n      id\n      body\n      fromStaff\n      authorName\n      createdAt\n    }\n  }\n": typeof types.SendApplicationMessageDocument,
    "\n  mutation SignUpForRecruitmentEvent($eventId: ID!) {\n    signUpForRecruitmentEvent(eventId: $eventId) {\n      id\n    }\n  }\n": typeof types.SignUpForRecruitmentEventDocument,
    "\n  mutation CancelRecruitmentEventSignup($eventId: ID!) {\n    cancelRecruitmentEventSignup(eventId: $eventId)\n  }\n": typeof types.CancelRecruitmentEventSignupDocument,
    "\n  query CalendarInvitation($id: ID!, $kind: CalendarItemKind!) {\n    calendarInvitation(id: $id, kind: $kind)\n  }\n": typeof types.CalendarInvitationDocument,
    "\n  mutation WithdrawApplication($input: WithdrawApplicationInput!) {\n    withdrawApplication(input: $input) {\n      id\n      status\n      statusLabel\n      nextStep\n      version\n    }\n  }\n": typeof types.WithdrawApplicationDocument,
    "\n  query ExportMyApplicationData {\n    exportMyApplicationData\n  }\n": typeof types.ExportMyApplicationDataDocument,
    "\n  query MyFosterFamily {\n    myFosterFamily {\n      id\n      displayName\n      approvalTypes\n      approvedAt\n      approvedBy\n      places\n      vacancies\n      vacanciesUpdatedAt\n      ageMin\n      ageMax\n      takesSiblings\n      conditions\n      networkChildName\n      version\n    }\n    myApplication {\n      id\n      status\n      statusLabel\n      timeline {\n        ...TimelineFields\n      }\n    }\n  }\n": typeof types.MyFosterFamilyDocument,
    "\n  mutation UpdateFosterFamilyVacancies($input: UpdateVacanciesInput!) {\n    updateFosterFamilyVacancies(input: $input) {\n      id\n      vacancies\n      vacanciesUpdatedAt\n      version\n    }\n  }\n": typeof types.UpdateFosterFamilyVacanciesDocument,
    "\n  mutation RateFaqAnswer($questionId: ID!, $entryId: ID!, $helpful: Boolean!) {\n    rateFaqAnswer(questionId: $questionId, entryId: $entryId, helpful: $helpful) {\n      questionId\n      entryId\n      helpful\n    }\n  }\n": typeof types.RateFaqAnswerDocument,
    "\n  fragment MyFaqTicketFields on MyFaqTicket {\n    id\n    status\n    team\n    teamLabel\n    question\n    answer\n    createdAt\n    answeredAt\n    closedAt\n  }\n": typeof types.MyFaqTicketFieldsFragmentDoc,
    "\n  mutation AskConsultant($input: AskConsultantInput!) {\n    askConsultant(input: $input) {\n      ...MyFaqTicketFields\n    }\n  }\n": typeof types.AskConsultantDocument,
    "\n  query MyFaqTickets {\n    myFaqTickets {\n      ...MyFaqTicketFields\n    }\n  }\n": typeof types.MyFaqTicketsDocument,
    "\n  query FaqTicketConsultants($team: FaqOwnerTeam!) {\n    faqTicketConsultants(team: $team) {\n      id\n      name\n    }\n  }\n": typeof types.FaqTicketConsultantsDocument,
    "\n  mutation AssignFaqTicket($id: ID!, $assigneeId: ID) {\n    assignFaqTicket(id: $id, assigneeId: $assigneeId) {\n      ...FaqTicketFields\n    }\n  }\n": typeof types.AssignFaqTicketDocument,
    "\n  fragment FaqTicketFields on FaqTicket {\n    id\n    status\n    team\n    teamLabel\n    channel\n    question\n    answer\n    askerName\n    assigneeId\n    assigneeName\n    assignedToMe\n    createdAt\n    answeredAt\n    closedAt\n    faqEntryId\n    version\n  }\n": typeof types.FaqTicketFieldsFragmentDoc,
    "\n  query FaqTickets($status: FaqTicketStatus, $team: FaqOwnerTeam) {\n    faqTickets(status: $status, team: $team) {\n      ...FaqTicketFields\n    }\n  }\n": typeof types.FaqTicketsDocument,
    "\n  mutation TakeFaqTicket($id: ID!) {\n    takeFaqTicket(id: $id) {\n      ...FaqTicketFields\n    }\n  }\n": typeof types.TakeFaqTicketDocument,
    "\n  mutation AnswerFaqTicket($id: ID!, $answer: String!) {\n    answerFaqTicket(id: $id, answer: $answer) {\n      ...FaqTicketFields\n    }\n  }\n": typeof types.AnswerFaqTicketDocument,
    "\n  mutation CloseFaqTicket($id: ID!) {\n    closeFaqTicket(id: $id) {\n      ...FaqTicketFields\n    }\n  }\n": typeof types.CloseFaqTicketDocument,
    "\n  mutation CreateFaqEntryFromTicket($ticketId: ID!) {\n    createFaqEntryFromTicket(ticketId: $ticketId) {\n      ticket {\n        ...FaqTicketFields\n      }\n      entry {\n        id\n        key\n        question\n      }\n    }\n  }\n": typeof types.CreateFaqEntryFromTicketDocument,
    "\n  query FaqImprovementReport($from: DateTime!, $to: DateTime!) {\n    faqImprovementReport(from: $from, to: $to) {\n      from\n      to\n      questions\n      unanswered\n      notHelpful\n      helpful\n      groups {\n        entryId\n        entryKey\n        entryQuestion\n        unanswered\n        notHelpful\n        total\n        examples\n      }\n    }\n  }\n": typeof types.FaqImprovementReportDocument,
    "\n  query FaqPhrasingSuggestions {\n    faqPhrasingSuggestions {\n      questionId\n      text\n      askedAt\n      entryId\n      entryQuestion\n      count\n    }\n  }\n": typeof types.FaqPhrasingSuggestionsDocument,
    "\n  mutation AcceptFaqPhrasing($questionId: ID!, $text: String) {\n    acceptFaqPhrasing(questionId: $questionId, text: $text) {\n      id\n      version\n      phrasings\n    }\n  }\n": typeof types.AcceptFaqPhrasingDocument,
    "\n  mutation DismissFaqPhrasing($questionId: ID!) {\n    dismissFaqPhrasing(questionId: $questionId)\n  }\n": typeof types.DismissFaqPhrasingDocument,
    "\n  fragment FaqEntryFields on FaqEntry {\n    id\n    key\n    question\n    answer\n    phrasings\n    english\n    category\n    ownerTeam\n    status\n    updatedAt\n    version\n  }\n": typeof types.FaqEntryFieldsFragmentDoc,
    "\n  query FaqEntries($includeArchived: Boolean!) {\n    faqEntries(includeArchived: $includeArchived) {\n      ...FaqEntryFields\n    }\n  }\n": typeof types.FaqEntriesDocument,
    "\n  query FaqEntryHistory($id: ID!) {\n    faqEntryHistory(id: $id) {\n      id\n      version\n      action\n      changedFields\n      changedBy\n      changedByName\n      changedAt\n      snapshot {\n        key\n        question\n        answer\n        phrasings\n        english\n        category\n        ownerTeam\n        status\n      }\n    }\n  }\n": typeof types.FaqEntryHistoryDocument,
    "\n  mutation CreateFaqEntry($input: FaqEntryInput!) {\n    createFaqEntry(input: $input) {\n      ...FaqEntryFields\n    }\n  }\n": typeof types.CreateFaqEntryDocument,
    "\n  mutation UpdateFaqEntry($input: UpdateFaqEntryInput!) {\n    updateFaqEntry(input: $input) {\n      ...FaqEntryFields\n    }\n  }\n": typeof types.UpdateFaqEntryDocument,
    "\n  mutation ArchiveFaqEntry($id: ID!, $version: Int!) {\n    archiveFaqEntry(id: $id, version: $version) {\n      ...FaqEntryFields\n    }\n  }\n": typeof types.ArchiveFaqEntryDocument,
    "\n  query FaqSynonyms {\n    faqSynonyms {\n      id\n      term\n      synonyms\n      version\n    }\n  }\n": typeof types.FaqSynonymsDocument,
    "\n  mutation SaveFaqSynonym($input: FaqSynonymInput!) {\n    saveFaqSynonym(input: $input) {\n      id\n      term\n      synonyms\n      version\n    }\n  }\n": typeof types.SaveFaqSynonymDocument,
    "\n  mutation DeleteFaqSynonym($id: ID!) {\n    deleteFaqSynonym(id: $id)\n  }\n": typeof types.DeleteFaqSynonymDocument,
    "\n  query AskQuestion($text: String!) {\n    askQuestion(text: $text) {\n      questionId\n      verdict\n      phone\n      best {\n        confidence\n        entry {\n          id\n          question\n          answer\n          category\n        }\n      }\n      runnersUp {\n        confidence\n        entry {\n          id\n          question\n          answer\n          category\n        }\n      }\n    }\n  }\n": typeof types.AskQuestionDocument,
    "\n  query LearningVocabulary {\n    learningVocabulary {\n      categories {\n        code\n        label\n      }\n      urgencies {\n        code\n        label\n      }\n      riskSignals {\n        code\n        label\n      }\n      priorities {\n        code\n        label\n      }\n      holdReasons {\n        code\n        label\n      }\n      outcomes {\n        code\n        label\n      }\n    }\n  }\n": typeof types.LearningVocabularyDocument,
    "\n  query LearningChildren {\n    learningChildren {\n      placementId\n      childId\n      firstName\n    }\n  }\n": typeof types.LearningChildrenDocument,
    "\n  fragment MyLearningRequestFields on MyLearningRequest {\n    id\n    childFirstName\n    category\n    categoryLabel\n    description\n    urgency\n    status\n    statusLabel\n    holdReason\n    deadlineAt\n    outcome\n    outcomeLabel\n    createdAt\n    resolvedAt\n    version\n  }\n": typeof types.MyLearningRequestFieldsFragmentDoc,
    "\n  fragment LearningAttachmentFields on LearningAttachment {\n    id\n    fileName\n    mimeType\n    sizeBytes\n    createdAt\n    downloadPath\n  }\n": typeof types.LearningAttachmentFieldsFragmentDoc,
    "\n  query MyLearningRequests {\n    myLearningRequests {\n      ...MyLearningRequestFields\n    }\n  }\n": typeof types.MyLearningRequestsDocument,
    "\n  fragment MyLearningRequestDetailFields on MyLearningRequestDetail {\n    request {\n      ...MyLearningRequestFields\n    }\n    messages {\n      id\n      fromConsultant\n      body\n      createdAt\n    }\n    attachments {\n      ...LearningAttachmentFields\n    }\n    timeline {\n      id\n      type\n      label\n      createdAt\n    }\n  }\n": typeof types.MyLearningRequestDetailFieldsFragmentDoc,
    "\n  query MyLearningRequest($id: ID!) {\n    myLearningRequest(id: $id) {\n      ...MyLearningRequestDetailFields\n    }\n  }\n": typeof types.MyLearningRequestDocument,
    "\n  mutation CreateLearningRequest($input: CreateLearningRequestInput!) {\n    createLearningRequest(input: $input) {\n      ...MyLearningRequestFields\n    }\n  }\n": typeof types.CreateLearningRequestDocument,
    "\n  mutation SendLearningRequestMessage($id: ID!, $body: String!) {\n    sendLearningRequestMessage(id: $id, body: $body) {\n      ...MyLearningRequestDetailFields\n    }\n  }\n": typeof types.SendLearningRequestMessageDocument,
    "\n  fragment LearningRequestFields on LearningRequest {\n    id\n    childFirstName\n    pseudonymous\n    category\n    categoryLabel\n    description\n    urgency\n    status\n    statusLabel\n    holdReason\n    deadlineAt\n    outcome\n    outcomeLabel\n    createdAt\n    resolvedAt\n    closedAt\n    requestedBy\n    requesterRole\n    riskSignals\n    absencePercent\n    priority\n    assigneeId\n    assignedAt\n    queuedAt\n    escalatedAt\n    isOverdue\n    version\n  }\n": typeof types.LearningRequestFieldsFragmentDoc,
    "\n  query LearningQueue($filter: LearningQueueFilterInput) {\n    learningQueue(filter: $filter) {\n      ...LearningRequestFields\n    }\n  }\n": typeof types.LearningQueueDocument,
    "\n  query LearningConsultants {\n    learningConsultants {\n      id\n      name\n    }\n  }\n": typeof types.LearningConsultantsDocument,
    "\n  mutation TakeNextLearningRequest {\n    takeNextLearningRequest {\n      ...LearningRequestFields\n    }\n  }\n": typeof types.TakeNextLearningRequestDocument,
    "\n  fragment LearningRequestDetailFields on LearningRequestDetail {\n    request {\n      ...LearningRequestFields\n    }\n    notes {\n      id\n      kind\n      authorId\n      authorRole\n      body\n      createdAt\n    }\n    events {\n      id\n      type\n      actorId\n      details\n      createdAt\n    }\n    attachments {\n      ...LearningAttachmentFields\n    }\n  }\n": typeof types.LearningRequestDetailFieldsFragmentDoc,
    "\n  query LearningRequest($id: ID!) {\n    learningRequest(id: $id) {\n      ...LearningRequestDetailFields\n    }\n  }\n": typeof types.LearningRequestDocument,
    "\n  mutation ReassignLearningRequest($id: ID!, $assigneeId: ID) {\n    reassignLearningRequest(id: $id, assigneeId: $assigneeId) {\n      ...LearningRequestFields\n    }\n  }\n": typeof types.ReassignLearningRequestDocument,
    "\n  mutation HoldLearningRequest($id: ID!, $reason: LearningHoldReason!) {\n    holdLearningRequest(id: $id, reason: $reason) {\n      ...LearningRequestFields\n    }\n  }\n": typeof types.HoldLearningRequestDocument,
    "\n  mutation ResumeLearningRequest($id: ID!) {\n    resumeLearningRequest(id: $id) {\n      ...LearningRequestFields\n    }\n  }\n": typeof types.ResumeLearningRequestDocument,
    "\n  mutation ResolveLearningRequest($id: ID!, $outcome: LearningOutcome!, $reply: String) {\n    resolveLearningRequest(id: $id, outcome: $outcome, reply: $reply) {\n      ...LearningRequestFields\n    }\n  }\n": typeof types.ResolveLearningRequestDocument,
    "\n  mutation CloseLearningRequest($id: ID!) {\n    closeLearningRequest(id: $id) {\n      ...LearningRequestFields\n    }\n  }\n": typeof types.CloseLearningRequestDocument,
    "\n  mutation ReopenLearningRequest($id: ID!) {\n    reopenLearningRequest(id: $id) {\n      ...LearningRequestFields\n    }\n  }\n": typeof types.ReopenLearningRequestDocument,
    "\n  mutation AddLearningNote($id: ID!, $kind: LearningNoteKind!, $body: String!) {\n    addLearningNote(id: $id, kind: $kind, body: $body) {\n      ...LearningRequestDetailFields\n    }\n  }\n": typeof types.AddLearningNoteDocument,
    "\n  query LearningDashboard($from: DateTime!, $to: DateTime!) {\n    learningDashboard(from: $from, to: $to) {\n      from\n      to\n      backlog {\n        priority\n        open\n        unassigned\n        overdue\n      }\n      waitingHoursMedian\n      waitingHoursP90\n      taken\n      deadlinesMissed\n      overdueNow\n      created\n      resolved\n      outcomes {\n        outcome\n        label\n        count\n      }\n    }\n  }\n": typeof types.LearningDashboardDocument,
    "\n  query MatchingVocabulary {\n    matchingVocabulary {\n      needs {\n        value\n        label\n      }\n      culture {\n        value\n        label\n      }\n      wishes {\n        value\n        label\n      }\n      features {\n        value\n        label\n      }\n      languages {\n        value\n        label\n      }\n      factors {\n        value\n        label\n      }\n    }\n  }\n": typeof types.MatchingVocabularyDocument,
    "\n  fragment PlacementNeedFields on PlacementNeed {\n    id\n    children {\n      id\n      firstName\n      birthDate\n    }\n    supportLevel\n    needs\n    schoolName\n    schoolPostalCode\n    schoolLat\n    schoolLon\n    bioPostalCode\n    bioLat\n    bioLon\n    contactVisitsPerMonth\n    languages\n    culture\n    cultureNote\n    wishes\n    wishesText\n    networkPeople {\n      name\n      relation\n      applicationId\n    }\n    networkFamilyIds\n    acute\n    wishedStart\n    status\n    createdAt\n    version\n  }\n": typeof types.PlacementNeedFieldsFragmentDoc,
    "\n  fragment MatchFamilyFields on FosterFamily {\n    id\n    displayName\n    approvalTypes\n    places\n    vacancies\n    ageMin\n    ageMax\n    takesSiblings\n    networkChildName\n  }\n": typeof types.MatchFamilyFieldsFragmentDoc,
    "\n  fragment MatchEvaluationFields on MatchEvaluation {\n    eligible\n    network\n    score\n    factors {\n      key\n      label\n      weight\n      value\n      points\n      explanation\n    }\n    violations {\n      rule\n      explanation\n    }\n    conflicts {\n      field\n      explanation\n    }\n  }\n": typeof types.MatchEvaluationFieldsFragmentDoc,
    "\n  query PlacementNeeds($first: Int!, $status: NeedStatus) {\n    placementNeeds(first: $first, status: $status) {\n      edges {\n        node {\n          ...PlacementNeedFields\n        }\n      }\n    }\n  }\n": typeof types.PlacementNeedsDocument,
    "\n  query PlacementNeed($id: ID!) {\n    placementNeed(id: $id) {\n      ...PlacementNeedFields\n    }\n  }\n": typeof types.PlacementNeedDocument,
    "\n  query MatchingNetworkOptions {\n    matchingNetworkOptions {\n      families {\n        id\n        displayName\n        approvalTypes\n        networkChildName\n      }\n      applications {\n        id\n        applicantName\n        childName\n        relation\n        status\n        statusLabel\n      }\n    }\n  }\n": typeof types.MatchingNetworkOptionsDocument,
    "\n  mutation CreatePlacementNeed($input: PlacementNeedInput!) {\n    createPlacementNeed(input: $input) {\n      ...PlacementNeedFields\n    }\n  }\n": typeof types.CreatePlacementNeedDocument,
    "\n  mutation UpdatePlacementNeed($input: UpdatePlacementNeedInput!) {\n    updatePlacementNeed(input: $input) {\n      ...PlacementNeedFields\n    }\n  }\n": typeof types.UpdatePlacementNeedDocument,
    "\n  mutation CancelPlacementNeed($id: ID!, $reason: String!) {\n    cancelPlacementNeed(id: $id, reason: $reason) {\n      ...PlacementNeedFields\n    }\n  }\n": typeof types.CancelPlacementNeedDocument,
    "\n  query FamilyRanking($needId: ID!, $limit: Float!) {\n    familyRanking(needId: $needId, limit: $limit) {\n      considered\n      need {\n        ...PlacementNeedFields\n      }\n      network {\n        name\n        relation\n        stage\n        stageText\n        applicationId\n        applicationStatus\n        daysInStatus\n        family {\n          ...MatchFamilyFields\n        }\n        evaluation {\n          ...MatchEvaluationFields\n        }\n      }\n      families {\n        family {\n          ...MatchFamilyFields\n        }\n        evaluation {\n          ...MatchEvaluationFields\n        }\n      }\n    }\n  }\n": typeof types.FamilyRankingDocument,
    "\n  fragment MatchProposalFields on MatchProposal {\n    id\n    batchId\n    score\n    network\n    status\n    reason\n    createdAt\n    need {\n      id\n      children {\n        id\n        firstName\n        birthDate\n      }\n      supportLevel\n    }\n    family {\n      ...MatchFamilyFields\n    }\n    evaluation {\n      ...MatchEvaluationFields\n    }\n    networkInApproval {\n      name\n      relation\n      stageText\n    }\n  }\n": typeof types.MatchProposalFieldsFragmentDoc,
    "\n  mutation ProposeFamily($needId: ID!, $familyId: ID!) {\n    proposeFamily(needId: $needId, familyId: $familyId) {\n      ...MatchProposalFields\n    }\n  }\n": typeof types.ProposeFamilyDocument,
    "\n  query MatchProposals($status: ProposalStatus, $needId: ID) {\n    matchProposals(status: $status, needId: $needId) {\n      ...MatchProposalFields\n    }\n  }\n": typeof types.MatchProposalsDocument,
    "\n  mutation RunMatchingBatch {\n    runMatchingBatch {\n      id\n      needsCount\n      familiesCount\n      assignedCount\n      totalScore\n      durationMs\n      proposals {\n        ...MatchProposalFields\n      }\n      unassignedReasons {\n        reason\n        need {\n          id\n          children {\n            id\n            firstName\n            birthDate\n          }\n        }\n      }\n    }\n  }\n": typeof types.RunMatchingBatchDocument,
    "\n  mutation AcceptMatchProposal($id: ID!, $reason: String!) {\n    acceptMatchProposal(id: $id, reason: $reason) {\n      id\n    }\n  }\n": typeof types.AcceptMatchProposalDocument,
    "\n  mutation DeclineMatchProposal($id: ID!, $reason: String!) {\n    declineMatchProposal(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.DeclineMatchProposalDocument,
    "\n  query MatchingWeights {\n    matchingWeights {\n      key\n      label\n      weight\n    }\n  }\n": typeof types.MatchingWeightsDocument,
    "\n  mutation SetMatchingWeights($weights: [MatchingWeightInput!]!) {\n    setMatchingWeights(weights: $weights) {\n      key\n      label\n      weight\n    }\n  }\n": typeof types.SetMatchingWeightsDocument,
    "\n  query Placements($active: Boolean) {\n    placements(active: $active) {\n      id\n      childrenCount\n      matchScore\n      startedOn\n      endedOn\n      endReason\n      version\n      need {\n        id\n        children {\n          id\n          firstName\n          birthDate\n        }\n      }\n      family {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.PlacementsDocument,
    "\n  mutation EndPlacement($input: EndPlacementInput!) {\n    endPlacement(input: $input) {\n      id\n      endedOn\n      endReason\n    }\n  }\n": typeof types.EndPlacementDocument,
    "\n  query PlacementOutcomes {\n    placementOutcomes {\n      band\n      placements\n      ended\n      breakdowns\n      breakdownRate\n    }\n  }\n": typeof types.PlacementOutcomesDocument,
    "\n  fragment FamilyMatchProfileFields on FamilyMatchProfile {\n    lat\n    lon\n    experience\n    languages\n    culture\n    features\n    otherChildrenBirthDates\n    prefAgeMin\n    prefAgeMax\n    prefNeedsAble\n    prefNeedsExcluded\n    prefSiblings\n    assessedAgeMin\n    assessedAgeMax\n    assessedNeedsAble\n    assessedNeedsExcluded\n    assessedSiblings\n    version\n    family {\n      id\n      displayName\n      ageMin\n      ageMax\n      takesSiblings\n    }\n  }\n": typeof types.FamilyMatchProfileFieldsFragmentDoc,
    "\n  query FamilyMatchProfile($familyId: ID!) {\n    familyMatchProfile(familyId: $familyId) {\n      ...FamilyMatchProfileFields\n    }\n  }\n": typeof types.FamilyMatchProfileDocument,
    "\n  query MyFamilyMatchProfile {\n    myFamilyMatchProfile {\n      ...FamilyMatchProfileFields\n    }\n  }\n": typeof types.MyFamilyMatchProfileDocument,
    "\n  mutation UpdateFamilyMatchProfile($input: FamilyOwnProfileInput!) {\n    updateFamilyMatchProfile(input: $input) {\n      ...FamilyMatchProfileFields\n    }\n  }\n": typeof types.UpdateFamilyMatchProfileDocument,
    "\n  mutation AssessFamilyMatchProfile($input: FamilyAssessmentInput!) {\n    assessFamilyMatchProfile(input: $input) {\n      ...FamilyMatchProfileFields\n    }\n  }\n": typeof types.AssessFamilyMatchProfileDocument,
    "\n  fragment SessionUserFields on User {\n    id\n    name\n    email\n    role\n    municipality {\n      id\n      name\n    }\n  }\n": typeof types.SessionUserFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query PublicConfig {\n    publicConfig {\n      oidcEnabled\n    }\n  }\n": typeof types.PublicConfigDocument,
    "\n  query Municipalities($first: Int!, $after: String) {\n    municipalities(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          phone\n          createdAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.MunicipalitiesDocument,
    "\n  mutation CreateMunicipality($input: CreateMunicipalityInput!) {\n    createMunicipality(input: $input) {\n      id\n      code\n      name\n      phone\n      createdAt\n    }\n  }\n": typeof types.CreateMunicipalityDocument,
    "\n  query Users($first: Int!, $after: String, $municipalityId: ID) {\n    users(first: $first, after: $after, municipalityId: $municipalityId) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          role\n          active\n          municipality {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateStaffUser($input: CreateStaffUserInput!) {\n    createStaffUser(input: $input) {\n      id\n      name\n      email\n      role\n      active\n      municipality {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateStaffUserDocument,
    "\n  fragment PeerGroupFields on PeerGroup {\n    id\n    name\n    audience\n    ageMin\n    ageMax\n    areaName\n    lat\n    lon\n    facilitatorId\n    capacity\n    status\n    version\n  }\n": typeof types.PeerGroupFieldsFragmentDoc,
    "\n  fragment PeerSessionFields on PeerSession {\n    id\n    groupId\n    startsAt\n    endsAt\n    place\n    transportNote\n    seriesId\n    cancelledAt\n    cancelReason\n  }\n": typeof types.PeerSessionFieldsFragmentDoc,
    "\n  fragment PeerParticipantFields on PeerParticipant {\n    id\n    kind\n    fosterFamilyId\n    firstName\n    birthDate\n    caseworkerConsentRequired\n  }\n": typeof types.PeerParticipantFieldsFragmentDoc,
    "\n  fragment PeerMembershipFields on PeerMembership {\n    id\n    groupId\n    participantId\n    status\n    requestedAt\n    familyConsentAt\n    caseworkerConsentRequired\n    caseworkerConsentAt\n    offeredAt\n    activatedAt\n    pausedUntil\n    leftAt\n    participant {\n      ...PeerParticipantFields\n    }\n  }\n": typeof types.PeerMembershipFieldsFragmentDoc,
    "\n  query PeerGroups {\n    peerGroups {\n      ...PeerGroupFields\n    }\n    peerGroupMetrics {\n      group {\n        id\n      }\n      placesHeld\n      waiting\n    }\n  }\n": typeof types.PeerGroupsDocument,
    "\n  query PeerStaff {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          name\n          role\n          active\n        }\n      }\n    }\n  }\n": typeof types.PeerStaffDocument,
    "\n  mutation SavePeerGroup($input: SavePeerGroupInput!) {\n    savePeerGroup(input: $input) {\n      ...PeerGroupFields\n    }\n  }\n": typeof types.SavePeerGroupDocument,
    "\n  query PeerGroup($id: ID!) {\n    peerGroup(id: $id) {\n      group {\n        ...PeerGroupFields\n      }\n      placesHeld\n      members {\n        ...PeerMembershipFields\n      }\n      formerMembers {\n        ...PeerMembershipFields\n      }\n      sessions {\n        ...PeerSessionFields\n      }\n    }\n  }\n": typeof types.PeerGroupDocument,
    "\n  query PeerGroupMetrics($groupId: ID) {\n    peerGroupMetrics(groupId: $groupId) {\n      group {\n        id\n      }\n      placesHeld\n      sessionsHeld\n      participationRate\n      waiting\n      waitMedianDays\n      waitMaxDays\n      sessions {\n        session {\n          id\n          startsAt\n        }\n        present\n        absent\n        excused\n        participationRate\n      }\n      stoppedComing {\n        participant {\n          ...PeerParticipantFields\n        }\n        lastPresentAt\n      }\n    }\n  }\n": typeof types.PeerGroupMetricsDocument,
    "\n  query PeerChildren($ageMin: Int, $ageMax: Int) {\n    peerChildren(ageMin: $ageMin, ageMax: $ageMax) {\n      ...PeerParticipantFields\n    }\n  }\n": typeof types.PeerChildrenDocument,
    "\n  mutation InvitePeerMember($groupId: ID!, $participantId: ID!) {\n    invitePeerMember(groupId: $groupId, participantId: $participantId) {\n      ...PeerMembershipFields\n    }\n  }\n": typeof types.InvitePeerMemberDocument,
    "\n  mutation CreatePeerSessions($input: CreatePeerSessionsInput!) {\n    createPeerSessions(input: $input) {\n      ...PeerSessionFields\n    }\n  }\n": typeof types.CreatePeerSessionsDocument,
    "\n  mutation CancelPeerSession($id: ID!, $reason: String!) {\n    cancelPeerSession(id: $id, reason: $reason) {\n      ...PeerSessionFields\n    }\n  }\n": typeof types.CancelPeerSessionDocument,
    "\n  query PeerAttendance($sessionId: ID!) {\n    peerAttendance(sessionId: $sessionId) {\n      sessionId\n      participantId\n      status\n    }\n  }\n": typeof types.PeerAttendanceDocument,
    "\n  mutation RecordPeerAttendance($input: RecordPeerAttendanceInput!) {\n    recordPeerAttendance(input: $input) {\n      sessionId\n      participantId\n      status\n    }\n  }\n": typeof types.RecordPeerAttendanceDocument,
    "\n  mutation PausePeerMembership($membershipId: ID!, $until: String!) {\n    pausePeerMembership(membershipId: $membershipId, until: $until) {\n      ...PeerMembershipFields\n    }\n  }\n": typeof types.PausePeerMembershipDocument,
    "\n  mutation LeavePeerMembership($membershipId: ID!) {\n    leavePeerMembership(membershipId: $membershipId) {\n      ...PeerMembershipFields\n    }\n  }\n": typeof types.LeavePeerMembershipDocument,
    "\n  query PeerMustNotPairs {\n    peerMustNotPairs {\n      id\n      note\n      createdAt\n      participantA {\n        ...PeerParticipantFields\n      }\n      participantB {\n        ...PeerParticipantFields\n      }\n    }\n  }\n": typeof types.PeerMustNotPairsDocument,
    "\n  mutation AddPeerMustNotPair($participantAId: ID!, $participantBId: ID!, $note: String) {\n    addPeerMustNotPair(participantAId: $participantAId, participantBId: $participantBId, note: $note) {\n      id\n    }\n  }\n": typeof types.AddPeerMustNotPairDocument,
    "\n  mutation RemovePeerMustNotPair($id: ID!) {\n    removePeerMustNotPair(id: $id)\n  }\n": typeof types.RemovePeerMustNotPairDocument,
    "\n  fragment PeerCompositionFields on PeerComposition {\n    id\n    status\n    groupSize\n    version\n    cost\n    groups {\n      childIds\n      ageMin\n      ageMax\n      maxKmFromCentre\n      earlierMatePairs\n    }\n    unplaced {\n      childId\n      reason\n      message\n    }\n  }\n": typeof types.PeerCompositionFieldsFragmentDoc,
    "\n  mutation ProposePeerGroups($input: ProposePeerGroupsInput!) {\n    proposePeerGroups(input: $input) {\n      ...PeerCompositionFields\n    }\n  }\n": typeof types.ProposePeerGroupsDocument,
    "\n  mutation MovePeerCompositionChild(\n    $compositionId: ID!\n    $expectedVersion: Int!\n    $participantId: ID!\n    $toGroup: Int!\n  ) {\n    movePeerCompositionChild(\n      compositionId: $compositionId\n      expectedVersion: $expectedVersion\n      participantId: $participantId\n      toGroup: $toGroup\n    ) {\n      ...PeerCompositionFields\n    }\n  }\n": typeof types.MovePeerCompositionChildDocument,
    "\n  mutation ConfirmPeerComposition($input: ConfirmPeerCompositionInput!) {\n    confirmPeerComposition(input: $input) {\n      ...PeerGroupFields\n    }\n  }\n": typeof types.ConfirmPeerCompositionDocument,
    "\n  query MyPeerGroups {\n    myPeerGroups {\n      membership {\n        ...PeerMembershipFields\n      }\n      group {\n        ...PeerGroupFields\n      }\n      waitlistPosition\n      nextSessions {\n        ...PeerSessionFields\n      }\n    }\n    myPeerParticipants {\n      ...PeerParticipantFields\n    }\n    openPeerGroups {\n      group {\n        ...PeerGroupFields\n      }\n      freePlaces\n      waiting\n    }\n  }\n": typeof types.MyPeerGroupsDocument,
    "\n  mutation RespondToPeerInvitation($membershipId: ID!, $consent: Boolean!) {\n    respondToPeerInvitation(membershipId: $membershipId, consent: $consent) {\n      ...PeerMembershipFields\n    }\n  }\n": typeof types.RespondToPeerInvitationDocument,
    "\n  mutation RequestPeerGroupPlace($groupId: ID!, $participantId: ID!) {\n    requestPeerGroupPlace(groupId: $groupId, participantId: $participantId) {\n      ...PeerMembershipFields\n    }\n  }\n": typeof types.RequestPeerGroupPlaceDocument,
    "\n  query PipelineBoard($filter: ApplicationFilter, $perColumn: Int!) {\n    pipelineBoard(filter: $filter, perColumn: $perColumn) {\n      status\n      label\n      count\n      items {\n        id\n        applicantName\n        track\n        daysInStatus\n        submittedAt\n        assignedConsultant {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PipelineBoardDocument,
    "\n  fragment StaffApplicationFields on Application {\n    id\n    version\n    status\n    statusLabel\n    track\n    applicantName\n    daysInStatus\n    submittedAt\n    createdAt\n    statusChangedAt\n    heldFrom\n    appealed\n    recruitmentSource\n    allowedMoves\n    assignedConsultant {\n      id\n      name\n    }\n    # The same form fields the applicant's own page reads (application.operations.ts).\n    form {\n      ...ApplicationFormFields\n    }\n    timeline {\n      ...TimelineFields\n    }\n    transitions {\n      id\n      fromStatus\n      toStatus\n      toLabel\n      reason\n      actorName\n      createdAt\n    }\n    requirements {\n      id\n      kind\n      label\n      subjectName\n      status\n      expiresOn\n      note\n      expiringSoon\n      expired\n      updatedAt\n    }\n    documents {\n      id\n      kind\n      fileName\n      mimeType\n      sizeBytes\n      createdAt\n      expiresOn\n      expired\n      expiringSoon\n      downloadPath\n    }\n    messages {\n      id\n      body\n      fromStaff\n      authorName\n      createdAt\n    }\n    fosterFamily {\n      id\n      displayName\n    }\n  }\n": typeof types.StaffApplicationFieldsFragmentDoc,
    "\n  query StaffApplication($id: ID!) {\n    application(id: $id) {\n      ...StaffApplicationFields\n    }\n  }\n": typeof types.StaffApplicationDocument,
    "\n  query ApplicationCalendar($applicationId: ID!) {\n    applicationCalendar(applicationId: $applicationId) {\n      homeVisits {\n        id\n        number\n        startsAt\n        endsAt\n        note\n        completedAt\n        cancelledAt\n      }\n      signups {\n        id\n        attended\n        createdAt\n        event {\n          id\n          kind\n          title\n          startsAt\n          endsAt\n          place\n          cancelled\n        }\n      }\n    }\n  }\n": typeof types.ApplicationCalendarDocument,
    "\n  query Consultants {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          name\n          role\n          active\n        }\n      }\n    }\n  }\n": typeof types.ConsultantsDocument,
    "\n  mutation TransitionApplication($input: TransitionApplicationInput!) {\n    transitionApplication(input: $input) {\n      ...StaffApplicationFields\n    }\n  }\n": typeof types.TransitionApplicationDocument,
    "\n  mutation ApproveApplication($input: ApproveApplicationInput!) {\n    approveApplication(input: $input) {\n      ...StaffApplicationFields\n    }\n  }\n": typeof types.ApproveApplicationDocument,
    "\n  mutation AssignApplication($input: AssignApplicationInput!) {\n    assignApplication(input: $input) {\n      ...StaffApplicationFields\n    }\n  }\n": typeof types.AssignApplicationDocument,
    "\n  mutation SetApplicationDocumentExpiry($input: SetDocumentExpiryInput!) {\n    setApplicationDocumentExpiry(input: $input) {\n      id\n      expiresOn\n      expired\n      expiringSoon\n    }\n  }\n": typeof types.SetApplicationDocumentExpiryDocument,
    "\n  mutation UpdateApplicationRequirement($input: UpdateRequirementInput!) {\n    updateApplicationRequirement(input: $input) {\n      id\n      status\n      expiresOn\n      note\n      expiringSoon\n      expired\n      updatedAt\n    }\n  }\n": typeof types.UpdateApplicationRequirementDocument,
    "\n  mutation AddApplicationRequirement($input: AddRequirementInput!) {\n    addApplicationRequirement(input: $input) {\n      id\n    }\n  }\n": typeof types.AddApplicationRequirementDocument,
    "\n  mutation SendStaffApplicationMessage($input: SendApplicationMessageInput!) {\n    sendApplicationMessage(input: $input) {\n      id\n    }\n  }\n": typeof types.SendStaffApplicationMessageDocument,
    "\n  mutation ScheduleHomeVisit($input: ScheduleHomeVisitInput!) {\n    scheduleHomeVisit(input: $input) {\n      id\n    }\n  }\n": typeof types.ScheduleHomeVisitDocument,
    "\n  mutation CompleteHomeVisit($id: ID!) {\n    completeHomeVisit(id: $id) {\n      id\n      completedAt\n    }\n  }\n": typeof types.CompleteHomeVisitDocument,
    "\n  mutation CancelHomeVisit($id: ID!) {\n    cancelHomeVisit(id: $id) {\n      id\n      cancelledAt\n    }\n  }\n": typeof types.CancelHomeVisitDocument,
    "\n  query StaffRecruitmentEvents($from: DateTime) {\n    staffRecruitmentEvents(from: $from) {\n      event {\n        id\n        kind\n        title\n        description\n        place\n        startsAt\n        endsAt\n        capacity\n        seatsLeft\n        cancelled\n        cancelReason\n      }\n      signups {\n        applicationId\n        applicantName\n        attended\n      }\n    }\n  }\n": typeof types.StaffRecruitmentEventsDocument,
    "\n  mutation CreateRecruitmentEvent($input: CreateRecruitmentEventInput!) {\n    createRecruitmentEvent(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateRecruitmentEventDocument,
    "\n  mutation UpdateRecruitmentEvent($input: UpdateRecruitmentEventInput!) {\n    updateRecruitmentEvent(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateRecruitmentEventDocument,
    "\n  mutation CancelRecruitmentEvent($id: ID!, $reason: String!) {\n    cancelRecruitmentEvent(id: $id, reason: $reason) {\n      id\n      cancelled\n    }\n  }\n": typeof types.CancelRecruitmentEventDocument,
    "\n  mutation RecordRecruitmentEventAttendance($eventId: ID!, $applicationId: ID!, $attended: Boolean!) {\n    recordRecruitmentEventAttendance(eventId: $eventId, applicationId: $applicationId, attended: $attended) {\n      id\n      attended\n    }\n  }\n": typeof types.RecordRecruitmentEventAttendanceDocument,
    "\n  fragment FosterFamilyFields on FosterFamily {\n    id\n    version\n    displayName\n    active\n    approvalTypes\n    approvedAt\n    approvedBy\n    places\n    vacancies\n    vacanciesUpdatedAt\n    ageMin\n    ageMax\n    takesSiblings\n    conditions\n    postalCode\n    networkChildName\n    applicationId\n  }\n": typeof types.FosterFamilyFieldsFragmentDoc,
    "\n  query FosterFamilies($first: Int!, $after: String, $withVacancies: Boolean) {\n    fosterFamilies(first: $first, after: $after, withVacancies: $withVacancies) {\n      edges {\n        cursor\n        node {\n          ...FosterFamilyFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.FosterFamiliesDocument,
    "\n  query FosterFamily($id: ID!) {\n    fosterFamily(id: $id) {\n      ...FosterFamilyFields\n    }\n  }\n": typeof types.FosterFamilyDocument,
    "\n  mutation UpdateFosterFamily($input: UpdateFosterFamilyInput!) {\n    updateFosterFamily(input: $input) {\n      ...FosterFamilyFields\n    }\n  }\n": typeof types.UpdateFosterFamilyDocument,
    "\n  query RecruitmentAnalytics($from: DateTime, $to: DateTime) {\n    recruitmentAnalytics(from: $from, to: $to) {\n      applications\n      approved\n      refused\n      withdrawn\n      medianDaysToApproval\n      funnel {\n        status\n        label\n        reached\n        conversionFromPrevious\n        medianDaysInStage\n      }\n      bySource {\n        source\n        label\n        applications\n        submitted\n        approved\n      }\n      ageDistribution {\n        band\n        count\n      }\n    }\n  }\n": typeof types.RecruitmentAnalyticsDocument,
    "\n  fragment ReliefBookingFields on ReliefBooking {\n    id\n    placementId\n    providerId\n    startsAt\n    endsAt\n    days\n    status\n    acute\n    statusReason\n    overrideReason\n    seriesId\n    provider {\n      id\n      name\n      fosterFamilyId\n    }\n  }\n": typeof types.ReliefBookingFieldsFragmentDoc,
    "\n  query ReliefBookings($from: DateTime, $to: DateTime, $placementId: ID) {\n    reliefBookings(from: $from, to: $to, placementId: $placementId) {\n      ...ReliefBookingFields\n    }\n  }\n": typeof types.ReliefBookingsDocument,
    "\n  query AcuteReliefBookings {\n    acuteReliefBookings {\n      ...ReliefBookingFields\n    }\n  }\n": typeof types.AcuteReliefBookingsDocument,
    "\n  query ReliefSearch($placementId: ID!, $from: DateTime!, $to: DateTime!) {\n    reliefSearch(placementId: $placementId, from: $from, to: $to) {\n      continuity\n      fit\n      distanceKm\n      provider {\n        id\n        name\n        kind\n        capacity\n      }\n    }\n  }\n": typeof types.ReliefSearchDocument,
    "\n  mutation BookRelief($input: BookReliefInput!) {\n    bookRelief(input: $input) {\n      ...ReliefBookingFields\n    }\n  }\n": typeof types.BookReliefDocument,
    "\n  mutation ConfirmRelief($id: ID!) {\n    confirmRelief(id: $id) {\n      ...ReliefBookingFields\n    }\n  }\n": typeof types.ConfirmReliefDocument,
    "\n  mutation DeclineRelief($id: ID!, $reason: String!) {\n    declineRelief(id: $id, reason: $reason) {\n      ...ReliefBookingFields\n    }\n  }\n": typeof types.DeclineReliefDocument,
    "\n  mutation CancelRelief($id: ID!, $reason: String!) {\n    cancelRelief(id: $id, reason: $reason) {\n      ...ReliefBookingFields\n    }\n  }\n": typeof types.CancelReliefDocument,
    "\n  mutation CompleteRelief($id: ID!) {\n    completeRelief(id: $id) {\n      ...ReliefBookingFields\n    }\n  }\n": typeof types.CompleteReliefDocument,
    "\n  query ReliefGrantOverview {\n    reliefGrantOverview {\n      placementId\n      periodFrom\n      periodTo\n      daysUsed\n      daysLeft\n      grant {\n        id\n        daysPerPeriod\n        period\n        validFrom\n        validTo\n        strained\n      }\n    }\n  }\n": typeof types.ReliefGrantOverviewDocument,
    "\n  mutation SetReliefGrant($input: SetReliefGrantInput!) {\n    setReliefGrant(input: $input) {\n      id\n      placementId\n      daysPerPeriod\n      period\n      validFrom\n      validTo\n      strained\n    }\n  }\n": typeof types.SetReliefGrantDocument,
    "\n  query ReliefMyFamily {\n    myFosterFamily {\n      id\n      approvalTypes\n    }\n  }\n": typeof types.ReliefMyFamilyDocument,
    "\n  query ReliefCalendarFeeds {\n    reliefCalendarFeeds {\n      id\n      ownerKind\n      ownerId\n      createdAt\n      revokedAt\n    }\n  }\n": typeof types.ReliefCalendarFeedsDocument,
    "\n  mutation CreateReliefCalendarFeed($ownerKind: ReliefCalendarFeedOwnerKind!, $ownerId: ID!) {\n    createReliefCalendarFeed(ownerKind: $ownerKind, ownerId: $ownerId) {\n      url\n      feed {\n        id\n        ownerKind\n        ownerId\n        createdAt\n        revokedAt\n      }\n    }\n  }\n": typeof types.CreateReliefCalendarFeedDocument,
    "\n  mutation RevokeReliefCalendarFeed($id: ID!) {\n    revokeReliefCalendarFeed(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeReliefCalendarFeedDocument,
    "\n  query MyReliefPlacements {\n    myReliefPlacements {\n      placementId\n      childFirstNames\n      periodFrom\n      periodTo\n      daysUsed\n      daysLeft\n      grant {\n        id\n        daysPerPeriod\n        period\n      }\n    }\n  }\n": typeof types.MyReliefPlacementsDocument,
    "\n  fragment ReliefWindowFields on ReliefRequestWindow {\n    id\n    title\n    startsAt\n    endsAt\n    closesAt\n    status\n    allocatedAt\n  }\n": typeof types.ReliefWindowFieldsFragmentDoc,
    "\n  fragment RankedReliefRequestFields on RankedReliefWindowRequest {\n    rank\n    strained\n    priorDays\n    request {\n      id\n      windowId\n      placementId\n      startsAt\n      endsAt\n      preferredProviderId\n      note\n      status\n      requestedAt\n      bookingId\n      outcomeReason\n    }\n  }\n": typeof types.RankedReliefRequestFieldsFragmentDoc,
    "\n  query ReliefRequestWindows {\n    reliefRequestWindows {\n      ...ReliefWindowFields\n    }\n  }\n": typeof types.ReliefRequestWindowsDocument,
    "\n  query ReliefWindowRequests($windowId: ID!) {\n    reliefWindowRequests(windowId: $windowId) {\n      ...RankedReliefRequestFields\n    }\n  }\n": typeof types.ReliefWindowRequestsDocument,
    "\n  mutation OpenReliefRequestWindow($input: OpenReliefWindowInput!) {\n    openReliefRequestWindow(input: $input) {\n      ...ReliefWindowFields\n    }\n  }\n": typeof types.OpenReliefRequestWindowDocument,
    "\n  mutation RequestReliefInWindow($input: RequestReliefInWindowInput!) {\n    requestReliefInWindow(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RequestReliefInWindowDocument,
    "\n  mutation WithdrawReliefWindowRequest($id: ID!) {\n    withdrawReliefWindowRequest(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawReliefWindowRequestDocument,
    "\n  mutation AllocateReliefWindow($windowId: ID!) {\n    allocateReliefWindow(windowId: $windowId) {\n      ...RankedReliefRequestFields\n    }\n  }\n": typeof types.AllocateReliefWindowDocument,
    "\n  mutation BookReliefSeries($input: BookReliefSeriesInput!) {\n    bookReliefSeries(input: $input) {\n      seriesId\n      booked {\n        ...ReliefBookingFields\n      }\n      conflicts {\n        startsAt\n        endsAt\n        code\n        message\n      }\n    }\n  }\n": typeof types.BookReliefSeriesDocument,
    "\n  fragment ReliefProviderFields on ReliefProvider {\n    id\n    kind\n    fosterFamilyId\n    name\n    capacity\n    ageMin\n    ageMax\n    needsExcluded\n    lat\n    lon\n    active\n    version\n    availability {\n      weekday\n      startTime\n      endTime\n    }\n    blockedPeriods {\n      id\n      fromDate\n      toDate\n      reason\n    }\n  }\n": typeof types.ReliefProviderFieldsFragmentDoc,
    "\n  query ReliefProviders {\n    reliefProviders {\n      ...ReliefProviderFields\n    }\n  }\n": typeof types.ReliefProvidersDocument,
    "\n  mutation SaveReliefProvider($input: ReliefProviderInput!) {\n    saveReliefProvider(input: $input) {\n      ...ReliefProviderFields\n    }\n  }\n": typeof types.SaveReliefProviderDocument,
    "\n  mutation SetReliefAvailability($providerId: ID!, $windows: [ReliefWindowInput!]!) {\n    setReliefAvailability(providerId: $providerId, windows: $windows) {\n      ...ReliefProviderFields\n    }\n  }\n": typeof types.SetReliefAvailabilityDocument,
    "\n  mutation AddReliefBlockedPeriod($input: ReliefBlockedPeriodInput!) {\n    addReliefBlockedPeriod(input: $input) {\n      ...ReliefProviderFields\n    }\n  }\n": typeof types.AddReliefBlockedPeriodDocument,
    "\n  mutation RemoveReliefBlockedPeriod($id: ID!) {\n    removeReliefBlockedPeriod(id: $id) {\n      ...ReliefProviderFields\n    }\n  }\n": typeof types.RemoveReliefBlockedPeriodDocument,
    "\n  query CaseworkerPeerConsents {\n    peerConsentsAwaiting {\n      ...PeerMembershipFields\n      group {\n        id\n        name\n        areaName\n      }\n    }\n    peerChildren {\n      ...PeerParticipantFields\n    }\n  }\n": typeof types.CaseworkerPeerConsentsDocument,
    "\n  mutation SetPeerCaseworkerConsentRequired($participantId: ID!, $required: Boolean!) {\n    setPeerCaseworkerConsentRequired(participantId: $participantId, required: $required) {\n      ...PeerParticipantFields\n    }\n  }\n": typeof types.SetPeerCaseworkerConsentRequiredDocument,
    "\n  mutation CaseworkerRespondToPeerInvitation($membershipId: ID!, $consent: Boolean!) {\n    respondToPeerInvitation(membershipId: $membershipId, consent: $consent) {\n      id\n      status\n      caseworkerConsentAt\n    }\n  }\n": typeof types.CaseworkerRespondToPeerInvitationDocument,
    "\n  query PeerFosterFamilies {\n    peerFosterFamilies {\n      id\n      displayName\n    }\n  }\n": typeof types.PeerFosterFamiliesDocument,
    "\n  mutation RegisterPeerChild($input: RegisterPeerChildInput!) {\n    registerPeerChild(input: $input) {\n      ...PeerParticipantFields\n    }\n  }\n": typeof types.RegisterPeerChildDocument,
    "\n  fragment LearningSettingsFields on LearningSettings {\n    urgencyPoints {\n      code\n      points\n    }\n    categoryPoints {\n      code\n      points\n    }\n    riskPoints {\n      code\n      points\n    }\n    highAbsencePercent\n    highAbsencePoints\n    thresholdP1\n    thresholdP2\n    thresholdP3\n    slaHoursP1\n    slaHoursP2\n    slaHoursP3\n    slaHoursP4\n    reminderHoursBefore\n    leadUserId\n    version\n  }\n": typeof types.LearningSettingsFieldsFragmentDoc,
    "\n  query LearningSettings {\n    learningSettings {\n      ...LearningSettingsFields\n    }\n    learningConsultants {\n      id\n      name\n    }\n    learningVocabulary {\n      urgencies {\n        code\n        label\n      }\n      categories {\n        code\n        label\n      }\n      riskSignals {\n        code\n        label\n      }\n    }\n  }\n": typeof types.LearningSettingsDocument,
    "\n  mutation SaveLearningSettings($input: LearningSettingsInput!) {\n    saveLearningSettings(input: $input) {\n      ...LearningSettingsFields\n    }\n  }\n": typeof types.SaveLearningSettingsDocument,
    "\n  mutation RetriageLearningRequest($id: ID!, $input: RetriageLearningRequestInput!) {\n    retriageLearningRequest(id: $id, input: $input) {\n      id\n      priority\n      deadlineAt\n      isOverdue\n      version\n    }\n  }\n": typeof types.RetriageLearningRequestDocument,
    "\n  query TeamsLink {\n    teamsLink {\n      linked\n      linkedAt\n      reachable\n    }\n  }\n": typeof types.TeamsLinkDocument,
    "\n  mutation CreateTeamsLinkCode {\n    createTeamsLinkCode {\n      code\n      expiresAt\n      instruction\n    }\n  }\n": typeof types.CreateTeamsLinkCodeDocument,
    "\n  mutation UnlinkTeams {\n    unlinkTeams\n  }\n": typeof types.UnlinkTeamsDocument,
};
const documents: Documents = {
    "\n  query ApplicationMunicipalities {\n    applicationMunicipalities {\n      id\n      name\n    }\n  }\n": types.ApplicationMunicipalitiesDocument,
    "\n  query PublicRecruitmentEvents($municipalityId: ID!, $kind: RecruitmentEventKind) {\n    recruitmentEvents(municipalityId: $municipalityId, kind: $kind) {\n      ...RecruitmentEventFields\n    }\n  }\n": types.PublicRecruitmentEventsDocument,
    "\n  fragment RecruitmentEventFields on RecruitmentEvent {\n    id\n    kind\n    title\n    description\n    place\n    startsAt\n    endsAt\n    capacity\n    seatsLeft\n    cancelled\n    cancelReason\n  }\n": types.RecruitmentEventFieldsFragmentDoc,
    "\n  mutation RegisterApplicant($input: RegisterApplicantInput!) {\n    registerApplicant(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.RegisterApplicantDocument,
    "\n  fragment ApplicationFormFields on ApplicationForm {\n    applicants {\n      id\n      firstName\n      lastName\n      birthDate\n      phone\n      workSituation\n      occupation\n      education\n    }\n    household {\n      id\n      firstName\n      birthDate\n      relation\n    }\n    street\n    postalCode\n    city\n    housingType\n    housingTenure\n    rooms\n    spareRoom\n    housingNotes\n    hasOwnChildren\n    professionalExperience\n    professionalExperienceDescription\n    otherExperience\n    motivation\n    familyTypes\n    networkChildName\n    networkChildRelation\n    ageMin\n    ageMax\n    childrenCount\n    siblings\n    recruitmentSource\n    recruitmentSourceOther\n    consentCertificates\n    consentPrivacy\n  }\n": types.ApplicationFormFieldsFragmentDoc,
    "\n  fragment TimelineFields on TimelineStep {\n    status\n    label\n    state\n    reachedAt\n  }\n": types.TimelineFieldsFragmentDoc,
    "\n  query MyApplication {\n    myApplication {\n      id\n      status\n      statusLabel\n      nextStep\n      version\n      lastStep\n      submittedAt\n      updatedAt\n      form {\n        ...ApplicationFormFields\n      }\n      problems {\n        step\n        path\n        message\n      }\n      timeline {\n        ...TimelineFields\n      }\n    }\n  }\n": types.MyApplicationDocument,
    "\n  mutation SaveApplicationDraft($input: SaveApplicationDraftInput!) {\n    saveApplicationDraft(input: $input) {\n      id\n      version\n      lastStep\n      updatedAt\n      problems {\n        step\n        path\n        message\n      }\n    }\n  }\n": types.SaveApplicationDraftDocument,
    "\n  mutation SubmitApplication {\n    submitApplication {\n      id\n      status\n      statusLabel\n      nextStep\n      version\n    }\n  }\n": types.SubmitApplicationDocument,
    "\n  query ApplicationStatus {\n    myApplication {\n      id\n      status\n      statusLabel\n      nextStep\n      version\n      submittedAt\n      timeline {\n        ...TimelineFields\n      }\n      messages {\n        id\n        body\n        fromStaff\n        authorName\n        createdAt\n      }\n      documents {\n        id\n        kind\n        fileName\n        mimeType\n        sizeBytes\n        createdAt\n        expiresOn\n        expired\n      }\n    }\n    myRecruitmentCalendar {\n      signups {\n        id\n        attended\n        event {\n          ...RecruitmentEventFields\n        }\n      }\n      homeVisits {\n        id\n        number\n        startsAt\n        endsAt\n        note\n        cancelledAt\n        completedAt\n      }\n    }\n    me {\n      id\n      municipality {\n        id\n        name\n      }\n    }\n  }\n": types.ApplicationStatusDocument,
    "\n  mutation SendApplicationMessage($input: SendApplicationMessageInput!) {\n    sendApplicationMessage(input: $input) {\n      id\n      body\n      fromStaff\n      authorName\n      createdAt\n    }\n  }\n": types.SendApplicationMessageDocument,
    "\n  mutation SignUpForRecruitmentEvent($eventId: ID!) {\n    signUpForRecruitmentEvent(eventId: $eventId) {\n      id\n    }\n  }\n": types.SignUpForRecruitmentEventDocument,
    "\n  mutation CancelRecruitmentEventSignup($eventId: ID!) {\n    cancelRecruitmentEventSignup(eventId: $eventId)\n  }\n": types.CancelRecruitmentEventSignupDocument,
    "\n  query CalendarInvitation($id: ID!, $kind: CalendarItemKind!) {\n    calendarInvitation(id: $id, kind: $kind)\n  }\n": types.CalendarInvitationDocument,
    "\n  mutation WithdrawApplication($input: WithdrawApplicationInput!) {\n    withdrawApplication(input: $input) {\n      id\n      status\n      statusLabel\n      nextStep\n      version\n    }\n  }\n": types.WithdrawApplicationDocument,
    "\n  query ExportMyApplicationData {\n    exportMyApplicationData\n  }\n": types.ExportMyApplicationDataDocument,
    "\n  query MyFosterFamily {\n    myFosterFamily {\n      id\n      displayName\n      approvalTypes\n      approvedAt\n      approvedBy\n      places\n      vacancies\n      vacanciesUpdatedAt\n      ageMin\n      ageMax\n      takesSiblings\n      conditions\n      networkChildName\n      version\n    }\n    myApplication {\n      id\n      status\n      statusLabel\n      timeline {\n        ...TimelineFields\n      }\n    }\n  }\n": types.MyFosterFamilyDocument,
    "\n  mutation UpdateFosterFamilyVacancies($input: UpdateVacanciesInput!) {\n    updateFosterFamilyVacancies(input: $input) {\n      id\n      vacancies\n      vacanciesUpdatedAt\n      version\n    }\n  }\n": types.UpdateFosterFamilyVacanciesDocument,
    "\n  mutation RateFaqAnswer($questionId: ID!, $entryId: ID!, $helpful: Boolean!) {\n    rateFaqAnswer(questionId: $questionId, entryId: $entryId, helpful: $helpful) {\n      questionId\n      entryId\n      helpful\n    }\n  }\n": types.RateFaqAnswerDocument,
    "\n  fragment MyFaqTicketFields on MyFaqTicket {\n    id\n    status\n    team\n    teamLabel\n    question\n    answer\n    createdAt\n    answeredAt\n    closedAt\n  }\n": types.MyFaqTicketFieldsFragmentDoc,
    "\n  mutation AskConsultant($input: AskConsultantInput!) {\n    askConsultant(input: $input) {\n      ...MyFaqTicketFields\n    }\n  }\n": types.AskConsultantDocument,
    "\n  query MyFaqTickets {\n    myFaqTickets {\n      ...MyFaqTicketFields\n    }\n  }\n": types.MyFaqTicketsDocument,
    "\n  query FaqTicketConsultants($team: FaqOwnerTeam!) {\n    faqTicketConsultants(team: $team) {\n      id\n      name\n    }\n  }\n": types.FaqTicketConsultantsDocument,
    "\n  mutation AssignFaqTicket($id: ID!, $assigneeId: ID) {\n    assignFaqTicket(id: $id, assigneeId: $assigneeId) {\n      ...FaqTicketFields\n    }\n  }\n": types.AssignFaqTicketDocument,
    "\n  fragment FaqTicketFields on FaqTicket {\n    id\n    status\n    team\n    teamLabel\n    channel\n    question\n    answer\n    askerName\n    assigneeId\n    assigneeName\n    assignedToMe\n    createdAt\n    answeredAt\n    closedAt\n    faqEntryId\n    version\n  }\n": types.FaqTicketFieldsFragmentDoc,
    "\n  query FaqTickets($status: FaqTicketStatus, $team: FaqOwnerTeam) {\n    faqTickets(status: $status, team: $team) {\n      ...FaqTicketFields\n    }\n  }\n": types.FaqTicketsDocument,
    "\n  mutation TakeFaqTicket($id: ID!) {\n    takeFaqTicket(id: $id) {\n      ...FaqTicketFields\n    }\n  }\n": types.TakeFaqTicketDocument,
    "\n  mutation AnswerFaqTicket($id: ID!, $answer: String!) {\n    answerFaqTicket(id: $id, answer: $answer) {\n      ...FaqTicketFields\n    }\n  }\n": types.AnswerFaqTicketDocument,
    "\n  mutation CloseFaqTicket($id: ID!) {\n    closeFaqTicket(id: $id) {\n      ...FaqTicketFields\n    }\n  }\n": types.CloseFaqTicketDocument,
    "\n  mutation CreateFaqEntryFromTicket($ticketId: ID!) {\n    createFaqEntryFromTicket(ticketId: $ticketId) {\n      ticket {\n        ...FaqTicketFields\n      }\n      entry {\n        id\n        key\n        question\n      }\n    }\n  }\n": types.CreateFaqEntryFromTicketDocument,
    "\n  query FaqImprovementReport($from: DateTime!, $to: DateTime!) {\n    faqImprovementReport(from: $from, to: $to) {\n      from\n      to\n      questions\n      unanswered\n      notHelpful\n      helpful\n      groups {\n        entryId\n        entryKey\n        entryQuestion\n        unanswered\n        notHelpful\n        total\n        examples\n      }\n    }\n  }\n": types.FaqImprovementReportDocument,
    "\n  query FaqPhrasingSuggestions {\n    faqPhrasingSuggestions {\n      questionId\n      text\n      askedAt\n      entryId\n      entryQuestion\n      count\n    }\n  }\n": types.FaqPhrasingSuggestionsDocument,
    "\n  mutation AcceptFaqPhrasing($questionId: ID!, $text: String) {\n    acceptFaqPhrasing(questionId: $questionId, text: $text) {\n      id\n      version\n      phrasings\n    }\n  }\n": types.AcceptFaqPhrasingDocument,
    "\n  mutation DismissFaqPhrasing($questionId: ID!) {\n    dismissFaqPhrasing(questionId: $questionId)\n  }\n": types.DismissFaqPhrasingDocument,
    "\n  fragment FaqEntryFields on FaqEntry {\n    id\n    key\n    question\n    answer\n    phrasings\n    english\n    category\n    ownerTeam\n    status\n    updatedAt\n    version\n  }\n": types.FaqEntryFieldsFragmentDoc,
    "\n  query FaqEntries($includeArchived: Boolean!) {\n    faqEntries(includeArchived: $includeArchived) {\n      ...FaqEntryFields\n    }\n  }\n": types.FaqEntriesDocument,
    "\n  query FaqEntryHistory($id: ID!) {\n    faqEntryHistory(id: $id) {\n      id\n      version\n      action\n      changedFields\n      changedBy\n      changedByName\n      changedAt\n      snapshot {\n        key\n        question\n        answer\n        phrasings\n        english\n        category\n        ownerTeam\n        status\n      }\n    }\n  }\n": types.FaqEntryHistoryDocument,
    "\n  mutation CreateFaqEntry($input: FaqEntryInput!) {\n    createFaqEntry(input: $input) {\n      ...FaqEntryFields\n    }\n  }\n": types.CreateFaqEntryDocument,
    "\n  mutation UpdateFaqEntry($input: UpdateFaqEntryInput!) {\n    updateFaqEntry(input: $input) {\n      ...FaqEntryFields\n    }\n  }\n": types.UpdateFaqEntryDocument,
    "\n  mutation ArchiveFaqEntry($id: ID!, $version: Int!) {\n    archiveFaqEntry(id: $id, version: $version) {\n      ...FaqEntryFields\n    }\n  }\n": types.ArchiveFaqEntryDocument,
    "\n  query FaqSynonyms {\n    faqSynonyms {\n      id\n      term\n      synonyms\n      version\n    }\n  }\n": types.FaqSynonymsDocument,
    "\n  mutation SaveFaqSynonym($input: FaqSynonymInput!) {\n    saveFaqSynonym(input: $input) {\n      id\n      term\n      synonyms\n      version\n    }\n  }\n": types.SaveFaqSynonymDocument,
    "\n  mutation DeleteFaqSynonym($id: ID!) {\n    deleteFaqSynonym(id: $id)\n  }\n": types.DeleteFaqSynonymDocument,
    "\n  query AskQuestion($text: String!) {\n    askQuestion(text: $text) {\n      questionId\n      verdict\n      phone\n      best {\n        confidence\n        entry {\n          id\n          question\n          answer\n          category\n        }\n      }\n      runnersUp {\n        confidence\n        entry {\n          id\n          question\n          answer\n          category\n        }\n      }\n    }\n  }\n": types.AskQuestionDocument,
    "\n  query LearningVocabulary {\n    learningVocabulary {\n      categories {\n        code\n        label\n      }\n      urgencies {\n        code\n        label\n      }\n      riskSignals {\n        code\n        label\n      }\n      priorities {\n        code\n        label\n      }\n      holdReasons {\n        code\n        label\n      }\n      outcomes {\n        code\n        label\n      }\n    }\n  }\n": types.LearningVocabularyDocument,
    "\n  query LearningChildren {\n    learningChildren {\n      placementId\n      childId\n      firstName\n    }\n  }\n": types.LearningChildrenDocument,
    "\n  fragment MyLearningRequestFields on MyLearningRequest {\n    id\n    childFirstName\n    category\n    categoryLabel\n    description\n    urgency\n    status\n    statusLabel\n    holdReason\n    deadlineAt\n    outcome\n    outcomeLabel\n    createdAt\n    resolvedAt\n    version\n  }\n": types.MyLearningRequestFieldsFragmentDoc,
    "\n  fragment LearningAttachmentFields on LearningAttachment {\n    id\n    fileName\n    mimeType\n    sizeBytes\n    createdAt\n    downloadPath\n  }\n": types.LearningAttachmentFieldsFragmentDoc,
    "\n  query MyLearningRequests {\n    myLearningRequests {\n      ...MyLearningRequestFields\n    }\n  }\n": types.MyLearningRequestsDocument,
    "\n  fragment MyLearningRequestDetailFields on MyLearningRequestDetail {\n    request {\n      ...MyLearningRequestFields\n    }\n    messages {\n      id\n      fromConsultant\n      body\n      createdAt\n    }\n    attachments {\n      ...LearningAttachmentFields\n    }\n    timeline {\n      id\n      type\n      label\n      createdAt\n    }\n  }\n": types.MyLearningRequestDetailFieldsFragmentDoc,
    "\n  query MyLearningRequest($id: ID!) {\n    myLearningRequest(id: $id) {\n      ...MyLearningRequestDetailFields\n    }\n  }\n": types.MyLearningRequestDocument,
    "\n  mutation CreateLearningRequest($input: CreateLearningRequestInput!) {\n    createLearningRequest(input: $input) {\n      ...MyLearningRequestFields\n    }\n  }\n": types.CreateLearningRequestDocument,
    "\n  mutation SendLearningRequestMessage($id: ID!, $body: String!) {\n    sendLearningRequestMessage(id: $id, body: $body) {\n      ...MyLearningRequestDetailFields\n    }\n  }\n": types.SendLearningRequestMessageDocument,
    "\n  fragment LearningRequestFields on LearningRequest {\n    id\n    childFirstName\n    pseudonymous\n    category\n    categoryLabel\n    description\n    urgency\n    status\n    statusLabel\n    holdReason\n    deadlineAt\n    outcome\n    outcomeLabel\n    createdAt\n    resolvedAt\n    closedAt\n    requestedBy\n    requesterRole\n    riskSignals\n    absencePercent\n    priority\n    assigneeId\n    assignedAt\n    queuedAt\n    escalatedAt\n    isOverdue\n    version\n  }\n": types.LearningRequestFieldsFragmentDoc,
    "\n  query LearningQueue($filter: LearningQueueFilterInput) {\n    learningQueue(filter: $filter) {\n      ...LearningRequestFields\n    }\n  }\n": types.LearningQueueDocument,
    "\n  query LearningConsultants {\n    learningConsultants {\n      id\n      name\n    }\n  }\n": types.LearningConsultantsDocument,
    "\n  mutation TakeNextLearningRequest {\n    takeNextLearningRequest {\n      ...LearningRequestFields\n    }\n  }\n": types.TakeNextLearningRequestDocument,
    "\n  fragment LearningRequestDetailFields on LearningRequestDetail {\n    request {\n      ...LearningRequestFields\n    }\n    notes {\n      id\n      kind\n      authorId\n      authorRole\n      body\n      createdAt\n    }\n    events {\n      id\n      type\n      actorId\n      details\n      createdAt\n    }\n    attachments {\n      ...LearningAttachmentFields\n    }\n  }\n": types.LearningRequestDetailFieldsFragmentDoc,
    "\n  query LearningRequest($id: ID!) {\n    learningRequest(id: $id) {\n      ...LearningRequestDetailFields\n    }\n  }\n": types.LearningRequestDocument,
    "\n  mutation ReassignLearningRequest($id: ID!, $assigneeId: ID) {\n    reassignLearningRequest(id: $id, assigneeId: $assigneeId) {\n      ...LearningRequestFields\n    }\n  }\n": types.ReassignLearningRequestDocument,
    "\n  mutation HoldLearningRequest($id: ID!, $reason: LearningHoldReason!) {\n    holdLearningRequest(id: $id, reason: $reason) {\n      ...LearningRequestFields\n    }\n  }\n": types.HoldLearningRequestDocument,
    "\n  mutation ResumeLearningRequest($id: ID!) {\n    resumeLearningRequest(id: $id) {\n      ...LearningRequestFields\n    }\n  }\n": types.ResumeLearningRequestDocument,
    "\n  mutation ResolveLearningRequest($id: ID!, $outcome: LearningOutcome!, $reply: String) {\n    resolveLearningRequest(id: $id, outcome: $outcome, reply: $reply) {\n      ...LearningRequestFields\n    }\n  }\n": types.ResolveLearningRequestDocument,
    "\n  mutation CloseLearningRequest($id: ID!) {\n    closeLearningRequest(id: $id) {\n      ...LearningRequestFields\n    }\n  }\n": types.CloseLearningRequestDocument,
    "\n  mutation ReopenLearningRequest($id: ID!) {\n    reopenLearningRequest(id: $id) {\n      ...LearningRequestFields\n    }\n  }\n": types.ReopenLearningRequestDocument,
    "\n  mutation AddLearningNote($id: ID!, $kind: LearningNoteKind!, $body: String!) {\n    addLearningNote(id: $id, kind: $kind, body: $body) {\n      ...LearningRequestDetailFields\n    }\n  }\n": types.AddLearningNoteDocument,
    "\n  query LearningDashboard($from: DateTime!, $to: DateTime!) {\n    learningDashboard(from: $from, to: $to) {\n      from\n      to\n      backlog {\n        priority\n        open\n        unassigned\n        overdue\n      }\n      waitingHoursMedian\n      waitingHoursP90\n      taken\n      deadlinesMissed\n      overdueNow\n      created\n      resolved\n      outcomes {\n        outcome\n        label\n        count\n      }\n    }\n  }\n": types.LearningDashboardDocument,
    "\n  query MatchingVocabulary {\n    matchingVocabulary {\n      needs {\n        value\n        label\n      }\n      culture {\n        value\n        label\n      }\n      wishes {\n        value\n        label\n      }\n      features {\n        value\n        label\n      }\n      languages {\n        value\n        label\n      }\n      factors {\n        value\n        label\n      }\n    }\n  }\n": types.MatchingVocabularyDocument,
    "\n  fragment PlacementNeedFields on PlacementNeed {\n    id\n    children {\n      id\n      firstName\n      birthDate\n    }\n    supportLevel\n    needs\n    schoolName\n    schoolPostalCode\n    schoolLat\n    schoolLon\n    bioPostalCode\n    bioLat\n    bioLon\n    contactVisitsPerMonth\n    languages\n    culture\n    cultureNote\n    wishes\n    wishesText\n    networkPeople {\n      name\n      relation\n      applicationId\n    }\n    networkFamilyIds\n    acute\n    wishedStart\n    status\n    createdAt\n    version\n  }\n": types.PlacementNeedFieldsFragmentDoc,
    "\n  fragment MatchFamilyFields on FosterFamily {\n    id\n    displayName\n    approvalTypes\n    places\n    vacancies\n    ageMin\n    ageMax\n    takesSiblings\n    networkChildName\n  }\n": types.MatchFamilyFieldsFragmentDoc,
    "\n  fragment MatchEvaluationFields on MatchEvaluation {\n    eligible\n    network\n    score\n    factors {\n      key\n      label\n      weight\n      value\n      points\n      explanation\n    }\n    violations {\n      rule\n      explanation\n    }\n    conflicts {\n      field\n      explanation\n    }\n  }\n": types.MatchEvaluationFieldsFragmentDoc,
    "\n  query PlacementNeeds($first: Int!, $status: NeedStatus) {\n    placementNeeds(first: $first, status: $status) {\n      edges {\n        node {\n          ...PlacementNeedFields\n        }\n      }\n    }\n  }\n": types.PlacementNeedsDocument,
    "\n  query PlacementNeed($id: ID!) {\n    placementNeed(id: $id) {\n      ...PlacementNeedFields\n    }\n  }\n": types.PlacementNeedDocument,
    "\n  query MatchingNetworkOptions {\n    matchingNetworkOptions {\n      families {\n        id\n        displayName\n        approvalTypes\n        networkChildName\n      }\n      applications {\n        id\n        applicantName\n        childName\n        relation\n        status\n        statusLabel\n      }\n    }\n  }\n": types.MatchingNetworkOptionsDocument,
    "\n  mutation CreatePlacementNeed($input: PlacementNeedInput!) {\n    createPlacementNeed(input: $input) {\n      ...PlacementNeedFields\n    }\n  }\n": types.CreatePlacementNeedDocument,
    "\n  mutation UpdatePlacementNeed($input: UpdatePlacementNeedInput!) {\n    updatePlacementNeed(input: $input) {\n      ...PlacementNeedFields\n    }\n  }\n": types.UpdatePlacementNeedDocument,
    "\n  mutation CancelPlacementNeed($id: ID!, $reason: String!) {\n    cancelPlacementNeed(id: $id, reason: $reason) {\n      ...PlacementNeedFields\n    }\n  }\n": types.CancelPlacementNeedDocument,
    "\n  query FamilyRanking($needId: ID!, $limit: Float!) {\n    familyRanking(needId: $needId, limit: $limit) {\n      considered\n      need {\n        ...PlacementNeedFields\n      }\n      network {\n        name\n        relation\n        stage\n        stageText\n        applicationId\n        applicationStatus\n        daysInStatus\n        family {\n          ...MatchFamilyFields\n        }\n        evaluation {\n          ...MatchEvaluationFields\n        }\n      }\n      families {\n        family {\n          ...MatchFamilyFields\n        }\n        evaluation {\n          ...MatchEvaluationFields\n        }\n      }\n    }\n  }\n": types.FamilyRankingDocument,
    "\n  fragment MatchProposalFields on MatchProposal {\n    id\n    batchId\n    score\n    network\n    status\n    reason\n    createdAt\n    need {\n      id\n      children {\n        id\n        firstName\n        birthDate\n      }\n      supportLevel\n    }\n    family {\n      ...MatchFamilyFields\n    }\n    evaluation {\n      ...MatchEvaluationFields\n    }\n    networkInApproval {\n      name\n      relation\n      stageText\n    }\n  }\n": types.MatchProposalFieldsFragmentDoc,
    "\n  mutation ProposeFamily($needId: ID!, $familyId: ID!) {\n    proposeFamily(needId: $needId, familyId: $familyId) {\n      ...MatchProposalFields\n    }\n  }\n": types.ProposeFamilyDocument,
    "\n  query MatchProposals($status: ProposalStatus, $needId: ID) {\n    matchProposals(status: $status, needId: $needId) {\n      ...MatchProposalFields\n    }\n  }\n": types.MatchProposalsDocument,
    "\n  mutation RunMatchingBatch {\n    runMatchingBatch {\n      id\n      needsCount\n      familiesCount\n      assignedCount\n      totalScore\n      durationMs\n      proposals {\n        ...MatchProposalFields\n      }\n      unassignedReasons {\n        reason\n        need {\n          id\n          children {\n            id\n            firstName\n            birthDate\n          }\n        }\n      }\n    }\n  }\n": types.RunMatchingBatchDocument,
    "\n  mutation AcceptMatchProposal($id: ID!, $reason: String!) {\n    acceptMatchProposal(id: $id, reason: $reason) {\n      id\n    }\n  }\n": types.AcceptMatchProposalDocument,
    "\n  mutation DeclineMatchProposal($id: ID!, $reason: String!) {\n    declineMatchProposal(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.DeclineMatchProposalDocument,
    "\n  query MatchingWeights {\n    matchingWeights {\n      key\n      label\n      weight\n    }\n  }\n": types.MatchingWeightsDocument,
    "\n  mutation SetMatchingWeights($weights: [MatchingWeightInput!]!) {\n    setMatchingWeights(weights: $weights) {\n      key\n      label\n      weight\n    }\n  }\n": types.SetMatchingWeightsDocument,
    "\n  query Placements($active: Boolean) {\n    placements(active: $active) {\n      id\n      childrenCount\n      matchScore\n      startedOn\n      endedOn\n      endReason\n      version\n      need {\n        id\n        children {\n          id\n          firstName\n          birthDate\n        }\n      }\n      family {\n        id\n        displayName\n      }\n    }\n  }\n": types.PlacementsDocument,
    "\n  mutation EndPlacement($input: EndPlacementInput!) {\n    endPlacement(input: $input) {\n      id\n      endedOn\n      endReason\n    }\n  }\n": types.EndPlacementDocument,
    "\n  query PlacementOutcomes {\n    placementOutcomes {\n      band\n      placements\n      ended\n      breakdowns\n      breakdownRate\n    }\n  }\n": types.PlacementOutcomesDocument,
    "\n  fragment FamilyMatchProfileFields on FamilyMatchProfile {\n    lat\n    lon\n    experience\n    languages\n    culture\n    features\n    otherChildrenBirthDates\n    prefAgeMin\n    prefAgeMax\n    prefNeedsAble\n    prefNeedsExcluded\n    prefSiblings\n    assessedAgeMin\n    assessedAgeMax\n    assessedNeedsAble\n    assessedNeedsExcluded\n    assessedSiblings\n    version\n    family {\n      id\n      displayName\n      ageMin\n      ageMax\n      takesSiblings\n    }\n  }\n": types.FamilyMatchProfileFieldsFragmentDoc,
    "\n  query FamilyMatchProfile($familyId: ID!) {\n    familyMatchProfile(familyId: $familyId) {\n      ...FamilyMatchProfileFields\n    }\n  }\n": types.FamilyMatchProfileDocument,
    "\n  query MyFamilyMatchProfile {\n    myFamilyMatchProfile {\n      ...FamilyMatchProfileFields\n    }\n  }\n": types.MyFamilyMatchProfileDocument,
    "\n  mutation UpdateFamilyMatchProfile($input: FamilyOwnProfileInput!) {\n    updateFamilyMatchProfile(input: $input) {\n      ...FamilyMatchProfileFields\n    }\n  }\n": types.UpdateFamilyMatchProfileDocument,
    "\n  mutation AssessFamilyMatchProfile($input: FamilyAssessmentInput!) {\n    assessFamilyMatchProfile(input: $input) {\n      ...FamilyMatchProfileFields\n    }\n  }\n": types.AssessFamilyMatchProfileDocument,
    "\n  fragment SessionUserFields on User {\n    id\n    name\n    email\n    role\n    municipality {\n      id\n      name\n    }\n  }\n": types.SessionUserFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query PublicConfig {\n    publicConfig {\n      oidcEnabled\n    }\n  }\n": types.PublicConfigDocument,
    "\n  query Municipalities($first: Int!, $after: String) {\n    municipalities(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          phone\n          createdAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.MunicipalitiesDocument,
    "\n  mutation CreateMunicipality($input: CreateMunicipalityInput!) {\n    createMunicipality(input: $input) {\n      id\n      code\n      name\n      phone\n      createdAt\n    }\n  }\n": types.CreateMunicipalityDocument,
    "\n  query Users($first: Int!, $after: String, $municipalityId: ID) {\n    users(first: $first, after: $after, municipalityId: $municipalityId) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          role\n          active\n          municipality {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateStaffUser($input: CreateStaffUserInput!) {\n    createStaffUser(input: $input) {\n      id\n      name\n      email\n      role\n      active\n      municipality {\n        id\n        name\n      }\n    }\n  }\n": types.CreateStaffUserDocument,
    "\n  fragment PeerGroupFields on PeerGroup {\n    id\n    name\n    audience\n    ageMin\n    ageMax\n    areaName\n    lat\n    lon\n    facilitatorId\n    capacity\n    status\n    version\n  }\n": types.PeerGroupFieldsFragmentDoc,
    "\n  fragment PeerSessionFields on PeerSession {\n    id\n    groupId\n    startsAt\n    endsAt\n    place\n    transportNote\n    seriesId\n    cancelledAt\n    cancelReason\n  }\n": types.PeerSessionFieldsFragmentDoc,
    "\n  fragment PeerParticipantFields on PeerParticipant {\n    id\n    kind\n    fosterFamilyId\n    firstName\n    birthDate\n    caseworkerConsentRequired\n  }\n": types.PeerParticipantFieldsFragmentDoc,
    "\n  fragment PeerMembershipFields on PeerMembership {\n    id\n    groupId\n    participantId\n    status\n    requestedAt\n    familyConsentAt\n    caseworkerConsentRequired\n    caseworkerConsentAt\n    offeredAt\n    activatedAt\n    pausedUntil\n    leftAt\n    participant {\n      ...PeerParticipantFields\n    }\n  }\n": types.PeerMembershipFieldsFragmentDoc,
    "\n  query PeerGroups {\n    peerGroups {\n      ...PeerGroupFields\n    }\n    peerGroupMetrics {\n      group {\n        id\n      }\n      placesHeld\n      waiting\n    }\n  }\n": types.PeerGroupsDocument,
    "\n  query PeerStaff {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          name\n          role\n          active\n        }\n      }\n    }\n  }\n": types.PeerStaffDocument,
    "\n  mutation SavePeerGroup($input: SavePeerGroupInput!) {\n    savePeerGroup(input: $input) {\n      ...PeerGroupFields\n    }\n  }\n": types.SavePeerGroupDocument,
    "\n  query PeerGroup($id: ID!) {\n    peerGroup(id: $id) {\n      group {\n        ...PeerGroupFields\n      }\n      placesHeld\n      members {\n        ...PeerMembershipFields\n      }\n      formerMembers {\n        ...PeerMembershipFields\n      }\n      sessions {\n        ...PeerSessionFields\n      }\n    }\n  }\n": types.PeerGroupDocument,
    "\n  query PeerGroupMetrics($groupId: ID) {\n    peerGroupMetrics(groupId: $groupId) {\n      group {\n        id\n      }\n      placesHeld\n      sessionsHeld\n      participationRate\n      waiting\n      waitMedianDays\n      waitMaxDays\n      sessions {\n        session {\n          id\n          startsAt\n        }\n        present\n        absent\n        excused\n        participationRate\n      }\n      stoppedComing {\n        participant {\n          ...PeerParticipantFields\n        }\n        lastPresentAt\n      }\n    }\n  }\n": types.PeerGroupMetricsDocument,
    "\n  query PeerChildren($ageMin: Int, $ageMax: Int) {\n    peerChildren(ageMin: $ageMin, ageMax: $ageMax) {\n      ...PeerParticipantFields\n    }\n  }\n": types.PeerChildrenDocument,
    "\n  mutation InvitePeerMember($groupId: ID!, $participantId: ID!) {\n    invitePeerMember(groupId: $groupId, participantId: $participantId) {\n      ...PeerMembershipFields\n    }\n  }\n": types.InvitePeerMemberDocument,
    "\n  mutation CreatePeerSessions($input: CreatePeerSessionsInput!) {\n    createPeerSessions(input: $input) {\n      ...PeerSessionFields\n    }\n  }\n": types.CreatePeerSessionsDocument,
    "\n  mutation CancelPeerSession($id: ID!, $reason: String!) {\n    cancelPeerSession(id: $id, reason: $reason) {\n      ...PeerSessionFields\n    }\n  }\n": types.CancelPeerSessionDocument,
    "\n  query PeerAttendance($sessionId: ID!) {\n    peerAttendance(sessionId: $sessionId) {\n      sessionId\n      participantId\n      status\n    }\n  }\n": types.PeerAttendanceDocument,
    "\n  mutation RecordPeerAttendance($input: RecordPeerAttendanceInput!) {\n    recordPeerAttendance(input: $input) {\n      sessionId\n      participantId\n      status\n    }\n  }\n": types.RecordPeerAttendanceDocument,
    "\n  mutation PausePeerMembership($membershipId: ID!, $until: String!) {\n    pausePeerMembership(membershipId: $membershipId, until: $until) {\n      ...PeerMembershipFields\n    }\n  }\n": types.PausePeerMembershipDocument,
    "\n  mutation LeavePeerMembership($membershipId: ID!) {\n    leavePeerMembership(membershipId: $membershipId) {\n      ...PeerMembershipFields\n    }\n  }\n": types.LeavePeerMembershipDocument,
    "\n  query PeerMustNotPairs {\n    peerMustNotPairs {\n      id\n      note\n      createdAt\n      participantA {\n        ...PeerParticipantFields\n      }\n      participantB {\n        ...PeerParticipantFields\n      }\n    }\n  }\n": types.PeerMustNotPairsDocument,
    "\n  mutation AddPeerMustNotPair($participantAId: ID!, $participantBId: ID!, $note: String) {\n    addPeerMustNotPair(participantAId: $participantAId, participantBId: $participantBId, note: $note) {\n      id\n    }\n  }\n": types.AddPeerMustNotPairDocument,
    "\n  mutation RemovePeerMustNotPair($id: ID!) {\n    removePeerMustNotPair(id: $id)\n  }\n": types.RemovePeerMustNotPairDocument,
    "\n  fragment PeerCompositionFields on PeerComposition {\n    id\n    status\n    groupSize\n    version\n    cost\n    groups {\n      childIds\n      ageMin\n      ageMax\n      maxKmFromCentre\n      earlierMatePairs\n    }\n    unplaced {\n      childId\n      reason\n      message\n    }\n  }\n": types.PeerCompositionFieldsFragmentDoc,
    "\n  mutation ProposePeerGroups($input: ProposePeerGroupsInput!) {\n    proposePeerGroups(input: $input) {\n      ...PeerCompositionFields\n    }\n  }\n": types.ProposePeerGroupsDocument,
    "\n  mutation MovePeerCompositionChild(\n    $compositionId: ID!\n    $expectedVersion: Int!\n    $participantId: ID!\n    $toGroup: Int!\n  ) {\n    movePeerCompositionChild(\n      compositionId: $compositionId\n      expectedVersion: $expectedVersion\n      participantId: $participantId\n      toGroup: $toGroup\n    ) {\n      ...PeerCompositionFields\n    }\n  }\n": types.MovePeerCompositionChildDocument,
    "\n  mutation ConfirmPeerComposition($input: ConfirmPeerCompositionInput!) {\n    confirmPeerComposition(input: $input) {\n      ...PeerGroupFields\n    }\n  }\n": types.ConfirmPeerCompositionDocument,
    "\n  query MyPeerGroups {\n    myPeerGroups {\n      membership {\n        ...PeerMembershipFields\n      }\n      group {\n        ...PeerGroupFields\n      }\n      waitlistPosition\n      nextSessions {\n        ...PeerSessionFields\n      }\n    }\n    myPeerParticipants {\n      ...PeerParticipantFields\n    }\n    openPeerGroups {\n      group {\n        ...PeerGroupFields\n      }\n      freePlaces\n      waiting\n    }\n  }\n": types.MyPeerGroupsDocument,
    "\n  mutation RespondToPeerInvitation($membershipId: ID!, $consent: Boolean!) {\n    respondToPeerInvitation(membershipId: $membershipId, consent: $consent) {\n      ...PeerMembershipFields\n    }\n  }\n": types.RespondToPeerInvitationDocument,
    "\n  mutation RequestPeerGroupPlace($groupId: ID!, $participantId: ID!) {\n    requestPeerGroupPlace(groupId: $groupId, participantId: $participantId) {\n      ...PeerMembershipFields\n    }\n  }\n": types.RequestPeerGroupPlaceDocument,
    "\n  query PipelineBoard($filter: ApplicationFilter, $perColumn: Int!) {\n    pipelineBoard(filter: $filter, perColumn: $perColumn) {\n      status\n      label\n      count\n      items {\n        id\n        applicantName\n        track\n        daysInStatus\n        submittedAt\n        assignedConsultant {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PipelineBoardDocument,
    "\n  fragment StaffApplicationFields on Application {\n    id\n    version\n    status\n    statusLabel\n    track\n    applicantName\n    daysInStatus\n    submittedAt\n    createdAt\n    statusChangedAt\n    heldFrom\n    appealed\n    recruitmentSource\n    allowedMoves\n    assignedConsultant {\n      id\n      name\n    }\n    # The same form fields the applicant's own page reads (application.operations.ts).\n    form {\n      ...ApplicationFormFields\n    }\n    timeline {\n      ...TimelineFields\n    }\n    transitions {\n      id\n      fromStatus\n      toStatus\n      toLabel\n      reason\n      actorName\n      createdAt\n    }\n    requirements {\n      id\n      kind\n      label\n      subjectName\n      status\n      expiresOn\n      note\n      expiringSoon\n      expired\n      updatedAt\n    }\n    documents {\n      id\n      kind\n      fileName\n      mimeType\n      sizeBytes\n      createdAt\n      expiresOn\n      expired\n      expiringSoon\n      downloadPath\n    }\n    messages {\n      id\n      body\n      fromStaff\n      authorName\n      createdAt\n    }\n    fosterFamily {\n      id\n      displayName\n    }\n  }\n": types.StaffApplicationFieldsFragmentDoc,
    "\n  query StaffApplication($id: ID!) {\n    application(id: $id) {\n      ...StaffApplicationFields\n    }\n  }\n": types.StaffApplicationDocument,
    "\n  query ApplicationCalendar($applicationId: ID!) {\n    applicationCalendar(applicationId: $applicationId) {\n      homeVisits {\n        id\n        number\n        startsAt\n        endsAt\n        note\n        completedAt\n        cancelledAt\n      }\n      signups {\n        id\n        attended\n        createdAt\n        event {\n          id\n          kind\n          title\n          startsAt\n          endsAt\n          place\n          cancelled\n        }\n      }\n    }\n  }\n": types.ApplicationCalendarDocument,
    "\n  query Consultants {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          name\n          role\n          active\n        }\n      }\n    }\n  }\n": types.ConsultantsDocument,
    "\n  mutation TransitionApplication($input: TransitionApplicationInput!) {\n    transitionApplication(input: $input) {\n      ...StaffApplicationFields\n    }\n  }\n": types.TransitionApplicationDocument,
    "\n  mutation ApproveApplication($input: ApproveApplicationInput!) {\n    approveApplication(input: $input) {\n      ...StaffApplicationFields\n    }\n  }\n": types.ApproveApplicationDocument,
    "\n  mutation AssignApplication($input: AssignApplicationInput!) {\n    assignApplication(input: $input) {\n      ...StaffApplicationFields\n    }\n  }\n": types.AssignApplicationDocument,
    "\n  mutation SetApplicationDocumentExpiry($input: SetDocumentExpiryInput!) {\n    setApplicationDocumentExpiry(input: $input) {\n      id\n      expiresOn\n      expired\n      expiringSoon\n    }\n  }\n": types.SetApplicationDocumentExpiryDocument,
    "\n  mutation UpdateApplicationRequirement($input: UpdateRequirementInput!) {\n    updateApplicationRequirement(input: $input) {\n      id\n      status\n      expiresOn\n      note\n      expiringSoon\n      expired\n      updatedAt\n    }\n  }\n": types.UpdateApplicationRequirementDocument,
    "\n  mutation AddApplicationRequirement($input: AddRequirementInput!) {\n    addApplicationRequirement(input: $input) {\n      id\n    }\n  }\n": types.AddApplicationRequirementDocument,
    "\n  mutation SendStaffApplicationMessage($input: SendApplicationMessageInput!) {\n    sendApplicationMessage(input: $input) {\n      id\n    }\n  }\n": types.SendStaffApplicationMessageDocument,
    "\n  mutation ScheduleHomeVisit($input: ScheduleHomeVisitInput!) {\n    scheduleHomeVisit(input: $input) {\n      id\n    }\n  }\n": types.ScheduleHomeVisitDocument,
    "\n  mutation CompleteHomeVisit($id: ID!) {\n    completeHomeVisit(id: $id) {\n      id\n      completedAt\n    }\n  }\n": types.CompleteHomeVisitDocument,
    "\n  mutation CancelHomeVisit($id: ID!) {\n    cancelHomeVisit(id: $id) {\n      id\n      cancelledAt\n    }\n  }\n": types.CancelHomeVisitDocument,
    "\n  query StaffRecruitmentEvents($from: DateTime) {\n    staffRecruitmentEvents(from: $from) {\n      event {\n        id\n        kind\n        title\n        description\n        place\n        startsAt\n        endsAt\n        capacity\n        seatsLeft\n        cancelled\n        cancelReason\n      }\n      signups {\n        applicationId\n        applicantName\n        attended\n      }\n    }\n  }\n": types.StaffRecruitmentEventsDocument,
    "\n  mutation CreateRecruitmentEvent($input: CreateRecruitmentEventInput!) {\n    createRecruitmentEvent(input: $input) {\n      id\n    }\n  }\n": types.CreateRecruitmentEventDocument,
    "\n  mutation UpdateRecruitmentEvent($input: UpdateRecruitmentEventInput!) {\n    updateRecruitmentEvent(input: $input) {\n      id\n    }\n  }\n": types.UpdateRecruitmentEventDocument,
    "\n  mutation CancelRecruitmentEvent($id: ID!, $reason: String!) {\n    cancelRecruitmentEvent(id: $id, reason: $reason) {\n      id\n      cancelled\n    }\n  }\n": types.CancelRecruitmentEventDocument,
    "\n  mutation RecordRecruitmentEventAttendance($eventId: ID!, $applicationId: ID!, $attended: Boolean!) {\n    recordRecruitmentEventAttendance(eventId: $eventId, applicationId: $applicationId, attended: $attended) {\n      id\n      attended\n    }\n  }\n": types.RecordRecruitmentEventAttendanceDocument,
    "\n  fragment FosterFamilyFields on FosterFamily {\n    id\n    version\n    displayName\n    active\n    approvalTypes\n    approvedAt\n    approvedBy\n    places\n    vacancies\n    vacanciesUpdatedAt\n    ageMin\n    ageMax\n    takesSiblings\n    conditions\n    postalCode\n    networkChildName\n    applicationId\n  }\n": types.FosterFamilyFieldsFragmentDoc,
    "\n  query FosterFamilies($first: Int!, $after: String, $withVacancies: Boolean) {\n    fosterFamilies(first: $first, after: $after, withVacancies: $withVacancies) {\n      edges {\n        cursor\n        node {\n          ...FosterFamilyFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.FosterFamiliesDocument,
    "\n  query FosterFamily($id: ID!) {\n    fosterFamily(id: $id) {\n      ...FosterFamilyFields\n    }\n  }\n": types.FosterFamilyDocument,
    "\n  mutation UpdateFosterFamily($input: UpdateFosterFamilyInput!) {\n    updateFosterFamily(input: $input) {\n      ...FosterFamilyFields\n    }\n  }\n": types.UpdateFosterFamilyDocument,
    "\n  query RecruitmentAnalytics($from: DateTime, $to: DateTime) {\n    recruitmentAnalytics(from: $from, to: $to) {\n      applications\n      approved\n      refused\n      withdrawn\n      medianDaysToApproval\n      funnel {\n        status\n        label\n        reached\n        conversionFromPrevious\n        medianDaysInStage\n      }\n      bySource {\n        source\n        label\n        applications\n        submitted\n        approved\n      }\n      ageDistribution {\n        band\n        count\n      }\n    }\n  }\n": types.RecruitmentAnalyticsDocument,
    "\n  fragment ReliefBookingFields on ReliefBooking {\n    id\n    placementId\n    providerId\n    startsAt\n    endsAt\n    days\n    status\n    acute\n    statusReason\n    overrideReason\n    seriesId\n    provider {\n      id\n      name\n      fosterFamilyId\n    }\n  }\n": types.ReliefBookingFieldsFragmentDoc,
    "\n  query ReliefBookings($from: DateTime, $to: DateTime, $placementId: ID) {\n    reliefBookings(from: $from, to: $to, placementId: $placementId) {\n      ...ReliefBookingFields\n    }\n  }\n": types.ReliefBookingsDocument,
    "\n  query AcuteReliefBookings {\n    acuteReliefBookings {\n      ...ReliefBookingFields\n    }\n  }\n": types.AcuteReliefBookingsDocument,
    "\n  query ReliefSearch($placementId: ID!, $from: DateTime!, $to: DateTime!) {\n    reliefSearch(placementId: $placementId, from: $from, to: $to) {\n      continuity\n      fit\n      distanceKm\n      provider {\n        id\n        name\n        kind\n        capacity\n      }\n    }\n  }\n": types.ReliefSearchDocument,
    "\n  mutation BookRelief($input: BookReliefInput!) {\n    bookRelief(input: $input) {\n      ...ReliefBookingFields\n    }\n  }\n": types.BookReliefDocument,
    "\n  mutation ConfirmRelief($id: ID!) {\n    confirmRelief(id: $id) {\n      ...ReliefBookingFields\n    }\n  }\n": types.ConfirmReliefDocument,
    "\n  mutation DeclineRelief($id: ID!, $reason: String!) {\n    declineRelief(id: $id, reason: $reason) {\n      ...ReliefBookingFields\n    }\n  }\n": types.DeclineReliefDocument,
    "\n  mutation CancelRelief($id: ID!, $reason: String!) {\n    cancelRelief(id: $id, reason: $reason) {\n      ...ReliefBookingFields\n    }\n  }\n": types.CancelReliefDocument,
    "\n  mutation CompleteRelief($id: ID!) {\n    completeRelief(id: $id) {\n      ...ReliefBookingFields\n    }\n  }\n": types.CompleteReliefDocument,
    "\n  query ReliefGrantOverview {\n    reliefGrantOverview {\n      placementId\n      periodFrom\n      periodTo\n      daysUsed\n      daysLeft\n      grant {\n        id\n        daysPerPeriod\n        period\n        validFrom\n        validTo\n        strained\n      }\n    }\n  }\n": types.ReliefGrantOverviewDocument,
    "\n  mutation SetReliefGrant($input: SetReliefGrantInput!) {\n    setReliefGrant(input: $input) {\n      id\n      placementId\n      daysPerPeriod\n      period\n      validFrom\n      validTo\n      strained\n    }\n  }\n": types.SetReliefGrantDocument,
    "\n  query ReliefMyFamily {\n    myFosterFamily {\n      id\n      approvalTypes\n    }\n  }\n": types.ReliefMyFamilyDocument,
    "\n  query ReliefCalendarFeeds {\n    reliefCalendarFeeds {\n      id\n      ownerKind\n      ownerId\n      createdAt\n      revokedAt\n    }\n  }\n": types.ReliefCalendarFeedsDocument,
    "\n  mutation CreateReliefCalendarFeed($ownerKind: ReliefCalendarFeedOwnerKind!, $ownerId: ID!) {\n    createReliefCalendarFeed(ownerKind: $ownerKind, ownerId: $ownerId) {\n      url\n      feed {\n        id\n        ownerKind\n        ownerId\n        createdAt\n        revokedAt\n      }\n    }\n  }\n": types.CreateReliefCalendarFeedDocument,
    "\n  mutation RevokeReliefCalendarFeed($id: ID!) {\n    revokeReliefCalendarFeed(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeReliefCalendarFeedDocument,
    "\n  query MyReliefPlacements {\n    myReliefPlacements {\n      placementId\n      childFirstNames\n      periodFrom\n      periodTo\n      daysUsed\n      daysLeft\n      grant {\n        id\n        daysPerPeriod\n        period\n      }\n    }\n  }\n": types.MyReliefPlacementsDocument,
    "\n  fragment ReliefWindowFields on ReliefRequestWindow {\n    id\n    title\n    startsAt\n    endsAt\n    closesAt\n    status\n    allocatedAt\n  }\n": types.ReliefWindowFieldsFragmentDoc,
    "\n  fragment RankedReliefRequestFields on RankedReliefWindowRequest {\n    rank\n    strained\n    priorDays\n    request {\n      id\n      windowId\n      placementId\n      startsAt\n      endsAt\n      preferredProviderId\n      note\n      status\n      requestedAt\n      bookingId\n      outcomeReason\n    }\n  }\n": types.RankedReliefRequestFieldsFragmentDoc,
    "\n  query ReliefRequestWindows {\n    reliefRequestWindows {\n      ...ReliefWindowFields\n    }\n  }\n": types.ReliefRequestWindowsDocument,
    "\n  query ReliefWindowRequests($windowId: ID!) {\n    reliefWindowRequests(windowId: $windowId) {\n      ...RankedReliefRequestFields\n    }\n  }\n": types.ReliefWindowRequestsDocument,
    "\n  mutation OpenReliefRequestWindow($input: OpenReliefWindowInput!) {\n    openReliefRequestWindow(input: $input) {\n      ...ReliefWindowFields\n    }\n  }\n": types.OpenReliefRequestWindowDocument,
    "\n  mutation RequestReliefInWindow($input: RequestReliefInWindowInput!) {\n    requestReliefInWindow(input: $input) {\n      id\n      status\n    }\n  }\n": types.RequestReliefInWindowDocument,
    "\n  mutation WithdrawReliefWindowRequest($id: ID!) {\n    withdrawReliefWindowRequest(id: $id) {\n      id\n      status\n    }\n  }\n": types.WithdrawReliefWindowRequestDocument,
    "\n  mutation AllocateReliefWindow($windowId: ID!) {\n    allocateReliefWindow(windowId: $windowId) {\n      ...RankedReliefRequestFields\n    }\n  }\n": types.AllocateReliefWindowDocument,
    "\n  mutation BookReliefSeries($input: BookReliefSeriesInput!) {\n    bookReliefSeries(input: $input) {\n      seriesId\n      booked {\n        ...ReliefBookingFields\n      }\n      conflicts {\n        startsAt\n        endsAt\n        code\n        message\n      }\n    }\n  }\n": types.BookReliefSeriesDocument,
    "\n  fragment ReliefProviderFields on ReliefProvider {\n    id\n    kind\n    fosterFamilyId\n    name\n    capacity\n    ageMin\n    ageMax\n    needsExcluded\n    lat\n    lon\n    active\n    version\n    availability {\n      weekday\n      startTime\n      endTime\n    }\n    blockedPeriods {\n      id\n      fromDate\n      toDate\n      reason\n    }\n  }\n": types.ReliefProviderFieldsFragmentDoc,
    "\n  query ReliefProviders {\n    reliefProviders {\n      ...ReliefProviderFields\n    }\n  }\n": types.ReliefProvidersDocument,
    "\n  mutation SaveReliefProvider($input: ReliefProviderInput!) {\n    saveReliefProvider(input: $input) {\n      ...ReliefProviderFields\n    }\n  }\n": types.SaveReliefProviderDocument,
    "\n  mutation SetReliefAvailability($providerId: ID!, $windows: [ReliefWindowInput!]!) {\n    setReliefAvailability(providerId: $providerId, windows: $windows) {\n      ...ReliefProviderFields\n    }\n  }\n": types.SetReliefAvailabilityDocument,
    "\n  mutation AddReliefBlockedPeriod($input: ReliefBlockedPeriodInput!) {\n    addReliefBlockedPeriod(input: $input) {\n      ...ReliefProviderFields\n    }\n  }\n": types.AddReliefBlockedPeriodDocument,
    "\n  mutation RemoveReliefBlockedPeriod($id: ID!) {\n    removeReliefBlockedPeriod(id: $id) {\n      ...ReliefProviderFields\n    }\n  }\n": types.RemoveReliefBlockedPeriodDocument,
    "\n  query CaseworkerPeerConsents {\n    peerConsentsAwaiting {\n      ...PeerMembershipFields\n      group {\n        id\n        name\n        areaName\n      }\n    }\n    peerChildren {\n      ...PeerParticipantFields\n    }\n  }\n": types.CaseworkerPeerConsentsDocument,
    "\n  mutation SetPeerCaseworkerConsentRequired($participantId: ID!, $required: Boolean!) {\n    setPeerCaseworkerConsentRequired(participantId: $participantId, required: $required) {\n      ...PeerParticipantFields\n    }\n  }\n": types.SetPeerCaseworkerConsentRequiredDocument,
    "\n  mutation CaseworkerRespondToPeerInvitation($membershipId: ID!, $consent: Boolean!) {\n    respondToPeerInvitation(membershipId: $membershipId, consent: $consent) {\n      id\n      status\n      caseworkerConsentAt\n    }\n  }\n": types.CaseworkerRespondToPeerInvitationDocument,
    "\n  query PeerFosterFamilies {\n    peerFosterFamilies {\n      id\n      displayName\n    }\n  }\n": types.PeerFosterFamiliesDocument,
    "\n  mutation RegisterPeerChild($input: RegisterPeerChildInput!) {\n    registerPeerChild(input: $input) {\n      ...PeerParticipantFields\n    }\n  }\n": types.RegisterPeerChildDocument,
    "\n  fragment LearningSettingsFields on LearningSettings {\n    urgencyPoints {\n      code\n      points\n    }\n    categoryPoints {\n      code\n      points\n    }\n    riskPoints {\n      code\n      points\n    }\n    highAbsencePercent\n    highAbsencePoints\n    thresholdP1\n    thresholdP2\n    thresholdP3\n    slaHoursP1\n    slaHoursP2\n    slaHoursP3\n    slaHoursP4\n    reminderHoursBefore\n    leadUserId\n    version\n  }\n": types.LearningSettingsFieldsFragmentDoc,
    "\n  query LearningSettings {\n    learningSettings {\n      ...LearningSettingsFields\n    }\n    learningConsultants {\n      id\n      name\n    }\n    learningVocabulary {\n      urgencies {\n        code\n        label\n      }\n      categories {\n        code\n        label\n      }\n      riskSignals {\n        code\n        label\n      }\n    }\n  }\n": types.LearningSettingsDocument,
    "\n  mutation SaveLearningSettings($input: LearningSettingsInput!) {\n    saveLearningSettings(input: $input) {\n      ...LearningSettingsFields\n    }\n  }\n": types.SaveLearningSettingsDocument,
    "\n  mutation RetriageLearningRequest($id: ID!, $input: RetriageLearningRequestInput!) {\n    retriageLearningRequest(id: $id, input: $input) {\n      id\n      priority\n      deadlineAt\n      isOverdue\n      version\n    }\n  }\n": types.RetriageLearningRequestDocument,
    "\n  query TeamsLink {\n    teamsLink {\n      linked\n      linkedAt\n      reachable\n    }\n  }\n": types.TeamsLinkDocument,
    "\n  mutation CreateTeamsLinkCode {\n    createTeamsLinkCode {\n      code\n      expiresAt\n      instruction\n    }\n  }\n": types.CreateTeamsLinkCodeDocument,
    "\n  mutation UnlinkTeams {\n    unlinkTeams\n  }\n": types.UnlinkTeamsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationMunicipalities {\n    applicationMunicipalities {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ApplicationMunicipalities {\n    applicationMunicipalities {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicRecruitmentEvents($municipalityId: ID!, $kind: RecruitmentEventKind) {\n    recruitmentEvents(municipalityId: $municipalityId, kind: $kind) {\n      ...RecruitmentEventFields\n    }\n  }\n"): (typeof documents)["\n  query PublicRecruitmentEvents($municipalityId: ID!, $kind: RecruitmentEventKind) {\n    recruitmentEvents(municipalityId: $municipalityId, kind: $kind) {\n      ...RecruitmentEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecruitmentEventFields on RecruitmentEvent {\n    id\n    kind\n    title\n    description\n    place\n    startsAt\n    endsAt\n    capacity\n    seatsLeft\n    cancelled\n    cancelReason\n  }\n"): (typeof documents)["\n  fragment RecruitmentEventFields on RecruitmentEvent {\n    id\n    kind\n    title\n    description\n    place\n    startsAt\n    endsAt\n    capacity\n    seatsLeft\n    cancelled\n    cancelReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterApplicant($input: RegisterApplicantInput!) {\n    registerApplicant(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterApplicant($input: RegisterApplicantInput!) {\n    registerApplicant(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicationFormFields on ApplicationForm {\n    applicants {\n      id\n      firstName\n      lastName\n      birthDate\n      phone\n      workSituation\n      occupation\n      education\n    }\n    household {\n      id\n      firstName\n      birthDate\n      relation\n    }\n    street\n    postalCode\n    city\n    housingType\n    housingTenure\n    rooms\n    spareRoom\n    housingNotes\n    hasOwnChildren\n    professionalExperience\n    professionalExperienceDescription\n    otherExperience\n    motivation\n    familyTypes\n    networkChildName\n    networkChildRelation\n    ageMin\n    ageMax\n    childrenCount\n    siblings\n    recruitmentSource\n    recruitmentSourceOther\n    consentCertificates\n    consentPrivacy\n  }\n"): (typeof documents)["\n  fragment ApplicationFormFields on ApplicationForm {\n    applicants {\n      id\n      firstName\n      lastName\n      birthDate\n      phone\n      workSituation\n      occupation\n      education\n    }\n    household {\n      id\n      firstName\n      birthDate\n      relation\n    }\n    street\n    postalCode\n    city\n    housingType\n    housingTenure\n    rooms\n    spareRoom\n    housingNotes\n    hasOwnChildren\n    professionalExperience\n    professionalExperienceDescription\n    otherExperience\n    motivation\n    familyTypes\n    networkChildName\n    networkChildRelation\n    ageMin\n    ageMax\n    childrenCount\n    siblings\n    recruitmentSource\n    recruitmentSourceOther\n    consentCertificates\n    consentPrivacy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimelineFields on TimelineStep {\n    status\n    label\n    state\n    reachedAt\n  }\n"): (typeof documents)["\n  fragment TimelineFields on TimelineStep {\n    status\n    label\n    state\n    reachedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyApplication {\n    myApplication {\n      id\n      status\n      statusLabel\n      nextStep\n      version\n      lastStep\n      submittedAt\n      updatedAt\n      form {\n        ...ApplicationFormFields\n      }\n      problems {\n        step\n        path\n        message\n      }\n      timeline {\n        ...TimelineFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyApplication {\n    myApplication {\n      id\n      status\n      statusLabel\n      nextStep\n      version\n      lastStep\n      submittedAt\n      updatedAt\n      form {\n        ...ApplicationFormFields\n      }\n      problems {\n        step\n        path\n        message\n      }\n      timeline {\n        ...TimelineFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveApplicationDraft($input: SaveApplicationDraftInput!) {\n    saveApplicationDraft(input: $input) {\n      id\n      version\n      lastStep\n      updatedAt\n      problems {\n        step\n        path\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveApplicationDraft($input: SaveApplicationDraftInput!) {\n    saveApplicationDraft(input: $input) {\n      id\n      version\n      lastStep\n      updatedAt\n      problems {\n        step\n        path\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitApplication {\n    submitApplication {\n      id\n      status\n      statusLabel\n      nextStep\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitApplication {\n    submitApplication {\n      id\n      status\n      statusLabel\n      nextStep\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationStatus {\n    myApplication {\n      id\n      status\n      statusLabel\n      nextStep\n      version\n      submittedAt\n      timeline {\n        ...TimelineFields\n      }\n      messages {\n        id\n        body\n        fromStaff\n        authorName\n        createdAt\n      }\n      documents {\n        id\n        kind\n        fileName\n        mimeType\n        sizeBytes\n        createdAt\n        expiresOn\n        expired\n      }\n    }\n    myRecruitmentCalendar {\n      signups {\n        id\n        attended\n        event {\n          ...RecruitmentEventFields\n        }\n      }\n      homeVisits {\n        id\n        number\n        startsAt\n        endsAt\n        note\n        cancelledAt\n        completedAt\n      }\n    }\n    me {\n      id\n      municipality {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApplicationStatus {\n    myApplication {\n      id\n      status\n      statusLabel\n      nextStep\n      version\n      submittedAt\n      timeline {\n        ...TimelineFields\n      }\n      messages {\n        id\n        body\n        fromStaff\n        authorName\n        createdAt\n      }\n      documents {\n        id\n        kind\n        fileName\n        mimeType\n        sizeBytes\n        createdAt\n        expiresOn\n        expired\n      }\n    }\n    myRecruitmentCalendar {\n      signups {\n        id\n        attended\n        event {\n          ...RecruitmentEventFields\n        }\n      }\n      homeVisits {\n        id\n        number\n        startsAt\n        endsAt\n        note\n        cancelledAt\n        completedAt\n      }\n    }\n    me {\n      id\n      municipality {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendApplicationMessage($input: SendApplicationMessageInput!) {\n    sendApplicationMessage(input: $input) {\n      id\n      body\n      fromStaff\n      authorName\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation SendApplicationMessage($input: SendApplicationMessageInput!) {\n    sendApplicationMessage(input: $input) {\n      id\n      body\n      fromStaff\n      authorName\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUpForRecruitmentEvent($eventId: ID!) {\n    signUpForRecruitmentEvent(eventId: $eventId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SignUpForRecruitmentEvent($eventId: ID!) {\n    signUpForRecruitmentEvent(eventId: $eventId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRecruitmentEventSignup($eventId: ID!) {\n    cancelRecruitmentEventSignup(eventId: $eventId)\n  }\n"): (typeof documents)["\n  mutation CancelRecruitmentEventSignup($eventId: ID!) {\n    cancelRecruitmentEventSignup(eventId: $eventId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarInvitation($id: ID!, $kind: CalendarItemKind!) {\n    calendarInvitation(id: $id, kind: $kind)\n  }\n"): (typeof documents)["\n  query CalendarInvitation($id: ID!, $kind: CalendarItemKind!) {\n    calendarInvitation(id: $id, kind: $kind)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawApplication($input: WithdrawApplicationInput!) {\n    withdrawApplication(input: $input) {\n      id\n      status\n      statusLabel\n      nextStep\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawApplication($input: WithdrawApplicationInput!) {\n    withdrawApplication(input: $input) {\n      id\n      status\n      statusLabel\n      nextStep\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportMyApplicationData {\n    exportMyApplicationData\n  }\n"): (typeof documents)["\n  query ExportMyApplicationData {\n    exportMyApplicationData\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyFosterFamily {\n    myFosterFamily {\n      id\n      displayName\n      approvalTypes\n      approvedAt\n      approvedBy\n      places\n      vacancies\n      vacanciesUpdatedAt\n      ageMin\n      ageMax\n      takesSiblings\n      conditions\n      networkChildName\n      version\n    }\n    myApplication {\n      id\n      status\n      statusLabel\n      timeline {\n        ...TimelineFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyFosterFamily {\n    myFosterFamily {\n      id\n      displayName\n      approvalTypes\n      approvedAt\n      approvedBy\n      places\n      vacancies\n      vacanciesUpdatedAt\n      ageMin\n      ageMax\n      takesSiblings\n      conditions\n      networkChildName\n      version\n    }\n    myApplication {\n      id\n      status\n      statusLabel\n      timeline {\n        ...TimelineFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFosterFamilyVacancies($input: UpdateVacanciesInput!) {\n    updateFosterFamilyVacancies(input: $input) {\n      id\n      vacancies\n      vacanciesUpdatedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFosterFamilyVacancies($input: UpdateVacanciesInput!) {\n    updateFosterFamilyVacancies(input: $input) {\n      id\n      vacancies\n      vacanciesUpdatedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateFaqAnswer($questionId: ID!, $entryId: ID!, $helpful: Boolean!) {\n    rateFaqAnswer(questionId: $questionId, entryId: $entryId, helpful: $helpful) {\n      questionId\n      entryId\n      helpful\n    }\n  }\n"): (typeof documents)["\n  mutation RateFaqAnswer($questionId: ID!, $entryId: ID!, $helpful: Boolean!) {\n    rateFaqAnswer(questionId: $questionId, entryId: $entryId, helpful: $helpful) {\n      questionId\n      entryId\n      helpful\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyFaqTicketFields on MyFaqTicket {\n    id\n    status\n    team\n    teamLabel\n    question\n    answer\n    createdAt\n    answeredAt\n    closedAt\n  }\n"): (typeof documents)["\n  fragment MyFaqTicketFields on MyFaqTicket {\n    id\n    status\n    team\n    teamLabel\n    question\n    answer\n    createdAt\n    answeredAt\n    closedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskConsultant($input: AskConsultantInput!) {\n    askConsultant(input: $input) {\n      ...MyFaqTicketFields\n    }\n  }\n"): (typeof documents)["\n  mutation AskConsultant($input: AskConsultantInput!) {\n    askConsultant(input: $input) {\n      ...MyFaqTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyFaqTickets {\n    myFaqTickets {\n      ...MyFaqTicketFields\n    }\n  }\n"): (typeof documents)["\n  query MyFaqTickets {\n    myFaqTickets {\n      ...MyFaqTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaqTicketConsultants($team: FaqOwnerTeam!) {\n    faqTicketConsultants(team: $team) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query FaqTicketConsultants($team: FaqOwnerTeam!) {\n    faqTicketConsultants(team: $team) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignFaqTicket($id: ID!, $assigneeId: ID) {\n    assignFaqTicket(id: $id, assigneeId: $assigneeId) {\n      ...FaqTicketFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignFaqTicket($id: ID!, $assigneeId: ID) {\n    assignFaqTicket(id: $id, assigneeId: $assigneeId) {\n      ...FaqTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FaqTicketFields on FaqTicket {\n    id\n    status\n    team\n    teamLabel\n    channel\n    question\n    answer\n    askerName\n    assigneeId\n    assigneeName\n    assignedToMe\n    createdAt\n    answeredAt\n    closedAt\n    faqEntryId\n    version\n  }\n"): (typeof documents)["\n  fragment FaqTicketFields on FaqTicket {\n    id\n    status\n    team\n    teamLabel\n    channel\n    question\n    answer\n    askerName\n    assigneeId\n    assigneeName\n    assignedToMe\n    createdAt\n    answeredAt\n    closedAt\n    faqEntryId\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaqTickets($status: FaqTicketStatus, $team: FaqOwnerTeam) {\n    faqTickets(status: $status, team: $team) {\n      ...FaqTicketFields\n    }\n  }\n"): (typeof documents)["\n  query FaqTickets($status: FaqTicketStatus, $team: FaqOwnerTeam) {\n    faqTickets(status: $status, team: $team) {\n      ...FaqTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeFaqTicket($id: ID!) {\n    takeFaqTicket(id: $id) {\n      ...FaqTicketFields\n    }\n  }\n"): (typeof documents)["\n  mutation TakeFaqTicket($id: ID!) {\n    takeFaqTicket(id: $id) {\n      ...FaqTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerFaqTicket($id: ID!, $answer: String!) {\n    answerFaqTicket(id: $id, answer: $answer) {\n      ...FaqTicketFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerFaqTicket($id: ID!, $answer: String!) {\n    answerFaqTicket(id: $id, answer: $answer) {\n      ...FaqTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseFaqTicket($id: ID!) {\n    closeFaqTicket(id: $id) {\n      ...FaqTicketFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseFaqTicket($id: ID!) {\n    closeFaqTicket(id: $id) {\n      ...FaqTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFaqEntryFromTicket($ticketId: ID!) {\n    createFaqEntryFromTicket(ticketId: $ticketId) {\n      ticket {\n        ...FaqTicketFields\n      }\n      entry {\n        id\n        key\n        question\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFaqEntryFromTicket($ticketId: ID!) {\n    createFaqEntryFromTicket(ticketId: $ticketId) {\n      ticket {\n        ...FaqTicketFields\n      }\n      entry {\n        id\n        key\n        question\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaqImprovementReport($from: DateTime!, $to: DateTime!) {\n    faqImprovementReport(from: $from, to: $to) {\n      from\n      to\n      questions\n      unanswered\n      notHelpful\n      helpful\n      groups {\n        entryId\n        entryKey\n        entryQuestion\n        unanswered\n        notHelpful\n        total\n        examples\n      }\n    }\n  }\n"): (typeof documents)["\n  query FaqImprovementReport($from: DateTime!, $to: DateTime!) {\n    faqImprovementReport(from: $from, to: $to) {\n      from\n      to\n      questions\n      unanswered\n      notHelpful\n      helpful\n      groups {\n        entryId\n        entryKey\n        entryQuestion\n        unanswered\n        notHelpful\n        total\n        examples\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaqPhrasingSuggestions {\n    faqPhrasingSuggestions {\n      questionId\n      text\n      askedAt\n      entryId\n      entryQuestion\n      count\n    }\n  }\n"): (typeof documents)["\n  query FaqPhrasingSuggestions {\n    faqPhrasingSuggestions {\n      questionId\n      text\n      askedAt\n      entryId\n      entryQuestion\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptFaqPhrasing($questionId: ID!, $text: String) {\n    acceptFaqPhrasing(questionId: $questionId, text: $text) {\n      id\n      version\n      phrasings\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptFaqPhrasing($questionId: ID!, $text: String) {\n    acceptFaqPhrasing(questionId: $questionId, text: $text) {\n      id\n      version\n      phrasings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissFaqPhrasing($questionId: ID!) {\n    dismissFaqPhrasing(questionId: $questionId)\n  }\n"): (typeof documents)["\n  mutation DismissFaqPhrasing($questionId: ID!) {\n    dismissFaqPhrasing(questionId: $questionId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FaqEntryFields on FaqEntry {\n    id\n    key\n    question\n    answer\n    phrasings\n    english\n    category\n    ownerTeam\n    status\n    updatedAt\n    version\n  }\n"): (typeof documents)["\n  fragment FaqEntryFields on FaqEntry {\n    id\n    key\n    question\n    answer\n    phrasings\n    english\n    category\n    ownerTeam\n    status\n    updatedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaqEntries($includeArchived: Boolean!) {\n    faqEntries(includeArchived: $includeArchived) {\n      ...FaqEntryFields\n    }\n  }\n"): (typeof documents)["\n  query FaqEntries($includeArchived: Boolean!) {\n    faqEntries(includeArchived: $includeArchived) {\n      ...FaqEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaqEntryHistory($id: ID!) {\n    faqEntryHistory(id: $id) {\n      id\n      version\n      action\n      changedFields\n      changedBy\n      changedByName\n      changedAt\n      snapshot {\n        key\n        question\n        answer\n        phrasings\n        english\n        category\n        ownerTeam\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query FaqEntryHistory($id: ID!) {\n    faqEntryHistory(id: $id) {\n      id\n      version\n      action\n      changedFields\n      changedBy\n      changedByName\n      changedAt\n      snapshot {\n        key\n        question\n        answer\n        phrasings\n        english\n        category\n        ownerTeam\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFaqEntry($input: FaqEntryInput!) {\n    createFaqEntry(input: $input) {\n      ...FaqEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFaqEntry($input: FaqEntryInput!) {\n    createFaqEntry(input: $input) {\n      ...FaqEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFaqEntry($input: UpdateFaqEntryInput!) {\n    updateFaqEntry(input: $input) {\n      ...FaqEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFaqEntry($input: UpdateFaqEntryInput!) {\n    updateFaqEntry(input: $input) {\n      ...FaqEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveFaqEntry($id: ID!, $version: Int!) {\n    archiveFaqEntry(id: $id, version: $version) {\n      ...FaqEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveFaqEntry($id: ID!, $version: Int!) {\n    archiveFaqEntry(id: $id, version: $version) {\n      ...FaqEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaqSynonyms {\n    faqSynonyms {\n      id\n      term\n      synonyms\n      version\n    }\n  }\n"): (typeof documents)["\n  query FaqSynonyms {\n    faqSynonyms {\n      id\n      term\n      synonyms\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveFaqSynonym($input: FaqSynonymInput!) {\n    saveFaqSynonym(input: $input) {\n      id\n      term\n      synonyms\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SaveFaqSynonym($input: FaqSynonymInput!) {\n    saveFaqSynonym(input: $input) {\n      id\n      term\n      synonyms\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteFaqSynonym($id: ID!) {\n    deleteFaqSynonym(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteFaqSynonym($id: ID!) {\n    deleteFaqSynonym(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AskQuestion($text: String!) {\n    askQuestion(text: $text) {\n      questionId\n      verdict\n      phone\n      best {\n        confidence\n        entry {\n          id\n          question\n          answer\n          category\n        }\n      }\n      runnersUp {\n        confidence\n        entry {\n          id\n          question\n          answer\n          category\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AskQuestion($text: String!) {\n    askQuestion(text: $text) {\n      questionId\n      verdict\n      phone\n      best {\n        confidence\n        entry {\n          id\n          question\n          answer\n          category\n        }\n      }\n      runnersUp {\n        confidence\n        entry {\n          id\n          question\n          answer\n          category\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LearningVocabulary {\n    learningVocabulary {\n      categories {\n        code\n        label\n      }\n      urgencies {\n        code\n        label\n      }\n      riskSignals {\n        code\n        label\n      }\n      priorities {\n        code\n        label\n      }\n      holdReasons {\n        code\n        label\n      }\n      outcomes {\n        code\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  query LearningVocabulary {\n    learningVocabulary {\n      categories {\n        code\n        label\n      }\n      urgencies {\n        code\n        label\n      }\n      riskSignals {\n        code\n        label\n      }\n      priorities {\n        code\n        label\n      }\n      holdReasons {\n        code\n        label\n      }\n      outcomes {\n        code\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LearningChildren {\n    learningChildren {\n      placementId\n      childId\n      firstName\n    }\n  }\n"): (typeof documents)["\n  query LearningChildren {\n    learningChildren {\n      placementId\n      childId\n      firstName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyLearningRequestFields on MyLearningRequest {\n    id\n    childFirstName\n    category\n    categoryLabel\n    description\n    urgency\n    status\n    statusLabel\n    holdReason\n    deadlineAt\n    outcome\n    outcomeLabel\n    createdAt\n    resolvedAt\n    version\n  }\n"): (typeof documents)["\n  fragment MyLearningRequestFields on MyLearningRequest {\n    id\n    childFirstName\n    category\n    categoryLabel\n    description\n    urgency\n    status\n    statusLabel\n    holdReason\n    deadlineAt\n    outcome\n    outcomeLabel\n    createdAt\n    resolvedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LearningAttachmentFields on LearningAttachment {\n    id\n    fileName\n    mimeType\n    sizeBytes\n    createdAt\n    downloadPath\n  }\n"): (typeof documents)["\n  fragment LearningAttachmentFields on LearningAttachment {\n    id\n    fileName\n    mimeType\n    sizeBytes\n    createdAt\n    downloadPath\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyLearningRequests {\n    myLearningRequests {\n      ...MyLearningRequestFields\n    }\n  }\n"): (typeof documents)["\n  query MyLearningRequests {\n    myLearningRequests {\n      ...MyLearningRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyLearningRequestDetailFields on MyLearningRequestDetail {\n    request {\n      ...MyLearningRequestFields\n    }\n    messages {\n      id\n      fromConsultant\n      body\n      createdAt\n    }\n    attachments {\n      ...LearningAttachmentFields\n    }\n    timeline {\n      id\n      type\n      label\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment MyLearningRequestDetailFields on MyLearningRequestDetail {\n    request {\n      ...MyLearningRequestFields\n    }\n    messages {\n      id\n      fromConsultant\n      body\n      createdAt\n    }\n    attachments {\n      ...LearningAttachmentFields\n    }\n    timeline {\n      id\n      type\n      label\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyLearningRequest($id: ID!) {\n    myLearningRequest(id: $id) {\n      ...MyLearningRequestDetailFields\n    }\n  }\n"): (typeof documents)["\n  query MyLearningRequest($id: ID!) {\n    myLearningRequest(id: $id) {\n      ...MyLearningRequestDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLearningRequest($input: CreateLearningRequestInput!) {\n    createLearningRequest(input: $input) {\n      ...MyLearningRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLearningRequest($input: CreateLearningRequestInput!) {\n    createLearningRequest(input: $input) {\n      ...MyLearningRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendLearningRequestMessage($id: ID!, $body: String!) {\n    sendLearningRequestMessage(id: $id, body: $body) {\n      ...MyLearningRequestDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation SendLearningRequestMessage($id: ID!, $body: String!) {\n    sendLearningRequestMessage(id: $id, body: $body) {\n      ...MyLearningRequestDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LearningRequestFields on LearningRequest {\n    id\n    childFirstName\n    pseudonymous\n    category\n    categoryLabel\n    description\n    urgency\n    status\n    statusLabel\n    holdReason\n    deadlineAt\n    outcome\n    outcomeLabel\n    createdAt\n    resolvedAt\n    closedAt\n    requestedBy\n    requesterRole\n    riskSignals\n    absencePercent\n    priority\n    assigneeId\n    assignedAt\n    queuedAt\n    escalatedAt\n    isOverdue\n    version\n  }\n"): (typeof documents)["\n  fragment LearningRequestFields on LearningRequest {\n    id\n    childFirstName\n    pseudonymous\n    category\n    categoryLabel\n    description\n    urgency\n    status\n    statusLabel\n    holdReason\n    deadlineAt\n    outcome\n    outcomeLabel\n    createdAt\n    resolvedAt\n    closedAt\n    requestedBy\n    requesterRole\n    riskSignals\n    absencePercent\n    priority\n    assigneeId\n    assignedAt\n    queuedAt\n    escalatedAt\n    isOverdue\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LearningQueue($filter: LearningQueueFilterInput) {\n    learningQueue(filter: $filter) {\n      ...LearningRequestFields\n    }\n  }\n"): (typeof documents)["\n  query LearningQueue($filter: LearningQueueFilterInput) {\n    learningQueue(filter: $filter) {\n      ...LearningRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LearningConsultants {\n    learningConsultants {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query LearningConsultants {\n    learningConsultants {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeNextLearningRequest {\n    takeNextLearningRequest {\n      ...LearningRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation TakeNextLearningRequest {\n    takeNextLearningRequest {\n      ...LearningRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LearningRequestDetailFields on LearningRequestDetail {\n    request {\n      ...LearningRequestFields\n    }\n    notes {\n      id\n      kind\n      authorId\n      authorRole\n      body\n      createdAt\n    }\n    events {\n      id\n      type\n      actorId\n      details\n      createdAt\n    }\n    attachments {\n      ...LearningAttachmentFields\n    }\n  }\n"): (typeof documents)["\n  fragment LearningRequestDetailFields on LearningRequestDetail {\n    request {\n      ...LearningRequestFields\n    }\n    notes {\n      id\n      kind\n      authorId\n      authorRole\n      body\n      createdAt\n    }\n    events {\n      id\n      type\n      actorId\n      details\n      createdAt\n    }\n    attachments {\n      ...LearningAttachmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LearningRequest($id: ID!) {\n    learningRequest(id: $id) {\n      ...LearningRequestDetailFields\n    }\n  }\n"): (typeof documents)["\n  query LearningRequest($id: ID!) {\n    learningRequest(id: $id) {\n      ...LearningRequestDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignLearningRequest($id: ID!, $assigneeId: ID) {\n    reassignLearningRequest(id: $id, assigneeId: $assigneeId) {\n      ...LearningRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReassignLearningRequest($id: ID!, $assigneeId: ID) {\n    reassignLearningRequest(id: $id, assigneeId: $assigneeId) {\n      ...LearningRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HoldLearningRequest($id: ID!, $reason: LearningHoldReason!) {\n    holdLearningRequest(id: $id, reason: $reason) {\n      ...LearningRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation HoldLearningRequest($id: ID!, $reason: LearningHoldReason!) {\n    holdLearningRequest(id: $id, reason: $reason) {\n      ...LearningRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeLearningRequest($id: ID!) {\n    resumeLearningRequest(id: $id) {\n      ...LearningRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeLearningRequest($id: ID!) {\n    resumeLearningRequest(id: $id) {\n      ...LearningRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveLearningRequest($id: ID!, $outcome: LearningOutcome!, $reply: String) {\n    resolveLearningRequest(id: $id, outcome: $outcome, reply: $reply) {\n      ...LearningRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveLearningRequest($id: ID!, $outcome: LearningOutcome!, $reply: String) {\n    resolveLearningRequest(id: $id, outcome: $outcome, reply: $reply) {\n      ...LearningRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseLearningRequest($id: ID!) {\n    closeLearningRequest(id: $id) {\n      ...LearningRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseLearningRequest($id: ID!) {\n    closeLearningRequest(id: $id) {\n      ...LearningRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenLearningRequest($id: ID!) {\n    reopenLearningRequest(id: $id) {\n      ...LearningRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenLearningRequest($id: ID!) {\n    reopenLearningRequest(id: $id) {\n      ...LearningRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddLearningNote($id: ID!, $kind: LearningNoteKind!, $body: String!) {\n    addLearningNote(id: $id, kind: $kind, body: $body) {\n      ...LearningRequestDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddLearningNote($id: ID!, $kind: LearningNoteKind!, $body: String!) {\n    addLearningNote(id: $id, kind: $kind, body: $body) {\n      ...LearningRequestDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LearningDashboard($from: DateTime!, $to: DateTime!) {\n    learningDashboard(from: $from, to: $to) {\n      from\n      to\n      backlog {\n        priority\n        open\n        unassigned\n        overdue\n      }\n      waitingHoursMedian\n      waitingHoursP90\n      taken\n      deadlinesMissed\n      overdueNow\n      created\n      resolved\n      outcomes {\n        outcome\n        label\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query LearningDashboard($from: DateTime!, $to: DateTime!) {\n    learningDashboard(from: $from, to: $to) {\n      from\n      to\n      backlog {\n        priority\n        open\n        unassigned\n        overdue\n      }\n      waitingHoursMedian\n      waitingHoursP90\n      taken\n      deadlinesMissed\n      overdueNow\n      created\n      resolved\n      outcomes {\n        outcome\n        label\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchingVocabulary {\n    matchingVocabulary {\n      needs {\n        value\n        label\n      }\n      culture {\n        value\n        label\n      }\n      wishes {\n        value\n        label\n      }\n      features {\n        value\n        label\n      }\n      languages {\n        value\n        label\n      }\n      factors {\n        value\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatchingVocabulary {\n    matchingVocabulary {\n      needs {\n        value\n        label\n      }\n      culture {\n        value\n        label\n      }\n      wishes {\n        value\n        label\n      }\n      features {\n        value\n        label\n      }\n      languages {\n        value\n        label\n      }\n      factors {\n        value\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlacementNeedFields on PlacementNeed {\n    id\n    children {\n      id\n      firstName\n      birthDate\n    }\n    supportLevel\n    needs\n    schoolName\n    schoolPostalCode\n    schoolLat\n    schoolLon\n    bioPostalCode\n    bioLat\n    bioLon\n    contactVisitsPerMonth\n    languages\n    culture\n    cultureNote\n    wishes\n    wishesText\n    networkPeople {\n      name\n      relation\n      applicationId\n    }\n    networkFamilyIds\n    acute\n    wishedStart\n    status\n    createdAt\n    version\n  }\n"): (typeof documents)["\n  fragment PlacementNeedFields on PlacementNeed {\n    id\n    children {\n      id\n      firstName\n      birthDate\n    }\n    supportLevel\n    needs\n    schoolName\n    schoolPostalCode\n    schoolLat\n    schoolLon\n    bioPostalCode\n    bioLat\n    bioLon\n    contactVisitsPerMonth\n    languages\n    culture\n    cultureNote\n    wishes\n    wishesText\n    networkPeople {\n      name\n      relation\n      applicationId\n    }\n    networkFamilyIds\n    acute\n    wishedStart\n    status\n    createdAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatchFamilyFields on FosterFamily {\n    id\n    displayName\n    approvalTypes\n    places\n    vacancies\n    ageMin\n    ageMax\n    takesSiblings\n    networkChildName\n  }\n"): (typeof documents)["\n  fragment MatchFamilyFields on FosterFamily {\n    id\n    displayName\n    approvalTypes\n    places\n    vacancies\n    ageMin\n    ageMax\n    takesSiblings\n    networkChildName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatchEvaluationFields on MatchEvaluation {\n    eligible\n    network\n    score\n    factors {\n      key\n      label\n      weight\n      value\n      points\n      explanation\n    }\n    violations {\n      rule\n      explanation\n    }\n    conflicts {\n      field\n      explanation\n    }\n  }\n"): (typeof documents)["\n  fragment MatchEvaluationFields on MatchEvaluation {\n    eligible\n    network\n    score\n    factors {\n      key\n      label\n      weight\n      value\n      points\n      explanation\n    }\n    violations {\n      rule\n      explanation\n    }\n    conflicts {\n      field\n      explanation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlacementNeeds($first: Int!, $status: NeedStatus) {\n    placementNeeds(first: $first, status: $status) {\n      edges {\n        node {\n          ...PlacementNeedFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlacementNeeds($first: Int!, $status: NeedStatus) {\n    placementNeeds(first: $first, status: $status) {\n      edges {\n        node {\n          ...PlacementNeedFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlacementNeed($id: ID!) {\n    placementNeed(id: $id) {\n      ...PlacementNeedFields\n    }\n  }\n"): (typeof documents)["\n  query PlacementNeed($id: ID!) {\n    placementNeed(id: $id) {\n      ...PlacementNeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchingNetworkOptions {\n    matchingNetworkOptions {\n      families {\n        id\n        displayName\n        approvalTypes\n        networkChildName\n      }\n      applications {\n        id\n        applicantName\n        childName\n        relation\n        status\n        statusLabel\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatchingNetworkOptions {\n    matchingNetworkOptions {\n      families {\n        id\n        displayName\n        approvalTypes\n        networkChildName\n      }\n      applications {\n        id\n        applicantName\n        childName\n        relation\n        status\n        statusLabel\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlacementNeed($input: PlacementNeedInput!) {\n    createPlacementNeed(input: $input) {\n      ...PlacementNeedFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePlacementNeed($input: PlacementNeedInput!) {\n    createPlacementNeed(input: $input) {\n      ...PlacementNeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlacementNeed($input: UpdatePlacementNeedInput!) {\n    updatePlacementNeed(input: $input) {\n      ...PlacementNeedFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePlacementNeed($input: UpdatePlacementNeedInput!) {\n    updatePlacementNeed(input: $input) {\n      ...PlacementNeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelPlacementNeed($id: ID!, $reason: String!) {\n    cancelPlacementNeed(id: $id, reason: $reason) {\n      ...PlacementNeedFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelPlacementNeed($id: ID!, $reason: String!) {\n    cancelPlacementNeed(id: $id, reason: $reason) {\n      ...PlacementNeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FamilyRanking($needId: ID!, $limit: Float!) {\n    familyRanking(needId: $needId, limit: $limit) {\n      considered\n      need {\n        ...PlacementNeedFields\n      }\n      network {\n        name\n        relation\n        stage\n        stageText\n        applicationId\n        applicationStatus\n        daysInStatus\n        family {\n          ...MatchFamilyFields\n        }\n        evaluation {\n          ...MatchEvaluationFields\n        }\n      }\n      families {\n        family {\n          ...MatchFamilyFields\n        }\n        evaluation {\n          ...MatchEvaluationFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FamilyRanking($needId: ID!, $limit: Float!) {\n    familyRanking(needId: $needId, limit: $limit) {\n      considered\n      need {\n        ...PlacementNeedFields\n      }\n      network {\n        name\n        relation\n        stage\n        stageText\n        applicationId\n        applicationStatus\n        daysInStatus\n        family {\n          ...MatchFamilyFields\n        }\n        evaluation {\n          ...MatchEvaluationFields\n        }\n      }\n      families {\n        family {\n          ...MatchFamilyFields\n        }\n        evaluation {\n          ...MatchEvaluationFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatchProposalFields on MatchProposal {\n    id\n    batchId\n    score\n    network\n    status\n    reason\n    createdAt\n    need {\n      id\n      children {\n        id\n        firstName\n        birthDate\n      }\n      supportLevel\n    }\n    family {\n      ...MatchFamilyFields\n    }\n    evaluation {\n      ...MatchEvaluationFields\n    }\n    networkInApproval {\n      name\n      relation\n      stageText\n    }\n  }\n"): (typeof documents)["\n  fragment MatchProposalFields on MatchProposal {\n    id\n    batchId\n    score\n    network\n    status\n    reason\n    createdAt\n    need {\n      id\n      children {\n        id\n        firstName\n        birthDate\n      }\n      supportLevel\n    }\n    family {\n      ...MatchFamilyFields\n    }\n    evaluation {\n      ...MatchEvaluationFields\n    }\n    networkInApproval {\n      name\n      relation\n      stageText\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeFamily($needId: ID!, $familyId: ID!) {\n    proposeFamily(needId: $needId, familyId: $familyId) {\n      ...MatchProposalFields\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeFamily($needId: ID!, $familyId: ID!) {\n    proposeFamily(needId: $needId, familyId: $familyId) {\n      ...MatchProposalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchProposals($status: ProposalStatus, $needId: ID) {\n    matchProposals(status: $status, needId: $needId) {\n      ...MatchProposalFields\n    }\n  }\n"): (typeof documents)["\n  query MatchProposals($status: ProposalStatus, $needId: ID) {\n    matchProposals(status: $status, needId: $needId) {\n      ...MatchProposalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunMatchingBatch {\n    runMatchingBatch {\n      id\n      needsCount\n      familiesCount\n      assignedCount\n      totalScore\n      durationMs\n      proposals {\n        ...MatchProposalFields\n      }\n      unassignedReasons {\n        reason\n        need {\n          id\n          children {\n            id\n            firstName\n            birthDate\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RunMatchingBatch {\n    runMatchingBatch {\n      id\n      needsCount\n      familiesCount\n      assignedCount\n      totalScore\n      durationMs\n      proposals {\n        ...MatchProposalFields\n      }\n      unassignedReasons {\n        reason\n        need {\n          id\n          children {\n            id\n            firstName\n            birthDate\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptMatchProposal($id: ID!, $reason: String!) {\n    acceptMatchProposal(id: $id, reason: $reason) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptMatchProposal($id: ID!, $reason: String!) {\n    acceptMatchProposal(id: $id, reason: $reason) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineMatchProposal($id: ID!, $reason: String!) {\n    declineMatchProposal(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineMatchProposal($id: ID!, $reason: String!) {\n    declineMatchProposal(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchingWeights {\n    matchingWeights {\n      key\n      label\n      weight\n    }\n  }\n"): (typeof documents)["\n  query MatchingWeights {\n    matchingWeights {\n      key\n      label\n      weight\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMatchingWeights($weights: [MatchingWeightInput!]!) {\n    setMatchingWeights(weights: $weights) {\n      key\n      label\n      weight\n    }\n  }\n"): (typeof documents)["\n  mutation SetMatchingWeights($weights: [MatchingWeightInput!]!) {\n    setMatchingWeights(weights: $weights) {\n      key\n      label\n      weight\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Placements($active: Boolean) {\n    placements(active: $active) {\n      id\n      childrenCount\n      matchScore\n      startedOn\n      endedOn\n      endReason\n      version\n      need {\n        id\n        children {\n          id\n          firstName\n          birthDate\n        }\n      }\n      family {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query Placements($active: Boolean) {\n    placements(active: $active) {\n      id\n      childrenCount\n      matchScore\n      startedOn\n      endedOn\n      endReason\n      version\n      need {\n        id\n        children {\n          id\n          firstName\n          birthDate\n        }\n      }\n      family {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndPlacement($input: EndPlacementInput!) {\n    endPlacement(input: $input) {\n      id\n      endedOn\n      endReason\n    }\n  }\n"): (typeof documents)["\n  mutation EndPlacement($input: EndPlacementInput!) {\n    endPlacement(input: $input) {\n      id\n      endedOn\n      endReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlacementOutcomes {\n    placementOutcomes {\n      band\n      placements\n      ended\n      breakdowns\n      breakdownRate\n    }\n  }\n"): (typeof documents)["\n  query PlacementOutcomes {\n    placementOutcomes {\n      band\n      placements\n      ended\n      breakdowns\n      breakdownRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FamilyMatchProfileFields on FamilyMatchProfile {\n    lat\n    lon\n    experience\n    languages\n    culture\n    features\n    otherChildrenBirthDates\n    prefAgeMin\n    prefAgeMax\n    prefNeedsAble\n    prefNeedsExcluded\n    prefSiblings\n    assessedAgeMin\n    assessedAgeMax\n    assessedNeedsAble\n    assessedNeedsExcluded\n    assessedSiblings\n    version\n    family {\n      id\n      displayName\n      ageMin\n      ageMax\n      takesSiblings\n    }\n  }\n"): (typeof documents)["\n  fragment FamilyMatchProfileFields on FamilyMatchProfile {\n    lat\n    lon\n    experience\n    languages\n    culture\n    features\n    otherChildrenBirthDates\n    prefAgeMin\n    prefAgeMax\n    prefNeedsAble\n    prefNeedsExcluded\n    prefSiblings\n    assessedAgeMin\n    assessedAgeMax\n    assessedNeedsAble\n    assessedNeedsExcluded\n    assessedSiblings\n    version\n    family {\n      id\n      displayName\n      ageMin\n      ageMax\n      takesSiblings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FamilyMatchProfile($familyId: ID!) {\n    familyMatchProfile(familyId: $familyId) {\n      ...FamilyMatchProfileFields\n    }\n  }\n"): (typeof documents)["\n  query FamilyMatchProfile($familyId: ID!) {\n    familyMatchProfile(familyId: $familyId) {\n      ...FamilyMatchProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyFamilyMatchProfile {\n    myFamilyMatchProfile {\n      ...FamilyMatchProfileFields\n    }\n  }\n"): (typeof documents)["\n  query MyFamilyMatchProfile {\n    myFamilyMatchProfile {\n      ...FamilyMatchProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFamilyMatchProfile($input: FamilyOwnProfileInput!) {\n    updateFamilyMatchProfile(input: $input) {\n      ...FamilyMatchProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFamilyMatchProfile($input: FamilyOwnProfileInput!) {\n    updateFamilyMatchProfile(input: $input) {\n      ...FamilyMatchProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssessFamilyMatchProfile($input: FamilyAssessmentInput!) {\n    assessFamilyMatchProfile(input: $input) {\n      ...FamilyMatchProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssessFamilyMatchProfile($input: FamilyAssessmentInput!) {\n    assessFamilyMatchProfile(input: $input) {\n      ...FamilyMatchProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUserFields on User {\n    id\n    name\n    email\n    role\n    municipality {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SessionUserFields on User {\n    id\n    name\n    email\n    role\n    municipality {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicConfig {\n    publicConfig {\n      oidcEnabled\n    }\n  }\n"): (typeof documents)["\n  query PublicConfig {\n    publicConfig {\n      oidcEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Municipalities($first: Int!, $after: String) {\n    municipalities(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          phone\n          createdAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Municipalities($first: Int!, $after: String) {\n    municipalities(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          phone\n          createdAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMunicipality($input: CreateMunicipalityInput!) {\n    createMunicipality(input: $input) {\n      id\n      code\n      name\n      phone\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMunicipality($input: CreateMunicipalityInput!) {\n    createMunicipality(input: $input) {\n      id\n      code\n      name\n      phone\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int!, $after: String, $municipalityId: ID) {\n    users(first: $first, after: $after, municipalityId: $municipalityId) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          role\n          active\n          municipality {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($first: Int!, $after: String, $municipalityId: ID) {\n    users(first: $first, after: $after, municipalityId: $municipalityId) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          role\n          active\n          municipality {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStaffUser($input: CreateStaffUserInput!) {\n    createStaffUser(input: $input) {\n      id\n      name\n      email\n      role\n      active\n      municipality {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStaffUser($input: CreateStaffUserInput!) {\n    createStaffUser(input: $input) {\n      id\n      name\n      email\n      role\n      active\n      municipality {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PeerGroupFields on PeerGroup {\n    id\n    name\n    audience\n    ageMin\n    ageMax\n    areaName\n    lat\n    lon\n    facilitatorId\n    capacity\n    status\n    version\n  }\n"): (typeof documents)["\n  fragment PeerGroupFields on PeerGroup {\n    id\n    name\n    audience\n    ageMin\n    ageMax\n    areaName\n    lat\n    lon\n    facilitatorId\n    capacity\n    status\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PeerSessionFields on PeerSession {\n    id\n    groupId\n    startsAt\n    endsAt\n    place\n    transportNote\n    seriesId\n    cancelledAt\n    cancelReason\n  }\n"): (typeof documents)["\n  fragment PeerSessionFields on PeerSession {\n    id\n    groupId\n    startsAt\n    endsAt\n    place\n    transportNote\n    seriesId\n    cancelledAt\n    cancelReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PeerParticipantFields on PeerParticipant {\n    id\n    kind\n    fosterFamilyId\n    firstName\n    birthDate\n    caseworkerConsentRequired\n  }\n"): (typeof documents)["\n  fragment PeerParticipantFields on PeerParticipant {\n    id\n    kind\n    fosterFamilyId\n    firstName\n    birthDate\n    caseworkerConsentRequired\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PeerMembershipFields on PeerMembership {\n    id\n    groupId\n    participantId\n    status\n    requestedAt\n    familyConsentAt\n    caseworkerConsentRequired\n    caseworkerConsentAt\n    offeredAt\n    activatedAt\n    pausedUntil\n    leftAt\n    participant {\n      ...PeerParticipantFields\n    }\n  }\n"): (typeof documents)["\n  fragment PeerMembershipFields on PeerMembership {\n    id\n    groupId\n    participantId\n    status\n    requestedAt\n    familyConsentAt\n    caseworkerConsentRequired\n    caseworkerConsentAt\n    offeredAt\n    activatedAt\n    pausedUntil\n    leftAt\n    participant {\n      ...PeerParticipantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeerGroups {\n    peerGroups {\n      ...PeerGroupFields\n    }\n    peerGroupMetrics {\n      group {\n        id\n      }\n      placesHeld\n      waiting\n    }\n  }\n"): (typeof documents)["\n  query PeerGroups {\n    peerGroups {\n      ...PeerGroupFields\n    }\n    peerGroupMetrics {\n      group {\n        id\n      }\n      placesHeld\n      waiting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeerStaff {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          name\n          role\n          active\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeerStaff {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          name\n          role\n          active\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavePeerGroup($input: SavePeerGroupInput!) {\n    savePeerGroup(input: $input) {\n      ...PeerGroupFields\n    }\n  }\n"): (typeof documents)["\n  mutation SavePeerGroup($input: SavePeerGroupInput!) {\n    savePeerGroup(input: $input) {\n      ...PeerGroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeerGroup($id: ID!) {\n    peerGroup(id: $id) {\n      group {\n        ...PeerGroupFields\n      }\n      placesHeld\n      members {\n        ...PeerMembershipFields\n      }\n      formerMembers {\n        ...PeerMembershipFields\n      }\n      sessions {\n        ...PeerSessionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeerGroup($id: ID!) {\n    peerGroup(id: $id) {\n      group {\n        ...PeerGroupFields\n      }\n      placesHeld\n      members {\n        ...PeerMembershipFields\n      }\n      formerMembers {\n        ...PeerMembershipFields\n      }\n      sessions {\n        ...PeerSessionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeerGroupMetrics($groupId: ID) {\n    peerGroupMetrics(groupId: $groupId) {\n      group {\n        id\n      }\n      placesHeld\n      sessionsHeld\n      participationRate\n      waiting\n      waitMedianDays\n      waitMaxDays\n      sessions {\n        session {\n          id\n          startsAt\n        }\n        present\n        absent\n        excused\n        participationRate\n      }\n      stoppedComing {\n        participant {\n          ...PeerParticipantFields\n        }\n        lastPresentAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeerGroupMetrics($groupId: ID) {\n    peerGroupMetrics(groupId: $groupId) {\n      group {\n        id\n      }\n      placesHeld\n      sessionsHeld\n      participationRate\n      waiting\n      waitMedianDays\n      waitMaxDays\n      sessions {\n        session {\n          id\n          startsAt\n        }\n        present\n        absent\n        excused\n        participationRate\n      }\n      stoppedComing {\n        participant {\n          ...PeerParticipantFields\n        }\n        lastPresentAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeerChildren($ageMin: Int, $ageMax: Int) {\n    peerChildren(ageMin: $ageMin, ageMax: $ageMax) {\n      ...PeerParticipantFields\n    }\n  }\n"): (typeof documents)["\n  query PeerChildren($ageMin: Int, $ageMax: Int) {\n    peerChildren(ageMin: $ageMin, ageMax: $ageMax) {\n      ...PeerParticipantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitePeerMember($groupId: ID!, $participantId: ID!) {\n    invitePeerMember(groupId: $groupId, participantId: $participantId) {\n      ...PeerMembershipFields\n    }\n  }\n"): (typeof documents)["\n  mutation InvitePeerMember($groupId: ID!, $participantId: ID!) {\n    invitePeerMember(groupId: $groupId, participantId: $participantId) {\n      ...PeerMembershipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePeerSessions($input: CreatePeerSessionsInput!) {\n    createPeerSessions(input: $input) {\n      ...PeerSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePeerSessions($input: CreatePeerSessionsInput!) {\n    createPeerSessions(input: $input) {\n      ...PeerSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelPeerSession($id: ID!, $reason: String!) {\n    cancelPeerSession(id: $id, reason: $reason) {\n      ...PeerSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelPeerSession($id: ID!, $reason: String!) {\n    cancelPeerSession(id: $id, reason: $reason) {\n      ...PeerSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeerAttendance($sessionId: ID!) {\n    peerAttendance(sessionId: $sessionId) {\n      sessionId\n      participantId\n      status\n    }\n  }\n"): (typeof documents)["\n  query PeerAttendance($sessionId: ID!) {\n    peerAttendance(sessionId: $sessionId) {\n      sessionId\n      participantId\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPeerAttendance($input: RecordPeerAttendanceInput!) {\n    recordPeerAttendance(input: $input) {\n      sessionId\n      participantId\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPeerAttendance($input: RecordPeerAttendanceInput!) {\n    recordPeerAttendance(input: $input) {\n      sessionId\n      participantId\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PausePeerMembership($membershipId: ID!, $until: String!) {\n    pausePeerMembership(membershipId: $membershipId, until: $until) {\n      ...PeerMembershipFields\n    }\n  }\n"): (typeof documents)["\n  mutation PausePeerMembership($membershipId: ID!, $until: String!) {\n    pausePeerMembership(membershipId: $membershipId, until: $until) {\n      ...PeerMembershipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeavePeerMembership($membershipId: ID!) {\n    leavePeerMembership(membershipId: $membershipId) {\n      ...PeerMembershipFields\n    }\n  }\n"): (typeof documents)["\n  mutation LeavePeerMembership($membershipId: ID!) {\n    leavePeerMembership(membershipId: $membershipId) {\n      ...PeerMembershipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeerMustNotPairs {\n    peerMustNotPairs {\n      id\n      note\n      createdAt\n      participantA {\n        ...PeerParticipantFields\n      }\n      participantB {\n        ...PeerParticipantFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeerMustNotPairs {\n    peerMustNotPairs {\n      id\n      note\n      createdAt\n      participantA {\n        ...PeerParticipantFields\n      }\n      participantB {\n        ...PeerParticipantFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPeerMustNotPair($participantAId: ID!, $participantBId: ID!, $note: String) {\n    addPeerMustNotPair(participantAId: $participantAId, participantBId: $participantBId, note: $note) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddPeerMustNotPair($participantAId: ID!, $participantBId: ID!, $note: String) {\n    addPeerMustNotPair(participantAId: $participantAId, participantBId: $participantBId, note: $note) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePeerMustNotPair($id: ID!) {\n    removePeerMustNotPair(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemovePeerMustNotPair($id: ID!) {\n    removePeerMustNotPair(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PeerCompositionFields on PeerComposition {\n    id\n    status\n    groupSize\n    version\n    cost\n    groups {\n      childIds\n      ageMin\n      ageMax\n      maxKmFromCentre\n      earlierMatePairs\n    }\n    unplaced {\n      childId\n      reason\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment PeerCompositionFields on PeerComposition {\n    id\n    status\n    groupSize\n    version\n    cost\n    groups {\n      childIds\n      ageMin\n      ageMax\n      maxKmFromCentre\n      earlierMatePairs\n    }\n    unplaced {\n      childId\n      reason\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposePeerGroups($input: ProposePeerGroupsInput!) {\n    proposePeerGroups(input: $input) {\n      ...PeerCompositionFields\n    }\n  }\n"): (typeof documents)["\n  mutation ProposePeerGroups($input: ProposePeerGroupsInput!) {\n    proposePeerGroups(input: $input) {\n      ...PeerCompositionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MovePeerCompositionChild(\n    $compositionId: ID!\n    $expectedVersion: Int!\n    $participantId: ID!\n    $toGroup: Int!\n  ) {\n    movePeerCompositionChild(\n      compositionId: $compositionId\n      expectedVersion: $expectedVersion\n      participantId: $participantId\n      toGroup: $toGroup\n    ) {\n      ...PeerCompositionFields\n    }\n  }\n"): (typeof documents)["\n  mutation MovePeerCompositionChild(\n    $compositionId: ID!\n    $expectedVersion: Int!\n    $participantId: ID!\n    $toGroup: Int!\n  ) {\n    movePeerCompositionChild(\n      compositionId: $compositionId\n      expectedVersion: $expectedVersion\n      participantId: $participantId\n      toGroup: $toGroup\n    ) {\n      ...PeerCompositionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmPeerComposition($input: ConfirmPeerCompositionInput!) {\n    confirmPeerComposition(input: $input) {\n      ...PeerGroupFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmPeerComposition($input: ConfirmPeerCompositionInput!) {\n    confirmPeerComposition(input: $input) {\n      ...PeerGroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPeerGroups {\n    myPeerGroups {\n      membership {\n        ...PeerMembershipFields\n      }\n      group {\n        ...PeerGroupFields\n      }\n      waitlistPosition\n      nextSessions {\n        ...PeerSessionFields\n      }\n    }\n    myPeerParticipants {\n      ...PeerParticipantFields\n    }\n    openPeerGroups {\n      group {\n        ...PeerGroupFields\n      }\n      freePlaces\n      waiting\n    }\n  }\n"): (typeof documents)["\n  query MyPeerGroups {\n    myPeerGroups {\n      membership {\n        ...PeerMembershipFields\n      }\n      group {\n        ...PeerGroupFields\n      }\n      waitlistPosition\n      nextSessions {\n        ...PeerSessionFields\n      }\n    }\n    myPeerParticipants {\n      ...PeerParticipantFields\n    }\n    openPeerGroups {\n      group {\n        ...PeerGroupFields\n      }\n      freePlaces\n      waiting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToPeerInvitation($membershipId: ID!, $consent: Boolean!) {\n    respondToPeerInvitation(membershipId: $membershipId, consent: $consent) {\n      ...PeerMembershipFields\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToPeerInvitation($membershipId: ID!, $consent: Boolean!) {\n    respondToPeerInvitation(membershipId: $membershipId, consent: $consent) {\n      ...PeerMembershipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPeerGroupPlace($groupId: ID!, $participantId: ID!) {\n    requestPeerGroupPlace(groupId: $groupId, participantId: $participantId) {\n      ...PeerMembershipFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPeerGroupPlace($groupId: ID!, $participantId: ID!) {\n    requestPeerGroupPlace(groupId: $groupId, participantId: $participantId) {\n      ...PeerMembershipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelineBoard($filter: ApplicationFilter, $perColumn: Int!) {\n    pipelineBoard(filter: $filter, perColumn: $perColumn) {\n      status\n      label\n      count\n      items {\n        id\n        applicantName\n        track\n        daysInStatus\n        submittedAt\n        assignedConsultant {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PipelineBoard($filter: ApplicationFilter, $perColumn: Int!) {\n    pipelineBoard(filter: $filter, perColumn: $perColumn) {\n      status\n      label\n      count\n      items {\n        id\n        applicantName\n        track\n        daysInStatus\n        submittedAt\n        assignedConsultant {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffApplicationFields on Application {\n    id\n    version\n    status\n    statusLabel\n    track\n    applicantName\n    daysInStatus\n    submittedAt\n    createdAt\n    statusChangedAt\n    heldFrom\n    appealed\n    recruitmentSource\n    allowedMoves\n    assignedConsultant {\n      id\n      name\n    }\n    # The same form fields the applicant's own page reads (application.operations.ts).\n    form {\n      ...ApplicationFormFields\n    }\n    timeline {\n      ...TimelineFields\n    }\n    transitions {\n      id\n      fromStatus\n      toStatus\n      toLabel\n      reason\n      actorName\n      createdAt\n    }\n    requirements {\n      id\n      kind\n      label\n      subjectName\n      status\n      expiresOn\n      note\n      expiringSoon\n      expired\n      updatedAt\n    }\n    documents {\n      id\n      kind\n      fileName\n      mimeType\n      sizeBytes\n      createdAt\n      expiresOn\n      expired\n      expiringSoon\n      downloadPath\n    }\n    messages {\n      id\n      body\n      fromStaff\n      authorName\n      createdAt\n    }\n    fosterFamily {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment StaffApplicationFields on Application {\n    id\n    version\n    status\n    statusLabel\n    track\n    applicantName\n    daysInStatus\n    submittedAt\n    createdAt\n    statusChangedAt\n    heldFrom\n    appealed\n    recruitmentSource\n    allowedMoves\n    assignedConsultant {\n      id\n      name\n    }\n    # The same form fields the applicant's own page reads (application.operations.ts).\n    form {\n      ...ApplicationFormFields\n    }\n    timeline {\n      ...TimelineFields\n    }\n    transitions {\n      id\n      fromStatus\n      toStatus\n      toLabel\n      reason\n      actorName\n      createdAt\n    }\n    requirements {\n      id\n      kind\n      label\n      subjectName\n      status\n      expiresOn\n      note\n      expiringSoon\n      expired\n      updatedAt\n    }\n    documents {\n      id\n      kind\n      fileName\n      mimeType\n      sizeBytes\n      createdAt\n      expiresOn\n      expired\n      expiringSoon\n      downloadPath\n    }\n    messages {\n      id\n      body\n      fromStaff\n      authorName\n      createdAt\n    }\n    fosterFamily {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffApplication($id: ID!) {\n    application(id: $id) {\n      ...StaffApplicationFields\n    }\n  }\n"): (typeof documents)["\n  query StaffApplication($id: ID!) {\n    application(id: $id) {\n      ...StaffApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationCalendar($applicationId: ID!) {\n    applicationCalendar(applicationId: $applicationId) {\n      homeVisits {\n        id\n        number\n        startsAt\n        endsAt\n        note\n        completedAt\n        cancelledAt\n      }\n      signups {\n        id\n        attended\n        createdAt\n        event {\n          id\n          kind\n          title\n          startsAt\n          endsAt\n          place\n          cancelled\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApplicationCalendar($applicationId: ID!) {\n    applicationCalendar(applicationId: $applicationId) {\n      homeVisits {\n        id\n        number\n        startsAt\n        endsAt\n        note\n        completedAt\n        cancelledAt\n      }\n      signups {\n        id\n        attended\n        createdAt\n        event {\n          id\n          kind\n          title\n          startsAt\n          endsAt\n          place\n          cancelled\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Consultants {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          name\n          role\n          active\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Consultants {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          name\n          role\n          active\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionApplication($input: TransitionApplicationInput!) {\n    transitionApplication(input: $input) {\n      ...StaffApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation TransitionApplication($input: TransitionApplicationInput!) {\n    transitionApplication(input: $input) {\n      ...StaffApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveApplication($input: ApproveApplicationInput!) {\n    approveApplication(input: $input) {\n      ...StaffApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveApplication($input: ApproveApplicationInput!) {\n    approveApplication(input: $input) {\n      ...StaffApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignApplication($input: AssignApplicationInput!) {\n    assignApplication(input: $input) {\n      ...StaffApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignApplication($input: AssignApplicationInput!) {\n    assignApplication(input: $input) {\n      ...StaffApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetApplicationDocumentExpiry($input: SetDocumentExpiryInput!) {\n    setApplicationDocumentExpiry(input: $input) {\n      id\n      expiresOn\n      expired\n      expiringSoon\n    }\n  }\n"): (typeof documents)["\n  mutation SetApplicationDocumentExpiry($input: SetDocumentExpiryInput!) {\n    setApplicationDocumentExpiry(input: $input) {\n      id\n      expiresOn\n      expired\n      expiringSoon\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateApplicationRequirement($input: UpdateRequirementInput!) {\n    updateApplicationRequirement(input: $input) {\n      id\n      status\n      expiresOn\n      note\n      expiringSoon\n      expired\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateApplicationRequirement($input: UpdateRequirementInput!) {\n    updateApplicationRequirement(input: $input) {\n      id\n      status\n      expiresOn\n      note\n      expiringSoon\n      expired\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddApplicationRequirement($input: AddRequirementInput!) {\n    addApplicationRequirement(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddApplicationRequirement($input: AddRequirementInput!) {\n    addApplicationRequirement(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendStaffApplicationMessage($input: SendApplicationMessageInput!) {\n    sendApplicationMessage(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SendStaffApplicationMessage($input: SendApplicationMessageInput!) {\n    sendApplicationMessage(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleHomeVisit($input: ScheduleHomeVisitInput!) {\n    scheduleHomeVisit(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleHomeVisit($input: ScheduleHomeVisitInput!) {\n    scheduleHomeVisit(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteHomeVisit($id: ID!) {\n    completeHomeVisit(id: $id) {\n      id\n      completedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteHomeVisit($id: ID!) {\n    completeHomeVisit(id: $id) {\n      id\n      completedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelHomeVisit($id: ID!) {\n    cancelHomeVisit(id: $id) {\n      id\n      cancelledAt\n    }\n  }\n"): (typeof documents)["\n  mutation CancelHomeVisit($id: ID!) {\n    cancelHomeVisit(id: $id) {\n      id\n      cancelledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffRecruitmentEvents($from: DateTime) {\n    staffRecruitmentEvents(from: $from) {\n      event {\n        id\n        kind\n        title\n        description\n        place\n        startsAt\n        endsAt\n        capacity\n        seatsLeft\n        cancelled\n        cancelReason\n      }\n      signups {\n        applicationId\n        applicantName\n        attended\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffRecruitmentEvents($from: DateTime) {\n    staffRecruitmentEvents(from: $from) {\n      event {\n        id\n        kind\n        title\n        description\n        place\n        startsAt\n        endsAt\n        capacity\n        seatsLeft\n        cancelled\n        cancelReason\n      }\n      signups {\n        applicationId\n        applicantName\n        attended\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRecruitmentEvent($input: CreateRecruitmentEventInput!) {\n    createRecruitmentEvent(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRecruitmentEvent($input: CreateRecruitmentEventInput!) {\n    createRecruitmentEvent(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRecruitmentEvent($input: UpdateRecruitmentEventInput!) {\n    updateRecruitmentEvent(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRecruitmentEvent($input: UpdateRecruitmentEventInput!) {\n    updateRecruitmentEvent(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRecruitmentEvent($id: ID!, $reason: String!) {\n    cancelRecruitmentEvent(id: $id, reason: $reason) {\n      id\n      cancelled\n    }\n  }\n"): (typeof documents)["\n  mutation CancelRecruitmentEvent($id: ID!, $reason: String!) {\n    cancelRecruitmentEvent(id: $id, reason: $reason) {\n      id\n      cancelled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordRecruitmentEventAttendance($eventId: ID!, $applicationId: ID!, $attended: Boolean!) {\n    recordRecruitmentEventAttendance(eventId: $eventId, applicationId: $applicationId, attended: $attended) {\n      id\n      attended\n    }\n  }\n"): (typeof documents)["\n  mutation RecordRecruitmentEventAttendance($eventId: ID!, $applicationId: ID!, $attended: Boolean!) {\n    recordRecruitmentEventAttendance(eventId: $eventId, applicationId: $applicationId, attended: $attended) {\n      id\n      attended\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FosterFamilyFields on FosterFamily {\n    id\n    version\n    displayName\n    active\n    approvalTypes\n    approvedAt\n    approvedBy\n    places\n    vacancies\n    vacanciesUpdatedAt\n    ageMin\n    ageMax\n    takesSiblings\n    conditions\n    postalCode\n    networkChildName\n    applicationId\n  }\n"): (typeof documents)["\n  fragment FosterFamilyFields on FosterFamily {\n    id\n    version\n    displayName\n    active\n    approvalTypes\n    approvedAt\n    approvedBy\n    places\n    vacancies\n    vacanciesUpdatedAt\n    ageMin\n    ageMax\n    takesSiblings\n    conditions\n    postalCode\n    networkChildName\n    applicationId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FosterFamilies($first: Int!, $after: String, $withVacancies: Boolean) {\n    fosterFamilies(first: $first, after: $after, withVacancies: $withVacancies) {\n      edges {\n        cursor\n        node {\n          ...FosterFamilyFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query FosterFamilies($first: Int!, $after: String, $withVacancies: Boolean) {\n    fosterFamilies(first: $first, after: $after, withVacancies: $withVacancies) {\n      edges {\n        cursor\n        node {\n          ...FosterFamilyFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FosterFamily($id: ID!) {\n    fosterFamily(id: $id) {\n      ...FosterFamilyFields\n    }\n  }\n"): (typeof documents)["\n  query FosterFamily($id: ID!) {\n    fosterFamily(id: $id) {\n      ...FosterFamilyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFosterFamily($input: UpdateFosterFamilyInput!) {\n    updateFosterFamily(input: $input) {\n      ...FosterFamilyFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFosterFamily($input: UpdateFosterFamilyInput!) {\n    updateFosterFamily(input: $input) {\n      ...FosterFamilyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecruitmentAnalytics($from: DateTime, $to: DateTime) {\n    recruitmentAnalytics(from: $from, to: $to) {\n      applications\n      approved\n      refused\n      withdrawn\n      medianDaysToApproval\n      funnel {\n        status\n        label\n        reached\n        conversionFromPrevious\n        medianDaysInStage\n      }\n      bySource {\n        source\n        label\n        applications\n        submitted\n        approved\n      }\n      ageDistribution {\n        band\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecruitmentAnalytics($from: DateTime, $to: DateTime) {\n    recruitmentAnalytics(from: $from, to: $to) {\n      applications\n      approved\n      refused\n      withdrawn\n      medianDaysToApproval\n      funnel {\n        status\n        label\n        reached\n        conversionFromPrevious\n        medianDaysInStage\n      }\n      bySource {\n        source\n        label\n        applications\n        submitted\n        approved\n      }\n      ageDistribution {\n        band\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReliefBookingFields on ReliefBooking {\n    id\n    placementId\n    providerId\n    startsAt\n    endsAt\n    days\n    status\n    acute\n    statusReason\n    overrideReason\n    seriesId\n    provider {\n      id\n      name\n      fosterFamilyId\n    }\n  }\n"): (typeof documents)["\n  fragment ReliefBookingFields on ReliefBooking {\n    id\n    placementId\n    providerId\n    startsAt\n    endsAt\n    days\n    status\n    acute\n    statusReason\n    overrideReason\n    seriesId\n    provider {\n      id\n      name\n      fosterFamilyId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReliefBookings($from: DateTime, $to: DateTime, $placementId: ID) {\n    reliefBookings(from: $from, to: $to, placementId: $placementId) {\n      ...ReliefBookingFields\n    }\n  }\n"): (typeof documents)["\n  query ReliefBookings($from: DateTime, $to: DateTime, $placementId: ID) {\n    reliefBookings(from: $from, to: $to, placementId: $placementId) {\n      ...ReliefBookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AcuteReliefBookings {\n    acuteReliefBookings {\n      ...ReliefBookingFields\n    }\n  }\n"): (typeof documents)["\n  query AcuteReliefBookings {\n    acuteReliefBookings {\n      ...ReliefBookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReliefSearch($placementId: ID!, $from: DateTime!, $to: DateTime!) {\n    reliefSearch(placementId: $placementId, from: $from, to: $to) {\n      continuity\n      fit\n      distanceKm\n      provider {\n        id\n        name\n        kind\n        capacity\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReliefSearch($placementId: ID!, $from: DateTime!, $to: DateTime!) {\n    reliefSearch(placementId: $placementId, from: $from, to: $to) {\n      continuity\n      fit\n      distanceKm\n      provider {\n        id\n        name\n        kind\n        capacity\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookRelief($input: BookReliefInput!) {\n    bookRelief(input: $input) {\n      ...ReliefBookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation BookRelief($input: BookReliefInput!) {\n    bookRelief(input: $input) {\n      ...ReliefBookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmRelief($id: ID!) {\n    confirmRelief(id: $id) {\n      ...ReliefBookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmRelief($id: ID!) {\n    confirmRelief(id: $id) {\n      ...ReliefBookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineRelief($id: ID!, $reason: String!) {\n    declineRelief(id: $id, reason: $reason) {\n      ...ReliefBookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineRelief($id: ID!, $reason: String!) {\n    declineRelief(id: $id, reason: $reason) {\n      ...ReliefBookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRelief($id: ID!, $reason: String!) {\n    cancelRelief(id: $id, reason: $reason) {\n      ...ReliefBookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelRelief($id: ID!, $reason: String!) {\n    cancelRelief(id: $id, reason: $reason) {\n      ...ReliefBookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteRelief($id: ID!) {\n    completeRelief(id: $id) {\n      ...ReliefBookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteRelief($id: ID!) {\n    completeRelief(id: $id) {\n      ...ReliefBookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReliefGrantOverview {\n    reliefGrantOverview {\n      placementId\n      periodFrom\n      periodTo\n      daysUsed\n      daysLeft\n      grant {\n        id\n        daysPerPeriod\n        period\n        validFrom\n        validTo\n        strained\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReliefGrantOverview {\n    reliefGrantOverview {\n      placementId\n      periodFrom\n      periodTo\n      daysUsed\n      daysLeft\n      grant {\n        id\n        daysPerPeriod\n        period\n        validFrom\n        validTo\n        strained\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetReliefGrant($input: SetReliefGrantInput!) {\n    setReliefGrant(input: $input) {\n      id\n      placementId\n      daysPerPeriod\n      period\n      validFrom\n      validTo\n      strained\n    }\n  }\n"): (typeof documents)["\n  mutation SetReliefGrant($input: SetReliefGrantInput!) {\n    setReliefGrant(input: $input) {\n      id\n      placementId\n      daysPerPeriod\n      period\n      validFrom\n      validTo\n      strained\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReliefMyFamily {\n    myFosterFamily {\n      id\n      approvalTypes\n    }\n  }\n"): (typeof documents)["\n  query ReliefMyFamily {\n    myFosterFamily {\n      id\n      approvalTypes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReliefCalendarFeeds {\n    reliefCalendarFeeds {\n      id\n      ownerKind\n      ownerId\n      createdAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query ReliefCalendarFeeds {\n    reliefCalendarFeeds {\n      id\n      ownerKind\n      ownerId\n      createdAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReliefCalendarFeed($ownerKind: ReliefCalendarFeedOwnerKind!, $ownerId: ID!) {\n    createReliefCalendarFeed(ownerKind: $ownerKind, ownerId: $ownerId) {\n      url\n      feed {\n        id\n        ownerKind\n        ownerId\n        createdAt\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateReliefCalendarFeed($ownerKind: ReliefCalendarFeedOwnerKind!, $ownerId: ID!) {\n    createReliefCalendarFeed(ownerKind: $ownerKind, ownerId: $ownerId) {\n      url\n      feed {\n        id\n        ownerKind\n        ownerId\n        createdAt\n        revokedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeReliefCalendarFeed($id: ID!) {\n    revokeReliefCalendarFeed(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeReliefCalendarFeed($id: ID!) {\n    revokeReliefCalendarFeed(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReliefPlacements {\n    myReliefPlacements {\n      placementId\n      childFirstNames\n      periodFrom\n      periodTo\n      daysUsed\n      daysLeft\n      grant {\n        id\n        daysPerPeriod\n        period\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyReliefPlacements {\n    myReliefPlacements {\n      placementId\n      childFirstNames\n      periodFrom\n      periodTo\n      daysUsed\n      daysLeft\n      grant {\n        id\n        daysPerPeriod\n        period\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReliefWindowFields on ReliefRequestWindow {\n    id\n    title\n    startsAt\n    endsAt\n    closesAt\n    status\n    allocatedAt\n  }\n"): (typeof documents)["\n  fragment ReliefWindowFields on ReliefRequestWindow {\n    id\n    title\n    startsAt\n    endsAt\n    closesAt\n    status\n    allocatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RankedReliefRequestFields on RankedReliefWindowRequest {\n    rank\n    strained\n    priorDays\n    request {\n      id\n      windowId\n      placementId\n      startsAt\n      endsAt\n      preferredProviderId\n      note\n      status\n      requestedAt\n      bookingId\n      outcomeReason\n    }\n  }\n"): (typeof documents)["\n  fragment RankedReliefRequestFields on RankedReliefWindowRequest {\n    rank\n    strained\n    priorDays\n    request {\n      id\n      windowId\n      placementId\n      startsAt\n      endsAt\n      preferredProviderId\n      note\n      status\n      requestedAt\n      bookingId\n      outcomeReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReliefRequestWindows {\n    reliefRequestWindows {\n      ...ReliefWindowFields\n    }\n  }\n"): (typeof documents)["\n  query ReliefRequestWindows {\n    reliefRequestWindows {\n      ...ReliefWindowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReliefWindowRequests($windowId: ID!) {\n    reliefWindowRequests(windowId: $windowId) {\n      ...RankedReliefRequestFields\n    }\n  }\n"): (typeof documents)["\n  query ReliefWindowRequests($windowId: ID!) {\n    reliefWindowRequests(windowId: $windowId) {\n      ...RankedReliefRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenReliefRequestWindow($input: OpenReliefWindowInput!) {\n    openReliefRequestWindow(input: $input) {\n      ...ReliefWindowFields\n    }\n  }\n"): (typeof documents)["\n  mutation OpenReliefRequestWindow($input: OpenReliefWindowInput!) {\n    openReliefRequestWindow(input: $input) {\n      ...ReliefWindowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestReliefInWindow($input: RequestReliefInWindowInput!) {\n    requestReliefInWindow(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestReliefInWindow($input: RequestReliefInWindowInput!) {\n    requestReliefInWindow(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawReliefWindowRequest($id: ID!) {\n    withdrawReliefWindowRequest(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawReliefWindowRequest($id: ID!) {\n    withdrawReliefWindowRequest(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AllocateReliefWindow($windowId: ID!) {\n    allocateReliefWindow(windowId: $windowId) {\n      ...RankedReliefRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation AllocateReliefWindow($windowId: ID!) {\n    allocateReliefWindow(windowId: $windowId) {\n      ...RankedReliefRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookReliefSeries($input: BookReliefSeriesInput!) {\n    bookReliefSeries(input: $input) {\n      seriesId\n      booked {\n        ...ReliefBookingFields\n      }\n      conflicts {\n        startsAt\n        endsAt\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BookReliefSeries($input: BookReliefSeriesInput!) {\n    bookReliefSeries(input: $input) {\n      seriesId\n      booked {\n        ...ReliefBookingFields\n      }\n      conflicts {\n        startsAt\n        endsAt\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReliefProviderFields on ReliefProvider {\n    id\n    kind\n    fosterFamilyId\n    name\n    capacity\n    ageMin\n    ageMax\n    needsExcluded\n    lat\n    lon\n    active\n    version\n    availability {\n      weekday\n      startTime\n      endTime\n    }\n    blockedPeriods {\n      id\n      fromDate\n      toDate\n      reason\n    }\n  }\n"): (typeof documents)["\n  fragment ReliefProviderFields on ReliefProvider {\n    id\n    kind\n    fosterFamilyId\n    name\n    capacity\n    ageMin\n    ageMax\n    needsExcluded\n    lat\n    lon\n    active\n    version\n    availability {\n      weekday\n      startTime\n      endTime\n    }\n    blockedPeriods {\n      id\n      fromDate\n      toDate\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReliefProviders {\n    reliefProviders {\n      ...ReliefProviderFields\n    }\n  }\n"): (typeof documents)["\n  query ReliefProviders {\n    reliefProviders {\n      ...ReliefProviderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveReliefProvider($input: ReliefProviderInput!) {\n    saveReliefProvider(input: $input) {\n      ...ReliefProviderFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveReliefProvider($input: ReliefProviderInput!) {\n    saveReliefProvider(input: $input) {\n      ...ReliefProviderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetReliefAvailability($providerId: ID!, $windows: [ReliefWindowInput!]!) {\n    setReliefAvailability(providerId: $providerId, windows: $windows) {\n      ...ReliefProviderFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetReliefAvailability($providerId: ID!, $windows: [ReliefWindowInput!]!) {\n    setReliefAvailability(providerId: $providerId, windows: $windows) {\n      ...ReliefProviderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddReliefBlockedPeriod($input: ReliefBlockedPeriodInput!) {\n    addReliefBlockedPeriod(input: $input) {\n      ...ReliefProviderFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddReliefBlockedPeriod($input: ReliefBlockedPeriodInput!) {\n    addReliefBlockedPeriod(input: $input) {\n      ...ReliefProviderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveReliefBlockedPeriod($id: ID!) {\n    removeReliefBlockedPeriod(id: $id) {\n      ...ReliefProviderFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveReliefBlockedPeriod($id: ID!) {\n    removeReliefBlockedPeriod(id: $id) {\n      ...ReliefProviderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseworkerPeerConsents {\n    peerConsentsAwaiting {\n      ...PeerMembershipFields\n      group {\n        id\n        name\n        areaName\n      }\n    }\n    peerChildren {\n      ...PeerParticipantFields\n    }\n  }\n"): (typeof documents)["\n  query CaseworkerPeerConsents {\n    peerConsentsAwaiting {\n      ...PeerMembershipFields\n      group {\n        id\n        name\n        areaName\n      }\n    }\n    peerChildren {\n      ...PeerParticipantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPeerCaseworkerConsentRequired($participantId: ID!, $required: Boolean!) {\n    setPeerCaseworkerConsentRequired(participantId: $participantId, required: $required) {\n      ...PeerParticipantFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetPeerCaseworkerConsentRequired($participantId: ID!, $required: Boolean!) {\n    setPeerCaseworkerConsentRequired(participantId: $participantId, required: $required) {\n      ...PeerParticipantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseworkerRespondToPeerInvitation($membershipId: ID!, $consent: Boolean!) {\n    respondToPeerInvitation(membershipId: $membershipId, consent: $consent) {\n      id\n      status\n      caseworkerConsentAt\n    }\n  }\n"): (typeof documents)["\n  mutation CaseworkerRespondToPeerInvitation($membershipId: ID!, $consent: Boolean!) {\n    respondToPeerInvitation(membershipId: $membershipId, consent: $consent) {\n      id\n      status\n      caseworkerConsentAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeerFosterFamilies {\n    peerFosterFamilies {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query PeerFosterFamilies {\n    peerFosterFamilies {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterPeerChild($input: RegisterPeerChildInput!) {\n    registerPeerChild(input: $input) {\n      ...PeerParticipantFields\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterPeerChild($input: RegisterPeerChildInput!) {\n    registerPeerChild(input: $input) {\n      ...PeerParticipantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LearningSettingsFields on LearningSettings {\n    urgencyPoints {\n      code\n      points\n    }\n    categoryPoints {\n      code\n      points\n    }\n    riskPoints {\n      code\n      points\n    }\n    highAbsencePercent\n    highAbsencePoints\n    thresholdP1\n    thresholdP2\n    thresholdP3\n    slaHoursP1\n    slaHoursP2\n    slaHoursP3\n    slaHoursP4\n    reminderHoursBefore\n    leadUserId\n    version\n  }\n"): (typeof documents)["\n  fragment LearningSettingsFields on LearningSettings {\n    urgencyPoints {\n      code\n      points\n    }\n    categoryPoints {\n      code\n      points\n    }\n    riskPoints {\n      code\n      points\n    }\n    highAbsencePercent\n    highAbsencePoints\n    thresholdP1\n    thresholdP2\n    thresholdP3\n    slaHoursP1\n    slaHoursP2\n    slaHoursP3\n    slaHoursP4\n    reminderHoursBefore\n    leadUserId\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LearningSettings {\n    learningSettings {\n      ...LearningSettingsFields\n    }\n    learningConsultants {\n      id\n      name\n    }\n    learningVocabulary {\n      urgencies {\n        code\n        label\n      }\n      categories {\n        code\n        label\n      }\n      riskSignals {\n        code\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  query LearningSettings {\n    learningSettings {\n      ...LearningSettingsFields\n    }\n    learningConsultants {\n      id\n      name\n    }\n    learningVocabulary {\n      urgencies {\n        code\n        label\n      }\n      categories {\n        code\n        label\n      }\n      riskSignals {\n        code\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveLearningSettings($input: LearningSettingsInput!) {\n    saveLearningSettings(input: $input) {\n      ...LearningSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveLearningSettings($input: LearningSettingsInput!) {\n    saveLearningSettings(input: $input) {\n      ...LearningSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetriageLearningRequest($id: ID!, $input: RetriageLearningRequestInput!) {\n    retriageLearningRequest(id: $id, input: $input) {\n      id\n      priority\n      deadlineAt\n      isOverdue\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RetriageLearningRequest($id: ID!, $input: RetriageLearningRequestInput!) {\n    retriageLearningRequest(id: $id, input: $input) {\n      id\n      priority\n      deadlineAt\n      isOverdue\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamsLink {\n    teamsLink {\n      linked\n      linkedAt\n      reachable\n    }\n  }\n"): (typeof documents)["\n  query TeamsLink {\n    teamsLink {\n      linked\n      linkedAt\n      reachable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTeamsLinkCode {\n    createTeamsLinkCode {\n      code\n      expiresAt\n      instruction\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTeamsLinkCode {\n    createTeamsLinkCode {\n      code\n      expiresAt\n      instruction\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkTeams {\n    unlinkTeams\n  }\n"): (typeof documents)["\n  mutation UnlinkTeams {\n    unlinkTeams\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;