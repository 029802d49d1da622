import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorSummary, type SummaryError } from '../../components/error-summary';
import { Checkbox, TextField } from '../../components/form-fields';
import { PageHeading } from '../../components/page-heading';
import { peerErrorOf } from '../../components/peer-groups/peer-error';
import { ageOf } from '../../components/peer-groups/peer-format';
import '../../components/peer-groups/peer-groups.css';
import { Alert } from '../../components/recruitment/alerts';
import type { PeerCompositionFieldsFragment, PeerGroupFieldsFragment } from '../../gql/graphql';
import {
  ConfirmPeerCompositionDocument,
  MovePeerCompositionChildDocument,
  PeerChildrenDocument,
  ProposePeerGroupsDocument,
} from '../../graphql/peer-groups.operations';
import { useI18n } from '../../i18n/i18n-context';
import { Link } from '../../routing/router';

type ChildInfo = { name: string; age: number | null };

function ProposalCard({
  index,
  childIds,
  facts,
  earlier,
  groupCount,
  childOf,
  busy,
  onMove,
}: {
  index: number;
  childIds: readonly string[];
  facts: string;
  earlier: string;
  groupCount: number;
  childOf(id: string): ChildInfo;
  busy: boolean;
  onMove(childId: string, toGroup: number): void;
}) {
  const { t } = useI18n();
  const texts = t.peerGroups.compose;
  const [targets, setTargets] = useState<Record<string, string>>({});
  const others = Array.from({ length: groupCount }, (_, k) => k).filter((k) => k !== index);
  return (
    <li className="peer-card" data-testid="peer-proposal-card">
      <h3>{texts.groupTitle(index + 1)}</h3>
      <p>{facts}</p>
      {earlier ? <p>{earlier}</p> : null}
      <ul className="nobullet-list">
        {childIds.map((id) => {
          const child = childOf(id);
          const selectId = `move-${id}`;
          const target = targets[id] ?? String(others[0] ?? '');
          return (
            <li key={id} className="peer-item" data-testid="peer-proposal-child">
              <strong>{child.name}</strong>
              {child.age !== null ? `, ${t.peerGroups.years(child.age)}` : ''}
              {others.length ? (
                <div className="peer-move">
                  <label className="form-label" htmlFor={selectId}>
                    {texts.moveLabel(child.name)}
                  </label>
                  <select
                    id={selectId}
                    className="form-select"
                    value={target}
                    onChange={(e) => setTargets({ ...targets, [id]: e.target.value })}
                  >
                    {others.map((k) => (
                      <option key={k} value={String(k)}>
                        {texts.groupTitle(k + 1)}
                      </option>
                    ))}
                  </select>
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={busy}
                    onClick={() => onMove(id, Number(target))}
                  >
                    {texts.moveButton(child.name)}
                  </button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </li>
  );
}

/** `/netvaerksgrupper/sammensaet`: choose children, ask for a proposal, adjust it and confirm it as invitations. */
export function CompositionPage() {
  const { t } = useI18n();
  const texts = t.peerGroups.compose;
  const children = useQuery(PeerChildrenDocument, { variables: {}, fetchPolicy: 'cache-and-network' });
  const [ageMin, setAgeMin] = useState('');
  const [ageMax, setAgeMax] = useState('');
  const [deselected, setDeselected] = useState<ReadonlySet<string>>(new Set());
  const [groupSize, setGroupSize] = useState('4');
  const [includeGrouped, setIncludeGrouped] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [proposal, setProposal] = useState<PeerCompositionFieldsFragment | null>(null);
  const [proposalError, setProposalError] = useState<string | null>(null);
  const [proposalMessage, setProposalMessage] = useState<string | null>(null);
  const [namePrefix, setNamePrefix] = useState('');
  const [prefixError, setPrefixError] = useState<string | undefined>();
  const [created, setCreated] = useState<PeerGroupFieldsFragment[] | null>(null);
  const [propose, proposing] = useMutation(ProposePeerGroupsDocument);
  const [move, moving] = useMutation(MovePeerCompositionChildDocument);
  const [confirm, confirming] = useMutation(ConfirmPeerCompositionDocument);

  const all = children.data?.peerChildren ?? [];
  const min = /^\d+$/.test(ageMin) ? Number(ageMin) : null;
  const max = /^\d+$/.test(ageMax) ? Number(ageMax) : null;
  const shown = all.filter((c) => {
    const age = ageOf(c.birthDate);
    return age !== null && (min === null || age >= min) && (max === null || age <= max);
  });
  const chosen = shown.filter((c) => !deselected.has(c.id));
  const childOf = (id: string): ChildInfo => {
    const c = all.find((x) => x.id === id);
    return { name: c?.firstName ?? texts.unknownChild, age: ageOf(c?.birthDate) };
  };

  const onPropose = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProposalError(null);
    setProposalMessage(null);
    setCreated(null);
    const found: Record<string, string> = {};
    const size = Number(groupSize);
    if (!/^\d+$/.test(groupSize) || size < 2 || size > 30)
      found['compose-groupSize'] = texts.groupSizeInvalid;
    if (chosen.length < 2) found['compose-children'] = texts.tooFewChosen;
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length) return;
    setProposal(null);
    try {
      const result = await propose({
        variables: {
          input: {
            groupSize: size,
            ageMin: min,
            ageMax: max,
            includeGrouped,
            participantIds: chosen.map((c) => c.id),
          },
        },
      });
      setProposal(result.data?.proposePeerGroups ?? null);
    } catch (caught) {
      const failure = peerErrorOf(caught, t);
      const placed: Record<string, string> = {};
      if (failure.fields['groupSize']) placed['compose-groupSize'] = failure.fields['groupSize'];
      if (failure.fields['participantIds']) placed['compose-children'] = failure.fields['participantIds'];
      if (failure.fields['ageMax']) placed['compose-ageMax'] = failure.fields['ageMax'];
      setErrors(placed);
      setAttempt((n) => n + 1);
      if (!Object.keys(placed).length) setProposalError(failure.message);
    }
  };

  const onMove = async (childId: string, toGroup: number) => {
    if (!proposal) return;
    setProposalError(null);
    setProposalMessage(null);
    try {
      const result = await move({
        variables: {
          compositionId: proposal.id,
          expectedVersion: proposal.version,
          participantId: childId,
          toGroup,
        },
      });
      if (result.data) setProposal(result.data.movePeerCompositionChild);
      setProposalMessage(texts.moved(childOf(childId).name, toGroup + 1));
    } catch (caught) {
      // The server says why in Danish (a must-not pair, a child left alone); show it as it is.
      setProposalError(peerErrorOf(caught, t).message);
    }
  };

  const onConfirm = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!proposal) return;
    if (!namePrefix.trim()) return setPrefixError(texts.namePrefixMissing);
    setPrefixError(undefined);
    setProposalError(null);
    try {
      const result = await confirm({
        variables: {
          input: {
            compositionId: proposal.id,
            expectedVersion: proposal.version,
            namePrefix: namePrefix.trim(),
          },
        },
      });
      setCreated(result.data?.confirmPeerComposition ?? []);
      setProposal(null);
    } catch (caught) {
      const failure = peerErrorOf(caught, t);
      if (failure.fields['namePrefix']) setPrefixError(failure.fields['namePrefix']);
      else setProposalError(failure.message);
    }
  };

  const summary: SummaryError[] = ['compose-groupSize', 'compose-children', 'compose-ageMax']
    .filter((id) => errors[id])
    .map((fieldId) => ({ fieldId, message: errors[fieldId]! }));
  return (
    <>
      <p>
        <Link to="/netvaerksgrupper">{t.peerGroups.back}</Link>
      </p>
      <PageHeading title={texts.title} />
      <p>{texts.intro}</p>
      <ErrorSummary errors={summary} attempt={attempt} />
      <form noValidate onSubmit={(event) => void onPropose(event)} data-testid="peer-compose-form">
        <TextField
          id="compose-ageMin"
          label={texts.ageMin}
          inputMode="numeric"
          className="input-width-xs"
          optional
          value={ageMin}
          onChange={(e) => setAgeMin(e.target.value)}
        />
        <TextField
          id="compose-ageMax"
          label={texts.ageMax}
          inputMode="numeric"
          className="input-width-xs"
          optional
          error={errors['compose-ageMax']}
          value={ageMax}
          onChange={(e) => setAgeMax(e.target.value)}
        />
        <fieldset
          id="compose-children"
          tabIndex={-1}
          className={`form-group${errors['compose-children'] ? ' form-error' : ''}`}
          aria-describedby={errors['compose-children'] ? 'compose-children-error' : 'compose-children-hint'}
        >
          <legend className="form-label">{texts.children}</legend>
          <span className="form-hint" id="compose-children-hint">
            {texts.childrenHint}
          </span>
          {errors['compose-children'] ? (
            <span className="form-error-message" id="compose-children-error">
              <span className="sr-only">{t.common.errorPrefix} </span>
              {errors['compose-children']}
            </span>
          ) : null}
          {children.data && shown.length === 0 ? <p>{texts.noChildren}</p> : null}
          {shown.length ? (
            <>
              <p role="status" data-testid="peer-compose-chosen">
                {texts.chosen(chosen.length)}
              </p>
              <div className="peer-actions">
                <button
                  type="button"
                  className="button button-tertiary"
                  onClick={() => setDeselected(new Set())}
                >
                  {texts.selectAll}
                </button>
                <button
                  type="button"
                  className="button button-tertiary"
                  onClick={() => setDeselected(new Set(shown.map((c) => c.id)))}
                >
                  {texts.selectNone}
                </button>
              </div>
              {shown.map((c) => (
                <Checkbox
                  key={c.id}
                  id={`compose-child-${c.id}`}
                  label={`${c.firstName ?? ''}, ${t.peerGroups.years(ageOf(c.birthDate) ?? 0)}`}
                  checked={!deselected.has(c.id)}
                  onChange={(e) => {
                    const next = new Set(deselected);
                    if (e.target.checked) next.delete(c.id);
                    else next.add(c.id);
                    setDeselected(next);
                  }}
                />
              ))}
            </>
          ) : null}
        </fieldset>
        <Checkbox
          id="compose-includeGrouped"
          label={texts.includeGrouped}
          checked={includeGrouped}
          onChange={(e) => setIncludeGrouped(e.target.checked)}
        />
        <TextField
          id="compose-groupSize"
          label={texts.groupSize}
          inputMode="numeric"
          className="input-width-xs"
          error={errors['compose-groupSize']}
          value={groupSize}
          onChange={(e) => setGroupSize(e.target.value)}
        />
        <button type="submit" className="button button-primary" disabled={proposing.loading}>
          {texts.propose}
        </button>
      </form>
      {proposing.loading ? (
        <div className="spinner-box mt-5" data-testid="peer-compose-progress">
          <div className="spinner" aria-hidden="true" />
          <div className="spinner-status" role="status">
            {texts.working}
          </div>
        </div>
      ) : null}
      {created ? (
        <Alert kind="success" testId="peer-compose-confirmed">
          <p>{texts.confirmed(created.length)}</p>
          <ul>
            {created.map((g) => (
              <li key={g.id}>
                <Link to={`/netvaerksgrupper/${g.id}`}>{g.name}</Link>
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {proposalError ? (
        <Alert kind="error" testId="peer-compose-error">
          {proposalError}
        </Alert>
      ) : null}
      {proposal ? (
        <section aria-labelledby="peer-proposal-title" data-testid="peer-proposal">
          <h2 id="peer-proposal-title">{texts.proposal}</h2>
          {proposalMessage ? (
            <Alert kind="success" testId="peer-compose-message">
              {proposalMessage}
            </Alert>
          ) : null}
          {proposal.groups.length === 0 ? <p>{texts.proposalEmpty}</p> : null}
          <ul className="peer-cards">
            {proposal.groups.map((g, index) => (
              <ProposalCard
                key={`${index}-${g.childIds.join(',')}`}
                index={index}
                childIds={g.childIds}
                facts={texts.groupFacts(
                  t.peerGroups.ageBand(Math.floor(g.ageMin), Math.floor(g.ageMax)),
                  Math.round(g.maxKmFromCentre * 10) / 10,
                )}
                earlier={texts.earlierMates(g.earlierMatePairs)}
                groupCount={proposal.groups.length}
                childOf={childOf}
                busy={moving.loading}
                onMove={(childId, toGroup) => void onMove(childId, toGroup)}
              />
            ))}
          </ul>
          <h3>{texts.unplaced}</h3>
          {proposal.unplaced.length === 0 ? (
            <p>{texts.unplacedNone}</p>
          ) : (
            <ul data-testid="peer-unplaced">
              {proposal.unplaced.map((u) => (
                <li key={u.childId}>
                  <strong>{childOf(u.childId).name}</strong>: {u.message}
                </li>
              ))}
            </ul>
          )}
          {proposal.groups.length ? (
            <form noValidate onSubmit={(event) => void onConfirm(event)}>
              <TextField
                id="compose-namePrefix"
                label={texts.namePrefix}
                hint={texts.namePrefixHint}
                error={prefixError}
                value={namePrefix}
                maxLength={80}
                onChange={(e) => setNamePrefix(e.target.value)}
              />
              <button type="submit" className="button button-primary" disabled={confirming.loading}>
                {texts.confirm}
              </button>
            </form>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
