import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { fieldErrorsOf, fieldSummary } from '../../components/form-errors';
import { SelectField, TextField } from '../../components/form-fields';
import { PageHeading } from '../../components/page-heading';
import { peerErrorOf } from '../../components/peer-groups/peer-error';
import { ageOf, participantName } from '../../components/peer-groups/peer-format';
import '../../components/peer-groups/peer-groups.css';
import { Alert } from '../../components/recruitment/alerts';
import {
  AddPeerMustNotPairDocument,
  PeerChildrenDocument,
  PeerMustNotPairsDocument,
  RemovePeerMustNotPairDocument,
} from '../../graphql/peer-groups.operations';
import { useI18n } from '../../i18n/i18n-context';
import { Link } from '../../routing/router';

const fieldOrder = ['participantAId', 'participantBId', 'note'] as const;
type Field = (typeof fieldOrder)[number];

/** `/netvaerksgrupper/maa-ikke-sammen`: the staff-only list of children who must never share a group. */
export function MustNotPage() {
  const { t } = useI18n();
  const texts = t.peerGroups.mustNot;
  const pairs = useQuery(PeerMustNotPairsDocument, { fetchPolicy: 'cache-and-network' });
  const children = useQuery(PeerChildrenDocument, { variables: {} });
  const [add, adding] = useMutation(AddPeerMustNotPairDocument);
  const [remove] = useMutation(RemovePeerMustNotPairDocument);
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const familyLabel = t.peerGroups.family.familyItself;
  const options = [
    { value: '', label: t.peerGroups.detail.choose },
    ...(children.data?.peerChildren ?? []).map((c) => ({
      value: c.id,
      label: `${c.firstName ?? ''}, ${t.peerGroups.years(ageOf(c.birthDate) ?? 0)}`,
    })),
  ];
  const idOf = (field: Field) => `mustnot-${field}`;

  const onAdd = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMessage(null);
    setError(null);
    const found: Partial<Record<Field, string>> = {};
    if (!a) found.participantAId = texts.childMissing;
    if (!b) found.participantBId = texts.childMissing;
    else if (a === b) found.participantBId = texts.sameChild;
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length) return;
    try {
      await add({ variables: { participantAId: a, participantBId: b, note: note.trim() || null } });
      setA('');
      setB('');
      setNote('');
      setMessage(texts.added);
      void pairs.refetch();
    } catch (caught) {
      const failure = peerErrorOf(caught, t);
      const placed = fieldErrorsOf(failure.fields, fieldOrder);
      setErrors(placed);
      setAttempt((n) => n + 1);
      if (!Object.keys(placed).length) setError(failure.message);
    }
  };

  const onRemove = async (id: string) => {
    setMessage(null);
    setError(null);
    try {
      await remove({ variables: { id } });
      setMessage(texts.removed);
      void pairs.refetch();
    } catch (caught) {
      setError(peerErrorOf(caught, t).message);
    }
  };

  const list = pairs.data?.peerMustNotPairs ?? [];
  const summary = fieldSummary(errors, fieldOrder, idOf);
  return (
    <>
      <p>
        <Link to="/netvaerksgrupper">{t.peerGroups.back}</Link>
      </p>
      <PageHeading title={texts.title} />
      <p>{texts.intro}</p>
      {message ? <Alert kind="success">{message}</Alert> : null}
      {error ? <Alert kind="error">{error}</Alert> : null}
      {pairs.data && list.length === 0 ? <p>{texts.none}</p> : null}
      {list.length ? (
        <div className="peer-table-wrap">
          <table className="table table--compact" data-testid="peer-mustnot-table">
            <caption className="sr-only">{texts.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.columns.a}</th>
                <th scope="col">{texts.columns.b}</th>
                <th scope="col">{texts.columns.note}</th>
                <th scope="col">{texts.columns.actions}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((p) => {
                const nameA = participantName(p.participantA, familyLabel);
                const nameB = participantName(p.participantB, familyLabel);
                return (
                  <tr key={p.id}>
                    <th scope="row">{nameA}</th>
                    <td>{nameB}</td>
                    <td>{p.note || '–'}</td>
                    <td>
                      <button
                        type="button"
                        className="button button-secondary"
                        onClick={() => void onRemove(p.id)}
                      >
                        {texts.remove(nameA, nameB)}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      <section aria-labelledby="mustnot-add-title" className="peer-item">
        <h2 id="mustnot-add-title">{texts.add}</h2>
        <ErrorSummary errors={summary} attempt={attempt} />
        <form noValidate onSubmit={(event) => void onAdd(event)}>
          <SelectField
            id={idOf('participantAId')}
            label={texts.childA}
            error={errors.participantAId}
            value={a}
            onChange={(e) => setA(e.target.value)}
            options={options}
          />
          <SelectField
            id={idOf('participantBId')}
            label={texts.childB}
            error={errors.participantBId}
            value={b}
            onChange={(e) => setB(e.target.value)}
            options={options}
          />
          <TextField
            id={idOf('note')}
            label={texts.note}
            hint={texts.noteHint}
            optional
            error={errors.note}
            value={note}
            maxLength={300}
            onChange={(e) => setNote(e.target.value)}
          />
          <button type="submit" className="button button-primary" disabled={adding.loading}>
            {texts.addButton}
          </button>
        </form>
      </section>
    </>
  );
}
