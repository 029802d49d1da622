import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Checkbox, CheckboxGroup, SelectField, TextField } from '../form-fields';
import { Alert } from '../recruitment/alerts';
import type { FamilyMatchProfileFieldsFragment, MatchingVocabularyQuery } from '../../gql/graphql';
import {
  AssessFamilyMatchProfileDocument,
  FamilyMatchProfileDocument,
  MatchingVocabularyDocument,
  MyFamilyMatchProfileDocument,
  UpdateFamilyMatchProfileDocument,
} from '../../graphql/matching.operations';
import { useI18n } from '../../i18n/i18n-context';
import { isoDate } from './format';
import { matchingErrorOf, staleCode } from './matching-error';
import './matching.css';

type Vocabulary = MatchingVocabularyQuery['matchingVocabulary'];
type Notice = { kind: 'success' | 'error' | 'warning'; text: string } | null;

function TagChecks(props: {
  id: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  selected: readonly string[];
  onChange(next: string[]): void;
}) {
  return <CheckboxGroup {...props} className="match-tag-grid" />;
}

function ageOrNull(raw: string): number | null | 'invalid' {
  const trimmed = raw.trim();
  if (!trimmed) return null;
  return /^\d{1,2}$/.test(trimmed) && Number(trimmed) <= 17 ? Number(trimmed) : 'invalid';
}

function NoticeBox({ notice, onReload }: { notice: Notice; onReload(): void }) {
  const { t } = useI18n();
  if (!notice) return null;
  return (
    <Alert kind={notice.kind}>
      <p className="m-0">{notice.text}</p>
      {notice.kind === 'warning' ? (
        <button type="button" className="button button-secondary mt-3" onClick={onReload}>
          {t.matching.errors.reload}
        </button>
      ) : null}
    </Alert>
  );
}

/** The family's own answers: what it has, wishes and feels able to take. */
function OwnAnswersForm({
  profile,
  vocabulary,
  idPrefix,
  onReload,
  onSaved,
}: {
  profile: FamilyMatchProfileFieldsFragment;
  vocabulary: Vocabulary;
  idPrefix: string;
  onReload(): void;
  onSaved(): void;
}) {
  const { t } = useI18n();
  const texts = t.matching.profile;
  const [experience, setExperience] = useState(profile.experience);
  const [languages, setLanguages] = useState(profile.languages);
  const [culture, setCulture] = useState(profile.culture);
  const [features, setFeatures] = useState(profile.features);
  const [otherChildren, setOtherChildren] = useState(profile.otherChildrenBirthDates.join(', '));
  const [ageMin, setAgeMin] = useState(profile.prefAgeMin == null ? '' : String(profile.prefAgeMin));
  const [ageMax, setAgeMax] = useState(profile.prefAgeMax == null ? '' : String(profile.prefAgeMax));
  const [able, setAble] = useState(profile.prefNeedsAble);
  const [excluded, setExcluded] = useState(profile.prefNeedsExcluded);
  const [siblings, setSiblings] = useState(profile.prefSiblings ?? false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice>(null);
  const [update, { loading }] = useMutation(UpdateFamilyMatchProfileDocument);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNotice(null);
    const found: Record<string, string> = {};
    const min = ageOrNull(ageMin);
    const max = ageOrNull(ageMax);
    if (min === 'invalid') found['prefAgeMin'] = texts.ageInvalid;
    if (max === 'invalid') found['prefAgeMax'] = texts.ageInvalid;
    const dates = otherChildren
      .split(',')
      .map((value) => value.trim())
      .filter(Boolean);
    if (dates.some((date) => !isoDate.test(date))) found['otherChildrenBirthDates'] = texts.datesInvalid;
    setErrors(found);
    if (Object.keys(found).length > 0 || min === 'invalid' || max === 'invalid') return;
    try {
      await update({
        variables: {
          input: {
            familyId: profile.family.id,
            expectedVersion: profile.version,
            experience,
            languages,
            culture,
            features,
            otherChildrenBirthDates: dates,
            prefAgeMin: min,
            prefAgeMax: max,
            prefNeedsAble: able,
            prefNeedsExcluded: excluded,
            prefSiblings: siblings,
          },
        },
      });
      onSaved();
    } catch (caught) {
      const error = matchingErrorOf(caught, t);
      setErrors(error.fields);
      setNotice({ kind: error.code === staleCode ? 'warning' : 'error', text: error.message });
    }
  };

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} data-testid={`${idPrefix}-own-form`}>
      <NoticeBox notice={notice} onReload={onReload} />
      <TextField
        id={`${idPrefix}-prefAgeMin`}
        label={texts.prefAgeMin}
        optional
        inputMode="numeric"
        className="input-width-xs"
        error={errors['prefAgeMin']}
        value={ageMin}
        onChange={(event) => setAgeMin(event.target.value)}
      />
      <TextField
        id={`${idPrefix}-prefAgeMax`}
        label={texts.prefAgeMax}
        optional
        inputMode="numeric"
        className="input-width-xs"
        error={errors['prefAgeMax']}
        value={ageMax}
        onChange={(event) => setAgeMax(event.target.value)}
      />
      <Checkbox
        id={`${idPrefix}-prefSiblings`}
        label={texts.prefSiblings}
        checked={siblings}
        onChange={(event) => setSiblings(event.target.checked)}
      />
      <TagChecks
        id={`${idPrefix}-able`}
        legend={texts.prefNeedsAble}
        options={vocabulary.needs}
        selected={able}
        onChange={setAble}
      />
      <TagChecks
        id={`${idPrefix}-excluded`}
        legend={texts.prefNeedsExcluded}
        options={vocabulary.needs}
        selected={excluded}
        onChange={setExcluded}
      />
      <TagChecks
        id={`${idPrefix}-experience`}
        legend={texts.experience}
        options={vocabulary.needs}
        selected={experience}
        onChange={setExperience}
      />
      <TagChecks
        id={`${idPrefix}-languages`}
        legend={texts.languages}
        options={vocabulary.languages}
        selected={languages}
        onChange={setLanguages}
      />
      <TagChecks
        id={`${idPrefix}-culture`}
        legend={texts.culture}
        options={vocabulary.culture}
        selected={culture}
        onChange={setCulture}
      />
      <TagChecks
        id={`${idPrefix}-features`}
        legend={texts.features}
        options={vocabulary.features}
        selected={features}
        onChange={setFeatures}
      />
      <TextField
        id={`${idPrefix}-otherChildrenBirthDates`}
        label={texts.otherChildren}
        hint={texts.otherChildrenHint}
        optional
        error={errors['otherChildrenBirthDates']}
        value={otherChildren}
        onChange={(event) => setOtherChildren(event.target.value)}
      />
      <button type="submit" className="button button-primary" disabled={loading}>
        {texts.saveOwn}
      </button>
    </form>
  );
}

/** The consultant's judgment of the same points; where set it wins in matching. */
function AssessmentForm({
  profile,
  vocabulary,
  onReload,
  onSaved,
}: {
  profile: FamilyMatchProfileFieldsFragment;
  vocabulary: Vocabulary;
  onReload(): void;
  onSaved(): void;
}) {
  const { t } = useI18n();
  const texts = t.matching.profile;
  const [ageMin, setAgeMin] = useState(profile.assessedAgeMin == null ? '' : String(profile.assessedAgeMin));
  const [ageMax, setAgeMax] = useState(profile.assessedAgeMax == null ? '' : String(profile.assessedAgeMax));
  const [able, setAble] = useState(profile.assessedNeedsAble ?? []);
  const [excluded, setExcluded] = useState(profile.assessedNeedsExcluded ?? []);
  const [siblings, setSiblings] = useState(
    profile.assessedSiblings == null ? '' : profile.assessedSiblings ? 'yes' : 'no',
  );
  const [lat, setLat] = useState(profile.lat == null ? '' : String(profile.lat));
  const [lon, setLon] = useState(profile.lon == null ? '' : String(profile.lon));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice>(null);
  const [assess, { loading }] = useMutation(AssessFamilyMatchProfileDocument);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNotice(null);
    const found: Record<string, string> = {};
    const min = ageOrNull(ageMin);
    const max = ageOrNull(ageMax);
    if (min === 'invalid') found['assessedAgeMin'] = texts.ageInvalid;
    if (max === 'invalid') found['assessedAgeMax'] = texts.ageInvalid;
    const latValue = lat.trim() ? Number(lat.trim().replace(',', '.')) : null;
    const lonValue = lon.trim() ? Number(lon.trim().replace(',', '.')) : null;
    if (latValue !== null && !Number.isFinite(latValue)) found['lat'] = t.matching.form.numberInvalid;
    if (lonValue !== null && !Number.isFinite(lonValue)) found['lon'] = t.matching.form.numberInvalid;
    setErrors(found);
    if (Object.keys(found).length > 0 || min === 'invalid' || max === 'invalid') return;
    try {
      await assess({
        variables: {
          input: {
            familyId: profile.family.id,
            expectedVersion: profile.version,
            assessedAgeMin: min,
            assessedAgeMax: max,
            assessedNeedsAble: able.length ? able : null,
            assessedNeedsExcluded: excluded.length ? excluded : null,
            assessedSiblings: siblings === '' ? null : siblings === 'yes',
            lat: latValue,
            lon: lonValue,
          },
        },
      });
      onSaved();
    } catch (caught) {
      const error = matchingErrorOf(caught, t);
      setErrors(error.fields);
      setNotice({ kind: error.code === staleCode ? 'warning' : 'error', text: error.message });
    }
  };

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} data-testid="assessment-form">
      <NoticeBox notice={notice} onReload={onReload} />
      <TextField
        id="assess-ageMin"
        label={texts.assessedAgeMin}
        optional
        inputMode="numeric"
        className="input-width-xs"
        error={errors['assessedAgeMin']}
        value={ageMin}
        onChange={(event) => setAgeMin(event.target.value)}
      />
      <TextField
        id="assess-ageMax"
        label={texts.assessedAgeMax}
        optional
        inputMode="numeric"
        className="input-width-xs"
        error={errors['assessedAgeMax']}
        value={ageMax}
        onChange={(event) => setAgeMax(event.target.value)}
      />
      <SelectField
        id="assess-siblings"
        label={texts.assessedSiblings}
        optional
        value={siblings}
        options={[
          { value: '', label: texts.notSet },
          { value: 'yes', label: t.common.yes },
          { value: 'no', label: t.common.no },
        ]}
        onChange={(event) => setSiblings(event.target.value)}
      />
      <TagChecks
        id="assess-able"
        legend={texts.assessedNeedsAble}
        options={vocabulary.needs}
        selected={able}
        onChange={setAble}
      />
      <TagChecks
        id="assess-excluded"
        legend={texts.assessedNeedsExcluded}
        options={vocabulary.needs}
        selected={excluded}
        onChange={setExcluded}
      />
      <p className="form-hint">{t.matching.form.coordinatesHint}</p>
      <div className="match-coordinates">
        <TextField
          id="assess-lat"
          label={t.matching.form.lat}
          optional
          inputMode="decimal"
          className="input-width-s"
          error={errors['lat']}
          value={lat}
          onChange={(event) => setLat(event.target.value)}
        />
        <TextField
          id="assess-lon"
          label={t.matching.form.lon}
          optional
          inputMode="decimal"
          className="input-width-s"
          error={errors['lon']}
          value={lon}
          onChange={(event) => setLon(event.target.value)}
        />
      </div>
      <button type="submit" className="button button-primary" disabled={loading}>
        {texts.saveAssessment}
      </button>
    </form>
  );
}

/** Rows where the consultant's judgment is set and differs from the family's own answer. */
function Differences({
  profile,
  vocabulary,
}: {
  profile: FamilyMatchProfileFieldsFragment;
  vocabulary: Vocabulary;
}) {
  const { t } = useI18n();
  const texts = t.matching.profile;
  const tags = (values: readonly string[]) =>
    values.length
      ? values.map((value) => vocabulary.needs.find((o) => o.value === value)?.label ?? value).join(', ')
      : texts.none;
  const age = (value: number | null | undefined) => (value == null ? texts.notSet : String(value));
  const same = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((value) => b.includes(value));
  const rows: { label: string; family: string; consultant: string }[] = [];
  if (profile.assessedAgeMin != null && profile.assessedAgeMin !== profile.prefAgeMin)
    rows.push({
      label: texts.prefAgeMin,
      family: age(profile.prefAgeMin),
      consultant: age(profile.assessedAgeMin),
    });
  if (profile.assessedAgeMax != null && profile.assessedAgeMax !== profile.prefAgeMax)
    rows.push({
      label: texts.prefAgeMax,
      family: age(profile.prefAgeMax),
      consultant: age(profile.assessedAgeMax),
    });
  if (profile.assessedNeedsAble && !same(profile.assessedNeedsAble, profile.prefNeedsAble))
    rows.push({
      label: texts.prefNeedsAble,
      family: tags(profile.prefNeedsAble),
      consultant: tags(profile.assessedNeedsAble),
    });
  if (profile.assessedNeedsExcluded && !same(profile.assessedNeedsExcluded, profile.prefNeedsExcluded))
    rows.push({
      label: texts.prefNeedsExcluded,
      family: tags(profile.prefNeedsExcluded),
      consultant: tags(profile.assessedNeedsExcluded),
    });
  if (profile.assessedSiblings != null && profile.assessedSiblings !== profile.prefSiblings)
    rows.push({
      label: texts.prefSiblings,
      family: profile.prefSiblings == null ? texts.notSet : profile.prefSiblings ? t.common.yes : t.common.no,
      consultant: profile.assessedSiblings ? t.common.yes : t.common.no,
    });
  if (rows.length === 0) return null;
  return (
    <div className="table--responsive-scroll">
      <table className="table match-compare" data-testid="profile-differences">
        <caption>{texts.differsHeading}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="sr-only">{texts.heading}</span>
            </th>
            <th scope="col">{texts.familyAnswer}</th>
            <th scope="col">{texts.consultantAnswer}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{row.family}</td>
              <td>{row.consultant}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** On the consultant's `/plejefamilier/<id>`: the family's answers, the consultant's judgment, where they differ. */
export function FamilyMatchProfileSection({ familyId }: { familyId: string }) {
  const { t } = useI18n();
  const texts = t.matching.profile;
  const query = useQuery(FamilyMatchProfileDocument, {
    variables: { familyId },
    fetchPolicy: 'network-only',
  });
  const vocabulary = useQuery(MatchingVocabularyDocument).data?.matchingVocabulary;
  const profile = query.data?.familyMatchProfile;
  const [saved, setSaved] = useState(false);
  const reload = () => void query.refetch();
  // The profile has no id of its own in the cache: read it again, so the comparison shows the saved answers.
  const onSaved = () => void query.refetch().then(() => setSaved(true));
  return (
    <section aria-labelledby="match-profile-heading" className="mt-7" data-testid="match-profile">
      <h2 id="match-profile-heading">{texts.heading}</h2>
      <p>{texts.intro}</p>
      {query.error && !profile ? <Alert kind="error">{matchingErrorOf(query.error, t).message}</Alert> : null}
      {saved ? <Alert kind="success">{texts.saved}</Alert> : null}
      {profile && vocabulary ? (
        <>
          <Differences profile={profile} vocabulary={vocabulary} />
          <h3>{texts.assessHeading}</h3>
          <AssessmentForm
            key={`a${profile.version}`}
            profile={profile}
            vocabulary={vocabulary}
            onReload={reload}
            onSaved={onSaved}
          />
          <h3 className="mt-6">{texts.ownHeading}</h3>
          <OwnAnswersForm
            key={`o${profile.version}`}
            profile={profile}
            vocabulary={vocabulary}
            idPrefix="profile"
            onReload={reload}
            onSaved={onSaved}
          />
        </>
      ) : !query.error ? (
        <p role="status">{t.common.loading}</p>
      ) : null}
    </section>
  );
}

/** On the foster parent's `/min-familie`: "Jeres ønsker", the family's own answers. */
export function MyWishesSection() {
  const { t } = useI18n();
  const texts = t.matching.profile;
  const query = useQuery(MyFamilyMatchProfileDocument, { fetchPolicy: 'network-only' });
  const vocabulary = useQuery(MatchingVocabularyDocument).data?.matchingVocabulary;
  const profile = query.data?.myFamilyMatchProfile;
  const [saved, setSaved] = useState(false);
  return (
    <section aria-labelledby="my-wishes-heading" className="mt-7" data-testid="my-wishes">
      <h2 id="my-wishes-heading">{texts.myHeading}</h2>
      <p>{texts.myIntro}</p>
      {query.error ? <Alert kind="error">{matchingErrorOf(query.error, t).message}</Alert> : null}
      {query.data && !profile ? <p>{texts.noProfile}</p> : null}
      {saved ? <Alert kind="success">{texts.saved}</Alert> : null}
      {profile && vocabulary ? (
        <OwnAnswersForm
          key={profile.version}
          profile={profile}
          vocabulary={vocabulary}
          idPrefix="wishes"
          onReload={() => void query.refetch()}
          onSaved={() => void query.refetch().then(() => setSaved(true))}
        />
      ) : null}
    </section>
  );
}
