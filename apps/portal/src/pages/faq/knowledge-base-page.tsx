import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { PageHeading } from '../../components/page-heading';
import { SelectField, TextField } from '../../components/form-fields';
import { Alert } from '../../components/recruitment/alerts';
import { Dialog } from '../../components/recruitment/dialog';
import { AnswerText } from '../../components/faq/answer-text';
import { faqErrorOf } from '../../components/faq/faq-error';
import { FaqEntryForm, ownerTeams } from '../../components/faq/faq-entry-form';
import { foldForFilter, formatFaqTime } from '../../components/faq/faq-format';
import { FaqHistory } from '../../components/faq/faq-history';
import { FaqSynonyms } from '../../components/faq/faq-synonyms';
import { FaqTabs, knowledgeBasePath } from '../../components/faq/faq-tabs';
import '../../components/faq/faq.css';
import type { FaqEntryFieldsFragment } from '../../gql/graphql';
import {
  ArchiveFaqEntryDocument,
  FaqEntriesDocument,
  FaqEntryHistoryDocument,
} from '../../graphql/faq.operations';
import { useI18n } from '../../i18n/i18n-context';
import { Link, useRouter } from '../../routing/router';

type StatusFilter = 'ACTIVE' | 'ARCHIVED' | 'ALL';

function useEntries() {
  // Archived entries are the consultants' working material: the list filters them client-side.
  return useQuery(FaqEntriesDocument, {
    variables: { includeArchived: true },
    fetchPolicy: 'cache-and-network',
  });
}

function categoriesOf(entries: readonly FaqEntryFieldsFragment[]): string[] {
  return [...new Set(entries.map((e) => e.category))].sort((a, b) => a.localeCompare(b, 'da'));
}

function EntryList() {
  const { t } = useI18n();
  const texts = t.faq.list;
  const entries = useEntries();
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState('');
  const [team, setTeam] = useState('');
  const [status, setStatus] = useState<StatusFilter>('ACTIVE');
  const all = useMemo(() => entries.data?.faqEntries ?? [], [entries.data]);
  const categories = useMemo(() => categoriesOf(all), [all]);
  const words = foldForFilter(search).split(/\s+/).filter(Boolean);
  const shown = all.filter((e) => {
    if (status !== 'ALL' && e.status !== status) return false;
    if (category && e.category !== category) return false;
    if (team && e.ownerTeam !== team) return false;
    if (!words.length) return true;
    const haystack = foldForFilter([e.question, e.answer, ...e.phrasings, ...e.english, e.key].join(' '));
    return words.every((w) => haystack.includes(w));
  });

  return (
    <>
      <FaqTabs current="entries" />
      <PageHeading title={texts.title} />
      <p>{texts.intro}</p>
      <Link to={`${knowledgeBasePath}/ny`} className="button button-primary">
        {texts.newEntry}
      </Link>
      <section aria-labelledby="faq-filters-heading" className="mt-7">
        <h2 id="faq-filters-heading">{texts.filters}</h2>
        <div className="faq-filters">
          <TextField
            id="faq-filter-search"
            label={texts.search}
            hint={texts.searchHint}
            type="search"
            value={search}
            optional
            onChange={(e) => setSearch(e.target.value)}
          />
          <SelectField
            id="faq-filter-category"
            label={texts.category}
            value={category}
            optional
            options={[
              { value: '', label: texts.allCategories },
              ...categories.map((c) => ({ value: c, label: c })),
            ]}
            onChange={(e) => setCategory(e.target.value)}
          />
          <SelectField
            id="faq-filter-team"
            label={texts.team}
            value={team}
            optional
            options={[
              { value: '', label: texts.allTeams },
              ...ownerTeams.map((tm) => ({ value: tm, label: t.faq.teams[tm] })),
            ]}
            onChange={(e) => setTeam(e.target.value)}
          />
          <SelectField
            id="faq-filter-status"
            label={texts.status}
            value={status}
            optional
            options={[
              { value: 'ACTIVE', label: texts.statusActive },
              { value: 'ARCHIVED', label: texts.statusArchived },
              { value: 'ALL', label: texts.statusAll },
            ]}
            onChange={(e) => setStatus(e.target.value as StatusFilter)}
          />
        </div>
      </section>
      {entries.error && !entries.data ? (
        <Alert kind="error">{faqErrorOf(entries.error, t).message}</Alert>
      ) : null}
      {!entries.data && !entries.error ? <p>{t.common.loading}</p> : null}
      {entries.data ? (
        <p role="status" data-testid="faq-count">
          {texts.shown(shown.length, all.length)}
        </p>
      ) : null}
      {entries.data && shown.length === 0 ? <p>{texts.none}</p> : null}
      <ul className="nobullet-list" data-testid="faq-entry-list">
        {shown.map((e) => (
          <li key={e.id} className="faq-list-item" data-testid="faq-entry-item">
            <Link to={`${knowledgeBasePath}/${e.id}`} className="h4 d-block">
              {e.question}
            </Link>
            <span className="faq-meta">
              {e.category} · {t.faq.teams[e.ownerTeam]} · {t.faq.statuses[e.status]} ·{' '}
              {texts.updated(formatFaqTime(e.updatedAt))}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

function NewEntry() {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const entries = useEntries();
  const categories = categoriesOf(entries.data?.faqEntries ?? []);
  return (
    <>
      <FaqTabs current="entries" />
      <PageHeading title={t.faq.form.newTitle} />
      <p>
        <Link to={knowledgeBasePath}>{t.faq.form.back}</Link>
      </p>
      <FaqEntryForm
        categories={categories}
        onSaved={(saved) => navigate(`${knowledgeBasePath}/${saved.id}?oprettet=1`)}
        onCancel={() => navigate(knowledgeBasePath)}
      />
    </>
  );
}

function EntryPage({ id }: { id: string }) {
  const { t } = useI18n();
  const texts = t.faq.form;
  const { navigate } = useRouter();
  const entries = useEntries();
  const [message, setMessage] = useState<string | null>(
    window.location.search.includes('oprettet=1') ? texts.created : null,
  );
  const [failure, setFailure] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  // Remounts the form after a save, so it starts from the saved version.
  const [formKey, setFormKey] = useState(0);
  const [archive, archiving] = useMutation(ArchiveFaqEntryDocument, {
    refetchQueries: [FaqEntriesDocument, FaqEntryHistoryDocument],
  });
  const all = entries.data?.faqEntries ?? [];
  const entry = all.find((e) => e.id === id);

  if (!entry) {
    return (
      <>
        <FaqTabs current="entries" />
        <PageHeading title={texts.editTitle} />
        {entries.data || entries.error ? (
          <Alert kind="error">{entries.error ? faqErrorOf(entries.error, t).message : texts.notFound}</Alert>
        ) : (
          <p>{t.common.loading}</p>
        )}
        <Link to={knowledgeBasePath}>{texts.back}</Link>
      </>
    );
  }

  const onArchive = async () => {
    setConfirming(false);
    setFailure(null);
    try {
      await archive({ variables: { id: entry.id, version: entry.version } });
      setMessage(t.faq.archive.done);
    } catch (caught) {
      setFailure(faqErrorOf(caught, t).message);
      void entries.refetch();
    }
  };

  const archived = entry.status === 'ARCHIVED';
  return (
    <>
      <FaqTabs current="entries" />
      <PageHeading title={archived ? entry.question : texts.editTitle} />
      <p>
        <Link to={knowledgeBasePath}>{texts.back}</Link>
      </p>
      {message ? (
        <Alert kind="success" testId="faq-message">
          {message}
        </Alert>
      ) : null}
      {failure ? (
        <Alert kind="error" testId="faq-failure">
          {failure}
        </Alert>
      ) : null}
      {archived ? (
        <>
          <Alert kind="info" testId="faq-archived">
            {texts.archivedNotice}
          </Alert>
          <p className="faq-meta">
            {entry.category} · {t.faq.teams[entry.ownerTeam]}
          </p>
          <AnswerText answer={entry.answer} />
        </>
      ) : (
        <>
          <FaqEntryForm
            key={`${entry.id}-${formKey}`}
            entry={entry}
            categories={categoriesOf(all)}
            onSaved={(_saved, text) => {
              setMessage(text);
              setFormKey((n) => n + 1);
              window.scrollTo(0, 0);
            }}
            onCancel={() => navigate(knowledgeBasePath)}
          />
          <h2>{t.faq.archive.button}</h2>
          <p>{t.faq.archive.text}</p>
          <button
            type="button"
            className="button button-secondary"
            disabled={archiving.loading}
            onClick={() => setConfirming(true)}
          >
            {t.faq.archive.button}
          </button>
        </>
      )}
      <FaqHistory entryId={entry.id} />
      {confirming ? (
        <Dialog title={t.faq.archive.title} onClose={() => setConfirming(false)} testId="faq-archive-dialog">
          <p>{t.faq.archive.text}</p>
          <button type="button" className="button button-primary" onClick={() => void onArchive()}>
            {t.faq.archive.confirm}
          </button>{' '}
          <button type="button" className="button button-secondary" onClick={() => setConfirming(false)}>
            {t.faq.archive.cancel}
          </button>
        </Dialog>
      ) : null}
    </>
  );
}

function SynonymsPage() {
  const { t } = useI18n();
  return (
    <>
      <FaqTabs current="synonyms" />
      <PageHeading title={t.faq.synonyms.title} />
      <FaqSynonyms />
    </>
  );
}

/**
 * `/vidensbase` for family-care consultants: the entries (list, `ny`, `<id>`) and `synonymer`. `henvendelser` and
 * `forbedringer` are pages of their own (app.tsx routes them); all four share the FaqTabs bar.
 */
export function KnowledgeBasePage({ subPath }: { subPath: string }) {
  const [head = ''] = subPath.split('/');
  if (head === '') return <EntryList />;
  if (head === 'ny') return <NewEntry />;
  if (head === 'synonymer') return <SynonymsPage />;
  return <EntryPage key={head} id={head} />;
}
