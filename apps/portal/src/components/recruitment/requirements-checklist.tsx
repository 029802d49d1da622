import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { SelectField, TextField } from '../form-fields';
import { Icon } from '../icon';
import type { RequirementStatus, StaffApplicationFieldsFragment } from '../../gql/graphql';
import {
  AddRequirementDocument,
  StaffApplicationDocument,
  UpdateRequirementDocument,
} from '../../graphql/recruitment-staff.operations';
import { useI18n } from '../../i18n/i18n-context';
import { Alert } from './alerts';
import { recruitmentErrorOf } from './recruitment-error';

type Requirement = StaffApplicationFieldsFragment['requirements'][number];

const statuses: readonly RequirementStatus[] = ['MISSING', 'REQUESTED', 'RECEIVED', 'ACCEPTED', 'REJECTED'];

function RequirementLine({
  requirement,
  applicationId,
  onSaved,
}: {
  requirement: Requirement;
  applicationId: string;
  onSaved(): void;
}) {
  const { t } = useI18n();
  const texts = t.recruitment.application;
  const [status, setStatus] = useState<RequirementStatus>(requirement.status);
  const [expiresOn, setExpiresOn] = useState(requirement.expiresOn ?? '');
  const [note, setNote] = useState(requirement.note ?? '');
  const [message, setMessage] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [update, { loading }] = useMutation(UpdateRequirementDocument, {
    refetchQueries: [{ query: StaffApplicationDocument, variables: { id: applicationId } }],
    awaitRefetchQueries: true,
  });
  const id = `req-${requirement.id}`;
  const name = requirement.subjectName
    ? `${requirement.label}, ${requirement.subjectName}`
    : requirement.label;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMessage(null);
    try {
      await update({
        variables: {
          input: {
            id: requirement.id,
            status,
            expiresOn: expiresOn || null,
            note: note.trim() || null,
            // The line as it was read: a colleague's change in between gives APPLICATION.STALE, not an overwrite.
            expectedUpdatedAt: requirement.updatedAt,
          },
        },
      });
      setFieldErrors({});
      onSaved();
    } catch (caught) {
      const error = recruitmentErrorOf(caught, t);
      setFieldErrors(error.fields);
      setMessage(error.message);
    }
  };

  return (
    <li data-testid={`requirement-${requirement.kind}-${requirement.subjectName}`}>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <fieldset>
          <legend className="h4">
            {requirement.label}
            {requirement.subjectName ? (
              <span className="weight-normal">
                {' '}
                ({texts.subject}: {requirement.subjectName})
              </span>
            ) : null}
          </legend>
          {requirement.expired ? (
            <p className="waiting-mark">
              <Icon name="error" />
              {texts.expired}
            </p>
          ) : requirement.expiringSoon ? (
            <p className="waiting-mark">
              <Icon name="warning" />
              {texts.expiringSoon}
            </p>
          ) : null}
          <div className="row">
            <div className="col-12 col-md-4">
              <SelectField
                id={`${id}-status`}
                label={texts.requirementStatus}
                value={status}
                error={fieldErrors['status']}
                onChange={(event) =>
                  setStatus(statuses.find((value) => value === event.target.value) ?? requirement.status)
                }
                options={statuses.map((value) => ({
                  value,
                  label: t.recruitment.requirementStatuses[value],
                }))}
              />
            </div>
            <div className="col-12 col-md-4">
              <TextField
                id={`${id}-expires`}
                type="date"
                label={texts.expiresOn}
                optional
                error={fieldErrors['expiresOn']}
                value={expiresOn}
                onChange={(event) => setExpiresOn(event.target.value)}
              />
            </div>
            <div className="col-12 col-md-4">
              <TextField
                id={`${id}-note`}
                label={texts.note}
                optional
                error={fieldErrors['note']}
                value={note}
                onChange={(event) => setNote(event.target.value)}
              />
            </div>
          </div>
          <button
            type="submit"
            className="button button-secondary"
            disabled={loading}
            aria-label={texts.saveRequirement(name)}
          >
            {texts.save}
          </button>
        </fieldset>
      </form>
      {message ? <Alert kind="error">{message}</Alert> : null}
    </li>
  );
}

/** The checklist that blocks approval: one small form per line, and a line the consultant adds. */
export function RequirementsChecklist({ application }: { application: StaffApplicationFieldsFragment }) {
  const { t } = useI18n();
  const texts = t.recruitment.application;
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const [add, { loading }] = useMutation(AddRequirementDocument, {
    refetchQueries: [{ query: StaffApplicationDocument, variables: { id: application.id } }],
    awaitRefetchQueries: true,
  });

  const onAdd = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!label.trim()) {
      setError(texts.newRequirementMissing);
      return;
    }
    try {
      await add({ variables: { input: { applicationId: application.id, label: label.trim() } } });
      setLabel('');
      setError(undefined);
    } catch (caught) {
      const problem = recruitmentErrorOf(caught, t);
      setError(problem.fields['label'] ?? problem.message);
    }
  };

  return (
    <section aria-labelledby="checklist-heading" data-testid="checklist">
      <h2 id="checklist-heading">{texts.checklistHeading}</h2>
      <p>{texts.checklistIntro}</p>
      {saved ? <Alert kind="success">{texts.requirementSaved}</Alert> : null}
      <ul className="nobullet-list">
        {application.requirements.map((requirement) => (
          <RequirementLine
            // The key carries the saved values, so a change made elsewhere (a completed visit) shows up here.
            key={`${requirement.id}-${requirement.status}-${requirement.expiresOn ?? ''}-${requirement.note ?? ''}`}
            requirement={requirement}
            applicationId={application.id}
            onSaved={() => setSaved(true)}
          />
        ))}
      </ul>
      <form noValidate onSubmit={(event) => void onAdd(event)}>
        <TextField
          id="new-requirement"
          label={texts.newRequirementLabel}
          error={error}
          value={label}
          onChange={(event) => setLabel(event.target.value)}
        />
        <button type="submit" className="button button-secondary" disabled={loading}>
          {texts.addRequirement}
        </button>
      </form>
    </section>
  );
}
