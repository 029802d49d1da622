import { useI18n } from '../i18n/i18n-context';
import { publicPageLinks } from '../navigation';
import { Link, useRouter } from '../routing/router';

/** DKFDS footer: about, contact, and the public pages every visitor must be able to reach. */
export function SiteFooter() {
  const { t } = useI18n();
  const { path } = useRouter();
  return (
    <footer>
      <div className="footer">
        <div className="container">
          <div className="row">
            <div className="col-12 col-md-4 footer-col">
              <h2 className="h5">{t.meta.appName}</h2>
              <p>{t.footer.about}</p>
            </div>
            <div className="col-12 col-md-4 footer-col">
              <h2 className="h5">{t.footer.contactHeading}</h2>
              <p>{t.footer.contactText}</p>
            </div>
            <div className="col-12 col-md-4 footer-col">
              <h2 className="h5">{t.footer.linksHeading}</h2>
              <ul className="unstyled-list footer-links">
                {publicPageLinks.map((link) => (
                  <li key={link.path}>
                    <Link
                      to={link.path}
                      className="function-link"
                      aria-current={link.path === path ? 'page' : undefined}
                    >
                      {t.footer[link.label]}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </div>
      </div>
    </footer>
  );
}
