import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { ReliefCalendarFeedOwnerKind } from '../../gql/graphql';
import {
  CreateReliefCalendarFeedDocument,
  ReliefCalendarFeedsDocument,
  RevokeReliefCalendarFeedDocument,
} from '../../graphql/relief.operations';
import { useI18n } from '../../i18n/i18n-context';
import { Alert } from '../recruitment/alerts';
import { reliefErrorOf } from './relief-error';
import { formatDateTime } from './relief-time';

/**
 * The .ics subscription for one calendar (the family's own, or the relief family's). The secret link is shown
 * once, right after it is made; afterwards only that a subscription exists, and a way to stop it.
 */
export function CalendarFeeds({
  ownerKind,
  ownerId,
}: {
  ownerKind: ReliefCalendarFeedOwnerKind;
  ownerId: string;
}) {
  const { t } = useI18n();
  const texts = t.relief.feeds;
  const feeds = useQuery(ReliefCalendarFeedsDocument, { fetchPolicy: 'cache-and-network' });
  const [create, creating] = useMutation(CreateReliefCalendarFeedDocument);
  const [revoke] = useMutation(RevokeReliefCalendarFeedDocument);
  const [url, setUrl] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const mine = (feeds.data?.reliefCalendarFeeds ?? []).filter(
    (feed) => feed.ownerKind === ownerKind && feed.ownerId === ownerId && !feed.revokedAt,
  );
  const inputId = `feed-url-${ownerKind}`;

  const onCreate = async () => {
    setError(null);
    setMessage(null);
    try {
      const result = await create({ variables: { ownerKind, ownerId } });
      setUrl(result.data?.createReliefCalendarFeed.url ?? null);
      void feeds.refetch();
    } catch (caught) {
      setError(reliefErrorOf(caught, t).message);
    }
  };
  const onRevoke = async (id: string) => {
    setError(null);
    try {
      await revoke({ variables: { id } });
      setUrl(null);
      setMessage(texts.revoked);
      void feeds.refetch();
    } catch (caught) {
      setError(reliefErrorOf(caught, t).message);
    }
  };

  return (
    <section aria-labelledby={`feeds-${ownerKind}`} data-testid="relief-feeds">
      <h2 id={`feeds-${ownerKind}`}>{texts.heading}</h2>
      <p>{texts.intro}</p>
      {error ? <Alert kind="error">{error}</Alert> : null}
      {message ? <Alert kind="success">{message}</Alert> : null}
      {url ? (
        <div className="form-group">
          <label className="form-label" htmlFor={inputId}>
            {texts.link}
          </label>
          <span className="form-hint" id={`${inputId}-hint`}>
            {texts.linkHint}
          </span>
          <input
            id={inputId}
            className="form-input relief-feed-url"
            readOnly
            value={url}
            aria-describedby={`${inputId}-hint`}
            onFocus={(event) => event.target.select()}
            data-testid="relief-feed-url"
          />
        </div>
      ) : null}
      {mine.length ? (
        <ul className="nobullet-list">
          {mine.map((feed) => (
            <li key={feed.id}>
              {texts.since(formatDateTime(feed.createdAt as string))}{' '}
              <button
                type="button"
                className="button button-secondary"
                onClick={() => void onRevoke(feed.id)}
              >
                {texts.revoke}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <button
        type="button"
        className="button button-secondary"
        disabled={creating.loading}
        onClick={() => void onCreate()}
      >
        {mine.length ? texts.createAnother : texts.create}
      </button>
    </section>
  );
}
