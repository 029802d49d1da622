import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { fieldErrorsOf, summaryOf, type FormErrors } from '../../components/form-errors';
import { SelectField, TextField } from '../../components/form-fields';
import { Icon } from '../../components/icon';
import { PageHeading } from '../../components/page-heading';
import { CheckboxField } from '../../components/application/choice-fields';
import { formatPeriod } from '../../components/application/format';
import { toApiError } from '../../graphql/api-error';
import {
  ApplicationMunicipalitiesDocument,
  PublicRecruitmentEventsDocument,
  RegisterApplicantDocument,
} from '../../graphql/application.operations';
import { useI18n } from '../../i18n/i18n-context';
import { Link, useRouter } from '../../routing/router';
import { useSession } from '../../session/session-context';

export const becomeFosterFamilyPath = '/bliv-plejefamilie';

const fieldOrder = ['municipalityId', 'name', 'email', 'password', 'acceptPrivacy'] as const;
type Field = (typeof fieldOrder)[number];
const fieldId = (field: Field) => `register-${field}`;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function InfoMeetings({ municipalityId }: { municipalityId: string }) {
  const { t } = useI18n();
  const { data, loading, error } = useQuery(PublicRecruitmentEventsDocument, {
    variables: { municipalityId, kind: 'INFO_MEETING' },
  });
  if (loading && !data) return <p role="status">{t.common.loading}</p>;
  if (error) return <p>{t.errors.loadFailed}</p>;
  const events = (data?.recruitmentEvents ?? []).filter((event) => !event.cancelled);
  if (events.length === 0) return <p>{t.application.apply.noMeetings}</p>;
  return (
    <ul className="nobullet-list" data-testid="info-meetings">
      {events.map((event) => (
        <li key={event.id} className="mb-5">
          <h3 className="h5 mb-2">{event.title}</h3>
          <p className="mt-0 mb-0">{formatPeriod(event.startsAt, event.endsAt)}</p>
          <p className="mt-0 mb-0">{event.place}</p>
          {event.description ? <p className="mt-0 mb-0">{event.description}</p> : null}
          <p className="mt-0 mb-0">
            {event.seatsLeft > 0
              ? t.application.status.seatsLeft(event.seatsLeft)
              : t.application.status.full}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** Public: what a foster family is, the municipality's information meetings, and creating the account. */
export function BecomeFosterFamilyPage() {
  const { t } = useI18n();
  const a = t.application.apply;
  const { session, startSession } = useSession();
  const { navigate } = useRouter();
  const municipalities = useQuery(ApplicationMunicipalitiesDocument);
  const [register, { loading }] = useMutation(RegisterApplicantDocument);
  const [values, setValues] = useState({ municipalityId: '', name: '', email: '', password: '' });
  const [acceptPrivacy, setAcceptPrivacy] = useState(false);
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {}, form: null });
  const [attempt, setAttempt] = useState(0);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    const fields: FormErrors<Field>['fields'] = {};
    if (!values.municipalityId) fields.municipalityId = a.municipalityMissing;
    if (!values.name.trim()) fields.name = a.nameMissing;
    if (!values.email.trim()) fields.email = a.emailMissing;
    else if (!emailPattern.test(values.email.trim())) fields.email = a.emailInvalid;
    if (!values.password) fields.password = a.passwordMissing;
    if (!acceptPrivacy) fields.acceptPrivacy = a.acceptPrivacyMissing;
    setErrors({ fields, form: null });
    setAttempt((value) => value + 1);
    if (Object.keys(fields).length > 0) return;
    try {
      const result = await register({
        variables: {
          input: {
            municipalityId: values.municipalityId,
            name: values.name.trim(),
            email: values.email.trim(),
            password: values.password,
            acceptPrivacy,
          },
        },
      });
      const payload = result.data?.registerApplicant;
      if (!payload) throw new Error('registerApplicant returned no data');
      await startSession(payload);
      navigate('/ansoegning', { replace: true });
    } catch (caught) {
      const apiError = toApiError(caught);
      const placed = fieldErrorsOf(apiError.fields, fieldOrder);
      if (apiError.code === 'CONFLICT' && !placed.email) placed.email = a.emailTaken;
      setValues((previous) => ({ ...previous, password: placed.password ? '' : previous.password }));
      setErrors({
        fields: placed,
        form: Object.keys(placed).length > 0 ? null : t.errors[apiError.code],
      });
      setAttempt((value) => value + 1);
    }
  };

  const field = (name: Exclude<Field, 'acceptPrivacy'>) => ({
    id: fieldId(name),
    name,
    value: values[name],
    error: errors.fields[name],
    onChange: (event: { target: { value: string } }) =>
      setValues((previous) => ({ ...previous, [name]: event.target.value })),
  });

  const options = [
    { value: '', label: a.chooseMunicipality },
    ...(municipalities.data?.applicationMunicipalities ?? []).map((m) => ({ value: m.id, label: m.name })),
  ];
  const loggedIn = session.status === 'authenticated';
  const meetingsMunicipalityId = loggedIn ? session.user.municipality.id : values.municipalityId;

  return (
    <article data-testid="become-foster-family">
      <PageHeading title={a.title} />
      <p className="font-lead">{a.lead}</p>
      <h2>{a.whatHeading}</h2>
      <p>{a.whatText}</p>
      <h2>{a.typesHeading}</h2>
      <ul>
        {a.types.map((type) => (
          <li key={type}>{type}</li>
        ))}
      </ul>
      <h2>{a.howHeading}</h2>
      <p>{a.howText}</p>

      {loggedIn ? (
        <div className="alert alert-info">
          <Icon name="info" className="alert-icon" />
          <div className="alert-body">
            <p className="alert-text">
              {a.alreadyLoggedIn} <Link to="/ansoegning">{a.goToApplication}</Link>
            </p>
          </div>
        </div>
      ) : (
        <section aria-labelledby="account-heading" className="mt-7">
          <h2 id="account-heading">{a.accountHeading}</h2>
          <p>{a.accountIntro}</p>
          <ErrorSummary errors={summaryOf(errors, fieldOrder, fieldId)} attempt={attempt} />
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <SelectField
              {...field('municipalityId')}
              label={a.municipality}
              hint={a.municipalityHint}
              options={options}
            />
            <TextField {...field('name')} label={a.name} autoComplete="name" />
            <TextField
              {...field('email')}
              type="email"
              label={a.email}
              autoComplete="email"
              spellCheck={false}
            />
            <TextField
              {...field('password')}
              type="password"
              label={a.password}
              hint={a.passwordHint}
              autoComplete="new-password"
            />
            <CheckboxField
              id={fieldId('acceptPrivacy')}
              label={a.acceptPrivacy}
              checked={acceptPrivacy}
              onChange={setAcceptPrivacy}
              error={errors.fields.acceptPrivacy}
            >
              <p className="mt-0">
                <Link to="/privatlivspolitik">{a.privacyLink}</Link>
              </p>
            </CheckboxField>
            <button
              type="submit"
              className="button button-primary"
              disabled={loading}
              aria-disabled={loading}
            >
              {loading ? a.submitting : a.submit}
            </button>
          </form>
          <p className="mt-5">
            {a.haveAccount} <Link to="/login">{a.loginHere}</Link>
          </p>
        </section>
      )}

      <section aria-labelledby="meetings-heading" className="mt-7">
        <h2 id="meetings-heading">{a.meetingsHeading}</h2>
        <p>{a.meetingsIntro}</p>
        {meetingsMunicipalityId ? (
          <InfoMeetings municipalityId={meetingsMunicipalityId} />
        ) : (
          <p>{a.chooseMunicipalityForMeetings}</p>
        )}
      </section>
    </article>
  );
}
