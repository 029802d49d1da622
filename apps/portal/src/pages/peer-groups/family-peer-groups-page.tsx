import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorSummary, type SummaryError } from '../../components/error-summary';
import { SelectField, TextField } from '../../components/form-fields';
import { PageHeading } from '../../components/page-heading';
import { peerErrorOf } from '../../components/peer-groups/peer-error';
import {
  addDaysIso,
  clock,
  longDate,
  participantName,
  shortDay,
  todayIso,
} from '../../components/peer-groups/peer-format';
import '../../components/peer-groups/peer-groups.css';
import { Alert } from '../../components/recruitment/alerts';
import type { MyPeerGroupsQuery } from '../../gql/graphql';
import {
  LeavePeerMembershipDocument,
  MyPeerGroupsDocument,
  PausePeerMembershipDocument,
  RequestPeerGroupPlaceDocument,
  RespondToPeerInvitationDocument,
} from '../../graphql/peer-groups.operations';
import { useI18n } from '../../i18n/i18n-context';

type Mine = MyPeerGroupsQuery['myPeerGroups'][number];

function MyGroupCard({ mine, onChanged }: { mine: Mine; onChanged(message: string): void }) {
  const { t } = useI18n();
  const texts = t.peerGroups.family;
  const { membership: m, group } = mine;
  const name = participantName(m.participant, texts.familyItself);
  const [respond, responding] = useMutation(RespondToPeerInvitationDocument);
  const [pause, pausing] = useMutation(PausePeerMembershipDocument);
  const [leave, leaving] = useMutation(LeavePeerMembershipDocument);
  const [until, setUntil] = useState('');
  const [pauseError, setPauseError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [confirmLeave, setConfirmLeave] = useState(false);
  const prefix = `mine-${m.id}`;
  const awaitingFamily = (m.status === 'INVITED' || m.status === 'WAITLISTED') && !m.familyConsentAt;

  const run = async (work: () => Promise<unknown>, message: string) => {
    setError(null);
    try {
      await work();
      onChanged(message);
    } catch (caught) {
      const failure = peerErrorOf(caught, t);
      if (failure.fields['until']) setPauseError(failure.fields['until']);
      else setError(failure.message);
    }
  };
  const onPause = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!until || until <= todayIso()) return setPauseError(texts.pauseMissing);
    setPauseError(undefined);
    void run(() => pause({ variables: { membershipId: m.id, until } }), texts.paused);
  };

  let state: string = t.peerGroups.memberStatuses[m.status];
  if (m.status === 'WAITLISTED') state = texts.waitlist(mine.waitlistPosition ?? null);
  if (m.status === 'PAUSED' && m.pausedUntil)
    state = t.peerGroups.detail.pausedUntil(shortDay(m.pausedUntil));
  return (
    <li className="peer-card" data-testid="peer-my-group">
      <h2 className="h3">{group.name}</h2>
      <p>
        <strong>{name}</strong> · <span data-testid="peer-my-state">{state}</span>
        {group.areaName ? ` · ${group.areaName}` : ''}
      </p>
      {error ? <Alert kind="error">{error}</Alert> : null}
      {awaitingFamily ? (
        <div role="group" aria-labelledby={`${prefix}-q`}>
          <p id={`${prefix}-q`}>
            <strong>{texts.consentQuestion(name, group.name)}</strong>
          </p>
          <p className="form-hint">{texts.consentHint}</p>
          <div className="peer-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={responding.loading}
              onClick={() =>
                void run(() => respond({ variables: { membershipId: m.id, consent: true } }), texts.saidYes)
              }
            >
              {texts.yes(name)}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={responding.loading}
              onClick={() =>
                void run(() => respond({ variables: { membershipId: m.id, consent: false } }), texts.saidNo)
              }
            >
              {texts.no(name)}
            </button>
          </div>
        </div>
      ) : null}
      {m.status === 'INVITED' &&
      m.familyConsentAt &&
      m.caseworkerConsentRequired &&
      !m.caseworkerConsentAt ? (
        <p>
          {texts.consentGiven} {texts.awaitingCaseworker}
        </p>
      ) : null}
      {m.status !== 'WAITLISTED' ? (
        <>
          <h3 className="h4">{texts.nextMeetings}</h3>
          {mine.nextSessions.filter((s) => !s.cancelledAt).length === 0 ? (
            <p>{texts.noMeetings}</p>
          ) : (
            <ul className="nobullet-list" data-testid="peer-next-meetings">
              {mine.nextSessions.map((s) => (
                <li key={s.id} className="peer-item">
                  {s.cancelledAt ? (
                    <>
                      <s>{longDate(s.startsAt)}</s> – {t.peerGroups.sessions.cancelled(s.cancelReason ?? '')}
                    </>
                  ) : (
                    <>
                      <strong>{texts.meeting(longDate(s.startsAt), clock(s.startsAt), s.place)}</strong>
                      {s.transportNote ? (
                        <>
                          <br />
                          {texts.transport}: {s.transportNote}
                        </>
                      ) : null}
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
      {m.status === 'ACTIVE' ? (
        <details className="details">
          <summary className="details-summary">{texts.pause}</summary>
          <div className="details-text">
            <form noValidate onSubmit={onPause}>
              <TextField
                id={`${prefix}-until`}
                type="date"
                label={texts.pauseUntil}
                hint={texts.pauseHint}
                error={pauseError}
                value={until}
                min={addDaysIso(todayIso(), 1)}
                onChange={(e) => setUntil(e.target.value)}
              />
              <button type="submit" className="button button-primary" disabled={pausing.loading}>
                {texts.pauseButton(name)}
              </button>
            </form>
          </div>
        </details>
      ) : null}
      {m.status !== 'WAITLISTED' || m.familyConsentAt ? (
        confirmLeave ? (
          <div role="group" aria-labelledby={`${prefix}-leave`}>
            <p id={`${prefix}-leave`}>{texts.leaveConfirm(name, group.name)}</p>
            <div className="peer-actions">
              <button
                type="button"
                className="button button-primary"
                disabled={leaving.loading}
                onClick={() => void run(() => leave({ variables: { membershipId: m.id } }), texts.leftDone)}
              >
                {texts.leaveYes}
              </button>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => setConfirmLeave(false)}
              >
                {texts.leaveNo}
              </button>
            </div>
          </div>
        ) : awaitingFamily ? null : (
          <button type="button" className="button button-tertiary" onClick={() => setConfirmLeave(true)}>
            {texts.leave(name)}
          </button>
        )
      ) : null}
    </li>
  );
}

function AskForPlace({ data, onAsked }: { data: MyPeerGroupsQuery; onAsked(message: string): void }) {
  const { t } = useI18n();
  const texts = t.peerGroups.family;
  const [request, requesting] = useMutation(RequestPeerGroupPlaceDocument);
  const [who, setWho] = useState('');
  const [groupId, setGroupId] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const participants = data.myPeerParticipants;
  const participant = participants.find((p) => p.id === who);
  // Only groups for the right audience; the api checks the age band and says so in Danish.
  const groups = data.openPeerGroups.filter(
    (o) => !participant || (participant.kind === 'CHILD') === (o.group.audience === 'CHILDREN'),
  );
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    const found: Record<string, string> = {};
    if (!who) found['ask-who'] = texts.askWhoMissing;
    if (!groupId) found['ask-group'] = texts.askMissing;
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length) return;
    try {
      await request({ variables: { groupId, participantId: who } });
      setGroupId('');
      onAsked(texts.asked);
    } catch (caught) {
      setError(peerErrorOf(caught, t).message);
    }
  };
  const summary: SummaryError[] = ['ask-who', 'ask-group']
    .filter((id) => errors[id])
    .map((fieldId) => ({ fieldId, message: errors[fieldId]! }));
  return (
    <section aria-labelledby="peer-ask-title" className="peer-item">
      <h2 id="peer-ask-title">{texts.ask}</h2>
      <p>{texts.askHint}</p>
      {data.openPeerGroups.length === 0 ? (
        <p>{texts.askNone}</p>
      ) : (
        <>
          <ErrorSummary errors={summary} attempt={attempt} />
          {error ? <Alert kind="error">{error}</Alert> : null}
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <SelectField
              id="ask-who"
              label={texts.askWho}
              error={errors['ask-who']}
              value={who}
              onChange={(e) => setWho(e.target.value)}
              options={[
                { value: '', label: t.peerGroups.detail.choose },
                ...participants.map((p) => ({ value: p.id, label: participantName(p, texts.familyItself) })),
              ]}
            />
            <SelectField
              id="ask-group"
              label={texts.askGroup}
              error={errors['ask-group']}
              value={groupId}
              onChange={(e) => setGroupId(e.target.value)}
              options={[
                { value: '', label: t.peerGroups.detail.choose },
                ...groups.map((o) => ({
                  value: o.group.id,
                  label: texts.askGroupOption(
                    o.group.name,
                    t.peerGroups.ageBand(o.group.ageMin ?? null, o.group.ageMax ?? null),
                    o.group.areaName,
                    o.freePlaces,
                  ),
                })),
              ]}
            />
            <button type="submit" className="button button-primary" disabled={requesting.loading}>
              {texts.askButton}
            </button>
          </form>
        </>
      )}
    </section>
  );
}

/** `/netvaerksgrupper` for a foster family: their children's groups, next meetings, consent, pause, leave, ask. */
export function FamilyPeerGroupsPage() {
  const { t } = useI18n();
  const texts = t.peerGroups.family;
  const mine = useQuery(MyPeerGroupsDocument, { fetchPolicy: 'cache-and-network' });
  const [message, setMessage] = useState<string | null>(null);
  const changed = (text: string) => {
    setMessage(text);
    void mine.refetch();
  };
  const groups = mine.data?.myPeerGroups ?? [];
  return (
    <>
      <PageHeading title={t.peerGroups.title} />
      <p>{texts.intro}</p>
      {message ? (
        <Alert kind="success" testId="peer-family-message">
          {message}
        </Alert>
      ) : null}
      {mine.error ? <Alert kind="error">{t.peerGroups.loadFailed}</Alert> : null}
      {mine.data && groups.length === 0 ? <p>{texts.none}</p> : null}
      {groups.length ? (
        <ul className="peer-cards">
          {groups.map((g) => (
            <MyGroupCard key={g.membership.id} mine={g} onChanged={changed} />
          ))}
        </ul>
      ) : null}
      {mine.data ? <AskForPlace data={mine.data} onAsked={changed} /> : null}
    </>
  );
}
