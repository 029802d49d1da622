import { Role } from '../users/role';

const {
  APPLICANT,
  FOSTER_PARENT,
  FAMILY_CONSULTANT,
  CASEWORKER,
  NETWORK_CONSULTANT,
  LEARNING_CONSULTANT,
  ADMIN,
} = Role;
const EVERY_ROLE = Object.values(Role);
const MUNICIPAL_STAFF = [FAMILY_CONSULTANT, CASEWORKER, NETWORK_CONSULTANT, LEARNING_CONSULTANT];

/**
 * Role-by-operation table: the single place that says who may do what. Every GraphQL operation names its
 * entry with @Permission(...); `PUBLIC` needs no login. A test walks every entry against every role.
 */
export const PERMISSIONS = {
  'auth.login': 'PUBLIC',
  'auth.refresh': 'PUBLIC',
  'auth.logout': 'PUBLIC',
  'config.public': 'PUBLIC',
  'user.me': EVERY_ROLE,
  'user.list': [...MUNICIPAL_STAFF, ADMIN],
  'user.get': [...MUNICIPAL_STAFF, ADMIN],
  'user.createStaff': [ADMIN],
  'user.setActive': [ADMIN],
  'municipality.list': [ADMIN],
  'municipality.create': [ADMIN],
  'audit.list': [ADMIN],
  // Recruitment: applicants apply and follow their application; family-care consultants run the pipeline.
  'recruitment.register': 'PUBLIC',
  'recruitment.municipalities': 'PUBLIC',
  'application.mine': [APPLICANT, FOSTER_PARENT],
  'application.saveDraft': [APPLICANT],
  'application.submit': [APPLICANT],
  'application.withdraw': [APPLICANT, FAMILY_CONSULTANT],
  'application.message': [APPLICANT, FOSTER_PARENT, FAMILY_CONSULTANT],
  'application.exportMine': [APPLICANT, FOSTER_PARENT],
  'application.document.upload': [APPLICANT, FAMILY_CONSULTANT],
  'application.document.read': [APPLICANT, FOSTER_PARENT, FAMILY_CONSULTANT],
  'application.document.delete': [APPLICANT, FAMILY_CONSULTANT],
  'application.document.expiry': [FAMILY_CONSULTANT],
  'application.list': [FAMILY_CONSULTANT],
  'application.get': [FAMILY_CONSULTANT],
  'application.transition': [FAMILY_CONSULTANT],
  'application.assign': [FAMILY_CONSULTANT],
  'application.approve': [FAMILY_CONSULTANT],
  'application.requirement.update': [FAMILY_CONSULTANT],
  'recruitment.analytics': [FAMILY_CONSULTANT],
  'recruitmentEvent.listPublic': 'PUBLIC',
  'recruitmentEvent.mine': [APPLICANT, FOSTER_PARENT],
  'recruitmentEvent.signUp': [APPLICANT],
  'recruitmentEvent.cancelSignup': [APPLICANT],
  'recruitmentEvent.list': [FAMILY_CONSULTANT],
  'recruitmentEvent.manage': [FAMILY_CONSULTANT],
  'recruitmentEvent.attendance': [FAMILY_CONSULTANT],
  'homeVisit.manage': [FAMILY_CONSULTANT],
  'calendar.invitation': [APPLICANT, FOSTER_PARENT, FAMILY_CONSULTANT],
  'fosterFamily.list': [FAMILY_CONSULTANT, CASEWORKER],
  'fosterFamily.get': [FAMILY_CONSULTANT, CASEWORKER],
  'fosterFamily.mine': [FOSTER_PARENT],
  'fosterFamily.updateVacancies': [FOSTER_PARENT, FAMILY_CONSULTANT],
  'fosterFamily.update': [FAMILY_CONSULTANT],
  // Matching: caseworkers enter needs and suggest families; family-care consultants run batches and decide.
  'matching.vocabulary': [CASEWORKER, FAMILY_CONSULTANT, FOSTER_PARENT],
  'placementNeed.list': [CASEWORKER, FAMILY_CONSULTANT],
  'placementNeed.get': [CASEWORKER, FAMILY_CONSULTANT],
  'placementNeed.create': [CASEWORKER],
  'placementNeed.update': [CASEWORKER],
  'placementNeed.cancel': [CASEWORKER],
  'matching.rank': [CASEWORKER, FAMILY_CONSULTANT],
  'matching.networkOptions': [CASEWORKER, FAMILY_CONSULTANT],
  'matching.propose': [CASEWORKER, FAMILY_CONSULTANT],
  'matching.batch': [FAMILY_CONSULTANT],
  'matching.proposals': [CASEWORKER, FAMILY_CONSULTANT],
  'matching.decide': [FAMILY_CONSULTANT],
  'matching.weights': [CASEWORKER, FAMILY_CONSULTANT],
  'matching.weights.update': [FAMILY_CONSULTANT],
  'familyProfile.get': [CASEWORKER, FAMILY_CONSULTANT],
  'familyProfile.updateOwn': [FAMILY_CONSULTANT, FOSTER_PARENT],
  'familyProfile.assess': [FAMILY_CONSULTANT],
  'familyProfile.mine': [FOSTER_PARENT],
  'placement.list': [CASEWORKER, FAMILY_CONSULTANT],
  'placement.end': [CASEWORKER],
  'placement.outcomes': [CASEWORKER, FAMILY_CONSULTANT],
  // Relief: foster parents book and their relief families answer; caseworkers grant; consultants run it all.
  'relief.search': [FOSTER_PARENT, CASEWORKER, FAMILY_CONSULTANT],
  'relief.bookings': [FOSTER_PARENT, CASEWORKER, FAMILY_CONSULTANT],
  'relief.book': [FOSTER_PARENT, CASEWORKER, FAMILY_CONSULTANT],
  'relief.respond': [FOSTER_PARENT, FAMILY_CONSULTANT],
  'relief.cancel': [FOSTER_PARENT, CASEWORKER, FAMILY_CONSULTANT],
  'relief.complete': [FOSTER_PARENT, FAMILY_CONSULTANT],
  'relief.acute': [FAMILY_CONSULTANT],
  'relief.grant.set': [CASEWORKER],
  'relief.grant.list': [CASEWORKER, FAMILY_CONSULTANT],
  'relief.overview': [CASEWORKER, FAMILY_CONSULTANT],
  'relief.provider.list': [CASEWORKER, FAMILY_CONSULTANT],
  'relief.provider.manage': [FAMILY_CONSULTANT],
  'relief.blocked.manage': [FOSTER_PARENT, FAMILY_CONSULTANT],
  'relief.mine': [FOSTER_PARENT],
  // Scarce dates: the consultant opens a request window and shares the places out; families ask inside it.
  'relief.window.list': [FOSTER_PARENT, CASEWORKER, FAMILY_CONSULTANT],
  'relief.window.requests': [FOSTER_PARENT, CASEWORKER, FAMILY_CONSULTANT],
  'relief.window.request': [FOSTER_PARENT, CASEWORKER, FAMILY_CONSULTANT],
  'relief.window.open': [FAMILY_CONSULTANT],
  'relief.window.allocate': [FAMILY_CONSULTANT],
  // Calendar feeds: a foster parent for the own family or relief family; consultants for anyone.
  'relief.feed.list': [FOSTER_PARENT, FAMILY_CONSULTANT],
  'relief.feed.manage': [FOSTER_PARENT, FAMILY_CONSULTANT],
  // Learning (initiative 10): foster parents, caseworkers and family-care consultants ask; learning consultants
  // work the queue (they may also register a request taken by phone). There is no lead role: the lead is a setting.
  'learning.vocabulary': [FOSTER_PARENT, CASEWORKER, FAMILY_CONSULTANT, LEARNING_CONSULTANT],
  'learning.request.create': [FOSTER_PARENT, CASEWORKER, FAMILY_CONSULTANT, LEARNING_CONSULTANT],
  'learning.request.mine': [FOSTER_PARENT, CASEWORKER, FAMILY_CONSULTANT, LEARNING_CONSULTANT],
  'learning.request.message': [FOSTER_PARENT, CASEWORKER, FAMILY_CONSULTANT, LEARNING_CONSULTANT],
  'learning.attachment.upload': [FOSTER_PARENT, CASEWORKER, FAMILY_CONSULTANT, LEARNING_CONSULTANT],
  'learning.attachment.read': [FOSTER_PARENT, CASEWORKER, FAMILY_CONSULTANT, LEARNING_CONSULTANT],
  'learning.queue': [LEARNING_CONSULTANT],
  'learning.request.get': [LEARNING_CONSULTANT],
  'learning.work': [LEARNING_CONSULTANT],
  'learning.dashboard': [LEARNING_CONSULTANT],
  'learning.settings': [LEARNING_CONSULTANT],
  // Network groups: the network consultant runs them; foster families see their own, consent, ask, pause, leave;
  // caseworkers consent where the case requires it and may record must-not pairs.
  'peerGroup.list': [NETWORK_CONSULTANT],
  'peerGroup.get': [NETWORK_CONSULTANT],
  'peerGroup.manage': [NETWORK_CONSULTANT],
  'peerGroup.children': [NETWORK_CONSULTANT, CASEWORKER],
  'peerGroup.registerChild': [NETWORK_CONSULTANT],
  'peerGroup.fosterFamilies': [NETWORK_CONSULTANT],
  'peerGroup.consentRule': [NETWORK_CONSULTANT, CASEWORKER],
  'peerGroup.mustNot': [NETWORK_CONSULTANT, CASEWORKER],
  'peerGroup.mateHistory': [NETWORK_CONSULTANT],
  'peerGroup.invite': [NETWORK_CONSULTANT],
  'peerGroup.compose': [NETWORK_CONSULTANT],
  'peerGroup.attendance': [NETWORK_CONSULTANT],
  'peerGroup.metrics': [NETWORK_CONSULTANT],
  'peerGroup.mine': [FOSTER_PARENT],
  'peerGroup.open': [FOSTER_PARENT],
  'peerGroup.request': [FOSTER_PARENT],
  'peerGroup.consent': [FOSTER_PARENT, CASEWORKER],
  'peerGroup.consentsAwaiting': [CASEWORKER],
  'peerGroup.pauseLeave': [FOSTER_PARENT, NETWORK_CONSULTANT],
  // FAQ: everyone in the municipality asks and reads active entries; family-care consultants keep the base.
  'faq.ask': [APPLICANT, FOSTER_PARENT, ...MUNICIPAL_STAFF],
  'faq.list': [APPLICANT, FOSTER_PARENT, ...MUNICIPAL_STAFF],
  'faq.history': [FAMILY_CONSULTANT],
  'faq.manage': [FAMILY_CONSULTANT],
  'faq.synonym.list': [FAMILY_CONSULTANT],
  'faq.synonym.manage': [FAMILY_CONSULTANT],
  // Teams: anyone signed in may link their own account to Teams, see the link and remove it.
  'teams.linkCode': EVERY_ROLE,
  'teams.status': EVERY_ROLE,
  'teams.unlink': EVERY_ROLE,
  // "Spørg en konsulent": applicants and foster parents ask; the consultants of the answering team work the
  // queue (the service narrows each role to its own teams); family-care consultants read the improvement report.
  'faq.ticket.ask': [APPLICANT, FOSTER_PARENT],
  'faq.ticket.queue': [FAMILY_CONSULTANT, LEARNING_CONSULTANT, NETWORK_CONSULTANT, CASEWORKER],
  'faq.ticket.work': [FAMILY_CONSULTANT, LEARNING_CONSULTANT, NETWORK_CONSULTANT, CASEWORKER],
  'faq.report': [FAMILY_CONSULTANT],
} as const satisfies Record<string, 'PUBLIC' | readonly Role[]>;

export type Operation = keyof typeof PERMISSIONS;

export function isAllowed(operation: Operation, role: Role | undefined): boolean {
  const rule = PERMISSIONS[operation];
  if (rule === 'PUBLIC') return true;
  return role !== undefined && (rule as readonly Role[]).includes(role);
}
