import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../components/error-summary';
import { placeServerError, summaryOf, type FormErrors } from '../components/form-errors';
import { TextField } from '../components/form-fields';
import { Icon } from '../components/icon';
import { PageHeading } from '../components/page-heading';
import { toApiError } from '../graphql/api-error';
import { CreateMunicipalityDocument, MunicipalitiesDocument } from '../graphql/operations';
import { useI18n } from '../i18n/i18n-context';

const pageSize = 50;
const fieldOrder = ['code', 'name', 'phone'] as const;
type Field = (typeof fieldOrder)[number];
const fieldId = (field: Field) => `municipality-${field}`;
const noErrors: FormErrors<Field> = { fields: {}, form: null };

export function AdminMunicipalitiesPage() {
  const { t } = useI18n();
  const { data, loading, error, fetchMore } = useQuery(MunicipalitiesDocument, {
    variables: { first: pageSize },
    notifyOnNetworkStatusChange: true,
  });
  const [createMunicipality, { loading: creating }] = useMutation(CreateMunicipalityDocument, {
    refetchQueries: [MunicipalitiesDocument],
    awaitRefetchQueries: true,
  });
  const [values, setValues] = useState<Record<Field, string>>({ code: '', name: '', phone: '' });
  const [errors, setErrors] = useState<FormErrors<Field>>(noErrors);
  const [attempt, setAttempt] = useState(0);
  const [created, setCreated] = useState<string | null>(null);

  const edges = data?.municipalities.edges ?? [];
  const pageInfo = data?.municipalities.pageInfo;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setCreated(null);
    const clientErrors: FormErrors<Field> = { fields: {}, form: null };
    if (!values.code.trim()) clientErrors.fields.code = t.municipalities.codeMissing;
    if (!values.name.trim()) clientErrors.fields.name = t.municipalities.nameMissing;
    setErrors(clientErrors);
    setAttempt((value) => value + 1);
    if (Object.keys(clientErrors.fields).length > 0) return;
    try {
      const phone = values.phone.trim();
      const result = await createMunicipality({
        variables: { input: { code: values.code.trim(), name: values.name.trim(), phone: phone || null } },
      });
      setCreated(result.data?.createMunicipality.name ?? values.name.trim());
      setValues({ code: '', name: '', phone: '' });
    } catch (caught) {
      setErrors(
        placeServerError(toApiError(caught), fieldOrder, t, {
          field: 'code',
          message: t.municipalities.codeTaken,
        }),
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

  return (
    <>
      <PageHeading title={t.municipalities.title} />

      <h2>{t.municipalities.listHeading}</h2>
      {error ? (
        <div className="alert alert-error" role="alert">
          <Icon name="error" className="alert-icon" />
          <div className="alert-body">
            <p className="alert-text">{t.errors[toApiError(error).code]}</p>
          </div>
        </div>
      ) : null}
      {!data && loading ? <p role="status">{t.common.loading}</p> : null}
      {data && edges.length === 0 ? <p>{t.municipalities.none}</p> : null}
      {edges.length > 0 ? (
        <div className="table--responsive-scroll">
          <table className="table table--zebra" data-testid="municipality-table">
            <caption className="sr-only">{t.municipalities.listHeading}</caption>
            <thead>
              <tr>
                <th scope="col">{t.municipalities.code}</th>
                <th scope="col">{t.municipalities.name}</th>
                <th scope="col">{t.municipalities.phone}</th>
              </tr>
            </thead>
            <tbody>
              {edges.map(({ node }) => (
                <tr key={node.id}>
                  <td>{node.code}</td>
                  <th scope="row">{node.name}</th>
                  <td>{node.phone ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {pageInfo?.hasNextPage ? (
        <button
          type="button"
          className="button button-secondary mt-5"
          disabled={loading}
          onClick={() => void fetchMore({ variables: { after: pageInfo.endCursor } })}
        >
          {t.common.showMore}
        </button>
      ) : null}

      <h2 className="mt-8">{t.municipalities.createHeading}</h2>
      {created ? (
        <div className="alert alert-success" role="status">
          <Icon name="success" className="alert-icon" />
          <div className="alert-body">
            <p className="alert-text">{t.municipalities.created(created)}</p>
          </div>
        </div>
      ) : null}
      <ErrorSummary errors={summaryOf(errors, fieldOrder, fieldId)} attempt={attempt} />
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextField
          {...field('code')}
          label={t.municipalities.code}
          hint={t.municipalities.codeHint}
          inputMode="numeric"
          className="input-width-xs"
          autoComplete="off"
        />
        <TextField {...field('name')} label={t.municipalities.name} autoComplete="off" />
        <TextField
          {...field('phone')}
          label={t.municipalities.phone}
          type="tel"
          optional
          className="input-width-s"
          autoComplete="off"
        />
        <button type="submit" className="button button-primary mt-5" disabled={creating}>
          {creating ? t.municipalities.creating : t.municipalities.create}
        </button>
      </form>
    </>
  );
}
