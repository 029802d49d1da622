import { GraphQLSchemaHost } from '@nestjs/graphql';
import { DEMO_USERS, Operation, PERMISSIONS, Role } from '@pleje/core';
import { gql, loginToken } from '../support/graphql-client';
import { startApiForTest, TestApi } from '../support/test-api';

interface Sample {
  operation: Operation;
  query: string;
  variables?: (ids: Ids) => Record<string, unknown>;
}
interface Ids {
  aarhusId: string;
  aarhusUserId: string;
}

/** A well-formed id that matches no row. */
const NO_ID = '00000000-0000-4000-8000-000000000000';

/**
 * Every root field of the schema with the permission entry it must enforce and a call that exercises it.
 * A new operation fails this suite until it is added here, so the walk below always covers all of them.
 */
const SAMPLES: Record<string, Sample> = {
  login: {
    operation: 'auth.login',
    query: `mutation { login(input: { email: "ingen@kommune.example", password: "forkert-kode-1" }) { accessToken } }`,
  },
  refreshSession: { operation: 'auth.refresh', query: `mutation { refreshSession { accessToken } }` },
  logout: { operation: 'auth.logout', query: `mutation { logout }` },
  publicConfig: { operation: 'config.public', query: `{ publicConfig { oidcEnabled } }` },
  me: { operation: 'user.me', query: `{ me { id } }` },
  users: { operation: 'user.list', query: `{ users(first: 5) { edges { node { id } } } }` },
  user: {
    operation: 'user.get',
    query: `query($id: ID!) { user(id: $id) { id } }`,
    variables: (ids) => ({ id: ids.aarhusUserId }),
  },
  createStaffUser: {
    operation: 'user.createStaff',
    query: `mutation($m: ID!) { createStaffUser(input: { municipalityId: $m, email: "ny@aarhus.example", name: "Ny", role: CASEWORKER, password: "kort" }) { id } }`,
    variables: (ids) => ({ m: ids.aarhusId }),
  },
  municipalities: {
    operation: 'municipality.list',
    query: `{ municipalities(first: 5) { edges { node { id } } } }`,
  },
  createMunicipality: {
    operation: 'municipality.create',
    query: `mutation { createMunicipality(input: { code: "x", name: "" }) { id } }`,
  },
  recruitmentAnalytics: {
    operation: 'recruitment.analytics',
    query: `{ recruitmentAnalytics { applications funnel { status reached } } }`,
  },
  // Matching: ids that do not exist or invalid input, so allowed roles change nothing.
  matchingVocabulary: {
    operation: 'matching.vocabulary',
    query: `{ matchingVocabulary { needs { value } } }`,
  },
  placementNeeds: {
    operation: 'placementNeed.list',
    query: `{ placementNeeds(first: 5) { edges { node { id } } } }`,
  },
  placementNeed: { operation: 'placementNeed.get', query: `{ placementNeed(id: "${NO_ID}") { id } }` },
  createPlacementNeed: {
    operation: 'placementNeed.create',
    query: `mutation { createPlacementNeed(input: { children: [], supportLevel: ALMEN }) { id } }`,
  },
  updatePlacementNeed: {
    operation: 'placementNeed.update',
    query: `mutation { updatePlacementNeed(input: { id: "${NO_ID}", expectedVersion: 1, need: { children: [], supportLevel: ALMEN } }) { id } }`,
  },
  cancelPlacementNeed: {
    operation: 'placementNeed.cancel',
    query: `mutation { cancelPlacementNeed(id: "${NO_ID}", reason: "x") { id } }`,
  },
  familyRanking: {
    operation: 'matching.rank',
    query: `{ familyRanking(needId: "${NO_ID}") { considered } }`,
  },
  matchingNetworkOptions: {
    operation: 'matching.networkOptions',
    query: `{ matchingNetworkOptions { families { id } applications { id } } }`,
  },
  familyEvaluation: {
    operation: 'matching.rank',
    query: `{ familyEvaluation(needId: "${NO_ID}", familyId: "${NO_ID}") { evaluation { score } } }`,
  },
  proposeFamily: {
    operation: 'matching.propose',
    query: `mutation { proposeFamily(needId: "${NO_ID}", familyId: "${NO_ID}") { id } }`,
  },
  runMatchingBatch: {
    operation: 'matching.batch',
    query: `mutation { runMatchingBatch { id assignedCount } }`,
  },
  matchProposals: { operation: 'matching.proposals', query: `{ matchProposals { id } }` },
  acceptMatchProposal: {
    operation: 'matching.decide',
    query: `mutation { acceptMatchProposal(id: "${NO_ID}", reason: "x") { id } }`,
  },
  declineMatchProposal: {
    operation: 'matching.decide',
    query: `mutation { declineMatchProposal(id: "${NO_ID}", reason: "x") { id } }`,
  },
  matchingWeights: { operation: 'matching.weights', query: `{ matchingWeights { key weight } }` },
  setMatchingWeights: {
    operation: 'matching.weights.update',
    query: `mutation { setMatchingWeights(weights: [{ key: "SCHOOL", weight: -5 }]) { key } }`,
  },
  placements: { operation: 'placement.list', query: `{ placements { id } }` },
  endPlacement: {
    operation: 'placement.end',
    query: `mutation { endPlacement(input: { id: "${NO_ID}", expectedVersion: 1, endedOn: "2026-01-01", reason: HOME }) { id } }`,
  },
  placementOutcomes: { operation: 'placement.outcomes', query: `{ placementOutcomes { band } }` },
  familyMatchProfile: {
    operation: 'familyProfile.get',
    query: `{ familyMatchProfile(familyId: "${NO_ID}") { version } }`,
  },
  myFamilyMatchProfile: { operation: 'familyProfile.mine', query: `{ myFamilyMatchProfile { version } }` },
  updateFamilyMatchProfile: {
    operation: 'familyProfile.updateOwn',
    query: `mutation { updateFamilyMatchProfile(input: { familyId: "${NO_ID}", expectedVersion: 0, experience: [], languages: [], culture: [], features: [], otherChildrenBirthDates: [], prefNeedsAble: [], prefNeedsExcluded: [] }) { version } }`,
  },
  assessFamilyMatchProfile: {
    operation: 'familyProfile.assess',
    query: `mutation { assessFamilyMatchProfile(input: { familyId: "${NO_ID}", expectedVersion: 0 }) { version } }`,
  },
  // Recruitment: applying and the pipeline. Ids that do not exist or over-long input, so allowed roles change nothing.
  applicationMunicipalities: {
    operation: 'recruitment.municipalities',
    query: `{ applicationMunicipalities { id name } }`,
  },
  registerApplicant: {
    operation: 'recruitment.register',
    query: `mutation { registerApplicant(input: { municipalityId: "${NO_ID}", name: "X", email: "ikke-en-adresse", password: "x", acceptPrivacy: false }) { accessToken } }`,
  },
  myApplication: { operation: 'application.mine', query: `{ myApplication { id status } }` },
  saveApplicationDraft: {
    operation: 'application.saveDraft',
    query: `mutation { saveApplicationDraft(input: { form: { postalCode: "123456" }, step: HOME }) { id } }`,
  },
  submitApplication: { operation: 'application.submit', query: `mutation { submitApplication { id } }` },
  withdrawApplication: {
    operation: 'application.withdraw',
    query: `mutation { withdrawApplication(input: { id: "${NO_ID}", reason: "x" }) { id } }`,
  },
  sendApplicationMessage: {
    operation: 'application.message',
    query: `mutation { sendApplicationMessage(input: { applicationId: "${NO_ID}", body: "Hej" }) { id } }`,
  },
  exportMyApplicationData: { operation: 'application.exportMine', query: `{ exportMyApplicationData }` },
  deleteApplicationDocument: {
    operation: 'application.document.delete',
    query: `mutation { deleteApplicationDocument(id: "${NO_ID}") }`,
  },
  setApplicationDocumentExpiry: {
    operation: 'application.document.expiry',
    query: `mutation { setApplicationDocumentExpiry(input: { id: "${NO_ID}", expiresOn: null }) { id } }`,
  },
  applications: {
    operation: 'application.list',
    query: `{ applications(first: 5) { edges { node { id } } } }`,
  },
  pipelineBoard: { operation: 'application.list', query: `{ pipelineBoard(perColumn: 1) { status count } }` },
  application: { operation: 'application.get', query: `{ application(id: "${NO_ID}") { id } }` },
  transitionApplication: {
    operation: 'application.transition',
    query: `mutation { transitionApplication(input: { id: "${NO_ID}", expectedVersion: 1, to: HOME_VISIT_1, reason: "" }) { id } }`,
  },
  assignApplication: {
    operation: 'application.assign',
    query: `mutation { assignApplication(input: { id: "${NO_ID}", expectedVersion: 1 }) { id } }`,
  },
  approveApplication: {
    operation: 'application.approve',
    query: `mutation { approveApplication(input: { id: "${NO_ID}", expectedVersion: 1, approvalTypes: [ALMEN], places: 1, ageMin: 0, ageMax: 5, takesSiblings: false, reason: "" }) { id } }`,
  },
  updateApplicationRequirement: {
    operation: 'application.requirement.update',
    query: `mutation { updateApplicationRequirement(input: { id: "${NO_ID}", status: ACCEPTED, expectedUpdatedAt: "2026-01-01T00:00:00.000Z" }) { id } }`,
  },
  addApplicationRequirement: {
    operation: 'application.requirement.update',
    query: `mutation { addApplicationRequirement(input: { applicationId: "${NO_ID}", label: "Lægeerklæring" }) { id } }`,
  },
  fosterFamilies: {
    operation: 'fosterFamily.list',
    query: `{ fosterFamilies(first: 5) { edges { node { id } } } }`,
  },
  fosterFamily: { operation: 'fosterFamily.get', query: `{ fosterFamily(id: "${NO_ID}") { id } }` },
  myFosterFamily: { operation: 'fosterFamily.mine', query: `{ myFosterFamily { id } }` },
  updateFosterFamilyVacancies: {
    operation: 'fosterFamily.updateVacancies',
    query: `mutation { updateFosterFamilyVacancies(input: { id: "${NO_ID}", expectedVersion: 1, vacancies: 0 }) { id } }`,
  },
  updateFosterFamily: {
    operation: 'fosterFamily.update',
    query: `mutation { updateFosterFamily(input: { id: "${NO_ID}", expectedVersion: 1, approvalTypes: [ALMEN], places: 1, ageMin: 0, ageMax: 5, takesSiblings: false, conditions: "", active: true }) { id } }`,
  },
  // Recruitment events and home visits: ids that do not exist, or invalid input, so allowed roles change nothing.
  recruitmentEvents: {
    operation: 'recruitmentEvent.listPublic',
    query: `query($m: ID!) { recruitmentEvents(municipalityId: $m) { id seatsLeft } }`,
    variables: (ids) => ({ m: ids.aarhusId }),
  },
  myRecruitmentCalendar: {
    operation: 'recruitmentEvent.mine',
    query: `{ myRecruitmentCalendar { signups { id } homeVisits { id } } }`,
  },
  signUpForRecruitmentEvent: {
    operation: 'recruitmentEvent.signUp',
    query: `mutation { signUpForRecruitmentEvent(eventId: "${NO_ID}") { id } }`,
  },
  cancelRecruitmentEventSignup: {
    operation: 'recruitmentEvent.cancelSignup',
    query: `mutation { cancelRecruitmentEventSignup(eventId: "${NO_ID}") }`,
  },
  staffRecruitmentEvents: {
    operation: 'recruitmentEvent.list',
    query: `{ staffRecruitmentEvents { event { id } signups { applicationId } } }`,
  },
  createRecruitmentEvent: {
    operation: 'recruitmentEvent.manage',
    query: `mutation { createRecruitmentEvent(input: { kind: INFO_MEETING, title: "Møde", startsAt: "2099-01-01T10:00:00Z", endsAt: "2099-01-01T12:00:00Z", place: "Rådhuset", capacity: 0 }) { id } }`,
  },
  updateRecruitmentEvent: {
    operation: 'recruitmentEvent.manage',
    query: `mutation { updateRecruitmentEvent(input: { id: "${NO_ID}", title: "Nyt" }) { id } }`,
  },
  cancelRecruitmentEvent: {
    operation: 'recruitmentEvent.manage',
    query: `mutation { cancelRecruitmentEvent(id: "${NO_ID}", reason: "Syg") { id } }`,
  },
  recordRecruitmentEventAttendance: {
    operation: 'recruitmentEvent.attendance',
    query: `mutation { recordRecruitmentEventAttendance(eventId: "${NO_ID}", applicationId: "${NO_ID}", attended: true) { id } }`,
  },
  scheduleHomeVisit: {
    operation: 'homeVisit.manage',
    query: `mutation { scheduleHomeVisit(input: { applicationId: "${NO_ID}", number: 1, startsAt: "2099-01-01T10:00:00Z", endsAt: "2099-01-01T11:00:00Z" }) { id } }`,
  },
  rescheduleHomeVisit: {
    operation: 'homeVisit.manage',
    query: `mutation { rescheduleHomeVisit(input: { id: "${NO_ID}", startsAt: "2099-01-01T10:00:00Z", endsAt: "2099-01-01T11:00:00Z" }) { id } }`,
  },
  cancelHomeVisit: {
    operation: 'homeVisit.manage',
    query: `mutation { cancelHomeVisit(id: "${NO_ID}") { id } }`,
  },
  completeHomeVisit: {
    operation: 'homeVisit.manage',
    query: `mutation { completeHomeVisit(id: "${NO_ID}") { id } }`,
  },
  applicationCalendar: {
    operation: 'application.get',
    query: `{ applicationCalendar(applicationId: "${NO_ID}") { signups { id } } }`,
  },
  // Relief: ids that match no row or invalid input, so allowed roles change nothing.
  reliefSearch: {
    operation: 'relief.search',
    query: `{ reliefSearch(placementId: "${NO_ID}", from: "2026-06-05T15:00:00Z", to: "2026-06-07T15:00:00Z") { continuity } }`,
  },
  reliefBookings: {
    operation: 'relief.bookings',
    query: `{ reliefBookings(placementId: "${NO_ID}") { id } }`,
  },
  acuteReliefBookings: { operation: 'relief.acute', query: `{ acuteReliefBookings { id } }` },
  reliefGrants: { operation: 'relief.grant.list', query: `{ reliefGrants(placementId: "${NO_ID}") { id } }` },
  reliefGrantOverview: {
    operation: 'relief.overview',
    query: `{ reliefGrantOverview(date: "x") { daysUsed } }`,
  },
  reliefProviders: { operation: 'relief.provider.list', query: `{ reliefProviders { id } }` },
  myReliefPlacements: { operation: 'relief.mine', query: `{ myReliefPlacements { placementId } }` },
  reliefRequestWindows: { operation: 'relief.window.list', query: `{ reliefRequestWindows { id } }` },
  reliefWindowRequests: {
    operation: 'relief.window.requests',
    query: `{ reliefWindowRequests(windowId: "${NO_ID}") { rank } }`,
  },
  openReliefRequestWindow: {
    operation: 'relief.window.open',
    query: `mutation { openReliefRequestWindow(input: { title: "Vinterferie", startsAt: "2027-02-12T15:00:00Z", endsAt: "2027-02-14T17:00:00Z", closesAt: "2027-01-15T12:00:00Z" }) { id } }`,
  },
  requestReliefInWindow: {
    operation: 'relief.window.request',
    query: `mutation { requestReliefInWindow(input: { windowId: "${NO_ID}", placementId: "${NO_ID}" }) { id } }`,
  },
  withdrawReliefWindowRequest: {
    operation: 'relief.window.request',
    query: `mutation { withdrawReliefWindowRequest(id: "${NO_ID}") { id } }`,
  },
  cancelReliefRequestWindow: {
    operation: 'relief.window.allocate',
    query: `mutation { cancelReliefRequestWindow(windowId: "${NO_ID}") { id } }`,
  },
  allocateReliefWindow: {
    operation: 'relief.window.allocate',
    query: `mutation { allocateReliefWindow(windowId: "${NO_ID}") { rank } }`,
  },
  bookRelief: {
    operation: 'relief.book',
    query: `mutation { bookRelief(input: { placementId: "${NO_ID}", providerId: "${NO_ID}", startsAt: "2026-06-05T15:00:00Z", endsAt: "2026-06-07T15:00:00Z" }) { id } }`,
  },
  bookReliefSeries: {
    operation: 'relief.book',
    query: `mutation { bookReliefSeries(input: { placementId: "${NO_ID}", providerId: "${NO_ID}", firstDate: "x", startTime: "17:00", spanDays: 2, endTime: "17:00", everyWeeks: 3, until: "x" }) { seriesId } }`,
  },
  confirmRelief: { operation: 'relief.respond', query: `mutation { confirmRelief(id: "${NO_ID}") { id } }` },
  declineRelief: {
    operation: 'relief.respond',
    query: `mutation { declineRelief(id: "${NO_ID}", reason: "x") { id } }`,
  },
  cancelRelief: {
    operation: 'relief.cancel',
    query: `mutation { cancelRelief(id: "${NO_ID}", reason: "x") { id } }`,
  },
  completeRelief: {
    operation: 'relief.complete',
    query: `mutation { completeRelief(id: "${NO_ID}") { id } }`,
  },
  setReliefGrant: {
    operation: 'relief.grant.set',
    query: `mutation { setReliefGrant(input: { placementId: "${NO_ID}", daysPerPeriod: 2, period: MONTH, validFrom: "2026-01-01" }) { id } }`,
  },
  saveReliefProvider: {
    operation: 'relief.provider.manage',
    query: `mutation { saveReliefProvider(input: { kind: UNIT, name: "", capacity: 0, ageMin: 0, ageMax: 17 }) { id } }`,
  },
  setReliefAvailability: {
    operation: 'relief.provider.manage',
    query: `mutation { setReliefAvailability(providerId: "${NO_ID}", windows: []) { id } }`,
  },
  addReliefBlockedPeriod: {
    operation: 'relief.blocked.manage',
    query: `mutation { addReliefBlockedPeriod(input: { providerId: "${NO_ID}", fromDate: "2026-01-01", toDate: "2026-01-02" }) { id } }`,
  },
  removeReliefBlockedPeriod: {
    operation: 'relief.blocked.manage',
    query: `mutation { removeReliefBlockedPeriod(id: "${NO_ID}") { id } }`,
  },
  reliefCalendarFeeds: { operation: 'relief.feed.list', query: `{ reliefCalendarFeeds { id } }` },
  createReliefCalendarFeed: {
    operation: 'relief.feed.manage',
    query: `mutation { createReliefCalendarFeed(ownerKind: FAMILY, ownerId: "${NO_ID}") { url } }`,
  },
  revokeReliefCalendarFeed: {
    operation: 'relief.feed.manage',
    query: `mutation { revokeReliefCalendarFeed(id: "${NO_ID}") { id } }`,
  },
  // Learning: ids that match no row or invalid input, so allowed roles change nothing.
  learningVocabulary: {
    operation: 'learning.vocabulary',
    query: `{ learningVocabulary { categories { code } } }`,
  },
  createLearningRequest: {
    operation: 'learning.request.create',
    query: `mutation { createLearningRequest(input: { placementId: "${NO_ID}", category: OTHER, description: "", urgency: LOW }) { id } }`,
  },
  myLearningRequests: { operation: 'learning.request.mine', query: `{ myLearningRequests { id } }` },
  learningChildren: { operation: 'learning.request.create', query: `{ learningChildren { placementId } }` },
  myLearningRequest: {
    operation: 'learning.request.mine',
    query: `{ myLearningRequest(id: "${NO_ID}") { request { id } } }`,
  },
  sendLearningRequestMessage: {
    operation: 'learning.request.message',
    query: `mutation { sendLearningRequestMessage(id: "${NO_ID}", body: "x") { request { id } } }`,
  },
  learningQueue: { operation: 'learning.queue', query: `{ learningQueue(filter: { first: 1 }) { id } }` },
  learningConsultants: { operation: 'learning.queue', query: `{ learningConsultants { id } }` },
  learningRequest: {
    operation: 'learning.request.get',
    query: `{ learningRequest(id: "${NO_ID}") { request { id } } }`,
  },
  takeNextLearningRequest: {
    operation: 'learning.work',
    // An empty Aarhus queue in the demo data for this walk: null, nothing taken.
    query: `mutation { takeNextLearningRequest { id } }`,
  },
  reassignLearningRequest: {
    operation: 'learning.work',
    query: `mutation { reassignLearningRequest(id: "${NO_ID}") { id } }`,
  },
  holdLearningRequest: {
    operation: 'learning.work',
    query: `mutation { holdLearningRequest(id: "${NO_ID}", reason: SCHOOL) { id } }`,
  },
  resumeLearningRequest: {
    operation: 'learning.work',
    query: `mutation { resumeLearningRequest(id: "${NO_ID}") { id } }`,
  },
  resolveLearningRequest: {
    operation: 'learning.work',
    query: `mutation { resolveLearningRequest(id: "${NO_ID}", outcome: ADVICE_GIVEN) { id } }`,
  },
  closeLearningRequest: {
    operation: 'learning.work',
    query: `mutation { closeLearningRequest(id: "${NO_ID}") { id } }`,
  },
  reopenLearningRequest: {
    operation: 'learning.work',
    query: `mutation { reopenLearningRequest(id: "${NO_ID}") { id } }`,
  },
  retriageLearningRequest: {
    operation: 'learning.work',
    query: `mutation { retriageLearningRequest(id: "${NO_ID}", input: {}) { id } }`,
  },
  addLearningNote: {
    operation: 'learning.work',
    query: `mutation { addLearningNote(id: "${NO_ID}", kind: INTERNAL, body: "x") { request { id } } }`,
  },
  learningDashboard: {
    operation: 'learning.dashboard',
    query: `{ learningDashboard(from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z") { taken } }`,
  },
  learningSettings: { operation: 'learning.settings', query: `{ learningSettings { version } }` },
  saveLearningSettings: {
    operation: 'learning.settings',
    query: `mutation { saveLearningSettings(input: { urgencyPoints: [], categoryPoints: [], riskPoints: [], highAbsencePercent: 10, highAbsencePoints: 2, thresholdP1: 1, thresholdP2: 2, thresholdP3: 3, slaHoursP1: 1, slaHoursP2: 1, slaHoursP3: 1, slaHoursP4: 1, reminderHoursBefore: 0 }) { version } }`,
  },
  // Network groups: ids that match no row or invalid input, so allowed roles change nothing.
  peerGroups: { operation: 'peerGroup.list', query: `{ peerGroups { id } }` },
  peerGroup: { operation: 'peerGroup.get', query: `{ peerGroup(id: "${NO_ID}") { placesHeld } }` },
  savePeerGroup: {
    operation: 'peerGroup.manage',
    query: `mutation { savePeerGroup(input: { name: "", audience: CHILDREN, capacity: 1, status: PLANNED }) { id } }`,
  },
  peerChildren: { operation: 'peerGroup.children', query: `{ peerChildren(ageMin: 30) { id } }` },
  peerFosterFamilies: { operation: 'peerGroup.fosterFamilies', query: `{ peerFosterFamilies { id } }` },
  registerPeerChild: {
    operation: 'peerGroup.registerChild',
    query: `mutation { registerPeerChild(input: { firstName: "", birthDate: "x", fosterFamilyId: "${NO_ID}" }) { id } }`,
  },
  setPeerCaseworkerConsentRequired: {
    operation: 'peerGroup.consentRule',
    query: `mutation { setPeerCaseworkerConsentRequired(participantId: "${NO_ID}", required: true) { id } }`,
  },
  peerMustNotPairs: { operation: 'peerGroup.mustNot', query: `{ peerMustNotPairs { id } }` },
  addPeerMustNotPair: {
    operation: 'peerGroup.mustNot',
    query: `mutation { addPeerMustNotPair(participantAId: "${NO_ID}", participantBId: "${NO_ID}") { id } }`,
  },
  removePeerMustNotPair: {
    operation: 'peerGroup.mustNot',
    query: `mutation { removePeerMustNotPair(id: "${NO_ID}") }`,
  },
  peerMateHistory: {
    operation: 'peerGroup.mateHistory',
    query: `{ peerMateHistory(participantId: "${NO_ID}") { groupId } }`,
  },
  invitePeerMember: {
    operation: 'peerGroup.invite',
    query: `mutation { invitePeerMember(groupId: "${NO_ID}", participantId: "${NO_ID}") { id } }`,
  },
  proposePeerGroups: {
    operation: 'peerGroup.compose',
    query: `mutation { proposePeerGroups(input: { groupSize: 1 }) { id } }`,
  },
  peerComposition: { operation: 'peerGroup.compose', query: `{ peerComposition(id: "${NO_ID}") { id } }` },
  movePeerCompositionChild: {
    operation: 'peerGroup.compose',
    query: `mutation { movePeerCompositionChild(compositionId: "${NO_ID}", expectedVersion: 1, participantId: "${NO_ID}", toGroup: 0) { id } }`,
  },
  confirmPeerComposition: {
    operation: 'peerGroup.compose',
    query: `mutation { confirmPeerComposition(input: { compositionId: "${NO_ID}", expectedVersion: 1, namePrefix: "" }) { id } }`,
  },
  createPeerSessions: {
    operation: 'peerGroup.manage',
    query: `mutation { createPeerSessions(input: { groupId: "${NO_ID}", firstDate: "x", startTime: "16:00", endTime: "18:00", everyWeeks: 2, count: 3, place: "Klubben" }) { id } }`,
  },
  cancelPeerSession: {
    operation: 'peerGroup.manage',
    query: `mutation { cancelPeerSession(id: "${NO_ID}", reason: "Syg") { id } }`,
  },
  peerAttendance: {
    operation: 'peerGroup.attendance',
    query: `{ peerAttendance(sessionId: "${NO_ID}") { status } }`,
  },
  recordPeerAttendance: {
    operation: 'peerGroup.attendance',
    query: `mutation { recordPeerAttendance(input: { sessionId: "${NO_ID}", entries: [] }) { status } }`,
  },
  peerGroupMetrics: {
    operation: 'peerGroup.metrics',
    query: `{ peerGroupMetrics(groupId: "${NO_ID}") { sessionsHeld } }`,
  },
  myPeerGroups: { operation: 'peerGroup.mine', query: `{ myPeerGroups { waitlistPosition } }` },
  myPeerParticipants: { operation: 'peerGroup.mine', query: `{ myPeerParticipants { id } }` },
  openPeerGroups: { operation: 'peerGroup.open', query: `{ openPeerGroups { freePlaces } }` },
  requestPeerGroupPlace: {
    operation: 'peerGroup.request',
    query: `mutation { requestPeerGroupPlace(groupId: "${NO_ID}", participantId: "${NO_ID}") { id } }`,
  },
  respondToPeerInvitation: {
    operation: 'peerGroup.consent',
    query: `mutation { respondToPeerInvitation(membershipId: "${NO_ID}", consent: true) { id } }`,
  },
  peerConsentsAwaiting: { operation: 'peerGroup.consentsAwaiting', query: `{ peerConsentsAwaiting { id } }` },
  pausePeerMembership: {
    operation: 'peerGroup.pauseLeave',
    query: `mutation { pausePeerMembership(membershipId: "${NO_ID}", until: "x") { id } }`,
  },
  leavePeerMembership: {
    operation: 'peerGroup.pauseLeave',
    query: `mutation { leavePeerMembership(membershipId: "${NO_ID}") { id } }`,
  },
  calendarInvitation: {
    operation: 'calendar.invitation',
    query: `{ calendarInvitation(kind: EVENT, id: "${NO_ID}") }`,
  },
  askQuestion: { operation: 'faq.ask', query: `{ askQuestion(text: "hvad er vederlag") { verdict } }` },
  faqEntries: { operation: 'faq.list', query: `{ faqEntries { id } }` },
  faqEntryHistory: { operation: 'faq.history', query: `{ faqEntryHistory(id: "${NO_ID}") { id } }` },
  createFaqEntry: {
    operation: 'faq.manage',
    query: `mutation { createFaqEntry(input: { question: "", answer: "", category: "", ownerTeam: FAMILIEPLEJE }) { id } }`,
  },
  updateFaqEntry: {
    operation: 'faq.manage',
    query: `mutation { updateFaqEntry(input: { id: "${NO_ID}", version: 1, question: "Hvad nu?", answer: "Sådan.", category: "X", ownerTeam: FAMILIEPLEJE }) { id } }`,
  },
  archiveFaqEntry: {
    operation: 'faq.manage',
    query: `mutation { archiveFaqEntry(id: "${NO_ID}", version: 1) { id } }`,
  },
  faqSynonyms: { operation: 'faq.synonym.list', query: `{ faqSynonyms { id } }` },
  saveFaqSynonym: {
    operation: 'faq.synonym.manage',
    query: `mutation { saveFaqSynonym(input: { term: "", synonyms: [] }) { id } }`,
  },
  deleteFaqSynonym: {
    operation: 'faq.synonym.manage',
    query: `mutation { deleteFaqSynonym(id: "${NO_ID}") }`,
  },
  // Teams: every signed-in role works on its own link only.
  createTeamsLinkCode: {
    operation: 'teams.linkCode',
    query: `mutation { createTeamsLinkCode { expiresAt } }`,
  },
  teamsLink: { operation: 'teams.status', query: `{ teamsLink { linked } }` },
  unlinkTeams: { operation: 'teams.unlink', query: `mutation { unlinkTeams }` },
  rateFaqAnswer: {
    operation: 'faq.ask',
    query: `mutation { rateFaqAnswer(questionId: "${NO_ID}", helpful: true, entryId: "${NO_ID}") { helpful } }`,
  },
  askConsultant: {
    operation: 'faq.ticket.ask',
    query: `mutation { askConsultant(input: { questionId: "${NO_ID}" }) { id } }`,
  },
  myFaqTickets: { operation: 'faq.ticket.ask', query: `{ myFaqTickets { id } }` },
  faqTickets: { operation: 'faq.ticket.queue', query: `{ faqTickets { id } }` },
  faqTicketConsultants: {
    operation: 'faq.ticket.queue',
    query: `{ faqTicketConsultants(team: MYNDIGHED) { id } }`,
  },
  takeFaqTicket: { operation: 'faq.ticket.work', query: `mutation { takeFaqTicket(id: "${NO_ID}") { id } }` },
  assignFaqTicket: {
    operation: 'faq.ticket.work',
    query: `mutation { assignFaqTicket(id: "${NO_ID}", assigneeId: null) { id } }`,
  },
  answerFaqTicket: {
    operation: 'faq.ticket.work',
    query: `mutation { answerFaqTicket(id: "${NO_ID}", answer: "Et svar på dansk.") { id } }`,
  },
  closeFaqTicket: {
    operation: 'faq.ticket.work',
    query: `mutation { closeFaqTicket(id: "${NO_ID}") { id } }`,
  },
  createFaqEntryFromTicket: {
    operation: 'faq.ticket.work',
    query: `mutation { createFaqEntryFromTicket(ticketId: "${NO_ID}") { entry { id } } }`,
  },
  faqImprovementReport: {
    operation: 'faq.report',
    query: `{ faqImprovementReport(from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z") { questions } }`,
  },
  faqPhrasingSuggestions: { operation: 'faq.report', query: `{ faqPhrasingSuggestions { questionId } }` },
  acceptFaqPhrasing: {
    operation: 'faq.manage',
    query: `mutation { acceptFaqPhrasing(questionId: "${NO_ID}") { id } }`,
  },
  dismissFaqPhrasing: {
    operation: 'faq.manage',
    query: `mutation { dismissFaqPhrasing(questionId: "${NO_ID}") }`,
  },
};

const aarhusUserOf = (role: Role) => DEMO_USERS.find((u) => u.role === role && u.municipalityCode === '751');

describe('permission table walked over real GraphQL, role by operation', () => {
  let api: TestApi;
  let ids: Ids;
  const tokens = new Map<Role, string>();

  beforeAll(async () => {
    api = await startApiForTest();
    for (const role of Object.values(Role)) {
      const user = aarhusUserOf(role);
      if (!user) throw new Error(`demo data lacks an Aarhus ${role}`);
      tokens.set(role, await loginToken(api.url, user.email));
    }
    const [m] = await api.dataSource.query(`SELECT id FROM municipality WHERE code = '751'`);
    const [u] = await api.dataSource.query(
      `SELECT id FROM app_user WHERE email = 'sagsbehandler@aarhus.example'`,
    );
    ids = { aarhusId: m.id, aarhusUserId: u.id };
  });
  afterAll(() => api.close());

  it('lists every root operation of the schema, and only table entries that exist', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const roots = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
    ].sort();
    expect(Object.keys(SAMPLES).sort()).toEqual(roots);
    for (const s of Object.values(SAMPLES)) expect(PERMISSIONS).toHaveProperty([s.operation]);
  });

  const cases = Object.entries(SAMPLES).flatMap(([field, sample]) =>
    [...Object.values(Role), 'ANONYMOUS' as const].map((role) => [field, role, sample] as const),
  );

  it.each(cases)('%s as %s is allowed exactly when the table says so', async (_field, role, sample) => {
    const rule = PERMISSIONS[sample.operation];
    const token = role === 'ANONYMOUS' ? undefined : tokens.get(role);
    const r = await gql(api.url, sample.query, sample.variables?.(ids) ?? {}, { token });
    const code = r.errors?.[0]?.extensions?.code;
    if (rule === 'PUBLIC') {
      expect(['FORBIDDEN']).not.toContain(code);
    } else if (role === 'ANONYMOUS') {
      expect(code).toBe('UNAUTHENTICATED');
    } else if ((rule as readonly Role[]).includes(role)) {
      expect(['FORBIDDEN', 'UNAUTHENTICATED']).not.toContain(code);
    } else {
      expect(code).toBe('FORBIDDEN');
      // A refused nullable root field answers `{ field: null }`; a non-null one nulls the whole data.
      expect(Object.values(r.data ?? {}).filter((v) => v !== null)).toEqual([]);
    }
  });
});

describe('municipality isolation: a user of one municipality cannot read or change another’s rows', () => {
  let api: TestApi;
  let norddjurs: string;
  let aarhus: string;
  let aarhusUserId: string;
  let norddjursUserId: string;
  beforeAll(async () => {
    api = await startApiForTest();
    norddjurs = await loginToken(api.url, 'familiekonsulent@norddjurs.example');
    aarhus = await loginToken(api.url, 'familiekonsulent@aarhus.example');
    aarhusUserId = (
      await api.dataSource.query(`SELECT id FROM app_user WHERE email = 'sagsbehandler@aarhus.example'`)
    )[0].id;
    norddjursUserId = (
      await api.dataSource.query(`SELECT id FROM app_user WHERE email = 'sagsbehandler@norddjurs.example'`)
    )[0].id;
  });
  afterAll(() => api.close());

  const USERS = `query($m: ID) { users(first: 100, municipalityId: $m) { edges { node { id email municipality { code } } } } }`;

  it('lists only the own municipality’s users', async () => {
    const r = await gql<{ users: { edges: Array<{ node: { municipality: { code: string } } }> } }>(
      api.url,
      USERS,
      {},
      { token: norddjurs },
    );
    const codes = new Set(r.data?.users.edges.map((e) => e.node.municipality.code));
    expect([...codes]).toEqual(['707']);
  });

  it('refuses to list another municipality by id', async () => {
    const [m] = await api.dataSource.query(`SELECT id FROM municipality WHERE code = '751'`);
    const r = await gql(api.url, USERS, { m: m.id }, { token: norddjurs });
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND for another municipality’s user by id, in both directions', async () => {
    const q = `query($id: ID!) { user(id: $id) { id email } }`;
    expect(
      (await gql(api.url, q, { id: aarhusUserId }, { token: norddjurs })).errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
    expect(
      (await gql(api.url, q, { id: norddjursUserId }, { token: aarhus })).errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await gql(api.url, q, { id: aarhusUserId }, { token: aarhus })).data).toBeTruthy();
  });

  it('audits sensitive reads with actor and municipality, without personal data', async () => {
    await gql(api.url, USERS, {}, { token: aarhus });
    const rows = await api.dataSource.query(
      `SELECT actor_user_id, municipality_id, details FROM audit_event WHERE action = 'READ' AND entity = 'user'`,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toMatch(/@/);
  });
});
