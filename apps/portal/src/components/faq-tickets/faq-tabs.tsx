import { useI18n } from '../../i18n/i18n-context';
import { Link, useRouter } from '../../routing/router';
import './faq-tickets.css';

export const knowledgeBasePath = '/vidensbase';
export const faqTicketsPath = '/vidensbase/henvendelser';
export const faqReportPath = '/vidensbase/forbedringer';

/**
 * The knowledge base's sub-pages as links (the family-care consultants' three views). Plain links with
 * aria-current, so they work without script and each view has its own address.
 */
export function FaqTabs() {
  const { t } = useI18n();
  const { path } = useRouter();
  const tabs = [
    { to: knowledgeBasePath, label: t.faqTickets.tabs.knowledgeBase },
    { to: faqTicketsPath, label: t.faqTickets.tabs.tickets },
    { to: faqReportPath, label: t.faqTickets.tabs.report },
  ];
  return (
    <nav aria-label={t.faqTickets.tabs.label} className="faq-tabs" data-testid="faq-tabs">
      <ul>
        {tabs.map((tab) => (
          <li key={tab.to}>
            <Link to={tab.to} aria-current={path === tab.to ? 'page' : undefined}>
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
