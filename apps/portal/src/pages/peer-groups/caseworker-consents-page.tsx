import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Checkbox } from '../../components/form-fields';
import { PageHeading } from '../../components/page-heading';
import { peerErrorOf } from '../../components/peer-groups/peer-error';
import { ageOf } from '../../components/peer-groups/peer-format';
import '../../components/peer-groups/peer-groups.css';
import { Alert } from '../../components/recruitment/alerts';
import {
  CaseworkerPeerConsentsDocument,
  CaseworkerRespondToPeerInvitationDocument,
  SetPeerCaseworkerConsentRequiredDocument,
} from '../../graphql/staff-gaps.operations';
import { useI18n } from '../../i18n/i18n-context';

/**
 * `/netvaerksgrupper` for the caseworker: invitations waiting for the caseworker's consent (give or refuse) and,
 * per child, whether the case requires that consent at all.
 */
export function CaseworkerConsentsPage() {
  const { t } = useI18n();
  const texts = t.staffGaps.caseworker;
  const data = useQuery(CaseworkerPeerConsentsDocument, { fetchPolicy: 'cache-and-network' });
  const [respond] = useMutation(CaseworkerRespondToPeerInvitationDocument);
  const [setRule] = useMutation(SetPeerCaseworkerConsentRequiredDocument);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const childLabel = (firstName: string | null | undefined, birthDate: string | null | undefined) => {
    const age = ageOf(birthDate);
    return age === null ? (firstName ?? '') : `${firstName ?? ''} (${t.peerGroups.years(age)})`;
  };

  const run = async (action: () => Promise<unknown>, done: string) => {
    setMessage(null);
    setError(null);
    setBusy(true);
    try {
      await action();
      setMessage(done);
      setConfirming(null);
      await data.refetch();
    } catch (caught) {
      setError(peerErrorOf(caught, t).message);
    } finally {
      setBusy(false);
    }
  };

  const awaiting = data.data?.peerConsentsAwaiting ?? [];
  const children = data.data?.peerChildren ?? [];
  return (
    <>
      <PageHeading title={t.peerGroups.title} />
      <p>{texts.intro}</p>
      <div aria-live="polite">{message ? <Alert kind="success">{message}</Alert> : null}</div>
      {error ? <Alert kind="error">{error}</Alert> : null}
      {data.error && !data.data ? <Alert kind="error">{t.peerGroups.loadFailed}</Alert> : null}

      <section aria-labelledby="cw-awaiting">
        <h2 id="cw-awaiting">{texts.awaitingTitle}</h2>
        {data.data && awaiting.length === 0 ? <p>{texts.awaitingNone}</p> : null}
        {awaiting.length ? (
          <div className="peer-table-wrap">
            <table className="table table--compact" data-testid="cw-consents">
              <caption className="sr-only">{texts.awaitingCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{texts.columns.child}</th>
                  <th scope="col">{texts.columns.group}</th>
                  <th scope="col">{texts.columns.family}</th>
                  <th scope="col">{texts.columns.actions}</th>
                </tr>
              </thead>
              <tbody>
                {awaiting.map((m) => {
                  const child = m.participant?.firstName ?? '';
                  const group = m.group?.name ?? '';
                  return (
                    <tr key={m.id}>
                      <th scope="row">{childLabel(m.participant?.firstName, m.participant?.birthDate)}</th>
                      <td>
                        {group}
                        {m.group?.areaName ? `, ${m.group.areaName}` : ''}
                      </td>
                      <td>{m.familyConsentAt ? texts.familyGiven : texts.familyMissing}</td>
                      <td>
                        {confirming === m.id ? (
                          <span className="peer-inline">
                            <button
                              type="button"
                              className="button button-secondary"
                              disabled={busy}
                              onClick={() =>
                                void run(
                                  () => respond({ variables: { membershipId: m.id, consent: false } }),
                                  texts.refused(child),
                                )
                              }
                            >
                              {texts.confirmRefuse(child)}
                            </button>{' '}
                            <button
                              type="button"
                              className="button button-tertiary"
                              onClick={() => setConfirming(null)}
                            >
                              {texts.keep}
                            </button>
                          </span>
                        ) : (
                          <span className="peer-inline">
                            <button
                              type="button"
                              className="button button-primary"
                              disabled={busy}
                              onClick={() =>
                                void run(
                                  () => respond({ variables: { membershipId: m.id, consent: true } }),
                                  texts.given(child),
                                )
                              }
                            >
                              {texts.give(child, group)}
                            </button>{' '}
                            <button
                              type="button"
                              className="button button-secondary"
                              disabled={busy}
                              onClick={() => setConfirming(m.id)}
                            >
                              {texts.refuse(child, group)}
                            </button>
                          </span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="cw-rules">
        <h2 id="cw-rules">{texts.rulesTitle}</h2>
        <p>{texts.rulesIntro}</p>
        {data.data && children.length === 0 ? <p>{texts.rulesNone}</p> : null}
        <ul className="nobullet-list" data-testid="cw-rules">
          {children.map((c) => {
            const name = childLabel(c.firstName, c.birthDate);
            return (
              <li key={c.id}>
                <Checkbox
                  id={`cw-rule-${c.id}`}
                  label={texts.requiresConsent(name)}
                  checked={c.caseworkerConsentRequired}
                  disabled={busy}
                  onChange={(e) => {
                    const required = e.target.checked;
                    void run(
                      () => setRule({ variables: { participantId: c.id, required } }),
                      required ? texts.ruleOn(c.firstName ?? '') : texts.ruleOff(c.firstName ?? ''),
                    );
                  }}
                />
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}
