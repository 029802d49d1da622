import { useI18n } from '../../i18n/i18n-context';

/** What the search result list needs of a hit (both the family's and the consultant's search return more). */
export interface SearchHit {
  provider: { id: string; name: string };
  /** Earlier stays of this child there: above 0 marks the child's usual relief place. */
  continuity: number;
}

/** The relief places a search found, the child's usual one marked, each with its own "book" button. */
export function SearchHits({
  hits,
  disabled,
  onBook,
}: {
  hits: readonly SearchHit[];
  disabled: boolean;
  onBook(providerId: string, name: string): void;
}) {
  const { t } = useI18n();
  const texts = t.relief.fosterParent;
  return (
    <>
      <h3>{texts.results}</h3>
      {hits.length === 0 ? (
        <p>{texts.noResults}</p>
      ) : (
        <ul className="nobullet-list">
          {hits.map((hit) => (
            <li key={hit.provider.id} className="relief-list-item" data-testid="relief-hit">
              <strong>{hit.provider.name}</strong>
              {hit.continuity > 0 ? <span className="relief-usual"> – {texts.usual}</span> : null}
              <br />
              <button
                type="button"
                className="button button-primary"
                disabled={disabled}
                onClick={() => onBook(hit.provider.id, hit.provider.name)}
              >
                {texts.book(hit.provider.name)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
