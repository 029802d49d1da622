import { useMutation } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ErrorSummary, type SummaryError } from '../../components/error-summary';
import { Icon } from '../../components/icon';
import { PageHeading } from '../../components/page-heading';
import { formatDateTime, formatTime } from '../../components/application/format';
import { stepComponents } from '../../components/application/form-steps';
import {
  fieldIdOf,
  formSteps,
  fromServerForm,
  stepOfPath,
  toFormInput,
  wizardSteps,
  type FieldProblem,
  type FormDraft,
  type WizardStep,
} from '../../components/application/form-model';
import { ReviewSummary } from '../../components/application/review-summary';
import {
  clearLocalDraft,
  readLocalDraft,
  useDraftSaver,
  type LocalDraft,
} from '../../components/application/use-draft-saver';
import type { FormStep, MyApplicationQuery } from '../../gql/graphql';
import { toApiError } from '../../graphql/api-error';
import { SubmitApplicationDocument } from '../../graphql/application.operations';
import { useI18n } from '../../i18n/i18n-context';

type Application = NonNullable<MyApplicationQuery['myApplication']>;

const indexOf = (step: WizardStep) => wizardSteps.indexOf(step);

/** Where a problem's message goes: most paths are a field id; "applicants" (how many) sits above the list. */
function summaryFieldId(path: string): string {
  return path === 'applicants' ? 'applicants-0-firstName' : fieldIdOf(path);
}

/** The multi-step application: saved on every step and while typing, kept on the device until the server has it. */
export function ApplicationForm({
  application,
  onSubmitted,
}: {
  application: Application;
  onSubmitted(): void;
}) {
  const { t } = useI18n();
  const f = t.application.form;
  const serverDraft = useMemo(() => fromServerForm(application.form), [application.form]);
  const [draft, setDraft] = useState<FormDraft>(serverDraft);
  const resumeAt: WizardStep = application.lastStep ?? 'APPLICANTS';
  const [step, setStep] = useState<WizardStep>(resumeAt);
  // Problems are shown only on steps the applicant has moved past, never on a step they are just starting.
  const [passed, setPassed] = useState<ReadonlySet<FormStep>>(
    () => new Set(formSteps.filter((s) => indexOf(s) < indexOf(resumeAt))),
  );
  const [restoreOffer, setRestoreOffer] = useState<LocalDraft | null>(() => {
    const local = readLocalDraft(application.id);
    if (!local) return null;
    const differs = JSON.stringify(toFormInput(local.draft)) !== JSON.stringify(toFormInput(serverDraft));
    if (!differs) clearLocalDraft(application.id);
    return differs ? local : null;
  });
  const [summaryStep, setSummaryStep] = useState<FormStep | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [submitFields, setSubmitFields] = useState<Record<string, string>>({});
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [navigating, setNavigating] = useState(false);
  const saver = useDraftSaver(application.id, application.problems);
  const [submit, { loading: submitting }] = useMutation(SubmitApplicationDocument);
  const draftRef = useRef(draft);
  const stepRef = useRef(step);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const stepChanges = useRef(0);

  useEffect(() => {
    stepRef.current = step;
    if (stepChanges.current > 0) stepHeading.current?.focus();
  }, [step]);

  const update = (change: (current: FormDraft) => FormDraft) => {
    const next = change(draftRef.current);
    draftRef.current = next;
    setDraft(next);
    setSubmitFields({});
    // The page the applicant is on, "Se og send" included, is saved with the draft so a reload resumes there.
    saver.change(next, stepRef.current);
  };

  const problemsByPath = useMemo(() => {
    const map = new Map<string, FieldProblem>();
    for (const problem of saver.problems) if (!map.has(problem.path)) map.set(problem.path, problem);
    for (const [path, message] of Object.entries(submitFields))
      if (!map.has(path)) map.set(path, { path, message, step: stepOfPath(path) });
    return map;
  }, [saver.problems, submitFields]);

  const errorFor = (path: string): string | undefined => {
    const problem = problemsByPath.get(path);
    if (problem && passed.has(problem.step)) return problem.message;
    return saver.inputErrors[path];
  };

  const problemsOf = (target: FormStep, problems: Iterable<FieldProblem>): SummaryError[] =>
    [...problems]
      .filter((problem) => problem.step === target)
      .map((problem) => ({ fieldId: summaryFieldId(problem.path), message: problem.message }));

  const moveTo = (target: WizardStep) => {
    stepChanges.current += 1;
    setSummaryStep(null);
    setSubmitError(null);
    setStep(target);
    window.scrollTo({ top: 0 });
  };

  const next = async (continueAnyway: boolean) => {
    const current = step;
    if (current === 'REVIEW') return;
    const target = wizardSteps[indexOf(current) + 1] ?? 'REVIEW';
    setNavigating(true);
    const problems = await saver.saveNow(draftRef.current, target);
    setNavigating(false);
    setPassed((previous) => new Set([...previous, current]));
    const here = problems ? problemsOf(current, problems) : [];
    if (here.length > 0 && !continueAnyway && summaryStep !== current) {
      // Saved, but show what is missing before moving on; a second "Næste" continues.
      setSummaryStep(current);
      setAttempt((value) => value + 1);
      return;
    }
    moveTo(target);
  };

  const previous = () => {
    const target = wizardSteps[indexOf(step) - 1];
    if (!target) return;
    void saver.saveNow(draftRef.current, target);
    moveTo(target);
  };

  const edit = (target: FormStep) => {
    moveTo(target);
  };

  const send = async () => {
    setSubmitError(null);
    const saved = await saver.saveNow(draftRef.current, 'REVIEW');
    if (saved === null) {
      setSubmitError(t.errors.NETWORK);
      setAttempt((value) => value + 1);
      return;
    }
    try {
      await submit();
      clearLocalDraft(application.id);
      onSubmitted();
    } catch (caught) {
      const error = toApiError(caught);
      const fields: Record<string, string> = {};
      for (const [path, message] of Object.entries(error.fields))
        fields[path.replace(/^form\./, '')] = message;
      const paths = Object.keys(fields);
      if (error.code === 'BAD_USER_INPUT' && paths.length > 0) {
        setSubmitFields(fields);
        setPassed(new Set(formSteps));
        const first = formSteps.find((s) => paths.some((path) => stepOfPath(path) === s)) ?? 'APPLICANTS';
        moveTo(first);
        setSummaryStep(first);
        setSubmitError(f.submitProblems);
        setAttempt((value) => value + 1);
      } else {
        setSubmitError(t.errors[error.code]);
        setAttempt((value) => value + 1);
      }
    }
  };

  const restore = () => {
    if (!restoreOffer) return;
    const local = restoreOffer;
    setRestoreOffer(null);
    draftRef.current = local.draft;
    setDraft(local.draft);
    void saver.saveNow(local.draft, stepRef.current);
  };

  const discard = () => {
    clearLocalDraft(application.id);
    setRestoreOffer(null);
  };

  const stepNumber = indexOf(step) + 1;
  const summary: SummaryError[] =
    summaryStep && summaryStep === step
      ? problemsOf(summaryStep, problemsByPath.values())
      : step === 'REVIEW' && submitError
        ? [{ fieldId: 'send-application', message: submitError }]
        : [];
  const StepBody = step === 'REVIEW' ? null : stepComponents[step];
  const state = saver.state;

  return (
    <>
      <PageHeading title={f.title} />
      {restoreOffer ? (
        <div className="alert alert-info" data-testid="restore-offer">
          <Icon name="info" className="alert-icon" />
          <div className="alert-body">
            <h2 className="alert-heading">{f.restoreHeading}</h2>
            <p className="alert-text">{f.restoreText(formatDateTime(restoreOffer.changedAt))}</p>
            <button type="button" className="button button-primary mr-4 mt-3" onClick={restore}>
              {f.restore}
            </button>
            <button type="button" className="button button-secondary mt-3" onClick={discard}>
              {f.discard}
            </button>
          </div>
        </div>
      ) : null}
      {state.kind === 'offline' ? (
        <div className="alert alert-warning" data-testid="offline-warning">
          <Icon name="warning" className="alert-icon" />
          <div className="alert-body">
            <h2 className="alert-heading">{f.offlineHeading}</h2>
            <p className="alert-text">{f.offline}</p>
          </div>
        </div>
      ) : null}
      {state.kind === 'failed' ? (
        <div className="alert alert-error">
          <Icon name="error" className="alert-icon" />
          <div className="alert-body">
            <p className="alert-text">{f.saveFailed}</p>
          </div>
        </div>
      ) : null}

      <ErrorSummary errors={summary} attempt={attempt} />
      {summary.length > 0 && step !== 'REVIEW' ? (
        <p>
          {f.problemsIntro}{' '}
          <button type="button" className="function-link" onClick={() => void next(true)}>
            {f.continueAnyway}
          </button>
        </p>
      ) : null}

      <p className="font-lead mb-2" data-testid="step-counter">
        {f.stepOf(stepNumber, wizardSteps.length)}
      </p>
      <h2 ref={stepHeading} tabIndex={-1} className="page-heading mt-0" data-testid="step-heading">
        {t.application.steps[step]}
      </h2>

      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (step === 'REVIEW') void send();
          else void next(false);
        }}
      >
        {StepBody ? (
          <StepBody draft={draft} update={update} errorFor={errorFor} />
        ) : (
          <ReviewSummary draft={draft} onEdit={edit} />
        )}

        <div className="application-form-actions mt-7">
          {step !== 'APPLICANTS' ? (
            <button type="button" className="button button-secondary" onClick={previous}>
              {f.previous}
            </button>
          ) : null}
          {step === 'REVIEW' ? (
            <button
              type="submit"
              id="send-application"
              className="button button-primary"
              disabled={submitting}
              aria-disabled={submitting}
            >
              {submitting ? f.submitting : f.submit}
            </button>
          ) : (
            <button
              type="submit"
              className="button button-primary"
              disabled={navigating}
              aria-disabled={navigating}
            >
              {f.next}
            </button>
          )}
        </div>
      </form>

      <p className="mt-5" role="status" aria-live="polite" data-testid="save-status">
        {state.kind === 'saving' ? f.saving : state.kind === 'saved' ? f.savedAt(formatTime(state.at)) : ''}
      </p>
    </>
  );
}
