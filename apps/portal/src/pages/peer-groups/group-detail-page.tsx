import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { SelectField } from '../../components/form-fields';
import { PageHeading } from '../../components/page-heading';
import { GroupForm } from '../../components/peer-groups/group-form';
import { ParticipationChart } from '../../components/peer-groups/participation-chart';
import { peerErrorOf } from '../../components/peer-groups/peer-error';
import { ageOf, participantName, shortDate, shortDay } from '../../components/peer-groups/peer-format';
import '../../components/peer-groups/peer-groups.css';
import { SessionsSection } from '../../components/peer-groups/sessions-section';
import { Alert } from '../../components/recruitment/alerts';
import type { PeerGroupFieldsFragment, PeerMembershipFieldsFragment } from '../../gql/graphql';
import {
  InvitePeerMemberDocument,
  LeavePeerMembershipDocument,
  PeerChildrenDocument,
  PeerGroupDocument,
  PeerGroupMetricsDocument,
} from '../../graphql/peer-groups.operations';
import { useI18n } from '../../i18n/i18n-context';
import { Link } from '../../routing/router';

function InviteForm({
  group,
  members,
  onInvited,
}: {
  group: PeerGroupFieldsFragment;
  members: readonly PeerMembershipFieldsFragment[];
  onInvited(message: string): void;
}) {
  const { t } = useI18n();
  const texts = t.peerGroups.detail;
  const children = useQuery(PeerChildrenDocument, {
    variables: { ageMin: group.ageMin ?? null, ageMax: group.ageMax ?? null },
    fetchPolicy: 'cache-and-network',
  });
  const [invite, inviting] = useMutation(InvitePeerMemberDocument);
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const taken = new Set(members.map((m) => m.participantId));
  const candidates = (children.data?.peerChildren ?? []).filter((c) => !taken.has(c.id));
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (!choice) return setError(texts.inviteMissing);
    setError(undefined);
    const child = candidates.find((c) => c.id === choice);
    try {
      const result = await invite({ variables: { groupId: group.id, participantId: choice } });
      const name = child?.firstName ?? '';
      setChoice('');
      onInvited(
        result.data?.invitePeerMember.status === 'WAITLISTED' ? texts.waitlisted(name) : texts.invited(name),
      );
    } catch (caught) {
      setError(peerErrorOf(caught, t).message);
    }
  };
  if (group.audience !== 'CHILDREN') return null;
  return (
    <section aria-labelledby="peer-invite-title" className="peer-item">
      <h3 id="peer-invite-title">{texts.invite}</h3>
      <ErrorSummary
        errors={error ? [{ fieldId: 'peer-invite-child', message: error }] : []}
        attempt={attempt}
      />
      {children.data && candidates.length === 0 ? (
        <p>{texts.inviteNone}</p>
      ) : (
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <SelectField
            id="peer-invite-child"
            label={texts.inviteChild}
            hint={texts.inviteHint}
            error={error}
            value={choice}
            onChange={(e) => setChoice(e.target.value)}
            options={[
              { value: '', label: texts.choose },
              ...candidates.map((c) => ({
                value: c.id,
                label: `${c.firstName ?? ''}, ${t.peerGroups.years(ageOf(c.birthDate) ?? 0)}`,
              })),
            ]}
          />
          <button type="submit" className="button button-primary" disabled={inviting.loading}>
            {texts.inviteButton}
          </button>
        </form>
      )}
    </section>
  );
}

function MembersTable({
  members,
  former,
  onLeave,
}: {
  members: readonly PeerMembershipFieldsFragment[];
  /** Who has left: shown last, without actions. */
  former: readonly PeerMembershipFieldsFragment[];
  onLeave(m: PeerMembershipFieldsFragment): void;
}) {
  const { t } = useI18n();
  const texts = t.peerGroups.detail;
  // Waiting-list order is the order of asking (the api returns members in that order).
  const waiting = members.filter((m) => m.status === 'WAITLISTED');
  const order = ['ACTIVE', 'INVITED', 'PAUSED', 'WAITLISTED'];
  const sorted = [
    ...[...members].sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status)),
    ...former,
  ];
  if (!sorted.length) return <p>{texts.noMembers}</p>;
  return (
    <div className="peer-table-wrap">
      <table className="table table--compact" data-testid="peer-members-table">
        <caption className="sr-only">{texts.membersCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{texts.memberColumns.name}</th>
            <th scope="col">{texts.memberColumns.age}</th>
            <th scope="col">{texts.memberColumns.state}</th>
            <th scope="col">{texts.memberColumns.since}</th>
            <th scope="col">{texts.memberColumns.actions}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((m) => {
            const name = participantName(m.participant, t.peerGroups.family.familyItself);
            const age = ageOf(m.participant?.birthDate);
            const since = m.leftAt ?? m.activatedAt ?? m.offeredAt ?? m.requestedAt;
            let state: string = t.peerGroups.memberStatuses[m.status];
            if (m.status === 'WAITLISTED') state += `, ${texts.waitlistNumber(waiting.indexOf(m) + 1)}`;
            if (m.status === 'PAUSED' && m.pausedUntil) state = texts.pausedUntil(shortDay(m.pausedUntil));
            if (m.status === 'INVITED' && m.caseworkerConsentRequired && !m.caseworkerConsentAt)
              state += `. ${texts.caseworkerToo}`;
            return (
              <tr key={m.id} data-testid="peer-member-row">
                <th scope="row">{name}</th>
                <td>{age === null ? '–' : t.peerGroups.years(age)}</td>
                <td data-testid="peer-member-state">{state}</td>
                <td>{shortDate(since)}</td>
                <td>
                  {m.status === 'LEFT' ? null : (
                    <button type="button" className="button button-secondary" onClick={() => onLeave(m)}>
                      {texts.leaveFor(name)}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function MetricsSection({ groupId }: { groupId: string }) {
  const { t } = useI18n();
  const texts = t.peerGroups.metrics;
  const metrics = useQuery(PeerGroupMetricsDocument, {
    variables: { groupId },
    fetchPolicy: 'network-only',
  });
  const m = metrics.data?.peerGroupMetrics[0];
  if (!m) return null;
  const rate = m.participationRate == null ? null : Math.round(m.participationRate * 100);
  return (
    <section aria-labelledby="peer-metrics-title" data-testid="peer-metrics">
      <h2 id="peer-metrics-title">{texts.title}</h2>
      <p data-testid="peer-metrics-rate">{texts.rate(rate)}</p>
      {m.sessions.length ? (
        <ParticipationChart
          sessions={m.sessions.map((s) => ({
            sessionId: s.session.id,
            startsAt: s.session.startsAt,
            present: s.present,
            absent: s.absent,
            excused: s.excused,
            participationRate: s.participationRate ?? null,
          }))}
        />
      ) : (
        <p>{texts.noSessions}</p>
      )}
      <h3>{texts.stopped}</h3>
      <p className="form-hint">{texts.stoppedHint}</p>
      {m.stoppedComing.length ? (
        <ul>
          {m.stoppedComing.map((s) => (
            <li key={s.participant.id}>
              {participantName(s.participant, t.peerGroups.family.familyItself)} –{' '}
              {texts.lastPresent(s.lastPresentAt ? shortDate(s.lastPresentAt) : null)}
            </li>
          ))}
        </ul>
      ) : (
        <p>{texts.stoppedNone}</p>
      )}
      <p>
        {texts.waiting(m.waiting)} {texts.waitTime(m.waitMedianDays ?? null, m.waitMaxDays ?? null)}
      </p>
    </section>
  );
}

/** `/netvaerksgrupper/<id>`: members and their state, invitations, meetings, the register and the metrics. */
export function GroupDetailPage({ id }: { id: string }) {
  const { t } = useI18n();
  const texts = t.peerGroups.detail;
  const detail = useQuery(PeerGroupDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [leave] = useMutation(LeavePeerMembershipDocument);
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [refreshKey, setRefreshKey] = useState(0);
  const data = detail.data?.peerGroup;
  const refresh = () => {
    void detail.refetch();
    setRefreshKey((n) => n + 1);
  };
  if (detail.error && !data)
    return (
      <>
        <PageHeading title={t.peerGroups.title} />
        <Alert kind="error">{t.peerGroups.loadFailed}</Alert>
        <Link to="/netvaerksgrupper">{t.peerGroups.back}</Link>
      </>
    );
  if (!data) return <PageHeading title={t.peerGroups.title} />;
  const { group, members, formerMembers, sessions, placesHeld } = data;
  const registerable = members.filter(
    (m) => m.activatedAt && (m.status === 'ACTIVE' || m.status === 'PAUSED'),
  );
  const onLeave = async (m: PeerMembershipFieldsFragment) => {
    setMessage(null);
    setError(null);
    try {
      await leave({ variables: { membershipId: m.id } });
      setMessage(texts.left);
      refresh();
    } catch (caught) {
      setError(peerErrorOf(caught, t).message);
    }
  };
  return (
    <>
      <p>
        <Link to="/netvaerksgrupper">{t.peerGroups.back}</Link>
      </p>
      <PageHeading title={group.name} />
      <p data-testid="peer-group-summary">
        {t.peerGroups.audiences[group.audience]} · {t.peerGroups.groupStatuses[group.status]} ·{' '}
        {texts.summary(
          t.peerGroups.ageBand(group.ageMin ?? null, group.ageMax ?? null),
          group.areaName,
          t.peerGroups.places(placesHeld, group.capacity),
        )}
      </p>
      {editing ? (
        <GroupForm
          group={group}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setMessage(t.peerGroups.form.saved);
            refresh();
          }}
        />
      ) : (
        <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
          {t.peerGroups.consultant.edit(group.name)}
        </button>
      )}
      {message ? (
        <Alert kind="success" testId="peer-detail-message">
          {message}
        </Alert>
      ) : null}
      {error ? <Alert kind="error">{error}</Alert> : null}
      <section aria-labelledby="peer-members-title">
        <h2 id="peer-members-title">{texts.members}</h2>
        <MembersTable members={members} former={formerMembers} onLeave={(m) => void onLeave(m)} />
        <InviteForm
          group={group}
          members={members}
          onInvited={(text) => {
            setError(null);
            setMessage(text);
            refresh();
          }}
        />
      </section>
      <SessionsSection groupId={group.id} sessions={sessions} members={registerable} onChanged={refresh} />
      {/* A new key after each change remounts it, so the numbers are fetched again. */}
      <MetricsSection key={refreshKey} groupId={group.id} />
    </>
  );
}
