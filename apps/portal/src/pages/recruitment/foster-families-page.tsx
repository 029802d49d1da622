import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { TextField } from '../../components/form-fields';
import { FamilyMatchProfileSection } from '../../components/matching/family-match-profile';
import { PageHeading } from '../../components/page-heading';
import { Alert } from '../../components/recruitment/alerts';
import { Checkbox, TextAreaField } from '../../components/recruitment/fields';
import { daysSince, formatDate } from '../../components/recruitment/format';
import { recruitmentErrorOf, staleCode } from '../../components/recruitment/recruitment-error';
import '../../components/recruitment/recruitment.css';
import type { FamilyType, FosterFamilyFieldsFragment } from '../../gql/graphql';
import { toApiError } from '../../graphql/api-error';
import {
  FosterFamiliesDocument,
  FosterFamilyDocument,
  UpdateFosterFamilyDocument,
} from '../../graphql/recruitment-staff.operations';
import { useI18n } from '../../i18n/i18n-context';
import { Link } from '../../routing/router';

const pageSize = 25;
const familyTypes: readonly FamilyType[] = [
  'ALMEN',
  'FORSTAERKET',
  'SPECIALISERET',
  'AFLASTNING',
  'NETVAERK',
];

function FamilyList() {
  const { t } = useI18n();
  const texts = t.recruitment.families;
  const [withVacancies, setWithVacancies] = useState(false);
  const families = useQuery(FosterFamiliesDocument, {
    variables: { first: pageSize, withVacancies: withVacancies || null },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const edges = families.data?.fosterFamilies.edges ?? [];
  const pageInfo = families.data?.fosterFamilies.pageInfo;
  return (
    <>
      <PageHeading title={texts.title} />
      <p className="font-lead">{texts.intro}</p>
      <Checkbox
        id="only-vacancies"
        label={texts.onlyVacancies}
        checked={withVacancies}
        onChange={(event) => setWithVacancies(event.target.checked)}
      />
      {families.error ? <Alert kind="error">{t.errors[toApiError(families.error).code]}</Alert> : null}
      {!families.data && families.loading ? <p role="status">{t.common.loading}</p> : null}
      {families.data && edges.length === 0 ? <p>{texts.none}</p> : null}
      {edges.length > 0 ? (
        <div className="table--responsive-scroll">
          <table className="table table--zebra" data-testid="family-table">
            <caption className="sr-only">{texts.title}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.family}</th>
                <th scope="col">{texts.types}</th>
                <th scope="col">{texts.vacancies}</th>
                <th scope="col">{texts.updated}</th>
                <th scope="col">{texts.ages}</th>
              </tr>
            </thead>
            <tbody>
              {edges.map(({ node }) => (
                <tr key={node.id}>
                  <th scope="row">
                    <Link to={`/plejefamilier/${node.id}`} aria-label={texts.edit(node.displayName)}>
                      {node.displayName}
                    </Link>
                  </th>
                  <td>{node.approvalTypes.map((type) => t.recruitment.familyTypes[type]).join(', ')}</td>
                  <td>{texts.vacancyLine(node.vacancies, node.places)}</td>
                  <td>{texts.updatedAgo(daysSince(node.vacanciesUpdatedAt))}</td>
                  <td>{t.recruitment.application.ageRangeValue(String(node.ageMin), String(node.ageMax))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {edges.length > 0 ? (
        <p className="mt-3" role="status">
          {texts.shown(edges.length)}
        </p>
      ) : null}
      {pageInfo?.hasNextPage ? (
        <button
          type="button"
          className="button button-secondary mt-3"
          disabled={families.loading}
          onClick={() => void families.fetchMore({ variables: { after: pageInfo.endCursor } })}
        >
          {t.common.showMore}
        </button>
      ) : null}
    </>
  );
}

function FamilyForm({ family, onReload }: { family: FosterFamilyFieldsFragment; onReload(): void }) {
  const { t } = useI18n();
  const texts = t.recruitment.families;
  const approval = t.recruitment.application;
  const [types, setTypes] = useState<FamilyType[]>(family.approvalTypes);
  const [places, setPlaces] = useState(String(family.places));
  const [ageMin, setAgeMin] = useState(String(family.ageMin));
  const [ageMax, setAgeMax] = useState(String(family.ageMax));
  const [takesSiblings, setTakesSiblings] = useState(family.takesSiblings);
  const [conditions, setConditions] = useState(family.conditions);
  const [active, setActive] = useState(family.active);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ kind: 'error' | 'success' | 'warning'; text: string } | null>(null);
  const [update, { loading }] = useMutation(UpdateFosterFamilyDocument);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    const placesNumber = Number(places);
    const min = Number(ageMin);
    const max = Number(ageMax);
    if (types.length === 0) found['approvalTypes'] = approval.approvalTypesMissing;
    if (!Number.isInteger(placesNumber) || placesNumber < 1 || placesNumber > 10)
      found['places'] = approval.placesInvalid;
    if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max > 17 || min > max)
      found['ageMin'] = approval.ageInvalid;
    setErrors(found);
    setNotice(null);
    if (Object.keys(found).length > 0) return;
    try {
      await update({
        variables: {
          input: {
            id: family.id,
            expectedVersion: family.version,
            approvalTypes: types,
            places: placesNumber,
            ageMin: min,
            ageMax: max,
            takesSiblings,
            conditions: conditions.trim(),
            active,
          },
        },
      });
      setNotice({ kind: 'success', text: texts.saved });
    } catch (caught) {
      const error = recruitmentErrorOf(caught, t);
      if (error.code === staleCode) setNotice({ kind: 'warning', text: texts.stale });
      else {
        setErrors(error.fields);
        setNotice({ kind: 'error', text: error.message });
      }
    }
  };

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)}>
      {notice ? (
        <Alert kind={notice.kind}>
          <p className="m-0">{notice.text}</p>
          {notice.kind === 'warning' ? (
            <button type="button" className="button button-secondary mt-3" onClick={onReload}>
              {texts.reload}
            </button>
          ) : null}
        </Alert>
      ) : null}
      <fieldset className={`form-group${errors['approvalTypes'] ? ' form-error' : ''}`}>
        <legend className="form-label">{approval.approvalTypes}</legend>
        {errors['approvalTypes'] ? (
          <span className="form-error-message">{errors['approvalTypes']}</span>
        ) : null}
        {familyTypes.map((type) => (
          <Checkbox
            key={type}
            id={`family-type-${type}`}
            label={t.recruitment.familyTypes[type]}
            checked={types.includes(type)}
            onChange={(event) =>
              setTypes((current) =>
                event.target.checked ? [...current, type] : current.filter((value) => value !== type),
              )
            }
          />
        ))}
      </fieldset>
      <TextField
        id="family-places"
        label={approval.places}
        inputMode="numeric"
        className="input-width-xs"
        error={errors['places']}
        value={places}
        onChange={(event) => setPlaces(event.target.value)}
      />
      <TextField
        id="family-ageMin"
        label={approval.ageMin}
        inputMode="numeric"
        className="input-width-xs"
        error={errors['ageMin']}
        value={ageMin}
        onChange={(event) => setAgeMin(event.target.value)}
      />
      <TextField
        id="family-ageMax"
        label={approval.ageMax}
        inputMode="numeric"
        className="input-width-xs"
        error={errors['ageMax']}
        value={ageMax}
        onChange={(event) => setAgeMax(event.target.value)}
      />
      <Checkbox
        id="family-siblings"
        label={approval.takesSiblings}
        checked={takesSiblings}
        onChange={(event) => setTakesSiblings(event.target.checked)}
      />
      <TextAreaField
        id="family-conditions"
        label={approval.conditions}
        optional
        error={errors['conditions']}
        value={conditions}
        onChange={(event) => setConditions(event.target.value)}
      />
      <Checkbox
        id="family-active"
        label={texts.active}
        checked={active}
        onChange={(event) => setActive(event.target.checked)}
      />
      <button type="submit" className="button button-primary mt-5" disabled={loading}>
        {texts.save}
      </button>
    </form>
  );
}

function FamilyPage({ id }: { id: string }) {
  const { t } = useI18n();
  const texts = t.recruitment.families;
  const query = useQuery(FosterFamilyDocument, { variables: { id } });
  const family = query.data?.fosterFamily;
  if (query.error && !family) {
    return (
      <>
        <PageHeading title={texts.loadFailed} />
        <Alert kind="error">{t.errors[toApiError(query.error).code]}</Alert>
        <Link to="/plejefamilier">{texts.back}</Link>
      </>
    );
  }
  if (!family) return <p role="status">{t.common.loading}</p>;
  return (
    <>
      <Link to="/plejefamilier" className="back-link">
        {texts.back}
      </Link>
      <PageHeading title={family.displayName} />
      <dl className="summary-list">
        <dt>{texts.approvedAt}</dt>
        <dd>{formatDate(family.approvedAt)}</dd>
        <dt>{texts.approvedBy}</dt>
        <dd>{texts.authorities[family.approvedBy]}</dd>
        <dt>{texts.vacancies}</dt>
        <dd>
          {texts.vacancyLine(family.vacancies, family.places)} (
          {texts.updatedAgo(daysSince(family.vacanciesUpdatedAt))})
        </dd>
      </dl>
      <h2>{texts.editHeading}</h2>
      <FamilyForm key={family.version} family={family} onReload={() => void query.refetch()} />
      <FamilyMatchProfileSection familyId={family.id} />
    </>
  );
}

/** `/plejefamilier` lists approved families; `/plejefamilier/<id>` edits one. */
export function FosterFamiliesPage({ subPath }: { subPath: string }) {
  return subPath ? <FamilyPage key={subPath} id={subPath} /> : <FamilyList />;
}
