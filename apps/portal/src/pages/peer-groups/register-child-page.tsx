import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { fieldErrorsOf, fieldSummary } from '../../components/form-errors';
import { Checkbox, SelectField, TextField } from '../../components/form-fields';
import { PageHeading } from '../../components/page-heading';
import { peerErrorOf } from '../../components/peer-groups/peer-error';
import '../../components/peer-groups/peer-groups.css';
import { Alert } from '../../components/recruitment/alerts';
import { PeerFosterFamiliesDocument, RegisterPeerChildDocument } from '../../graphql/staff-gaps.operations';
import { useI18n } from '../../i18n/i18n-context';
import { Link } from '../../routing/router';

const fieldOrder = ['firstName', 'birthDate', 'fosterFamilyId'] as const;
type Field = (typeof fieldOrder)[number];
const idOf = (field: Field) => `register-${field}`;

/** `/netvaerksgrupper/nyt-barn`: the network consultant registers a child not placed through the portal. */
export function RegisterChildPage() {
  const { t } = useI18n();
  const texts = t.staffGaps.register;
  const families = useQuery(PeerFosterFamiliesDocument, { fetchPolicy: 'cache-and-network' });
  const [register, registering] = useMutation(RegisterPeerChildDocument);
  const [firstName, setFirstName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [familyId, setFamilyId] = useState('');
  const [cwRequired, setCwRequired] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMessage(null);
    setError(null);
    const name = firstName.trim();
    const found: Partial<Record<Field, string>> = {};
    if (!name || /\s/.test(name)) found.firstName = texts.firstNameMissing;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) found.birthDate = texts.birthDateMissing;
    if (!familyId) found.fosterFamilyId = texts.familyMissing;
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length) return;
    try {
      await register({
        variables: {
          input: {
            firstName: name,
            birthDate,
            fosterFamilyId: familyId,
            caseworkerConsentRequired: cwRequired,
          },
        },
      });
      setFirstName('');
      setBirthDate('');
      setFamilyId('');
      setCwRequired(false);
      setMessage(texts.created(name));
    } catch (caught) {
      const failure = peerErrorOf(caught, t);
      const placed = fieldErrorsOf(failure.fields, fieldOrder);
      setErrors(placed);
      setAttempt((n) => n + 1);
      if (!Object.keys(placed).length) setError(failure.message);
    }
  };

  const list = families.data?.peerFosterFamilies ?? [];
  const summary = fieldSummary(errors, fieldOrder, idOf);
  return (
    <>
      <p>
        <Link to="/netvaerksgrupper">{t.peerGroups.back}</Link>
      </p>
      <PageHeading title={texts.title} />
      <p>{texts.intro}</p>
      <ErrorSummary errors={summary} attempt={attempt} />
      <div aria-live="polite">{message ? <Alert kind="success">{message}</Alert> : null}</div>
      {error ? <Alert kind="error">{error}</Alert> : null}
      {families.data && list.length === 0 ? <Alert kind="info">{texts.noFamilies}</Alert> : null}
      <form noValidate onSubmit={(event) => void onSubmit(event)} data-testid="register-child">
        <TextField
          id={idOf('firstName')}
          label={texts.firstName}
          hint={texts.firstNameHint}
          error={errors.firstName}
          value={firstName}
          maxLength={100}
          autoComplete="off"
          onChange={(e) => setFirstName(e.target.value)}
        />
        <TextField
          id={idOf('birthDate')}
          type="date"
          label={texts.birthDate}
          error={errors.birthDate}
          value={birthDate}
          onChange={(e) => setBirthDate(e.target.value)}
        />
        <SelectField
          id={idOf('fosterFamilyId')}
          label={texts.family}
          error={errors.fosterFamilyId}
          value={familyId}
          onChange={(e) => setFamilyId(e.target.value)}
          options={[
            { value: '', label: texts.chooseFamily },
            ...list.map((f) => ({ value: f.id, label: f.displayName })),
          ]}
        />
        <Checkbox
          id="register-caseworker"
          label={texts.caseworkerRequired}
          checked={cwRequired}
          onChange={(e) => setCwRequired(e.target.checked)}
        />
        <button type="submit" className="button button-primary" disabled={registering.loading}>
          {texts.submit}
        </button>
      </form>
    </>
  );
}
