import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { SelectField } from '../../components/form-fields';
import { Icon } from '../../components/icon';
import { PageHeading } from '../../components/page-heading';
import { Alert } from '../../components/recruitment/alerts';
import { ApplicationCalendar } from '../../components/recruitment/application-calendar';
import { ApplicationSummary } from '../../components/recruitment/application-summary';
import {
  ApplicationDocuments,
  ApplicationMessages,
} from '../../components/recruitment/documents-and-messages';
import { formatDateTime } from '../../components/recruitment/format';
import {
  ApproveDialog,
  MoveDialog,
  type ApprovalValues,
  type DialogResult,
} from '../../components/recruitment/move-dialogs';
import { recruitmentErrorOf, staleCode } from '../../components/recruitment/recruitment-error';
import { RequirementsChecklist } from '../../components/recruitment/requirements-checklist';
import '../../components/recruitment/recruitment.css';
import type { ApplicationStatus, StaffApplicationFieldsFragment } from '../../gql/graphql';
import { toApiError } from '../../graphql/api-error';
import {
  ApproveApplicationDocument,
  AssignApplicationDocument,
  ConsultantsDocument,
  StaffApplicationDocument,
  TransitionApplicationDocument,
} from '../../graphql/recruitment-staff.operations';
import { useI18n } from '../../i18n/i18n-context';
import { Link } from '../../routing/router';

type Application = StaffApplicationFieldsFragment;

function AssignForm({
  application,
  onMutate,
}: {
  application: Application;
  onMutate(action: () => Promise<unknown>, success: string): Promise<DialogResult>;
}) {
  const { t } = useI18n();
  const texts = t.recruitment.application;
  const consultants = useQuery(ConsultantsDocument);
  const [assign, { loading }] = useMutation(AssignApplicationDocument);
  const [consultantId, setConsultantId] = useState(application.assignedConsultant?.id ?? '');
  const options = (consultants.data?.users.edges ?? [])
    .map(({ node }) => node)
    .filter((user) => user.role === 'FAMILY_CONSULTANT' && user.active);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void onMutate(
      () =>
        assign({
          variables: {
            input: {
              id: application.id,
              expectedVersion: application.version,
              consultantId: consultantId || null,
            },
          },
        }),
      texts.assigned,
    );
  };

  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="assign-heading">
      <h3 id="assign-heading">{texts.assignHeading}</h3>
      <SelectField
        id="assign-consultant"
        label={texts.consultant}
        value={consultantId}
        onChange={(event) => setConsultantId(event.target.value)}
        options={[
          { value: '', label: texts.noConsultant },
          ...options.map((user) => ({ value: user.id, label: user.name })),
        ]}
      />
      <button type="submit" className="button button-secondary" disabled={loading}>
        {texts.assign}
      </button>
    </form>
  );
}

function History({ application }: { application: Application }) {
  const { t } = useI18n();
  const texts = t.recruitment.application;
  const label = (status: ApplicationStatus | null) => (status ? t.recruitment.statuses[status] : '–');
  return (
    <section aria-labelledby="history-heading" data-testid="history">
      <h2 id="history-heading">{texts.historyHeading}</h2>
      {application.transitions.length === 0 ? (
        <p>{texts.noHistory}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--zebra">
            <caption className="sr-only">{texts.historyHeading}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.when}</th>
                <th scope="col">{texts.who}</th>
                <th scope="col">{texts.move}</th>
                <th scope="col">{texts.why}</th>
              </tr>
            </thead>
            <tbody>
              {application.transitions.map((transition) => (
                <tr key={transition.id}>
                  <td>{formatDateTime(transition.createdAt)}</td>
                  <td>{transition.actorName ?? texts.system}</td>
                  <td>{texts.fromTo(label(transition.fromStatus), transition.toLabel)}</td>
                  <td>{transition.reason ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Timeline({ application }: { application: Application }) {
  const { t } = useI18n();
  const texts = t.recruitment.application;
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{texts.timelineHeading}</h2>
      <ol data-testid="staff-timeline">
        {application.timeline.map((step) => (
          <li key={step.status} aria-current={step.state === 'CURRENT' ? 'step' : undefined}>
            {step.state === 'CURRENT' ? <strong>{step.label}</strong> : step.label}
            {step.reachedAt ? <span className="form-hint"> ({formatDateTime(step.reachedAt)})</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function ApplicationPage({ id }: { id: string }) {
  const { t } = useI18n();
  const texts = t.recruitment.application;
  const query = useQuery(StaffApplicationDocument, { variables: { id } });
  const [transition] = useMutation(TransitionApplicationDocument);
  const [approve] = useMutation(ApproveApplicationDocument);
  const [dialog, setDialog] = useState<ApplicationStatus | null>(null);
  const [stale, setStale] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const application = query.data?.application;

  // One place for what a refusal means: STALE closes the dialog and offers a reload; others stay in the dialog.
  const mutate = async (action: () => Promise<unknown>, success: string): Promise<DialogResult> => {
    setNotice(null);
    try {
      await action();
      setStale(false);
      setDialog(null);
      setNotice({ kind: 'success', text: success });
      return null;
    } catch (caught) {
      const error = recruitmentErrorOf(caught, t);
      if (error.code === staleCode) {
        setDialog(null);
        setStale(true);
        return null;
      }
      if (!dialog) setNotice({ kind: 'error', text: error.message });
      return { message: error.message, fields: error.fields };
    }
  };

  const reload = () => {
    void query.refetch().then(() => setStale(false));
  };

  if (query.error && !application) {
    return (
      <>
        <PageHeading title={texts.loadFailed} />
        <Alert kind="error">{t.errors[toApiError(query.error).code]}</Alert>
        <Link to="/ansoegninger">{texts.back}</Link>
      </>
    );
  }
  if (!application) {
    return <p role="status">{t.common.loading}</p>;
  }

  const moves = application.allowedMoves;

  const onMove = (to: ApplicationStatus, reason: string) =>
    mutate(
      () =>
        transition({
          variables: { input: { id: application.id, expectedVersion: application.version, to, reason } },
        }),
      texts.moved(t.recruitment.statuses[to]),
    );
  const onApprove = (values: ApprovalValues) =>
    mutate(
      () =>
        approve({
          variables: { input: { id: application.id, expectedVersion: application.version, ...values } },
        }),
      texts.approved,
    );

  return (
    <>
      <Link to="/ansoegninger" className="back-link">
        {texts.back}
      </Link>
      <PageHeading title={application.applicantName} />

      {stale ? (
        <div className="alert alert-warning" role="alert" data-testid="stale-alert">
          <Icon name="warning" className="alert-icon" />
          <div className="alert-body">
            <p className="alert-text">{texts.stale}</p>
            <button type="button" className="button button-secondary mt-3" onClick={reload}>
              {texts.reload}
            </button>
          </div>
        </div>
      ) : null}
      {notice ? (
        <Alert kind={notice.kind} testId="application-notice">
          <p className="m-0">{notice.text}</p>
          {application.fosterFamily && notice.kind === 'success' && application.status === 'APPROVED' ? (
            <Link to={`/plejefamilier/${application.fosterFamily.id}`}>{texts.familyLink}</Link>
          ) : null}
        </Alert>
      ) : null}

      <section aria-labelledby="status-heading" data-testid="status">
        <h2 id="status-heading">{texts.statusHeading}</h2>
        <p>
          {texts.currentStatus}: <strong data-testid="status-label">{application.statusLabel}</strong> (
          {t.recruitment.tracks[application.track]}, {texts.daysInStatus(application.daysInStatus)})
        </p>
        <h3>{texts.movesHeading}</h3>
        {moves.length === 0 ? <p>{texts.noMoves}</p> : null}
        <div className="mb-4">
          {moves.map((to) =>
            to === 'APPROVED' ? (
              <button
                key={to}
                type="button"
                className="button button-primary mr-4 mb-3"
                onClick={() => setDialog(to)}
              >
                {texts.approve}
              </button>
            ) : (
              <button
                key={to}
                type="button"
                className={`button ${to === 'WITHDRAWN' || to === 'REFUSED' || to === 'ON_HOLD' ? 'button-secondary' : 'button-primary'} mr-4 mb-3`}
                onClick={() => setDialog(to)}
              >
                {texts.moveTo(t.recruitment.statuses[to])}
              </button>
            ),
          )}
        </div>
        <AssignForm
          key={`${application.id}-${application.version}`}
          application={application}
          onMutate={mutate}
        />
      </section>

      {dialog === 'APPROVED' ? (
        <ApproveDialog application={application} onSubmit={onApprove} onClose={() => setDialog(null)} />
      ) : dialog ? (
        <MoveDialog
          to={dialog}
          onSubmit={(reason) => onMove(dialog, reason)}
          onClose={() => setDialog(null)}
        />
      ) : null}

      <Timeline application={application} />
      <RequirementsChecklist application={application} />
      <ApplicationCalendar applicationId={application.id} track={application.track} />
      <ApplicationDocuments documents={application.documents} applicationId={application.id} />
      <ApplicationMessages application={application} />
      <History application={application} />
      <ApplicationSummary form={application.form} />
    </>
  );
}
