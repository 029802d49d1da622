import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Icon } from '../../components/icon';
import { PageHeading } from '../../components/page-heading';
import { SelectField, TextField } from '../../components/form-fields';
import { formatDate } from '../../components/recruitment/format';
import '../../components/recruitment/recruitment.css';
import type { ApplicationFilter, ApplicationTrack, RecruitmentSource } from '../../gql/graphql';
import { toApiError } from '../../graphql/api-error';
import { PipelineBoardDocument } from '../../graphql/recruitment-staff.operations';
import { useI18n } from '../../i18n/i18n-context';
import { Link } from '../../routing/router';
import { useSession } from '../../session/session-context';

const perColumn = 20;
/** After this many days in one stage a card is marked: the family has waited long for the next step. */
export const longWaitDays = 30;

const tracks: readonly ApplicationTrack[] = ['STANDARD', 'NETWORK'];
const sources: readonly RecruitmentSource[] = [
  'WEBSITE',
  'SOCIAL_MEDIA',
  'NEWSPAPER_RADIO',
  'FRIENDS_FAMILY',
  'OTHER_FOSTER_FAMILY',
  'INFO_MEETING',
  'EVENT',
  'OTHER',
];

type Scope = 'alle' | 'mine' | 'ikke-tildelt';

interface BoardQuery {
  search: string;
  scope: Scope;
  track: ApplicationTrack | '';
  source: RecruitmentSource | '';
}

// The filter lives in the URL (?soeg=…&vis=mine&spor=…&kilde=…), so a reload or a shared link shows the same board.
function readQuery(): BoardQuery {
  const params = new URLSearchParams(window.location.search);
  const scope = params.get('vis');
  const track = params.get('spor');
  const source = params.get('kilde');
  return {
    search: params.get('soeg') ?? '',
    scope: scope === 'mine' || scope === 'ikke-tildelt' ? scope : 'alle',
    track: tracks.find((value) => value === track) ?? '',
    source: sources.find((value) => value === source) ?? '',
  };
}

function writeQuery(query: BoardQuery): void {
  const params = new URLSearchParams();
  if (query.search.trim()) params.set('soeg', query.search.trim());
  if (query.scope !== 'alle') params.set('vis', query.scope);
  if (query.track) params.set('spor', query.track);
  if (query.source) params.set('kilde', query.source);
  const search = params.toString();
  window.history.replaceState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}`);
}

function toFilter(query: BoardQuery, userId: string | undefined): ApplicationFilter {
  return {
    search: query.search.trim() || undefined,
    consultantId: query.scope === 'mine' ? userId : undefined,
    unassigned: query.scope === 'ikke-tildelt' ? true : undefined,
    track: query.track || undefined,
    recruitmentSource: query.source || undefined,
  };
}

export function PipelineBoardPage() {
  const { t } = useI18n();
  const texts = t.recruitment.board;
  const { session } = useSession();
  const userId = session.status === 'authenticated' ? session.user.id : undefined;
  const [applied, setApplied] = useState<BoardQuery>(readQuery);
  const [draft, setDraft] = useState<BoardQuery>(applied);
  const board = useQuery(PipelineBoardDocument, {
    variables: { filter: toFilter(applied, userId), perColumn },
    fetchPolicy: 'cache-and-network',
  });

  const apply = (query: BoardQuery) => {
    setApplied(query);
    setDraft(query);
    writeQuery(query);
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply(draft);
  };
  const empty: BoardQuery = { search: '', scope: 'alle', track: '', source: '' };
  const columns = board.data?.pipelineBoard ?? [];

  return (
    <>
      <PageHeading title={texts.title} />
      <p className="font-lead">{texts.intro}</p>

      <form className="mb-6" role="search" aria-labelledby="board-filters" onSubmit={onSubmit}>
        <h2 id="board-filters" className="h3">
          {texts.filtersHeading}
        </h2>
        <div className="row">
          <div className="col-12 col-md-6 col-xl-3">
            <TextField
              id="board-search"
              type="search"
              label={texts.search}
              hint={texts.searchHint}
              // A filter is never required, but "(frivilligt)" on every filter would only be noise.
              required={false}
              value={draft.search}
              onChange={(event) => setDraft({ ...draft, search: event.target.value })}
            />
          </div>
          <div className="col-12 col-md-6 col-xl-3">
            <SelectField
              id="board-scope"
              label={texts.scope}
              // A filter is never required, but "(frivilligt)" on every filter would only be noise.
              required={false}
              value={draft.scope}
              onChange={(event) => setDraft({ ...draft, scope: event.target.value as Scope })}
              options={[
                { value: 'alle', label: texts.scopeAll },
                { value: 'mine', label: texts.scopeMine },
                { value: 'ikke-tildelt', label: texts.scopeUnassigned },
              ]}
            />
          </div>
          <div className="col-12 col-md-6 col-xl-3">
            <SelectField
              id="board-track"
              label={texts.track}
              // A filter is never required, but "(frivilligt)" on every filter would only be noise.
              required={false}
              value={draft.track}
              onChange={(event) =>
                setDraft({ ...draft, track: tracks.find((value) => value === event.target.value) ?? '' })
              }
              options={[
                { value: '', label: texts.anyTrack },
                ...tracks.map((track) => ({ value: track, label: t.recruitment.tracks[track] })),
              ]}
            />
          </div>
          <div className="col-12 col-md-6 col-xl-3">
            <SelectField
              id="board-source"
              label={texts.source}
              // A filter is never required, but "(frivilligt)" on every filter would only be noise.
              required={false}
              value={draft.source}
              onChange={(event) =>
                setDraft({ ...draft, source: sources.find((value) => value === event.target.value) ?? '' })
              }
              options={[
                { value: '', label: texts.anySource },
                ...sources.map((source) => ({ value: source, label: t.recruitment.sources[source] })),
              ]}
            />
          </div>
        </div>
        <button type="submit" className="button button-primary mr-4">
          {texts.apply}
        </button>
        <button type="button" className="button button-secondary" onClick={() => apply(empty)}>
          {texts.reset}
        </button>
      </form>

      {board.error ? (
        <div className="alert alert-error" role="alert">
          <Icon name="error" className="alert-icon" />
          <div className="alert-body">
            <p className="alert-text">{t.errors[toApiError(board.error).code]}</p>
          </div>
        </div>
      ) : null}
      {!board.data && board.loading ? <p role="status">{t.common.loading}</p> : null}
      {columns.length > 0 ? (
        <>
          <p className="form-hint">{texts.scrollHint}</p>
          {/* Focusable so keyboard users can scroll the columns sideways. */}
          <div
            className="pipeline-board"
            role="region"
            aria-label={texts.columnsLabel}
            tabIndex={0}
            data-testid="pipeline-board"
          >
            {columns.map((column) => (
              <section
                key={column.status}
                className="pipeline-column"
                aria-labelledby={`column-${column.status}`}
                data-testid={`column-${column.status}`}
              >
                <h2 id={`column-${column.status}`}>
                  {column.label}{' '}
                  <span className="weight-normal" data-testid="column-count">
                    ({texts.count(column.count)})
                  </span>
                </h2>
                {column.items.length === 0 ? <p>{texts.none}</p> : null}
                <ul className="pipeline-cards">
                  {column.items.map((item) => {
                    const waiting = item.daysInStatus > longWaitDays;
                    return (
                      <li key={item.id} className={waiting ? 'pipeline-card--waiting' : undefined}>
                        <Link to={`/ansoegninger/${item.id}`} className="h5 d-block mb-2">
                          {item.applicantName}
                        </Link>
                        <p className="m-0">{t.recruitment.tracks[item.track]}</p>
                        <p className="m-0">
                          {waiting ? (
                            <span className="waiting-mark">
                              <Icon name="warning" />
                              {texts.longWait}:
                            </span>
                          ) : null}{' '}
                          {texts.daysInStatus(item.daysInStatus)}
                        </p>
                        <p className="m-0">{item.assignedConsultant?.name ?? texts.notAssigned}</p>
                        {item.submittedAt ? (
                          <p className="m-0 form-hint">{texts.submitted(formatDate(item.submittedAt))}</p>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
                {column.count > column.items.length ? (
                  <p className="form-hint">{texts.more(column.items.length, column.count)}</p>
                ) : null}
              </section>
            ))}
          </div>
        </>
      ) : null}
    </>
  );
}
