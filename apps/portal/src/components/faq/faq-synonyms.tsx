import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorSummary, type SummaryError } from '../error-summary';
import { TextField } from '../form-fields';
import { Alert } from '../recruitment/alerts';
import { Dialog } from '../recruitment/dialog';
import {
  DeleteFaqSynonymDocument,
  FaqSynonymsDocument,
  SaveFaqSynonymDocument,
} from '../../graphql/faq.operations';
import { useI18n } from '../../i18n/i18n-context';
import { faqErrorOf } from './faq-error';

interface Editing {
  id: string | null;
  version: number | null;
  term: string;
  synonyms: string;
}

const blank: Editing = { id: null, version: null, term: '', synonyms: '' };

function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,;\n]/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

/** Term ↔ synonyms the search treats as one: a table of the municipality's groups and a form to add or edit. */
export function FaqSynonyms() {
  const { t } = useI18n();
  const texts = t.faq.synonyms;
  const list = useQuery(FaqSynonymsDocument, { fetchPolicy: 'cache-and-network' });
  const [save, saving] = useMutation(SaveFaqSynonymDocument, { refetchQueries: [FaqSynonymsDocument] });
  const [remove] = useMutation(DeleteFaqSynonymDocument, { refetchQueries: [FaqSynonymsDocument] });
  const [form, setForm] = useState<Editing>(blank);
  const [errors, setErrors] = useState<{ term?: string; synonyms?: string }>({});
  const [attempt, setAttempt] = useState(0);
  const [message, setMessage] = useState<{ kind: 'success' | 'error' | 'warning'; text: string } | null>(
    null,
  );
  const [deleting, setDeleting] = useState<{ id: string; term: string } | null>(null);
  const rows = list.data?.faqSynonyms ?? [];

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMessage(null);
    const term = form.term.trim();
    const synonyms = splitList(form.synonyms);
    const found: { term?: string; synonyms?: string } = {};
    if (term.length < 2 || term.length > 100) found.term = texts.termMissing;
    if (!synonyms.length || synonyms.length > 20 || synonyms.some((s) => s.length > 100))
      found.synonyms = texts.listMissing;
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length) return;
    try {
      await save({ variables: { input: { id: form.id, version: form.version, term, synonyms } } });
      setForm(blank);
      setMessage({ kind: 'success', text: texts.saved });
    } catch (caught) {
      const problem = faqErrorOf(caught, t);
      if (problem.code === 'FAQ.STALE') {
        await list.refetch();
        setForm(blank);
        setMessage({ kind: 'warning', text: texts.stale });
        return;
      }
      const server = { term: problem.fields['term'], synonyms: problem.fields['synonyms'] };
      if (server.term || server.synonyms) {
        setErrors(server);
        setAttempt((n) => n + 1);
      } else setMessage({ kind: 'error', text: problem.message });
    }
  };

  const onDelete = async () => {
    if (!deleting) return;
    const target = deleting;
    setDeleting(null);
    try {
      await remove({ variables: { id: target.id } });
      if (form.id === target.id) setForm(blank);
      setMessage({ kind: 'success', text: texts.deleted });
    } catch (caught) {
      setMessage({ kind: 'error', text: faqErrorOf(caught, t).message });
    }
  };

  const summary: SummaryError[] = [
    ...(errors.term ? [{ fieldId: 'faq-synonym-term', message: errors.term }] : []),
    ...(errors.synonyms ? [{ fieldId: 'faq-synonym-list', message: errors.synonyms }] : []),
  ];

  return (
    <>
      <p>{texts.intro}</p>
      {message ? (
        <Alert kind={message.kind} testId="faq-synonym-message">
          {message.text}
        </Alert>
      ) : null}
      <section aria-labelledby="faq-synonym-form-heading">
        <h2 id="faq-synonym-form-heading">{form.id ? texts.formEdit(form.term) : texts.formNew}</h2>
        <ErrorSummary errors={summary} attempt={attempt} />
        <form noValidate onSubmit={(e) => void onSubmit(e)} data-testid="faq-synonym-form">
          <TextField
            id="faq-synonym-term"
            label={texts.term}
            hint={texts.termHint}
            error={errors.term}
            value={form.term}
            maxLength={100}
            autoComplete="off"
            onChange={(e) => setForm((f) => ({ ...f, term: e.target.value }))}
          />
          <TextField
            id="faq-synonym-list"
            label={texts.list}
            hint={texts.listHint}
            error={errors.synonyms}
            value={form.synonyms}
            autoComplete="off"
            onChange={(e) => setForm((f) => ({ ...f, synonyms: e.target.value }))}
          />
          <button type="submit" className="button button-primary" disabled={saving.loading}>
            {texts.save}
          </button>{' '}
          {form.id ? (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setForm(blank);
                setErrors({});
              }}
            >
              {texts.cancel}
            </button>
          ) : null}
        </form>
      </section>
      {list.data && rows.length === 0 ? <p>{texts.none}</p> : null}
      {rows.length ? (
        <div className="table--responsive-scroll mt-7">
          <table className="table" data-testid="faq-synonym-table">
            <caption>{texts.tableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.termColumn}</th>
                <th scope="col">{texts.synonymsColumn}</th>
                <th scope="col">{texts.actionsColumn}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{row.term}</th>
                  <td>{row.synonyms.join(', ')}</td>
                  <td>
                    <button
                      type="button"
                      className="button button-tertiary"
                      onClick={() => {
                        setForm({
                          id: row.id,
                          version: row.version,
                          term: row.term,
                          synonyms: row.synonyms.join(', '),
                        });
                        setErrors({});
                        setMessage(null);
                        document.getElementById('faq-synonym-term')?.focus();
                      }}
                    >
                      {texts.edit(row.term)}
                    </button>{' '}
                    <button
                      type="button"
                      className="button button-tertiary"
                      onClick={() => setDeleting({ id: row.id, term: row.term })}
                    >
                      {texts.delete(row.term)}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {deleting ? (
        <Dialog title={texts.deleteTitle(deleting.term)} onClose={() => setDeleting(null)}>
          <p>{texts.deleteText}</p>
          <button type="button" className="button button-primary" onClick={() => void onDelete()}>
            {texts.deleteConfirm}
          </button>{' '}
          <button type="button" className="button button-secondary" onClick={() => setDeleting(null)}>
            {texts.cancel}
          </button>
        </Dialog>
      ) : null}
    </>
  );
}
