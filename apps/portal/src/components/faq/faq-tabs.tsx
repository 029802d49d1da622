import { useI18n } from '../../i18n/i18n-context';
import { Link } from '../../routing/router';

export const knowledgeBasePath = '/vidensbase';

export type FaqTab = 'entries' | 'synonyms' | 'tickets' | 'improvements';

const tabPaths: Record<FaqTab, string> = {
  entries: knowledgeBasePath,
  synonyms: `${knowledgeBasePath}/synonymer`,
  tickets: `${knowledgeBasePath}/henvendelser`,
  improvements: `${knowledgeBasePath}/forbedringer`,
};

/** The knowledge base's parts as DKFDS tab navigation: plain links, so each part has its own address. */
export function FaqTabs({ current }: { current: FaqTab }) {
  const { t } = useI18n();
  return (
    <nav className="tab-container faq-tabs" aria-label={t.faq.tabs.label}>
      <ul className="tab-list">
        {(Object.keys(tabPaths) as FaqTab[]).map((tab) => (
          <li key={tab}>
            <Link
              to={tabPaths[tab]}
              className="tab-button"
              aria-current={tab === current ? 'page' : undefined}
            >
              <span>{t.faq.tabs[tab]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
