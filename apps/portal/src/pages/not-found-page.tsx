import { PageHeading } from '../components/page-heading';
import { useI18n } from '../i18n/i18n-context';
import { Link } from '../routing/router';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t.notFound.title} />
      <p>{t.notFound.text}</p>
      <p>
        <Link to="/">{t.notFound.back}</Link>
      </p>
    </>
  );
}
