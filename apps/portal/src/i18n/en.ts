import { applicationEn } from '../components/application/i18n/en';
import type { Catalogue } from './da';
import { matchingEn } from '../components/matching/matching-texts.en';
import { peerGroupsEn } from '../components/peer-groups/peer-texts.en';
import { reliefEn } from '../components/relief/relief-texts.en';
import { learningEn } from '../components/learning/learning-texts.en';
import { faqEn } from '../components/faq/faq-texts.en';
import { faqTicketsEn } from '../components/faq-tickets/faq-tickets-texts.en';
import { teamsEn } from '../components/teams/teams-texts.en';
import { staffGapsEn } from '../components/staff-gaps/staff-gaps-texts.en';
import { recruitmentEn } from '../components/recruitment/recruitment-texts.en';
import { textPage } from './text-page';

// Second language. Typed as Catalogue so a missing or extra key fails the type-check.
export const en: Catalogue = {
  meta: {
    languageName: 'English',
    appName: 'Plejeportalen',
    titleSuffix: 'Plejeportalen',
  },
  common: {
    skipToContent: 'Skip to main content',
    loading: 'Loading …',
    restoringSession: 'Restoring your session …',
    required: '(*required)',
    optional: '(optional)',
    errorPrefix: 'Error:',
    errorSummaryHeading: 'There is a problem',
    save: 'Save',
    showMore: 'Show more',
    showTable: 'Show as a table',
    yes: 'Yes',
    no: 'No',
  },
  language: {
    switchLabel: 'Choose language',
    da: 'Dansk',
    en: 'English',
  },
  header: {
    logout: 'Log out',
    userInfo: (municipality: string, role: string) => `${municipality} · ${role}`,
    userRegion: 'User',
  },
  footer: {
    contactHeading: 'Contact',
    contactText:
      'If you have questions, contact your municipality. You can always call and talk to a person.',
    about: 'Plejeportalen supports the recruitment of and support for foster families.',
    linksHeading: 'About the portal',
    privacy: 'Privacy policy',
    terms: 'Terms of use',
    accessibility: 'Accessibility statement',
  },
  nav: {
    label: 'Side menu',
    myApplication: 'My application',
    myFosterFamily: 'My foster family',
    relief: 'Respite care',
    peerGroups: 'Network groups',
    schoolSupport: 'School support',
    questions: 'Questions',
    applications: 'Applications',
    fosterFamilies: 'Foster families',
    recruitmentEvents: 'Meetings and courses',
    recruitmentAnalytics: 'Recruitment figures',
    knowledgeBase: 'Knowledge base',
    faqTickets: 'Questions from families',
    matching: 'Matching',
    matchProposals: 'Match proposals',
    reliefGrants: 'Respite grants',
    learningQueue: 'Learning queue',
    overview: 'Overview',
    municipalities: 'Municipalities',
    users: 'Users',
  },
  roles: {
    APPLICANT: 'Applicant',
    FOSTER_PARENT: 'Foster parent',
    FAMILY_CONSULTANT: 'Family consultant',
    CASEWORKER: 'Caseworker',
    NETWORK_CONSULTANT: 'Network consultant',
    LEARNING_CONSULTANT: 'Learning consultant',
    ADMIN: 'Administrator',
  },
  login: {
    title: 'Log in',
    intro: 'Log in with your email and password.',
    email: 'Email',
    password: 'Password',
    submit: 'Log in',
    submitting: 'Logging in …',
    orgAccount: 'Log in with your organisation account',
    orgAccountIntro: 'If you work for a municipality, you can log in with your organisation account.',
    emailMissing: 'Enter your email.',
    emailInvalid: 'Enter a valid email, e.g. name@municipality.dk.',
    passwordMissing: 'Enter your password.',
    wrongCredentials: 'The email or password is wrong. Try again.',
    rateLimited: 'Too many login attempts. Wait a few minutes and try again.',
    oidcFailed:
      'We could not log you in with your organisation account. Contact your administrator if you believe you should have access.',
  },
  underDevelopment: {
    heading: 'This part of the portal is under development',
    text: 'This page is not ready yet. If you need help now, contact your municipality.',
  },
  privacy: textPage({
    title: 'Privacy policy',
    lead: 'This page explains which information Plejeportalen processes, why it is processed, and what rights you have.',
    completeNotice:
      'The municipality must complete this text with its contact details and its data protection officer (DPO) before the portal goes live.',
    sections: [
      {
        heading: 'Who is responsible for your information',
        paragraphs: [
          'Your municipality is the data controller for the information processed in Plejeportalen. This means that the municipality decides what the information is used for and who gets access to it.',
          'Plejeportalen is an IT system that the municipality uses to recruit and support foster families.',
        ],
      },
      {
        heading: 'What information the portal processes',
        paragraphs: ['The portal processes these kinds of information:'],
        items: [
          'Information about you as a user: name, e-mail, your role in the portal and the municipality you belong to.',
          'Information about applications, foster families, relief care, peer groups and school support that you or the municipality’s staff enter in the portal.',
          'Information about children and young people in foster care and about their families, when it is needed for the task.',
          'A log of who has read or changed sensitive information, and when.',
        ],
      },
      {
        heading: 'Sensitive information',
        paragraphs: [
          'Information about children and families can concern, for example, health and social circumstances. Under the General Data Protection Regulation (GDPR) it belongs to the special categories of personal data, which need particular protection.',
          'Only the information that the task requires should therefore be entered in the portal.',
        ],
      },
      {
        heading: 'What the information is used for',
        paragraphs: [
          'The municipality uses the information to recruit and support foster families, to plan relief care, peer groups and school support for children and young people in foster care, and to contact you.',
        ],
      },
      {
        heading: 'Who can see the information',
        paragraphs: [
          'The information belongs to your municipality. The portal gives access only to staff in your municipality, and each staff member sees only what their role gives access to.',
          'The portal’s administrators can see user accounts (name, e-mail, role and municipality) so that they can create and manage access.',
          'The portal logs who reads or changes sensitive information, and when. This lets the municipality check that the information is used only by those who need it.',
        ],
      },
      {
        heading: 'Cookies and storage in your browser',
        paragraphs: [
          'Plejeportalen uses only the cookies needed for you to log in and stay logged in. The portal does not use cookies for statistics or marketing. Your choice of language is stored in your browser.',
          'If you use Plejeportalen in Microsoft Teams, your messages pass through Microsoft Teams. The municipality can tell you how the information is processed there.',
        ],
      },
      {
        heading: 'How long the information is kept',
        paragraphs: [
          'The municipality keeps the information for as long as the task requires it and according to the retention rules the municipality must follow. Contact the municipality to find out how long your information is kept.',
        ],
      },
      {
        heading: 'Your rights',
        paragraphs: ['Under the General Data Protection Regulation you have, among others, these rights:'],
        items: [
          'Right of access: you can find out what information the municipality processes about you.',
          'Right to rectification: you can have incorrect information about you corrected.',
          'Right to erasure: you can ask to have information about you deleted. The right does not always apply, for example not when the municipality is obliged to keep the information.',
        ],
      },
      {
        heading: 'Complaints to Datatilsynet',
        paragraphs: [
          'If you are unhappy with the way your information is processed, you can complain to Datatilsynet, the Danish Data Protection Agency. You can find its contact details at datatilsynet.dk.',
        ],
      },
      {
        heading: 'Contact',
        paragraphs: [
          'If you want to use your rights or have questions about how your information is processed, contact your municipality or its data protection officer.',
        ],
      },
    ],
  }),
  terms: textPage({
    title: 'Terms of use',
    lead: 'These terms apply when you use Plejeportalen in the browser and in Microsoft Teams.',
    completeNotice:
      'The municipality must complete these terms with its contact details before the portal goes live.',
    sections: [
      {
        heading: 'What Plejeportalen is',
        paragraphs: [
          'Plejeportalen is the municipality’s digital service for recruiting and supporting foster families. The municipality is responsible for the portal and for the information in it.',
        ],
      },
      {
        heading: 'Your login',
        paragraphs: [
          'You log in with your e-mail and password. If you work for the municipality, you can also log in with your organisation account.',
          'Your login is personal. Do not share it, and log out when you are done on a computer that others also use. If you think someone else knows your password, contact the municipality.',
        ],
      },
      {
        heading: 'Using the information',
        paragraphs: [
          'Use the information you see in the portal only for the purpose you were given access for. Treat information about children and families as confidential.',
          'Enter only the information that is needed. Do not enter CPR numbers or health information in fields that do not ask for them.',
        ],
      },
      {
        heading: 'Logging',
        paragraphs: [
          'The portal logs who reads or changes sensitive information, and when. The municipality uses the log to check that the information is used only by those who need it.',
        ],
      },
      {
        heading: 'Operation and changes',
        paragraphs: [
          'The portal may be unavailable for short periods, for example while it is being updated. If you need help in the meantime, contact the municipality another way.',
          'The municipality may change these terms. The current version is always on this page.',
        ],
      },
      {
        heading: 'Your information',
        paragraphs: ['You can read how your information is processed in the privacy policy.'],
      },
      {
        heading: 'Contact',
        paragraphs: ['If you have questions about these terms, contact your municipality.'],
      },
    ],
  }),
  accessibility: textPage({
    title: 'Accessibility statement',
    lead: 'Plejeportalen should be usable by everyone, including people who use a screen reader, magnification or only a keyboard.',
    completeNotice:
      'The municipality must publish the official accessibility statement for Plejeportalen through was.digst.dk before the portal goes live.',
    sections: [
      {
        heading: 'Accessibility target',
        paragraphs: [
          'Plejeportalen is developed with the aim of meeting the WCAG 2.1 standard at level AA.',
          'The portal is built on Det Fælles Designsystem (DKFDS), the design system used by Danish public self-service solutions.',
        ],
      },
      {
        heading: 'How the portal is tested',
        paragraphs: [
          'Every change to the portal is tested automatically in a browser with the axe tool. A change is not accepted if the test finds serious errors.',
          'Automated tests do not find every problem. The portal must therefore also be evaluated manually before the municipality completes the official statement.',
        ],
      },
      {
        heading: 'The official statement',
        paragraphs: [
          'Public authorities must publish an accessibility statement for their websites. The municipality completes and publishes the statement for Plejeportalen through the Danish Agency for Digital Government’s service at was.digst.dk. The statement also describes the known problems.',
        ],
      },
      {
        heading: 'Report a problem',
        paragraphs: [
          'If you have trouble using the portal, or need the information in another form, contact your municipality.',
        ],
      },
    ],
  }),
  notFound: {
    title: 'Page not found',
    text: 'We could not find the page you are looking for.',
    back: 'Go to the front page',
  },
  municipalities: {
    title: 'Municipalities',
    listHeading: 'All municipalities',
    code: 'Municipality code',
    codeHint: 'Three digits, e.g. 751.',
    name: 'Name',
    phone: 'Phone',
    createdAt: 'Created',
    none: 'There are no municipalities yet.',
    createHeading: 'Create municipality',
    create: 'Create municipality',
    creating: 'Creating …',
    created: (name: string) => `The municipality ${name} has been created.`,
    codeMissing: 'Enter the municipality code.',
    nameMissing: 'Enter the name of the municipality.',
    codeTaken: 'A municipality with this code already exists.',
  },
  users: {
    title: 'Users',
    listHeading: 'All users',
    name: 'Name',
    email: 'Email',
    role: 'Role',
    municipality: 'Municipality',
    active: 'Active',
    none: 'There are no users yet.',
    createHeading: 'Create staff member',
    create: 'Create staff member',
    creating: 'Creating …',
    created: (name: string) => `The staff member ${name} has been created.`,
    password: 'Temporary password',
    passwordHint: 'At least 12 characters. Hand it to the staff member securely.',
    chooseMunicipality: 'Choose municipality',
    chooseRole: 'Choose role',
    municipalityMissing: 'Choose a municipality.',
    nameMissing: 'Enter the name of the staff member.',
    emailMissing: 'Enter the email of the staff member.',
    emailInvalid: 'Enter a valid email, e.g. name@municipality.dk.',
    roleMissing: 'Choose a role.',
    passwordMissing: 'Enter a temporary password.',
    emailTaken: 'A user with this email already exists.',
    shown: (shown: number) => `Showing ${shown} users.`,
  },
  recruitment: recruitmentEn,
  application: applicationEn,
  matching: matchingEn,
  relief: reliefEn,
  learning: learningEn,
  peerGroups: peerGroupsEn,
  faq: faqEn,
  faqTickets: faqTicketsEn,
  teams: teamsEn,
  staffGaps: staffGapsEn,
  errors: {
    UNAUTHENTICATED: 'You are not logged in. Please log in again.',
    FORBIDDEN: 'You do not have access to do this.',
    BAD_USER_INPUT: 'Some of the information is not filled in correctly.',
    NOT_FOUND: 'What you are looking for does not exist.',
    CONFLICT: 'This information already exists.',
    RATE_LIMITED: 'Too many attempts right now. Wait a moment and try again.',
    INTERNAL: 'Something went wrong on our side. Try again shortly.',
    NETWORK: 'We cannot reach Plejeportalen. Check your connection and try again.',
    loadFailed: 'The information could not be loaded.',
  },
};
