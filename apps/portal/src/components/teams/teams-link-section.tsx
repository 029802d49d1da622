import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Alert } from '../recruitment/alerts';
import { Dialog } from '../recruitment/dialog';
import '../recruitment/recruitment.css';
import { toApiError } from '../../graphql/api-error';
import type { CreateTeamsLinkCodeMutation } from '../../gql/graphql';
import {
  CreateTeamsLinkCodeDocument,
  TeamsLinkDocument,
  UnlinkTeamsDocument,
} from '../../graphql/teams.operations';
import { useI18n } from '../../i18n/i18n-context';
import './teams.css';

type LinkCode = CreateTeamsLinkCodeMutation['createTeamsLinkCode'];

const dateTime = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'Europe/Copenhagen',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const time = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'Europe/Copenhagen',
  hour: '2-digit',
  minute: '2-digit',
});

/**
 * "Forbind med Teams" for the signed-in user's own account: a one-time code for the bot ("forbind 123456"), the
 * link's status, and removing it after confirmation. The code lives only in this component's state: the api
 * stores a hash, so it can be shown once and never fetched again.
 */
export function TeamsLinkSection({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useI18n();
  const texts = t.teams;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const [code, setCode] = useState<LinkCode | null>(null);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const codeRef = useRef<HTMLParagraphElement>(null);
  const status = useQuery(TeamsLinkDocument, {
    fetchPolicy: 'cache-and-network',
    // While a code is on screen the parent is typing it in Teams: notice the link without a reload.
    pollInterval: code ? 5_000 : 0,
  });
  const [create, creating] = useMutation(CreateTeamsLinkCodeDocument);
  const [unlink, unlinking] = useMutation(UnlinkTeamsDocument);
  const link = status.data?.teamsLink;

  // A linked account needs no code any more; an expired one is useless.
  useEffect(() => {
    if (link?.linked) setCode(null);
  }, [link?.linked]);
  useEffect(() => {
    if (code) codeRef.current?.focus();
  }, [code]);

  const onCreate = async () => {
    setMessage(null);
    try {
      const result = await create();
      if (result.data) setCode(result.data.createTeamsLinkCode);
    } catch (caught) {
      setMessage({ kind: 'error', text: t.errors[toApiError(caught).code] });
    }
  };

  const onUnlink = async () => {
    setConfirming(false);
    setMessage(null);
    try {
      const result = await unlink();
      setCode(null);
      setMessage({
        kind: 'success',
        text: result.data?.unlinkTeams ? texts.unlinked : texts.nothingToUnlink,
      });
      await status.refetch();
    } catch (caught) {
      setMessage({ kind: 'error', text: t.errors[toApiError(caught).code] });
    }
  };

  return (
    <section className="teams-link" aria-labelledby="teams-link-heading" data-testid="teams-link">
      <Heading id="teams-link-heading">{texts.title}</Heading>
      <p>{texts.intro}</p>
      <div aria-live="polite">
        {message ? (
          <Alert kind={message.kind} testId="teams-link-message">
            {message.text}
          </Alert>
        ) : null}
      </div>
      {status.error && !status.data ? (
        <Alert kind="error">{t.errors[toApiError(status.error).code]}</Alert>
      ) : null}
      {!link && !status.error ? <p>{t.common.loading}</p> : null}
      {link?.linked ? (
        <>
          <p data-testid="teams-link-status">
            {texts.linked(link.linkedAt ? dateTime.format(new Date(link.linkedAt as string)) : '')}
          </p>
          <p>{link.reachable ? texts.reachable : texts.notReachable}</p>
          <button
            type="button"
            className="button button-secondary"
            disabled={unlinking.loading}
            onClick={() => setConfirming(true)}
          >
            {texts.unlink}
          </button>
        </>
      ) : null}
      {link && !link.linked ? (
        <>
          <p data-testid="teams-link-status">{texts.notLinked}</p>
          {code ? (
            <div className="teams-link-code" data-testid="teams-link-code">
              <p className="h4 mb-0">{texts.codeHeading}</p>
              <p className="teams-code" ref={codeRef} tabIndex={-1}>
                {code.code}
              </p>
              <p className="mt-0" data-testid="teams-link-instruction">
                <strong>{code.instruction}</strong>
              </p>
              <p data-testid="teams-link-expires">
                {texts.expires(time.format(new Date(code.expiresAt as string)))} {texts.codeOnce}
              </p>
              <p>{texts.waiting}</p>
            </div>
          ) : null}
          <p>
            <button
              type="button"
              className="button button-primary"
              disabled={creating.loading}
              onClick={() => void onCreate()}
            >
              {creating.loading ? texts.creating : code ? texts.newCode : texts.createCode}
            </button>{' '}
            {code ? (
              <button type="button" className="button button-secondary" onClick={() => void status.refetch()}>
                {texts.checkStatus}
              </button>
            ) : null}
          </p>
        </>
      ) : null}
      {confirming ? (
        <Dialog title={texts.unlinkTitle} onClose={() => setConfirming(false)} testId="teams-unlink-dialog">
          <p>{texts.unlinkText}</p>
          <button type="button" className="button button-primary" onClick={() => void onUnlink()}>
            {texts.unlinkConfirm}
          </button>{' '}
          <button type="button" className="button button-secondary" onClick={() => setConfirming(false)}>
            {texts.cancel}
          </button>
        </Dialog>
      ) : null}
    </section>
  );
}
