import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../components/error-summary';
import { placeServerError, summaryOf, type FormErrors } from '../components/form-errors';
import { SelectField, TextField } from '../components/form-fields';
import { Icon } from '../components/icon';
import { PageHeading } from '../components/page-heading';
import type { Role } from '../gql/graphql';
import { toApiError } from '../graphql/api-error';
import { CreateStaffUserDocument, MunicipalitiesDocument, UsersDocument } from '../graphql/operations';
import { useI18n } from '../i18n/i18n-context';

const pageSize = 20;
// Applicants and foster parents get their accounts through the application flow, not from an administrator.
const staffRoles: readonly Role[] = [
  'FAMILY_CONSULTANT',
  'CASEWORKER',
  'NETWORK_CONSULTANT',
  'LEARNING_CONSULTANT',
  'ADMIN',
];
const fieldOrder = ['municipalityId', 'name', 'email', 'role', 'password'] as const;
type Field = (typeof fieldOrder)[number];
const fieldId = (field: Field) => `staff-${field}`;
const emptyValues: Record<Field, string> = {
  municipalityId: '',
  name: '',
  email: '',
  role: '',
  password: '',
};
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isRole(value: string): value is Role {
  return (staffRoles as readonly string[]).includes(value);
}

export function AdminUsersPage() {
  const { t } = useI18n();
  const users = useQuery(UsersDocument, {
    variables: { first: pageSize },
    notifyOnNetworkStatusChange: true,
  });
  // The select needs every municipality; Denmark has 98, so one page of 100 holds them all.
  const municipalities = useQuery(MunicipalitiesDocument, { variables: { first: 100 } });
  const [createStaffUser, { loading: creating }] = useMutation(CreateStaffUserDocument, {
    refetchQueries: [UsersDocument],
    awaitRefetchQueries: true,
  });
  const [values, setValues] = useState<Record<Field, string>>(emptyValues);
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {}, form: null });
  const [attempt, setAttempt] = useState(0);
  const [created, setCreated] = useState<string | null>(null);

  const edges = users.data?.users.edges ?? [];
  const pageInfo = users.data?.users.pageInfo;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setCreated(null);
    const clientErrors: FormErrors<Field> = { fields: {}, form: null };
    if (!values.municipalityId) clientErrors.fields.municipalityId = t.users.municipalityMissing;
    if (!values.name.trim()) clientErrors.fields.name = t.users.nameMissing;
    if (!values.email.trim()) clientErrors.fields.email = t.users.emailMissing;
    else if (!emailPattern.test(values.email.trim())) clientErrors.fields.email = t.users.emailInvalid;
    if (!isRole(values.role)) clientErrors.fields.role = t.users.roleMissing;
    if (!values.password) clientErrors.fields.password = t.users.passwordMissing;
    setErrors(clientErrors);
    setAttempt((value) => value + 1);
    if (Object.keys(clientErrors.fields).length > 0 || !isRole(values.role)) return;
    try {
      const result = await createStaffUser({
        variables: {
          input: {
            municipalityId: values.municipalityId,
            name: values.name.trim(),
            email: values.email.trim(),
            role: values.role,
            password: values.password,
          },
        },
      });
      setCreated(result.data?.createStaffUser.name ?? values.name.trim());
      setValues(emptyValues);
    } catch (caught) {
      setErrors(
        placeServerError(toApiError(caught), fieldOrder, t, { field: 'email', message: t.users.emailTaken }),
      );
      setAttempt((value) => value + 1);
    }
  };

  const field = (name: Field) => ({
    id: fieldId(name),
    name,
    value: values[name],
    error: errors.fields[name],
    onChange: (event: { target: { value: string } }) =>
      setValues((previous) => ({ ...previous, [name]: event.target.value })),
  });

  const loadError = users.error ?? municipalities.error;

  return (
    <>
      <PageHeading title={t.users.title} />

      <h2>{t.users.listHeading}</h2>
      {loadError ? (
        <div className="alert alert-error" role="alert">
          <Icon name="error" className="alert-icon" />
          <div className="alert-body">
            <p className="alert-text">{t.errors[toApiError(loadError).code]}</p>
          </div>
        </div>
      ) : null}
      {!users.data && users.loading ? <p role="status">{t.common.loading}</p> : null}
      {users.data && edges.length === 0 ? <p>{t.users.none}</p> : null}
      {edges.length > 0 ? (
        <div className="table--responsive-scroll">
          <table className="table table--zebra" data-testid="user-table">
            <caption className="sr-only">{t.users.listHeading}</caption>
            <thead>
              <tr>
                <th scope="col">{t.users.name}</th>
                <th scope="col">{t.users.email}</th>
                <th scope="col">{t.users.role}</th>
                <th scope="col">{t.users.municipality}</th>
                <th scope="col">{t.users.active}</th>
              </tr>
            </thead>
            <tbody>
              {edges.map(({ node }) => (
                <tr key={node.id}>
                  <th scope="row">{node.name}</th>
                  <td>{node.email}</td>
                  <td>{t.roles[node.role]}</td>
                  <td>{node.municipality.name}</td>
                  <td>{node.active ? t.common.yes : t.common.no}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {edges.length > 0 ? (
        <p className="mt-3" role="status">
          {t.users.shown(edges.length)}
        </p>
      ) : null}
      {pageInfo?.hasNextPage ? (
        <button
          type="button"
          className="button button-secondary mt-3"
          disabled={users.loading}
          onClick={() => void users.fetchMore({ variables: { after: pageInfo.endCursor } })}
        >
          {t.common.showMore}
        </button>
      ) : null}

      <h2 className="mt-8">{t.users.createHeading}</h2>
      {created ? (
        <div className="alert alert-success" role="status">
          <Icon name="success" className="alert-icon" />
          <div className="alert-body">
            <p className="alert-text">{t.users.created(created)}</p>
          </div>
        </div>
      ) : null}
      <ErrorSummary errors={summaryOf(errors, fieldOrder, fieldId)} attempt={attempt} />
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <SelectField
          {...field('municipalityId')}
          label={t.users.municipality}
          options={[
            { value: '', label: t.users.chooseMunicipality },
            ...(municipalities.data?.municipalities.edges ?? []).map(({ node }) => ({
              value: node.id,
              label: node.name,
            })),
          ]}
        />
        <TextField {...field('name')} label={t.users.name} autoComplete="off" />
        <TextField
          {...field('email')}
          type="email"
          label={t.users.email}
          autoComplete="off"
          spellCheck={false}
        />
        <SelectField
          {...field('role')}
          label={t.users.role}
          options={[
            { value: '', label: t.users.chooseRole },
            ...staffRoles.map((role) => ({ value: role, label: t.roles[role] })),
          ]}
        />
        <TextField
          {...field('password')}
          type="password"
          label={t.users.password}
          hint={t.users.passwordHint}
          autoComplete="new-password"
        />
        <button type="submit" className="button button-primary mt-5" disabled={creating}>
          {creating ? t.users.creating : t.users.create}
        </button>
      </form>
    </>
  );
}
