import type { ReactNode } from 'react';
import { Icon } from '../components/icon';
import { useI18n } from '../i18n/i18n-context';
import { navigationByRole } from '../navigation';
import { Link, useRouter } from '../routing/router';
import type { SessionUser } from '../session/session-context';
import { LanguageSwitcher } from './language-switcher';
import { SiteFooter } from './site-footer';

interface AppLayoutProps {
  user: SessionUser;
  onLogout(): void;
  children: ReactNode;
}

/** Layout after login: DKFDS portal header with the user, the role's side navigation and the page. */
export function AppLayout({ user, onLogout, children }: AppLayoutProps) {
  const { t } = useI18n();
  const { path } = useRouter();
  const roleName = t.roles[user.role];
  const userInfo = t.header.userInfo(user.municipality.name, roleName);

  const logoutButton = (
    <button type="button" className="function-link d-print-none log-off" onClick={onLogout}>
      <Icon name="lock" />
      {t.header.logout}
    </button>
  );

  return (
    <>
      <a className="skipnav" href="#main-content">
        {t.common.skipToContent}
      </a>
      <LanguageSwitcher />
      <header className="header">
        <div className="portal-info">
          <div className="portal-info-inner container">
            <div className="portal-user" data-testid="portal-user">
              <p className="user">
                <span className="user-name">{user.name}</span>, {userInfo}
              </p>
              {logoutButton}
            </div>
          </div>
        </div>
        {/* DKFDS hides portal-user below 992 px and expects it in the mobile menu; our menu is the side nav. */}
        <div className="portal-info-mobile">
          <h2 className="sr-only">{t.header.userRegion}</h2>
          <p className="user">
            <span className="mb-3">{user.name}</span>
            <span>{userInfo}</span>
          </p>
          <p>{logoutButton}</p>
        </div>
        <div className="solution-info">
          <div className="solution-info-inner container">
            <div className="solution-heading">
              <Link to="/">{t.meta.appName}</Link>
            </div>
            <div className="additional-info">
              <p>
                <strong className="authority-name">{user.municipality.name}</strong>
              </p>
              <p>{roleName}</p>
            </div>
          </div>
        </div>
      </header>
      <div className="container page-container">
        <div className="row">
          <aside className="col-12 col-lg-3 sidebar-col">
            <nav aria-label={t.nav.label}>
              <ul className="sidemenu">
                {navigationByRole[user.role].map((item) => {
                  const current = item.path === path;
                  return (
                    <li key={item.path} className={current ? 'active current' : undefined}>
                      <Link to={item.path} className="nav-link" aria-current={current ? 'page' : undefined}>
                        <span>{t.nav[item.label]}</span>
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </nav>
          </aside>
          <main id="main-content" className="col-12 col-lg-9" tabIndex={-1}>
            {children}
          </main>
        </div>
      </div>
      <SiteFooter />
    </>
  );
}
