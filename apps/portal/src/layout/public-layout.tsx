import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { LanguageSwitcher } from './language-switcher';
import { SiteFooter } from './site-footer';

/** Layout before login: DKFDS header with the solution name only. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <>
      <a className="skipnav" href="#main-content">
        {t.common.skipToContent}
      </a>
      <LanguageSwitcher />
      <header className="header">
        <div className="solution-info">
          <div className="solution-info-inner container">
            <div className="solution-heading">
              <a href="/">{t.meta.appName}</a>
            </div>
          </div>
        </div>
      </header>
      <div className="container page-container">
        <div className="row">
          <main id="main-content" className="col-12 col-lg-8" tabIndex={-1}>
            {children}
          </main>
        </div>
      </div>
      <SiteFooter />
    </>
  );
}
