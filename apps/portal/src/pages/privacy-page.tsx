import { TextPage } from '../components/text-page';
import { useI18n } from '../i18n/i18n-context';

export function PrivacyPage() {
  const { t } = useI18n();
  return <TextPage content={t.privacy} testId="privacy-page" />;
}
