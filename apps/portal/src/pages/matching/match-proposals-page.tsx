import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { TextField } from '../../components/form-fields';
import { PageHeading } from '../../components/page-heading';
import { Alert } from '../../components/recruitment/alerts';
import { Dialog } from '../../components/recruitment/dialog';
import { TextAreaField } from '../../components/recruitment/fields';
import { FactorBars } from '../../components/matching/factor-bars';
import { ageOf, childNames, formatPoints } from '../../components/matching/format';
import { matchingErrorOf } from '../../components/matching/matching-error';
import '../../components/matching/matching.css';
import '../../components/recruitment/recruitment.css';
import type { MatchProposalFieldsFragment, RunMatchingBatchMutation } from '../../gql/graphql';
import { toApiError } from '../../graphql/api-error';
import {
  AcceptMatchProposalDocument,
  DeclineMatchProposalDocument,
  MatchingWeightsDocument,
  MatchProposalsDocument,
  RunMatchingBatchDocument,
  SetMatchingWeightsDocument,
} from '../../graphql/matching.operations';
import { useI18n } from '../../i18n/i18n-context';

type Decision = { proposal: MatchProposalFieldsFragment; kind: 'accept' | 'decline' };

function DecisionDialog({
  decision,
  onClose,
}: {
  decision: Decision;
  onClose(message: string | null): void;
}) {
  const { t } = useI18n();
  const texts = t.matching.consultant;
  const { proposal, kind } = decision;
  const names = childNames(proposal.need.children);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [accept, accepting] = useMutation(AcceptMatchProposalDocument);
  const [decline, declining] = useMutation(DeclineMatchProposalDocument);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    if (!reason.trim()) {
      setError(kind === 'accept' ? texts.acceptReasonMissing : texts.reasonMissing);
      return;
    }
    setError(undefined);
    try {
      if (kind === 'accept') await accept({ variables: { id: proposal.id, reason: reason.trim() } });
      else await decline({ variables: { id: proposal.id, reason: reason.trim() } });
      onClose(kind === 'accept' ? texts.accepted : texts.declined);
    } catch (caught) {
      const found = matchingErrorOf(caught, t);
      if (found.fields['reason']) setError(found.fields['reason']);
      else setFormError(found.message);
    }
  };

  const title =
    kind === 'accept'
      ? texts.acceptFor(names, proposal.family.displayName)
      : texts.declineFor(names, proposal.family.displayName);
  return (
    <Dialog title={title} onClose={() => onClose(null)} testId="decision-dialog">
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        {formError ? (
          <Alert kind="error" testId="decision-error">
            {formError}
          </Alert>
        ) : null}
        <TextAreaField
          id="decision-reason"
          label={texts.reason}
          error={error}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        <button
          type="submit"
          className="button button-primary"
          disabled={accepting.loading || declining.loading}
        >
          {kind === 'accept' ? texts.confirmAccept : texts.confirmDecline}
        </button>
        <button type="button" className="button button-secondary ml-3" onClick={() => onClose(null)}>
          {texts.cancel}
        </button>
      </form>
    </Dialog>
  );
}

function BatchResult({ batch }: { batch: RunMatchingBatchMutation['runMatchingBatch'] }) {
  const { t } = useI18n();
  const texts = t.matching.consultant;
  return (
    <section aria-labelledby="batch-heading" className="mt-5" data-testid="batch-result">
      <h2 id="batch-heading">{texts.batchHeading}</h2>
      <dl className="summary-list">
        <dt>{texts.needs}</dt>
        <dd>{batch.needsCount}</dd>
        <dt>{texts.families}</dt>
        <dd>{batch.familiesCount}</dd>
        <dt>{texts.assigned}</dt>
        <dd>{batch.assignedCount}</dd>
        <dt>{texts.duration}</dt>
        <dd>{texts.ms(batch.durationMs)}</dd>
      </dl>
      {batch.unassignedReasons.length > 0 ? (
        <>
          <h3>{texts.unassignedHeading}</h3>
          <ul data-testid="unassigned">
            {batch.unassignedReasons.map(({ need, reason }) => (
              <li key={need.id}>
                {childNames(need.children)}: {reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function Weights() {
  const { t } = useI18n();
  const texts = t.matching.consultant;
  const query = useQuery(MatchingWeightsDocument);
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [save, { loading }] = useMutation(SetMatchingWeightsDocument);
  const weights = query.data?.matchingWeights ?? [];
  const valueOf = (key: string, saved: number) => draft[key] ?? String(saved);
  const numbers = weights.map((w) => {
    const raw = valueOf(w.key, w.weight).trim().replace(',', '.');
    const value = Number(raw);
    return {
      ...w,
      raw,
      value: raw !== '' && Number.isFinite(value) && value >= 0 && value <= 100 ? value : null,
    };
  });
  const total = numbers.reduce((sum, w) => sum + (w.value ?? 0), 0);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNotice(null);
    const found: Record<string, string> = {};
    for (const w of numbers) if (w.value === null) found[w.key] = texts.weightInvalid;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      await save({ variables: { weights: numbers.map((w) => ({ key: w.key, weight: w.value ?? 0 })) } });
      await query.refetch();
      setDraft({});
      setNotice({ kind: 'success', text: texts.weightsSaved });
    } catch (caught) {
      const error = matchingErrorOf(caught, t);
      setErrors(error.fields);
      setNotice({ kind: 'error', text: Object.values(error.fields).join(' ') || error.message });
    }
  };

  return (
    <section aria-labelledby="weights-heading" className="mt-7">
      <h2 id="weights-heading">{texts.weightsHeading}</h2>
      <p>{texts.weightsIntro}</p>
      {notice ? <Alert kind={notice.kind}>{notice.text}</Alert> : null}
      <form noValidate onSubmit={(event) => void onSubmit(event)} data-testid="weights-form">
        {numbers.map((w) => (
          <TextField
            key={w.key}
            id={`weight-${w.key}`}
            label={w.label}
            hint={texts.share(w.value !== null && total > 0 ? formatPoints((w.value / total) * 100) : '0')}
            inputMode="decimal"
            className="input-width-xs"
            error={errors[w.key]}
            value={valueOf(w.key, w.weight)}
            onChange={(event) => setDraft((current) => ({ ...current, [w.key]: event.target.value }))}
          />
        ))}
        <button type="submit" className="button button-primary" disabled={loading || weights.length === 0}>
          {texts.saveWeights}
        </button>
      </form>
    </section>
  );
}

/** `/matchforslag`: the consultant runs the overall assignment and decides on the open proposals. */
export function MatchProposalsPage() {
  const { t } = useI18n();
  const texts = t.matching.consultant;
  const proposals = useQuery(MatchProposalsDocument, {
    variables: { status: 'PROPOSED' },
    fetchPolicy: 'cache-and-network',
  });
  const [run, running] = useMutation(RunMatchingBatchDocument);
  const [batch, setBatch] = useState<RunMatchingBatchMutation['runMatchingBatch'] | null>(null);
  const [decision, setDecision] = useState<Decision | null>(null);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const rows = proposals.data?.matchProposals ?? [];

  const onRun = async () => {
    setNotice(null);
    try {
      const result = await run();
      if (result.data) setBatch(result.data.runMatchingBatch);
      await proposals.refetch();
    } catch (caught) {
      setNotice({ kind: 'error', text: matchingErrorOf(caught, t).message });
    }
  };

  return (
    <>
      <PageHeading title={texts.title} />
      <p className="font-lead">{texts.intro}</p>
      <button
        type="button"
        className="button button-primary"
        disabled={running.loading}
        onClick={() => void onRun()}
      >
        {texts.runBatch}
      </button>
      {batch ? <BatchResult batch={batch} /> : null}
      {notice ? (
        <Alert kind={notice.kind} testId="proposals-notice">
          {notice.text}
        </Alert>
      ) : null}
      <section aria-labelledby="proposals-heading" className="mt-7">
        <h2 id="proposals-heading">{texts.proposalsHeading}</h2>
        {proposals.error ? <Alert kind="error">{t.errors[toApiError(proposals.error).code]}</Alert> : null}
        {proposals.data && rows.length === 0 ? <p>{texts.noProposals}</p> : null}
        <ul className="nobullet-list" data-testid="proposals">
          {rows.map((proposal) => {
            const names = childNames(proposal.need.children);
            return (
              <li key={proposal.id} className="match-family" data-testid="proposal">
                <h3>
                  {proposal.need.children
                    .map((child) => `${child.firstName} (${t.matching.ranking.age(ageOf(child.birthDate))})`)
                    .join(', ')}
                  {' → '}
                  {proposal.family.displayName}
                  {proposal.network ? (
                    <span className="match-network-tag">{t.matching.ranking.network}</span>
                  ) : null}
                </h3>
                {!proposal.network && proposal.networkInApproval.length > 0 ? (
                  <Alert kind="warning" testId="network-in-approval">
                    <p>{texts.networkInApproval}</p>
                    <ul>
                      {proposal.networkInApproval.map((person, index) => (
                        <li key={index}>
                          {person.relation ? `${person.name} (${person.relation})` : person.name}:{' '}
                          {person.stageText}
                        </li>
                      ))}
                    </ul>
                  </Alert>
                ) : null}
                <FactorBars evaluation={proposal.evaluation} />
                <button
                  type="button"
                  className="button button-primary"
                  aria-label={texts.acceptFor(names, proposal.family.displayName)}
                  onClick={() => {
                    setNotice(null);
                    setDecision({ proposal, kind: 'accept' });
                  }}
                >
                  {texts.accept}
                </button>
                <button
                  type="button"
                  className="button button-secondary ml-3"
                  aria-label={texts.declineFor(names, proposal.family.displayName)}
                  onClick={() => {
                    setNotice(null);
                    setDecision({ proposal, kind: 'decline' });
                  }}
                >
                  {texts.decline}
                </button>
              </li>
            );
          })}
        </ul>
      </section>
      {decision ? (
        <DecisionDialog
          decision={decision}
          onClose={(message) => {
            setDecision(null);
            if (message) void proposals.refetch().then(() => setNotice({ kind: 'success', text: message }));
          }}
        />
      ) : null}
      <Weights />
    </>
  );
}
