import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { PeerAttendanceStatus, PeerMembershipFieldsFragment } from '../../gql/graphql';
import { PeerAttendanceDocument, RecordPeerAttendanceDocument } from '../../graphql/peer-groups.operations';
import { useI18n } from '../../i18n/i18n-context';
import { Alert } from '../recruitment/alerts';
import { peerErrorOf } from './peer-error';
import { participantName } from './peer-format';

const choices: readonly PeerAttendanceStatus[] = ['PRESENT', 'ABSENT', 'EXCUSED'];

/**
 * The register for one meeting: a radio group per member (arrow keys move between present / absent / excused),
 * and each choice is saved at once, so one click (or key press) per child is all it takes.
 */
export function AttendanceRegister({
  sessionId,
  title,
  members,
  onSaved,
}: {
  sessionId: string;
  title: string;
  members: readonly PeerMembershipFieldsFragment[];
  onSaved(): void;
}) {
  const { t } = useI18n();
  const texts = t.peerGroups.register;
  const existing = useQuery(PeerAttendanceDocument, {
    variables: { sessionId },
    fetchPolicy: 'network-only',
  });
  const [record] = useMutation(RecordPeerAttendanceDocument);
  const [local, setLocal] = useState<Record<string, PeerAttendanceStatus>>({});
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(0);
  const statusOf = (participantId: string): PeerAttendanceStatus | undefined =>
    local[participantId] ??
    existing.data?.peerAttendance.find((a) => a.participantId === participantId)?.status;

  const choose = async (participantId: string, status: PeerAttendanceStatus) => {
    setError(null);
    const before = local;
    setLocal({ ...local, [participantId]: status });
    try {
      await record({ variables: { input: { sessionId, entries: [{ participantId, status }] } } });
      setSaved((n) => n + 1);
      onSaved();
    } catch (caught) {
      setLocal(before);
      const failure = peerErrorOf(caught, t);
      setError(Object.values(failure.fields)[0] ?? failure.message);
    }
  };

  return (
    <section
      aria-labelledby={`register-${sessionId}`}
      className="peer-register peer-item"
      data-testid="peer-register"
    >
      <h3 id={`register-${sessionId}`}>{title}</h3>
      {members.length === 0 ? <p>{texts.noMembers}</p> : <p className="form-hint">{texts.hint}</p>}
      {error ? <Alert kind="error">{error}</Alert> : null}
      {saved > 0 && !error ? (
        <Alert kind="success" testId="peer-register-saved">
          {texts.saved}
        </Alert>
      ) : null}
      {members.map((m) => {
        const name = participantName(m.participant, t.peerGroups.family.familyItself);
        const current = statusOf(m.participantId);
        return (
          <fieldset key={m.id} data-testid="peer-register-row">
            <legend className="form-label">{texts.legend(name)}</legend>
            {choices.map((choice) => {
              const id = `att-${sessionId}-${m.participantId}-${choice}`;
              return (
                <div className="form-group-radio" key={choice}>
                  <input
                    type="radio"
                    className="form-radio"
                    id={id}
                    name={`att-${sessionId}-${m.participantId}`}
                    value={choice}
                    checked={current === choice}
                    onChange={() => void choose(m.participantId, choice)}
                  />
                  <label className="form-label" htmlFor={id}>
                    {t.peerGroups.attendance[choice]}
                  </label>
                </div>
              );
            })}
          </fieldset>
        );
      })}
    </section>
  );
}
