import { UnderDevelopmentPage } from '../under-development-page';
import { useI18n } from '../../i18n/i18n-context';

/**
 * The knowledge base's "Henvendelser" (ticket queue) and "Forbedringer" (unanswered and 👎 questions) parts.
 * Another branch builds them; at merge these two exports are pointed at its components. Contract: each gets the
 * path after `/vidensbase/henvendelser/` (or `/forbedringer/`) as `subPath` and renders its own h1 (PageHeading);
 * the knowledge base page renders the tab bar (a nav) above it, as on its own pages.
 */
export type FaqSubpage = (props: { subPath: string }) => React.JSX.Element;

export const FaqTicketsSubpage: FaqSubpage = () => {
  const { t } = useI18n();
  return <UnderDevelopmentPage title={t.faq.tabs.tickets} />;
};

export const FaqImprovementsSubpage: FaqSubpage = () => {
  const { t } = useI18n();
  return <UnderDevelopmentPage title={t.faq.tabs.improvements} />;
};
