import { useApolloClient, useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { ErrorSummary } from '../error-summary';
import { fieldErrorsOf, fieldSummary } from '../form-errors';
import { SelectField, TextAreaField, TextField } from '../form-fields';
import { Alert } from '../recruitment/alerts';
import type { FaqEntryFieldsFragment, FaqEntryHistoryQuery, FaqOwnerTeam } from '../../gql/graphql';
import {
  CreateFaqEntryDocument,
  FaqEntriesDocument,
  FaqEntryHistoryDocument,
  UpdateFaqEntryDocument,
} from '../../graphql/faq.operations';
import { useI18n } from '../../i18n/i18n-context';
import { AnswerText } from './answer-text';
import { faqErrorOf } from './faq-error';
import { formatFaqTime } from './faq-format';
import { PhrasingList } from './phrasing-list';

export const ownerTeams: readonly FaqOwnerTeam[] = [
  'FAMILIEPLEJE',
  'AFLASTNING',
  'LAERING',
  'NETVAERK',
  'MYNDIGHED',
];

interface Draft {
  key: string;
  question: string;
  answer: string;
  phrasings: string[];
  english: string[];
  category: string;
  ownerTeam: string;
}

type DraftField = keyof Draft;
const fieldOrder: readonly DraftField[] = [
  'question',
  'answer',
  'phrasings',
  'english',
  'category',
  'ownerTeam',
  'key',
];
const fieldIds: Record<DraftField, string> = {
  question: 'faq-question',
  answer: 'faq-answer',
  phrasings: 'faq-phrasings',
  english: 'faq-english',
  category: 'faq-category',
  ownerTeam: 'faq-team',
  key: 'faq-key',
};

type Version = FaqEntryHistoryQuery['faqEntryHistory'][number];

interface Conflict {
  latest: Version;
  /** Fields where the colleague's saved version and the form differ. */
  rows: { field: DraftField; theirs: string; mine: string }[];
}

function draftOf(entry?: Pick<FaqEntryFieldsFragment, DraftField> | null): Draft {
  return {
    key: entry?.key ?? '',
    question: entry?.question ?? '',
    answer: entry?.answer ?? '',
    phrasings: entry?.phrasings ? [...entry.phrasings] : [],
    english: entry?.english ? [...entry.english] : [],
    category: entry?.category ?? '',
    ownerTeam: entry?.ownerTeam ?? '',
  };
}

function shown(value: string | string[]): string {
  return Array.isArray(value) ? value.filter((v) => v.trim()).join('\n') : value.trim();
}

/**
 * Create or edit one knowledge-base entry. Saving sends the version the consultant started from; when a colleague
 * saved in between, the api answers FAQ.STALE and the form shows the colleague's version beside the consultant's,
 * so nothing is overwritten unseen.
 */
export function FaqEntryForm({
  entry,
  categories,
  onSaved,
  onCancel,
}: {
  entry?: FaqEntryFieldsFragment;
  categories: readonly string[];
  onSaved(entry: FaqEntryFieldsFragment, message: string): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const texts = t.faq.form;
  const client = useApolloClient();
  const refetch = {
    refetchQueries: [FaqEntriesDocument, FaqEntryHistoryDocument],
    awaitRefetchQueries: false,
  };
  const [create] = useMutation(CreateFaqEntryDocument, refetch);
  const [update] = useMutation(UpdateFaqEntryDocument, refetch);
  const [draft, setDraft] = useState<Draft>(() => draftOf(entry));
  const [version, setVersion] = useState(entry?.version ?? 0);
  const [errors, setErrors] = useState<Partial<Record<DraftField, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [archivedMeanwhile, setArchivedMeanwhile] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const saveButton = useRef<HTMLButtonElement>(null);
  const conflictHeading = useRef<HTMLHeadingElement>(null);

  const set = <F extends DraftField>(field: F, value: Draft[F]) =>
    setDraft((d) => ({ ...d, [field]: value }));

  const validate = (): Partial<Record<DraftField, string>> => {
    const found: Partial<Record<DraftField, string>> = {};
    const question = draft.question.trim();
    const answer = draft.answer.trim();
    const category = draft.category.trim();
    if (question.length < 5 || question.length > 300) found.question = texts.questionMissing;
    if (answer.length < 5 || answer.length > 5000) found.answer = texts.answerMissing;
    if (draft.phrasings.some((p) => p.trim().length > 300)) found.phrasings = texts.phrasingTooLong;
    if (draft.english.some((p) => p.trim().length > 300)) found.english = texts.phrasingTooLong;
    if (!category || category.length > 80) found.category = texts.categoryMissing;
    if (!draft.ownerTeam) found.ownerTeam = texts.teamMissing;
    return found;
  };

  const showConflict = async () => {
    if (!entry) return;
    const history = await client.query({
      query: FaqEntryHistoryDocument,
      variables: { id: entry.id },
      fetchPolicy: 'network-only',
    });
    const latest = history.data?.faqEntryHistory[0];
    if (!latest) return;
    if (latest.snapshot.status === 'ARCHIVED') {
      setArchivedMeanwhile(true);
      return;
    }
    const theirs = draftOf(latest.snapshot);
    const rows = fieldOrder
      .filter((field) => shown(theirs[field]) !== shown(draft[field]))
      .map((field) => ({ field, theirs: shown(theirs[field]), mine: shown(draft[field]) }));
    setConflict({ latest, rows });
    requestAnimationFrame(() => conflictHeading.current?.focus());
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    setNotice(null);
    const found = validate();
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length) return;
    const input = {
      key: draft.key.trim() || null,
      question: draft.question.trim(),
      answer: draft.answer.trim(),
      phrasings: draft.phrasings.map((p) => p.trim()).filter(Boolean),
      english: draft.english.map((p) => p.trim()).filter(Boolean),
      category: draft.category.trim(),
      ownerTeam: draft.ownerTeam as FaqOwnerTeam,
    };
    setBusy(true);
    try {
      if (entry) {
        const result = await update({ variables: { input: { ...input, id: entry.id, version } } });
        const saved = result.data?.updateFaqEntry;
        if (saved) {
          setConflict(null);
          onSaved(saved, saved.version === version ? texts.unchanged : texts.saved);
        }
      } else {
        const result = await create({ variables: { input } });
        const saved = result.data?.createFaqEntry;
        if (saved) onSaved(saved, texts.created);
      }
    } catch (caught) {
      const problem = faqErrorOf(caught, t);
      if (problem.code === 'FAQ.STALE') {
        await showConflict();
        return;
      }
      if (problem.code === 'FAQ.ARCHIVED') {
        setArchivedMeanwhile(true);
        return;
      }
      const serverFields = fieldErrorsOf(problem.fields, fieldOrder);
      setErrors(serverFields);
      setAttempt((n) => n + 1);
      if (!Object.keys(serverFields).length) setFailure(problem.message);
    } finally {
      setBusy(false);
    }
  };

  const useTheirs = () => {
    if (!conflict) return;
    setDraft(draftOf(conflict.latest.snapshot));
    setVersion(conflict.latest.version);
    setConflict(null);
    setNotice(null);
  };
  const keepMine = () => {
    if (!conflict) return;
    setVersion(conflict.latest.version);
    setConflict(null);
    setNotice(t.faq.conflict.keepMineDone);
    saveButton.current?.focus();
  };

  const summary = fieldSummary(errors, fieldOrder, (field) => fieldIds[field]);

  return (
    <>
      <ErrorSummary errors={summary} attempt={attempt} />
      {failure ? (
        <Alert kind="error" testId="faq-form-failure">
          {failure}
        </Alert>
      ) : null}
      {archivedMeanwhile ? (
        <Alert kind="warning" testId="faq-archived-meanwhile">
          {t.faq.conflict.archived}
        </Alert>
      ) : null}
      {conflict ? (
        <div className="alert alert-warning" role="alert" data-testid="faq-conflict">
          <div className="alert-body">
            <h2 className="alert-heading" tabIndex={-1} ref={conflictHeading}>
              {t.faq.conflict.heading}
            </h2>
            <p className="alert-text">
              {conflict.latest.changedByName
                ? t.faq.conflict.who(conflict.latest.changedByName, formatFaqTime(conflict.latest.changedAt))
                : t.faq.conflict.whoUnknown(formatFaqTime(conflict.latest.changedAt))}
            </p>
            <div className="table--responsive-scroll">
              <table className="table table--compact faq-conflict-table">
                <thead>
                  <tr>
                    <th scope="col">{t.faq.conflict.field}</th>
                    <th scope="col">{t.faq.conflict.theirs}</th>
                    <th scope="col">{t.faq.conflict.mine}</th>
                  </tr>
                </thead>
                <tbody>
                  {conflict.rows.map((row) => (
                    <tr key={row.field}>
                      <th scope="row">{t.faq.fieldNames[row.field]}</th>
                      <td data-testid={`faq-conflict-theirs-${row.field}`}>
                        {row.field === 'ownerTeam' && row.theirs
                          ? t.faq.teams[row.theirs as FaqOwnerTeam]
                          : row.theirs || t.faq.conflict.empty}
                      </td>
                      <td>
                        {row.field === 'ownerTeam' && row.mine
                          ? t.faq.teams[row.mine as FaqOwnerTeam]
                          : row.mine || t.faq.conflict.empty}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <button type="button" className="button button-primary mt-3" onClick={useTheirs}>
              {t.faq.conflict.useTheirs}
            </button>{' '}
            <button type="button" className="button button-secondary mt-3" onClick={keepMine}>
              {t.faq.conflict.keepMine}
            </button>
          </div>
        </div>
      ) : null}
      {notice ? (
        <Alert kind="info" testId="faq-form-notice">
          {notice}
        </Alert>
      ) : null}
      <form noValidate onSubmit={(e) => void onSubmit(e)} data-testid="faq-entry-form">
        <TextField
          id={fieldIds.question}
          label={texts.question}
          hint={texts.questionHint}
          error={errors.question}
          value={draft.question}
          maxLength={300}
          onChange={(e) => set('question', e.target.value)}
        />
        <TextAreaField
          id={fieldIds.answer}
          label={texts.answer}
          hint={texts.answerHint}
          error={errors.answer}
          value={draft.answer}
          rows={8}
          maxLength={5000}
          onChange={(e) => set('answer', e.target.value)}
        />
        <h3 className="h5 mb-0" id="faq-preview-heading">
          {texts.preview}
        </h3>
        <div className="faq-preview" aria-labelledby="faq-preview-heading" role="region">
          {draft.answer.trim() ? (
            <AnswerText answer={draft.answer} testId="faq-preview" />
          ) : (
            <p>{texts.previewEmpty}</p>
          )}
        </div>
        <PhrasingList
          id={fieldIds.phrasings}
          legend={`${texts.phrasings} ${t.common.optional}`}
          hint={texts.phrasingsHint}
          error={errors.phrasings}
          values={draft.phrasings}
          onChange={(next) => set('phrasings', next)}
          itemLabel={texts.phrasing}
          addLabel={texts.addPhrasing}
          removeLabel={texts.remove}
          removeText={texts.removeShort}
        />
        <PhrasingList
          id={fieldIds.english}
          legend={`${texts.english} ${t.common.optional}`}
          hint={texts.englishHint}
          error={errors.english}
          values={draft.english}
          onChange={(next) => set('english', next)}
          itemLabel={texts.englishPhrasing}
          addLabel={texts.addEnglish}
          removeLabel={texts.remove}
          removeText={texts.removeShort}
          lang="en"
        />
        <TextField
          id={fieldIds.category}
          label={texts.category}
          hint={texts.categoryHint}
          error={errors.category}
          value={draft.category}
          maxLength={80}
          list="faq-category-list"
          autoComplete="off"
          onChange={(e) => set('category', e.target.value)}
        />
        <datalist id="faq-category-list">
          {categories.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <SelectField
          id={fieldIds.ownerTeam}
          label={texts.team}
          error={errors.ownerTeam}
          value={draft.ownerTeam}
          options={[
            { value: '', label: texts.teamChoose },
            ...ownerTeams.map((team) => ({ value: team, label: t.faq.teams[team] })),
          ]}
          onChange={(e) => set('ownerTeam', e.target.value)}
        />
        <TextField
          id={fieldIds.key}
          label={texts.key}
          hint={texts.keyHint}
          error={errors.key}
          value={draft.key}
          maxLength={80}
          optional
          autoComplete="off"
          className="input-width-l"
          onChange={(e) => set('key', e.target.value)}
        />
        <button
          ref={saveButton}
          type="submit"
          className="button button-primary"
          disabled={busy || archivedMeanwhile}
        >
          {busy ? texts.saving : entry ? texts.save : texts.create}
        </button>{' '}
        <button type="button" className="button button-secondary" onClick={onCancel} disabled={busy}>
          {texts.cancel}
        </button>
      </form>
    </>
  );
}
