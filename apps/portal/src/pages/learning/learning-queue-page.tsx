import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { SelectField } from '../../components/form-fields';
import { PageHeading } from '../../components/page-heading';
import { Alert } from '../../components/recruitment/alerts';
import { learningErrorOf } from '../../components/learning/learning-error';
import { formatDateTime, waitedSince } from '../../components/learning/learning-format';
import { PriorityBadge } from '../../components/learning/priority-badge';
import '../../components/learning/learning.css';
import type { LearningPriority, LearningRequestFieldsFragment, LearningStatus } from '../../gql/graphql';
import {
  LearningConsultantsDocument,
  LearningQueueDocument,
  LearningVocabularyDocument,
  TakeNextLearningRequestDocument,
} from '../../graphql/learning.operations';
import { useI18n } from '../../i18n/i18n-context';
import { Link } from '../../routing/router';
import { LearningRequestView } from './learning-request-view';

export const learningQueuePath = '/laeringskoe';
const STATUSES = ['NEW', 'ASSIGNED', 'ON_HOLD', 'RESOLVED', 'CLOSED'] as const;

function Queue() {
  const { t } = useI18n();
  const texts = t.learning.queue;
  const [mine, setMine] = useState(false);
  const [draft, setDraft] = useState({ priority: '', status: '' });
  const [filter, setFilter] = useState(draft);
  const [taken, setTaken] = useState<LearningRequestFieldsFragment | null | undefined>(undefined);
  const [takeError, setTakeError] = useState<string | null>(null);
  const vocabulary = useQuery(LearningVocabularyDocument);
  const consultants = useQuery(LearningConsultantsDocument);
  const queue = useQuery(LearningQueueDocument, {
    variables: {
      filter: {
        mine,
        priority: (filter.priority || null) as LearningPriority | null,
        statuses: filter.status ? [filter.status as LearningStatus] : null,
        first: 200,
      },
    },
    fetchPolicy: 'cache-and-network',
  });
  const [takeNext, taking] = useMutation(TakeNextLearningRequestDocument);

  const priorityLabel = (code: string) =>
    vocabulary.data?.learningVocabulary.priorities.find((p) => p.code === code)?.label ?? code;
  const nameOf = (id: string | null | undefined) =>
    id ? (consultants.data?.learningConsultants.find((c) => c.id === id)?.name ?? '–') : texts.nobody;

  const onTake = async () => {
    setTakeError(null);
    setTaken(undefined);
    try {
      const result = await takeNext();
      setTaken(result.data?.takeNextLearningRequest ?? null);
      void queue.refetch();
    } catch (caught) {
      setTakeError(learningErrorOf(caught, t).message);
    }
  };

  const onFilter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFilter(draft);
  };

  const rows = queue.data?.learningQueue ?? [];
  return (
    <>
      <PageHeading title={texts.title} />
      <p>
        <button
          type="button"
          className="button button-primary learning-take-next"
          onClick={() => void onTake()}
          disabled={taking.loading}
          data-testid="learning-take-next"
        >
          {taking.loading ? texts.taking : texts.takeNext}
        </button>
      </p>
      <div aria-live="polite" data-testid="learning-take-result">
        {taken ? (
          <Alert kind="success">
            {texts.gotRequest(taken.childFirstName, taken.categoryLabel, priorityLabel(taken.priority))}{' '}
            <Link to={`${learningQueuePath}/${taken.id}`}>{texts.openIt}</Link>
          </Alert>
        ) : taken === null ? (
          <Alert kind="info">{texts.empty}</Alert>
        ) : null}
        {takeError ? <Alert kind="error">{takeError}</Alert> : null}
      </div>
      <section aria-labelledby="lq-filters">
        <h2 id="lq-filters">{texts.filters}</h2>
        <div role="group" aria-label={texts.view} className="mb-4">
          <button
            type="button"
            className={`button ${mine ? 'button-secondary' : 'button-primary'}`}
            aria-pressed={!mine}
            onClick={() => setMine(false)}
          >
            {texts.all}
          </button>{' '}
          <button
            type="button"
            className={`button ${mine ? 'button-primary' : 'button-secondary'}`}
            aria-pressed={mine}
            onClick={() => setMine(true)}
          >
            {texts.mine}
          </button>
        </div>
        <form noValidate onSubmit={onFilter} data-testid="learning-filter">
          <SelectField
            id="lq-priority"
            label={texts.priority}
            optional
            options={[
              { value: '', label: texts.allPriorities },
              ...(vocabulary.data?.learningVocabulary.priorities ?? []).map((p) => ({
                value: p.code,
                label: p.label,
              })),
            ]}
            value={draft.priority}
            onChange={(e) => setDraft({ ...draft, priority: e.target.value })}
          />
          <SelectField
            id="lq-status"
            label={texts.status}
            optional
            options={[
              { value: '', label: texts.openStatuses },
              ...STATUSES.map((s) => ({ value: s, label: texts.statusNames[s] ?? s })),
            ]}
            value={draft.status}
            onChange={(e) => setDraft({ ...draft, status: e.target.value })}
          />
          <button type="submit" className="button button-secondary">
            {texts.show}
          </button>
        </form>
      </section>
      <h2>{mine ? texts.mine : texts.all}</h2>
      <p role="status">{queue.data ? texts.count(rows.length) : t.common.loading}</p>
      {queue.data && rows.length === 0 ? (
        <p>{texts.none}</p>
      ) : (
        <div className="learning-table-wrap">
          <table className="table" data-testid="learning-queue">
            <caption className="sr-only">{texts.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.priority}</th>
                <th scope="col">{texts.child}</th>
                <th scope="col">{texts.category}</th>
                <th scope="col">{texts.status}</th>
                <th scope="col">{texts.waiting}</th>
                <th scope="col">{texts.deadline}</th>
                <th scope="col">{texts.assignee}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-testid="learning-queue-row">
                  <td>
                    <PriorityBadge priority={r.priority} label={priorityLabel(r.priority)} />
                  </td>
                  <th scope="row">
                    <Link to={`${learningQueuePath}/${r.id}`}>{r.childFirstName}</Link>
                  </th>
                  <td>{r.categoryLabel}</td>
                  <td>{r.statusLabel}</td>
                  <td>{waitedSince(r.queuedAt as string, t)}</td>
                  <td>
                    {r.deadlineAt ? formatDateTime(r.deadlineAt as string) : texts.onHold}
                    {r.isOverdue ? (
                      <>
                        {' – '}
                        <span className="learning-overdue">{texts.overdue}</span>
                      </>
                    ) : null}
                  </td>
                  <td>{nameOf(r.assigneeId)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** `/laeringskoe`: the queue and "Tag næste"; `/laeringskoe/<id>`: one request. */
export function LearningQueuePage({ subPath }: { subPath: string }) {
  return subPath ? <LearningRequestView key={subPath} id={subPath} /> : <Queue />;
}
