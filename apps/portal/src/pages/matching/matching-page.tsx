import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { PageHeading } from '../../components/page-heading';
import { SelectField, TextField } from '../../components/form-fields';
import { Alert } from '../../components/recruitment/alerts';
import { HorizontalBarChart } from '../../components/recruitment/charts';
import { Dialog } from '../../components/recruitment/dialog';
import { TextAreaField } from '../../components/recruitment/fields';
import { copenhagenToday, formatDate, formatDay } from '../../components/recruitment/format';
import { FactorBars } from '../../components/matching/factor-bars';
import { ageOf, childNames, formatPoints, isoDate } from '../../components/matching/format';
import { matchingErrorOf } from '../../components/matching/matching-error';
import { NeedForm } from '../../components/matching/need-form';
import '../../components/matching/matching.css';
import '../../components/recruitment/recruitment.css';
import type { PlacementEndReason, PlacementNeedFieldsFragment, PlacementsQuery } from '../../gql/graphql';
import { toApiError } from '../../graphql/api-error';
import {
  CancelPlacementNeedDocument,
  EndPlacementDocument,
  FamilyRankingDocument,
  MatchProposalsDocument,
  PlacementNeedDocument,
  PlacementNeedsDocument,
  PlacementOutcomesDocument,
  PlacementsDocument,
  ProposeFamilyDocument,
} from '../../graphql/matching.operations';
import { useI18n } from '../../i18n/i18n-context';
import { Link, useRouter } from '../../routing/router';

export const matchingPath = '/matchning';
const newSubPath = 'nyt';
const editSuffix = '/ret';

const endReasons: readonly PlacementEndReason[] = [
  'HOME',
  'ADULTHOOD',
  'PLANNED_MOVE',
  'BREAKDOWN_FAMILY',
  'BREAKDOWN_CHILD',
  'BREAKDOWN_MUNICIPALITY',
  'OTHER',
];

type PlacementRow = PlacementsQuery['placements'][number];

function EndPlacementDialog({
  placement,
  onClose,
}: {
  placement: PlacementRow;
  onClose(ended: boolean): void;
}) {
  const { t } = useI18n();
  const texts = t.matching.caseworker;
  const [endedOn, setEndedOn] = useState(copenhagenToday());
  const [reason, setReason] = useState<PlacementEndReason | ''>('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [end, { loading }] = useMutation(EndPlacementDocument);
  const names = childNames(placement.need.children);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!isoDate.test(endedOn.trim())) found['endedOn'] = texts.endDateMissing;
    if (!reason) found['reason'] = texts.endReasonMissing;
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0 || !reason) return;
    try {
      await end({
        variables: {
          input: {
            id: placement.id,
            expectedVersion: placement.version,
            endedOn: endedOn.trim(),
            reason,
            note: note.trim() || null,
          },
        },
      });
      onClose(true);
    } catch (caught) {
      const error = matchingErrorOf(caught, t);
      setErrors(error.fields);
      if (Object.keys(error.fields).length === 0) setFormError(error.message);
    }
  };

  return (
    <Dialog title={texts.endPlacementFor(names)} onClose={() => onClose(false)} testId="end-placement-dialog">
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        {formError ? <Alert kind="error">{formError}</Alert> : null}
        <TextField
          id="end-endedOn"
          label={texts.endedOn}
          hint={t.matching.form.dateHint}
          className="input-width-s"
          error={errors['endedOn']}
          value={endedOn}
          onChange={(event) => setEndedOn(event.target.value)}
        />
        <SelectField
          id="end-reason"
          label={texts.endReason}
          error={errors['reason']}
          value={reason}
          options={[
            { value: '', label: texts.chooseReason },
            ...endReasons.map((value) => ({ value, label: t.matching.endReasons[value] })),
          ]}
          onChange={(event) => setReason(event.target.value as PlacementEndReason | '')}
        />
        <TextAreaField
          id="end-note"
          label={texts.endNote}
          optional
          error={errors['note']}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
        <div className="mt-5">
          <button type="submit" className="button button-primary" disabled={loading}>
            {texts.confirmEnd}
          </button>
          <button type="button" className="button button-secondary ml-3" onClick={() => onClose(false)}>
            {texts.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function Placements() {
  const { t } = useI18n();
  const texts = t.matching.caseworker;
  const placements = useQuery(PlacementsDocument, {
    variables: { active: true },
    fetchPolicy: 'cache-and-network',
  });
  const outcomes = useQuery(PlacementOutcomesDocument, { fetchPolicy: 'cache-and-network' });
  const [ending, setEnding] = useState<PlacementRow | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const rows = placements.data?.placements ?? [];
  const bands = outcomes.data?.placementOutcomes ?? [];
  const percent = (rate: number | null | undefined) =>
    rate == null ? texts.noRate : `${formatPoints(rate * 100)} %`;

  return (
    <>
      <section aria-labelledby="placements-heading" className="mt-7">
        <h2 id="placements-heading">{texts.placementsHeading}</h2>
        {notice ? <Alert kind="success">{notice}</Alert> : null}
        {placements.error ? <Alert kind="error">{t.errors[toApiError(placements.error).code]}</Alert> : null}
        {placements.data && rows.length === 0 ? <p>{texts.noPlacements}</p> : null}
        {rows.length > 0 ? (
          <div className="table--responsive-scroll">
            <table className="table table--zebra" data-testid="placement-table">
              <caption className="sr-only">{texts.placementsHeading}</caption>
              <thead>
                <tr>
                  <th scope="col">{texts.children}</th>
                  <th scope="col">{texts.family}</th>
                  <th scope="col">{texts.started}</th>
                  <th scope="col">{texts.matchScore}</th>
                  <th scope="col">
                    <span className="sr-only">{texts.endPlacement}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">{childNames(row.need.children)}</th>
                    <td>{row.family.displayName}</td>
                    <td>{formatDay(row.startedOn)}</td>
                    <td>{row.matchScore == null ? texts.noScore : formatPoints(row.matchScore)}</td>
                    <td>
                      <button
                        type="button"
                        className="button button-secondary"
                        aria-label={texts.endPlacementFor(childNames(row.need.children))}
                        onClick={() => {
                          setNotice(null);
                          setEnding(row);
                        }}
                      >
                        {texts.endPlacement}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
      {ending ? (
        <EndPlacementDialog
          placement={ending}
          onClose={(ended) => {
            setEnding(null);
            if (ended) {
              void Promise.all([placements.refetch(), outcomes.refetch()]).then(() => setNotice(texts.ended));
            }
          }}
        />
      ) : null}
      <section aria-labelledby="outcomes-heading" className="mt-7">
        <h2 id="outcomes-heading">{texts.outcomesHeading}</h2>
        <p>{texts.outcomesIntro}</p>
        {bands.length > 0 ? (
          <>
            <HorizontalBarChart
              title={texts.chartTitle}
              description={texts.chartDescription}
              testId="outcomes-chart"
              data={bands.map((band) => ({
                label: band.band,
                value: Math.round((band.breakdownRate ?? 0) * 100),
                note: band.breakdownRate == null ? texts.noRate : '%',
              }))}
            />
            <div className="table--responsive-scroll">
              <table className="table table--zebra" data-testid="outcomes-table">
                <caption className="sr-only">{texts.outcomesHeading}</caption>
                <thead>
                  <tr>
                    <th scope="col">{texts.band}</th>
                    <th scope="col">{texts.placements}</th>
                    <th scope="col">{texts.endedCount}</th>
                    <th scope="col">{texts.breakdowns}</th>
                    <th scope="col">{texts.rate}</th>
                  </tr>
                </thead>
                <tbody>
                  {bands.map((band) => (
                    <tr key={band.band}>
                      <th scope="row">{band.band}</th>
                      <td>{band.placements}</td>
                      <td>{band.ended}</td>
                      <td>{band.breakdowns}</td>
                      <td>{percent(band.breakdownRate)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        ) : null}
      </section>
    </>
  );
}

function NeedList() {
  const { t } = useI18n();
  const texts = t.matching.caseworker;
  const needs = useQuery(PlacementNeedsDocument, {
    variables: { first: 100, status: 'WAITING' },
    fetchPolicy: 'cache-and-network',
  });
  const rows = (needs.data?.placementNeeds.edges ?? []).map((edge) => edge.node);
  return (
    <>
      <PageHeading title={texts.title} />
      <p className="font-lead">{texts.intro}</p>
      <Link to={`${matchingPath}/${newSubPath}`} className="button button-primary">
        {texts.newNeed}
      </Link>
      <section aria-labelledby="waiting-heading" className="mt-7">
        <h2 id="waiting-heading">{texts.waitingHeading}</h2>
        {needs.error ? <Alert kind="error">{t.errors[toApiError(needs.error).code]}</Alert> : null}
        {!needs.data && needs.loading ? <p role="status">{t.common.loading}</p> : null}
        {needs.data && rows.length === 0 ? <p>{texts.noneWaiting}</p> : null}
        {rows.length > 0 ? (
          <div className="table--responsive-scroll">
            <table className="table table--zebra" data-testid="need-table">
              <caption className="sr-only">{texts.waitingHeading}</caption>
              <thead>
                <tr>
                  <th scope="col">{texts.children}</th>
                  <th scope="col">{texts.supportLevel}</th>
                  <th scope="col">{texts.created}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((need) => (
                  <tr key={need.id}>
                    <th scope="row">
                      <Link
                        to={`${matchingPath}/${need.id}`}
                        aria-label={texts.open(childNames(need.children))}
                      >
                        {childNames(need.children)}
                      </Link>
                      {need.acute ? <strong> ({texts.acute})</strong> : null}
                    </th>
                    <td>{t.matching.supportLevels[need.supportLevel]}</td>
                    <td>{formatDate(need.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
      <Placements />
    </>
  );
}

function NeedSummary({ need }: { need: PlacementNeedFieldsFragment }) {
  const { t } = useI18n();
  const texts = t.matching;
  return (
    <section aria-labelledby="need-summary-heading">
      <h2 id="need-summary-heading">{texts.ranking.summaryHeading}</h2>
      <dl className="summary-list" data-testid="need-summary">
        <dt>{texts.caseworker.children}</dt>
        <dd>
          {need.children
            .map((child) => `${child.firstName} (${texts.ranking.age(ageOf(child.birthDate))})`)
            .join(', ')}
        </dd>
        <dt>{texts.caseworker.supportLevel}</dt>
        <dd>{texts.supportLevels[need.supportLevel]}</dd>
        <dt>{texts.form.schoolName}</dt>
        <dd>{need.schoolName || texts.profile.notSet}</dd>
        <dt>{texts.form.contactVisits}</dt>
        <dd>{need.contactVisitsPerMonth}</dd>
        {need.wishesText ? (
          <>
            <dt>{texts.form.wishesText}</dt>
            <dd>“{need.wishesText}”</dd>
          </>
        ) : null}
        <dt>{t.matching.caseworker.created}</dt>
        <dd>
          {formatDate(need.createdAt)} · {texts.needStatuses[need.status]}
          {need.acute ? ` · ${texts.caseworker.acute}` : ''}
        </dd>
      </dl>
    </section>
  );
}

function CancelNeedDialog({
  need,
  onClose,
}: {
  need: PlacementNeedFieldsFragment;
  onClose(done: boolean): void;
}) {
  const { t } = useI18n();
  const texts = t.matching.ranking;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [cancel, { loading }] = useMutation(CancelPlacementNeedDocument);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError(texts.cancelReasonMissing);
      return;
    }
    try {
      await cancel({ variables: { id: need.id, reason: reason.trim() } });
      onClose(true);
    } catch (caught) {
      const found = matchingErrorOf(caught, t);
      setError(found.fields['reason'] ?? found.message);
    }
  };
  return (
    <Dialog title={texts.cancelNeed} onClose={() => onClose(false)} testId="cancel-need-dialog">
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextAreaField
          id="cancel-reason"
          label={texts.cancelReason}
          error={error}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        <button type="submit" className="button button-primary" disabled={loading}>
          {texts.confirmCancel}
        </button>
        <button type="button" className="button button-secondary ml-3" onClick={() => onClose(false)}>
          {t.matching.caseworker.cancel}
        </button>
      </form>
    </Dialog>
  );
}

function NeedRanking({ id }: { id: string }) {
  const { t } = useI18n();
  const texts = t.matching.ranking;
  const ranking = useQuery(FamilyRankingDocument, {
    variables: { needId: id, limit: 20 },
    fetchPolicy: 'cache-and-network',
  });
  const proposals = useQuery(MatchProposalsDocument, {
    variables: { status: 'PROPOSED', needId: id },
    fetchPolicy: 'cache-and-network',
  });
  const [propose, proposing] = useMutation(ProposeFamilyDocument);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const data = ranking.data?.familyRanking;

  if (ranking.error && !data) {
    return (
      <>
        <Link to={matchingPath} className="back-link">
          {t.matching.form.back}
        </Link>
        <PageHeading title={t.errors.loadFailed} />
        <Alert kind="error">{t.errors[toApiError(ranking.error).code]}</Alert>
      </>
    );
  }
  if (!data) return <p role="status">{t.common.loading}</p>;
  const need = data.need;
  const waiting = need.status === 'WAITING';
  const proposed = new Set((proposals.data?.matchProposals ?? []).map((p) => p.family.id));

  // The child's network families are shown in their own section above, so not twice.
  const networkIds = new Set(data.network.flatMap((c) => (c.family ? [c.family.id] : [])));
  const others = waiting ? data.families.filter((r) => !networkIds.has(r.family.id)) : data.families;

  const proposeControl = (familyId: string, name: string) =>
    proposed.has(familyId) ? (
      <p>
        <strong>{texts.openProposals}</strong>
      </p>
    ) : (
      <button
        type="button"
        className="button button-primary"
        aria-label={texts.proposeFor(name)}
        disabled={proposing.loading}
        onClick={() => void onPropose(familyId, name)}
      >
        {texts.propose}
      </button>
    );

  const onPropose = async (familyId: string, name: string) => {
    setNotice(null);
    try {
      await propose({ variables: { needId: need.id, familyId } });
      await proposals.refetch();
      setNotice({ kind: 'success', text: texts.proposed(name) });
    } catch (caught) {
      setNotice({ kind: 'error', text: matchingErrorOf(caught, t).message });
    }
  };

  return (
    <>
      <Link to={matchingPath} className="back-link">
        {t.matching.form.back}
      </Link>
      <PageHeading title={childNames(need.children)} />
      <NeedSummary need={need} />
      {waiting ? (
        <p>
          <Link to={`${matchingPath}/${need.id}${editSuffix}`} className="button button-secondary">
            {texts.edit}
          </Link>
          <button type="button" className="button button-tertiary ml-3" onClick={() => setCancelling(true)}>
            {texts.cancelNeed}
          </button>
        </p>
      ) : null}
      {cancelling ? (
        <CancelNeedDialog
          need={need}
          onClose={(done) => {
            setCancelling(false);
            if (done)
              void ranking.refetch().then(() => setNotice({ kind: 'success', text: texts.cancelled }));
          }}
        />
      ) : null}
      {notice ? (
        <Alert kind={notice.kind} testId="ranking-notice">
          {notice.text}
        </Alert>
      ) : null}
      {waiting ? (
        <section aria-labelledby="network-heading" className="mt-7">
          <h2 id="network-heading">{texts.network}</h2>
          <p>{texts.networkIntro}</p>
          {data.network.length === 0 ? <p>{texts.noNetwork}</p> : null}
          <ol className="nobullet-list" data-testid="network">
            {data.network.map((candidate, index) => (
              <li
                key={`${candidate.applicationId ?? candidate.family?.id ?? ''}-${index}`}
                className="match-family"
                data-testid="network-candidate"
              >
                <h3>
                  {candidate.name}
                  <span className={`match-network-tag match-stage-${candidate.stage}`}>
                    {texts.stages[candidate.stage]}
                  </span>
                </h3>
                {candidate.relation ? <p>{candidate.relation}</p> : null}
                <p>{candidate.stageText}</p>
                {candidate.family && candidate.evaluation?.eligible ? (
                  <>
                    <p>
                      {candidate.family.approvalTypes
                        .map((type) => t.recruitment.familyTypes[type])
                        .join(', ')}
                      {' · '}
                      {texts.vacancies(candidate.family.vacancies, candidate.family.places)}
                    </p>
                    <FactorBars evaluation={candidate.evaluation} />
                    {proposeControl(candidate.family.id, candidate.family.displayName)}
                  </>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <section aria-labelledby="ranking-heading" className="mt-7">
        <h2 id="ranking-heading">{texts.heading}</h2>
        {!waiting ? <p>{texts.notWaiting}</p> : null}
        {waiting ? <p>{texts.considered(data.considered)}</p> : null}
        {waiting && others.length === 0 ? <p>{texts.none}</p> : null}
        <ol className="nobullet-list" data-testid="ranking">
          {others.map(({ family, evaluation }) => (
            <li key={family.id} className="match-family" data-testid="ranked-family">
              <h3>
                {family.displayName}
                {evaluation.network ? <span className="match-network-tag">{texts.network}</span> : null}
              </h3>
              <p>
                {family.approvalTypes.map((type) => t.recruitment.familyTypes[type]).join(', ')}
                {' · '}
                {texts.vacancies(family.vacancies, family.places)}
              </p>
              <FactorBars evaluation={evaluation} />
              {waiting ? proposeControl(family.id, family.displayName) : null}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

function NewNeed() {
  const { t } = useI18n();
  const { navigate } = useRouter();
  return (
    <>
      <Link to={matchingPath} className="back-link">
        {t.matching.form.back}
      </Link>
      <PageHeading title={t.matching.form.newTitle} />
      <NeedForm onSaved={(id) => navigate(`${matchingPath}/${id}`)} />
    </>
  );
}

function EditNeed({ id }: { id: string }) {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const query = useQuery(PlacementNeedDocument, { variables: { id }, fetchPolicy: 'network-only' });
  const need = query.data?.placementNeed;
  return (
    <>
      <Link to={`${matchingPath}/${id}`} className="back-link">
        {t.matching.form.back}
      </Link>
      <PageHeading title={t.matching.form.editTitle} />
      {query.error && !need ? <Alert kind="error">{t.errors[toApiError(query.error).code]}</Alert> : null}
      {need ? (
        <NeedForm
          key={need.version}
          need={need}
          onSaved={(saved) => navigate(`${matchingPath}/${saved}`)}
          onReload={() => void query.refetch()}
        />
      ) : (
        <p role="status">{t.common.loading}</p>
      )}
    </>
  );
}

/** `/matchning`: waiting needs and placements; `/matchning/nyt`: a new need; `/matchning/<id>`: its ranking. */
export function MatchingPage({ subPath }: { subPath: string }) {
  if (!subPath) return <NeedList />;
  if (subPath === newSubPath) return <NewNeed />;
  if (subPath.endsWith(editSuffix)) {
    const id = subPath.slice(0, -editSuffix.length);
    return <EditNeed key={id} id={id} />;
  }
  return <NeedRanking key={subPath} id={subPath} />;
}
