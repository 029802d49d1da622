import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorSummary, type SummaryError } from '../components/error-summary';
import { TextField } from '../components/form-fields';
import { Icon } from '../components/icon';
import { PageHeading } from '../components/page-heading';
import type { ApiError } from '../graphql/api-error';
import { PublicConfigDocument } from '../graphql/operations';
import { useI18n } from '../i18n/i18n-context';
import { Link } from '../routing/router';
import { useSession } from '../session/session-context';

// Deliberately loose: the server decides what an account is; this only catches obvious typos.
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Field = 'email' | 'password';

/** The OIDC callback sends every failed sign-in to /login?fejl=oidc, with no detail (see libs/core auth/oidc). */
function oidcSignInFailed(): boolean {
  return new URLSearchParams(window.location.search).get('fejl') === 'oidc';
}

export function LoginPage() {
  const { t } = useI18n();
  const { login } = useSession();
  const { data: configData } = useQuery(PublicConfigDocument);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const [oidcFailed, setOidcFailed] = useState(oidcSignInFailed);

  const validate = (): Partial<Record<Field, string>> => {
    const errors: Partial<Record<Field, string>> = {};
    if (!email.trim()) errors.email = t.login.emailMissing;
    else if (!emailPattern.test(email.trim())) errors.email = t.login.emailInvalid;
    if (!password) errors.password = t.login.passwordMissing;
    return errors;
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    // A new attempt supersedes the failed organisation sign-in; one alert at a time.
    setOidcFailed(false);
    const errors = validate();
    setFieldErrors(errors);
    setFormError(null);
    setAttempt((value) => value + 1);
    if (Object.keys(errors).length > 0) return;

    setSubmitting(true);
    try {
      await login(email.trim(), password);
      // The session provider swaps this page for the role's layout.
    } catch (error) {
      const apiError = error as ApiError;
      setPassword('');
      if (apiError.code === 'UNAUTHENTICATED') setFormError(t.login.wrongCredentials);
      else if (apiError.code === 'RATE_LIMITED') setFormError(t.login.rateLimited);
      else if (apiError.code === 'BAD_USER_INPUT') {
        setFieldErrors({ email: apiError.fields['email'], password: apiError.fields['password'] });
        if (!apiError.fields['email'] && !apiError.fields['password']) setFormError(t.errors.BAD_USER_INPUT);
      } else setFormError(t.errors[apiError.code]);
      setAttempt((value) => value + 1);
      setSubmitting(false);
    }
  };

  const summary: SummaryError[] = [
    ...(formError ? [{ fieldId: 'email', message: formError }] : []),
    ...(['email', 'password'] as const)
      .filter((field) => fieldErrors[field])
      .map((field) => ({ fieldId: field, message: fieldErrors[field] ?? '' })),
  ];

  return (
    <>
      <PageHeading title={t.login.title} />
      {oidcFailed ? (
        <div className="alert alert-error" role="alert" data-testid="oidc-error">
          <Icon name="error" className="alert-icon" />
          <div className="alert-body">
            <p className="alert-text">{t.login.oidcFailed}</p>
          </div>
        </div>
      ) : null}
      <ErrorSummary errors={summary} attempt={attempt} />
      <p className="font-lead">{t.login.intro}</p>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextField
          id="email"
          name="email"
          type="email"
          label={t.login.email}
          autoComplete="username"
          spellCheck={false}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={fieldErrors.email}
        />
        <TextField
          id="password"
          name="password"
          type="password"
          label={t.login.password}
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fieldErrors.password}
        />
        <button
          type="submit"
          className="button button-primary"
          disabled={submitting}
          aria-disabled={submitting}
        >
          {submitting ? t.login.submitting : t.login.submit}
        </button>
      </form>
      <p className="mt-7" data-testid="become-foster-family-link">
        <Link to="/bliv-plejefamilie">{t.application.apply.loginLink}</Link>
      </p>
      {configData?.publicConfig.oidcEnabled ? (
        <section className="mt-7" aria-labelledby="org-login-heading">
          <h2 id="org-login-heading" className="h3">
            {t.login.orgAccount}
          </h2>
          <p>{t.login.orgAccountIntro}</p>
          {/* A full page load: the OIDC flow leaves the app and returns through the server's callback. */}
          <a className="button button-secondary" href="/auth/oidc/login">
            {t.login.orgAccount}
          </a>
        </section>
      ) : null}
    </>
  );
}
