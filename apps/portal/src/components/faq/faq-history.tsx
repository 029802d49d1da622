import { useQuery } from '@apollo/client/react';
import { FaqEntryHistoryDocument } from '../../graphql/faq.operations';
import { useI18n } from '../../i18n/i18n-context';
import { AnswerText } from './answer-text';
import { formatFaqTime } from './faq-format';

/** Who changed which fields when, newest first, each version's content one click away. */
export function FaqHistory({ entryId }: { entryId: string }) {
  const { t } = useI18n();
  const texts = t.faq.history;
  // Saves and archiving refetch this query (refetchQueries), so it follows the page.
  const history = useQuery(FaqEntryHistoryDocument, {
    variables: { id: entryId },
    fetchPolicy: 'cache-and-network',
  });
  const versions = history.data?.faqEntryHistory ?? [];
  return (
    <section aria-labelledby="faq-history-heading" data-testid="faq-history">
      <h2 id="faq-history-heading">{texts.heading}</h2>
      {history.data && versions.length === 0 ? <p>{texts.none}</p> : null}
      <ol className="nobullet-list">
        {versions.map((v) => (
          <li key={v.id} className="faq-list-item" data-testid="faq-history-item">
            <strong>
              {texts.version(v.version)} · {texts.actions[v.action] ?? v.action}
            </strong>{' '}
            – {formatFaqTime(v.changedAt)}{' '}
            {v.changedBy === null
              ? texts.bySeed
              : v.changedByName
                ? texts.by(v.changedByName)
                : texts.byUnknown}
            {v.changedFields.length ? (
              <>
                <br />
                <span className="faq-meta">
                  {texts.fields(v.changedFields.map((f) => t.faq.fieldNames[f] ?? f).join(', '))}
                </span>
              </>
            ) : null}
            <details className="details mt-3">
              <summary className="details-summary">{texts.show}</summary>
              <div className="details-text">
                <p>
                  <strong>{v.snapshot.question}</strong>
                </p>
                <AnswerText answer={v.snapshot.answer} />
              </div>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
