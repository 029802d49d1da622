import { TextPage } from '../components/text-page';
import { useI18n } from '../i18n/i18n-context';

export function TermsPage() {
  const { t } = useI18n();
  return <TextPage content={t.terms} testId="terms-page" />;
}
