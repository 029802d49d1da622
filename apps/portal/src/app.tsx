import { useEffect } from 'react';
import { useI18n } from './i18n/i18n-context';
import { AppLayout } from './layout/app-layout';
import { PublicLayout } from './layout/public-layout';
import {
  landingPath,
  navItemFor,
  publicPageLinks,
  subPathOf,
  type NavItem,
  type PublicPageLink,
} from './navigation';
import { AccessibilityPage } from './pages/accessibility-page';
import { AdminMunicipalitiesPage } from './pages/admin-municipalities-page';
import { AdminUsersPage } from './pages/admin-users-page';
import { LoginPage } from './pages/login-page';
import { NotFoundPage } from './pages/not-found-page';
import { ApplicationPage } from './pages/application/application-page';
import {
  BecomeFosterFamilyPage,
  becomeFosterFamilyPath,
} from './pages/application/become-foster-family-page';
import { MyFosterFamilyPage } from './pages/application/my-foster-family-page';
import { AskPage } from './pages/faq/ask-page';
import { KnowledgeBasePage } from './pages/faq/knowledge-base-page';
import { FaqReportPage } from './pages/faq-tickets/faq-report-page';
import { FaqTicketsPage } from './pages/faq-tickets/faq-tickets-page';
import { LearningDashboardPage } from './pages/learning/learning-dashboard-page';
import { LearningQueuePage } from './pages/learning/learning-queue-page';
import { SchoolSupportPage } from './pages/learning/school-support-page';
import { MatchProposalsPage } from './pages/matching/match-proposals-page';
import { MatchingPage } from './pages/matching/matching-page';
import { PeerGroupsPage } from './pages/peer-groups/peer-groups-page';
import { PrivacyPage } from './pages/privacy-page';
import { ReliefGrantsPage } from './pages/relief/relief-grants-page';
import { ReliefPage } from './pages/relief/relief-page';
import { AnalyticsPage } from './pages/recruitment/analytics-page';
import { ApplicationsPage } from './pages/recruitment/applications-page';
import { EventsPage } from './pages/recruitment/events-page';
import { FosterFamiliesPage } from './pages/recruitment/foster-families-page';
import { TermsPage } from './pages/terms-page';
import { UnderDevelopmentPage } from './pages/under-development-page';
import { useRouter } from './routing/router';
import { useSession, type SessionUser } from './session/session-context';

/** A page under a menu item; `subPath` is what follows the item's path ('' or e.g. an id). */
export type PageComponent = (props: { subPath: string }) => React.JSX.Element;

// Pages that exist today; every other navigation entry is a placeholder until its issue lands.
const builtPages: Record<string, PageComponent> = {
  '/admin/kommuner': AdminMunicipalitiesPage,
  '/admin/brugere': AdminUsersPage,
  '/ansoegninger': ApplicationsPage,
  '/plejefamilier': FosterFamiliesPage,
  '/arrangementer': EventsPage,
  '/rekrutteringstal': AnalyticsPage,
  '/ansoegning': ApplicationPage,
  '/min-familie': MyFosterFamilyPage,
  '/matchning': MatchingPage,
  '/matchforslag': MatchProposalsPage,
  '/aflastning': ReliefPage,
  '/aflastningsbevillinger': ReliefGrantsPage,
  '/skolestoette': SchoolSupportPage,
  '/laeringskoe': LearningQueuePage,
  '/overblik': LearningDashboardPage,
  '/netvaerksgrupper': PeerGroupsPage,
  '/vidensbase': KnowledgeBasePage,
  '/spoergsmaal': AskPage,
  '/vidensbase/henvendelser': FaqTicketsPage,
  '/vidensbase/forbedringer': FaqReportPage,
};

/**
 * The page for a path under a menu item: a built sub-page of its own (`/vidensbase/henvendelser`) wins over
 * the menu item's page, which otherwise gets the rest of the path as `subPath`.
 */
function pageFor(item: NavItem, path: string): { Page?: PageComponent; subPath: string } {
  const own = Object.keys(builtPages)
    .filter((p) => p.startsWith(`${item.path}/`) && (path === p || path.startsWith(`${p}/`)))
    .sort((a, b) => b.length - a.length)[0];
  if (own) return { Page: builtPages[own], subPath: path === own ? '' : path.slice(own.length + 1) };
  return { Page: builtPages[item.path], subPath: subPathOf(item, path) };
}

// Public pages render for everyone, inside whichever layout fits the session.
const publicPages: Record<PublicPageLink['label'], () => React.JSX.Element> = {
  privacy: PrivacyPage,
  terms: TermsPage,
  accessibility: AccessibilityPage,
};

function publicPageFor(path: string): (() => React.JSX.Element) | undefined {
  // Becoming a foster family starts before there is an account; it is not a footer link like the others.
  if (path === becomeFosterFamilyPath) return BecomeFosterFamilyPage;
  const link = publicPageLinks.find((candidate) => candidate.path === path);
  return link ? publicPages[link.label] : undefined;
}

// The login page's own path: the OIDC callback sends failed sign-ins to /login?fejl=oidc.
const loginPath = '/login';

function AuthenticatedApp({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const { path, navigate } = useRouter();
  const { logout } = useSession();

  // After a login from /login (e.g. a password login after a failed OIDC attempt) the role's start page follows.
  const redirectsToLanding = path === '/' || path === loginPath;
  useEffect(() => {
    if (redirectsToLanding) navigate(landingPath(user.role), { replace: true });
  }, [redirectsToLanding, user.role, navigate]);

  const onLogout = () => {
    void logout().then(() => navigate('/', { replace: true }));
  };

  // A path outside the role's menu answers "not found", so the menu of other roles is not revealed.
  const item = navItemFor(user.role, path);
  const { Page, subPath } = item ? pageFor(item, path) : { Page: undefined, subPath: '' };
  const PublicPage = publicPageFor(path);
  let content: React.JSX.Element | null;
  if (redirectsToLanding) content = null;
  else if (PublicPage) content = <PublicPage />;
  else if (!item) content = <NotFoundPage />;
  else if (Page) content = <Page subPath={subPath} />;
  else content = <UnderDevelopmentPage title={t.nav[item.label]} />;

  return (
    <AppLayout user={user} onLogout={onLogout}>
      {content}
    </AppLayout>
  );
}

export function App() {
  const { t } = useI18n();
  const { session } = useSession();
  const { path } = useRouter();

  if (session.status === 'restoring') {
    // Deliberately not the login form: a working refresh cookie must not flash the login page.
    return (
      <PublicLayout>
        <div className="spinner-box mt-8">
          <div className="spinner" aria-hidden="true" />
          <div className="spinner-status" role="status">
            {t.common.restoringSession}
          </div>
        </div>
      </PublicLayout>
    );
  }
  if (session.status === 'anonymous') {
    // Every other path asks for a login, as before: an anonymous visitor learns nothing about the app's pages.
    const PublicPage = publicPageFor(path);
    return <PublicLayout>{PublicPage ? <PublicPage /> : <LoginPage />}</PublicLayout>;
  }
  return <AuthenticatedApp user={session.user} />;
}
