import type { Role } from './gql/graphql';
import type { Catalogue } from './i18n/da';

export type NavKey = keyof Catalogue['nav'];

export interface NavItem {
  path: string;
  label: Exclude<NavKey, 'label'>;
}

// Side navigation per role. The first item is the role's landing page.
export const navigationByRole: Record<Role, readonly NavItem[]> = {
  APPLICANT: [
    { path: '/ansoegning', label: 'myApplication' },
    { path: '/spoergsmaal', label: 'questions' },
  ],
  FOSTER_PARENT: [
    { path: '/min-familie', label: 'myFosterFamily' },
    { path: '/aflastning', label: 'relief' },
    { path: '/netvaerksgrupper', label: 'peerGroups' },
    { path: '/skolestoette', label: 'schoolSupport' },
    { path: '/spoergsmaal', label: 'questions' },
  ],
  FAMILY_CONSULTANT: [
    { path: '/ansoegninger', label: 'applications' },
    { path: '/plejefamilier', label: 'fosterFamilies' },
    { path: '/matchforslag', label: 'matchProposals' },
    { path: '/arrangementer', label: 'recruitmentEvents' },
    { path: '/rekrutteringstal', label: 'recruitmentAnalytics' },
    { path: '/aflastning', label: 'relief' },
    { path: '/skolestoette', label: 'schoolSupport' },
    { path: '/vidensbase', label: 'knowledgeBase' },
  ],
  CASEWORKER: [
    { path: '/matchning', label: 'matching' },
    { path: '/aflastningsbevillinger', label: 'reliefGrants' },
    { path: '/netvaerksgrupper', label: 'peerGroups' },
    { path: '/skolestoette', label: 'schoolSupport' },
    { path: '/vidensbase/henvendelser', label: 'faqTickets' },
  ],
  NETWORK_CONSULTANT: [
    { path: '/netvaerksgrupper', label: 'peerGroups' },
    { path: '/vidensbase/henvendelser', label: 'faqTickets' },
  ],
  LEARNING_CONSULTANT: [
    { path: '/laeringskoe', label: 'learningQueue' },
    { path: '/overblik', label: 'overview' },
    { path: '/vidensbase/henvendelser', label: 'faqTickets' },
  ],
  ADMIN: [
    { path: '/admin/kommuner', label: 'municipalities' },
    { path: '/admin/brugere', label: 'users' },
  ],
};

export function landingPath(role: Role): string {
  return navigationByRole[role][0]?.path ?? '/';
}

/** The menu item a path belongs to: its own path or a sub-page of it (`/ansoegninger/<id>`). */
export function navItemFor(role: Role, path: string): NavItem | undefined {
  return navigationByRole[role].find((item) => item.path === path || path.startsWith(`${item.path}/`));
}

/** The part of the path below the menu item: '' on the item's own page, '<id>' on `/ansoegninger/<id>`. */
export function subPathOf(item: NavItem, path: string): string {
  return path === item.path ? '' : path.slice(item.path.length + 1);
}

export interface PublicPageLink {
  path: string;
  label: 'privacy' | 'terms' | 'accessibility';
}

// Open to everyone, with or without a session: the footer and the Teams app manifest link to them.
export const publicPageLinks: readonly PublicPageLink[] = [
  { path: '/privatlivspolitik', label: 'privacy' },
  { path: '/vilkaar', label: 'terms' },
  { path: '/tilgaengelighed', label: 'accessibility' },
];
