import { useQuery } from '@apollo/client/react';
import { Icon } from '../../components/icon';
import { PageHeading } from '../../components/page-heading';
import { toApiError } from '../../graphql/api-error';
import { MyApplicationDocument } from '../../graphql/application.operations';
import { useI18n } from '../../i18n/i18n-context';
import { useRouter } from '../../routing/router';
import { ApplicationForm } from './application-form';
import { ApplicationStatusPage } from './application-status-page';

/** `/ansoegning`: the form while the application is a draft, afterwards (and on `/ansoegning/status`) its status. */
export function ApplicationPage({ subPath }: { subPath: string }) {
  const { t } = useI18n();
  const { navigate } = useRouter();
  // Always from the server: the draft may have been saved from another device.
  const { data, loading, error, refetch } = useQuery(MyApplicationDocument, { fetchPolicy: 'network-only' });

  if (error && !data) {
    return (
      <>
        <PageHeading title={t.application.form.title} />
        <div className="alert alert-error" role="alert">
          <Icon name="error" className="alert-icon" />
          <div className="alert-body">
            <p className="alert-text">{t.errors[toApiError(error).code]}</p>
          </div>
        </div>
      </>
    );
  }
  if (loading || !data) {
    return (
      <>
        <PageHeading title={t.application.form.title} />
        <p role="status">{t.common.loading}</p>
      </>
    );
  }
  const application = data.myApplication;
  if (application && application.status === 'INQUIRY' && subPath !== 'status') {
    return (
      <ApplicationForm
        key={application.id}
        application={application}
        onSubmitted={() => {
          void refetch().then(() => navigate('/ansoegning/status'));
        }}
      />
    );
  }
  return <ApplicationStatusPage />;
}
