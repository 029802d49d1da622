import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { RadioGroup } from '../application/choice-fields';
import { ErrorSummary, type SummaryError } from '../error-summary';
import { CheckboxGroup, SelectField, TextAreaField, TextField } from '../form-fields';
import { Alert } from '../recruitment/alerts';
import type {
  LearningCategory,
  LearningRiskSignal,
  LearningUrgency,
  MyLearningRequestFieldsFragment,
} from '../../gql/graphql';
import {
  CreateLearningRequestDocument,
  LearningChildrenDocument,
  LearningVocabularyDocument,
} from '../../graphql/learning.operations';
import { useI18n } from '../../i18n/i18n-context';
import { learningErrorOf } from './learning-error';
import { uploadAttachment } from './learning-attachments';

const OTHER_CHILD = 'other';

// Field ids on the page, keyed by the api's input field names, so server messages land beside the right field.
const fieldIds: Record<string, string> = {
  placementId: 'lr-child',
  childId: 'lr-child',
  childPseudonym: 'lr-pseudonym',
  category: 'lr-category',
  description: 'lr-description',
  urgency: 'lr-urgency',
  riskSignals: 'lr-risks',
  absencePercent: 'lr-absence',
  file: 'lr-files',
};

/**
 * "Ny henvendelse": the child (from the requester's placements; staff may write a first name instead), topic,
 * description, urgency, risk signals and absence, and files that are uploaded after the request exists.
 */
export function LearningRequestForm({
  staff,
  onCreated,
  onCancel,
}: {
  staff: boolean;
  onCreated(request: MyLearningRequestFieldsFragment, uploadProblems: string[]): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const texts = t.learning.requester;
  const vocabulary = useQuery(LearningVocabularyDocument);
  const children = useQuery(LearningChildrenDocument, { fetchPolicy: 'network-only' });
  const [create] = useMutation(CreateLearningRequestDocument);
  const [child, setChild] = useState('');
  const [pseudonym, setPseudonym] = useState('');
  const [category, setCategory] = useState('');
  const [description, setDescription] = useState('');
  const [urgency, setUrgency] = useState<string>('');
  const [risks, setRisks] = useState<string[]>([]);
  const [absence, setAbsence] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const vocab = vocabulary.data?.learningVocabulary;
  const choices = children.data?.learningChildren ?? [];
  const childOptions = [
    { value: '', label: texts.childChoose },
    ...choices.map((c) => ({ value: `${c.placementId}/${c.childId}`, label: c.firstName })),
    ...(staff ? [{ value: OTHER_CHILD, label: texts.childOther }] : []),
  ];

  const validate = (): Record<string, string> => {
    const found: Record<string, string> = {};
    if (!child) found['lr-child'] = texts.childMissing;
    if (child === OTHER_CHILD && !pseudonym.trim()) found['lr-pseudonym'] = texts.pseudonymMissing;
    if (!category) found['lr-category'] = texts.categoryMissing;
    if (description.trim().length < 10) found['lr-description'] = texts.descriptionMissing;
    if (!urgency) found['lr-urgency'] = texts.urgencyMissing;
    if (absence.trim() && !/^\d{1,3}$/.test(absence.trim())) found['lr-absence'] = texts.absenceInvalid;
    else if (absence.trim() && Number(absence) > 100) found['lr-absence'] = texts.absenceInvalid;
    return found;
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const found = validate();
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length) return;
    const [placementId, childId] = child === OTHER_CHILD ? [null, null] : child.split('/');
    setBusy(true);
    try {
      const result = await create({
        variables: {
          input: {
            placementId: placementId ?? null,
            childId: childId ?? null,
            childPseudonym: child === OTHER_CHILD ? pseudonym.trim() : null,
            category: category as LearningCategory,
            description: description.trim(),
            urgency: urgency as LearningUrgency,
            riskSignals: risks as LearningRiskSignal[],
            absencePercent: absence.trim() ? Number(absence) : null,
          },
        },
      });
      const created = result.data?.createLearningRequest;
      if (!created) return;
      // The request exists now; a refused file is reported but does not undo it.
      const problems: string[] = [];
      for (const file of files) {
        setProgress(texts.uploading(file.name, 0));
        try {
          await uploadAttachment(
            created.id,
            file,
            (percent) => setProgress(texts.uploading(file.name, percent)),
            t.errors.INTERNAL,
          );
        } catch (caught) {
          problems.push(texts.uploadFailed(file.name, (caught as Error).message));
        }
      }
      onCreated(created, problems);
    } catch (caught) {
      const problem = learningErrorOf(caught, t);
      const serverFields: Record<string, string> = {};
      for (const [field, message] of Object.entries(problem.fields))
        serverFields[fieldIds[field] ?? 'lr-description'] = message;
      setErrors(serverFields);
      setAttempt((n) => n + 1);
      if (!Object.keys(serverFields).length) setFailure(problem.message);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const summary: SummaryError[] = Object.entries(errors).map(([fieldId, message]) => ({ fieldId, message }));
  if (!vocab || !children.data) return <p>{t.common.loading}</p>;
  return (
    <section aria-labelledby="lr-form-heading">
      <h2 id="lr-form-heading">{texts.formHeading}</h2>
      <ErrorSummary errors={summary} attempt={attempt} />
      {failure ? (
        <Alert kind="error" testId="lr-failure">
          {failure}
        </Alert>
      ) : null}
      {!staff && choices.length === 0 ? <p>{texts.childNone}</p> : null}
      <form noValidate onSubmit={(e) => void onSubmit(e)} data-testid="learning-request-form">
        <SelectField
          id="lr-child"
          label={texts.child}
          error={errors['lr-child']}
          options={childOptions}
          value={child}
          onChange={(e) => setChild(e.target.value)}
        />
        {child === OTHER_CHILD ? (
          <TextField
            id="lr-pseudonym"
            label={texts.pseudonym}
            hint={texts.pseudonymHint}
            error={errors['lr-pseudonym']}
            value={pseudonym}
            maxLength={60}
            autoComplete="off"
            onChange={(e) => setPseudonym(e.target.value)}
          />
        ) : null}
        <SelectField
          id="lr-category"
          label={texts.category}
          error={errors['lr-category']}
          options={[
            { value: '', label: texts.categoryChoose },
            ...vocab.categories.map((c) => ({ value: c.code, label: c.label })),
          ]}
          value={category}
          onChange={(e) => setCategory(e.target.value)}
        />
        <TextAreaField
          id="lr-description"
          label={texts.description}
          hint={texts.descriptionHint}
          error={errors['lr-description']}
          value={description}
          rows={6}
          maxLength={4000}
          onChange={(e) => setDescription(e.target.value)}
        />
        <RadioGroup
          id="lr-urgency"
          legend={texts.urgency}
          error={errors['lr-urgency']}
          options={vocab.urgencies.map((u) => ({ value: u.code, label: u.label }))}
          value={urgency}
          onChange={setUrgency}
        />
        <CheckboxGroup
          id="lr-risks"
          legend={`${texts.risks} ${t.common.optional}`}
          options={vocab.riskSignals.map((r) => ({ value: r.code, label: r.label }))}
          selected={risks}
          onChange={setRisks}
          error={errors['lr-risks']}
          linkable
        />
        <TextField
          id="lr-absence"
          label={texts.absence}
          hint={texts.absenceHint}
          error={errors['lr-absence']}
          value={absence}
          inputMode="numeric"
          optional
          className="input-width-xs"
          onChange={(e) => setAbsence(e.target.value)}
        />
        <TextField
          id="lr-files"
          type="file"
          label={texts.files}
          hint={texts.filesHint}
          error={errors['lr-files']}
          optional
          multiple
          accept=".pdf,.doc,.docx,.jpg,.jpeg,.png"
          onChange={(e) => setFiles(Array.from(e.target.files ?? []))}
        />
        {progress ? (
          <p role="status" data-testid="lr-progress">
            {progress}
          </p>
        ) : null}
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? texts.sending : texts.submit}
        </button>{' '}
        <button type="button" className="button button-secondary" onClick={onCancel} disabled={busy}>
          {texts.cancel}
        </button>
      </form>
    </section>
  );
}
