import { useEffect } from 'react';
import { useI18n } from './i18n/i18n-context';
import { AppLayout } from './layout/app-layout';
import { PublicLayout } from './layout/public-layout';
import { landingPath, navItemFor } from './navigation';
import { AdminMunicipalitiesPage } from './pages/admin-municipalities-page';
import { AdminUsersPage } from './pages/admin-users-page';
import { LoginPage } from './pages/login-page';
import { NotFoundPage } from './pages/not-found-page';
import { UnderDevelopmentPage } from './pages/under-development-page';
import { useRouter } from './routing/router';
import { useSession, type SessionUser } from './session/session-context';

// Pages that exist today; every other navigation entry is a placeholder until its issue lands.
const builtPages: Record<string, () => React.JSX.Element> = {
  '/admin/kommuner': AdminMunicipalitiesPage,
  '/admin/brugere': AdminUsersPage,
};

function AuthenticatedApp({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const { path, navigate } = useRouter();
  const { logout } = useSession();

  useEffect(() => {
    if (path === '/') navigate(landingPath(user.role), { replace: true });
  }, [path, user.role, navigate]);

  const onLogout = () => {
    void logout().then(() => navigate('/', { replace: true }));
  };

  // A path outside the role's menu answers "not found", so the menu of other roles is not revealed.
  const item = navItemFor(user.role, path);
  const Page = item ? builtPages[item.path] : undefined;
  let content: React.JSX.Element | null;
  if (path === '/') content = null;
  else if (!item) content = <NotFoundPage />;
  else if (Page) content = <Page />;
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
    return (
      <PublicLayout>
        <LoginPage />
      </PublicLayout>
    );
  }
  return <AuthenticatedApp user={session.user} />;
}
