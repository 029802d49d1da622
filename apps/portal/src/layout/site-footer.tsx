import { useI18n } from '../i18n/i18n-context';

export function SiteFooter() {
  const { t } = useI18n();
  return (
    <footer>
      <div className="footer">
        <div className="container">
          <div className="row">
            <div className="col-12 col-md-6 footer-col">
              <h2 className="h5">{t.meta.appName}</h2>
              <p>{t.footer.about}</p>
            </div>
            <div className="col-12 col-md-6 footer-col">
              <h2 className="h5">{t.footer.contactHeading}</h2>
              <p>{t.footer.contactText}</p>
            </div>
          </div>
        </div>
      </div>
    </footer>
  );
}
