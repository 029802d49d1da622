import { Icon } from '../components/icon';
import { PageHeading } from '../components/page-heading';
import { useI18n } from '../i18n/i18n-context';

/** Honest placeholder for features that later issues build: no invented data. */
export function UnderDevelopmentPage({ title }: { title: string }) {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={title} />
      <div className="alert alert-info" data-testid="under-development">
        <Icon name="info" className="alert-icon" />
        <div className="alert-body">
          <h2 className="alert-heading">{t.underDevelopment.heading}</h2>
          <p className="alert-text">{t.underDevelopment.text}</p>
        </div>
      </div>
    </>
  );
}
