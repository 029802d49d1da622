import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorSummary, type SummaryError } from '../error-summary';
import {
  Checkbox,
  CheckboxGroup,
  describedBy,
  ErrorMessage,
  SelectField,
  TextAreaField,
  TextField,
} from '../form-fields';
import { Alert } from '../recruitment/alerts';
import type { PlacementNeedFieldsFragment, PlacementNeedInput, SupportLevel } from '../../gql/graphql';
import {
  CreatePlacementNeedDocument,
  MatchingNetworkOptionsDocument,
  MatchingVocabularyDocument,
  UpdatePlacementNeedDocument,
} from '../../graphql/matching.operations';
import { useI18n } from '../../i18n/i18n-context';
import { isoDate, validPastDate } from './format';
import { matchingErrorOf, staleCode } from './matching-error';

const supportLevels: readonly SupportLevel[] = ['ALMEN', 'FORSTAERKET', 'SPECIALISERET'];

interface ChildRow {
  firstName: string;
  birthDate: string;
}

interface PersonRow {
  name: string;
  relation: string;
  /** '' = no application yet. */
  applicationId: string;
}

/** Field ids by input path, so server messages (`children.0.firstName`) land beside their field. */
function fieldId(path: string): string {
  return `need-${path.replace(/\./g, '-')}`;
}

function toggle(list: readonly string[], value: string, on: boolean): string[] {
  return on ? [...list, value] : list.filter((item) => item !== value);
}

function numberOrNull(raw: string): number | null | 'invalid' {
  const trimmed = raw.trim().replace(',', '.');
  if (!trimmed) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : 'invalid';
}

function TagGroup({
  legend,
  name,
  options,
  selected,
  onChange,
  error,
}: {
  legend: string;
  name: string;
  options: readonly { value: string; label: string }[];
  selected: readonly string[];
  onChange(next: string[]): void;
  error?: string;
}) {
  return (
    <CheckboxGroup
      id={fieldId(name)}
      linkable
      className="match-tag-grid"
      legend={legend}
      options={options}
      selected={selected}
      onChange={onChange}
      error={error}
    />
  );
}

/**
 * The caseworker's form for a placement need, new or existing. Checks what the browser can check (names,
 * dates, numbers) and places the api's field messages beside the same fields.
 */
export function NeedForm({
  need,
  onSaved,
  onReload,
}: {
  need?: PlacementNeedFieldsFragment;
  onSaved(id: string): void;
  onReload?(): void;
}) {
  const { t } = useI18n();
  const texts = t.matching.form;
  const vocabulary = useQuery(MatchingVocabularyDocument).data?.matchingVocabulary;
  const families = useQuery(MatchingNetworkOptionsDocument, { fetchPolicy: 'cache-and-network' });
  const networkFamilies = families.data?.matchingNetworkOptions.families ?? [];
  const networkApplications = families.data?.matchingNetworkOptions.applications ?? [];

  const [children, setChildren] = useState<ChildRow[]>(
    need?.children.map((c) => ({ firstName: c.firstName, birthDate: c.birthDate })) ?? [
      { firstName: '', birthDate: '' },
    ],
  );
  const [supportLevel, setSupportLevel] = useState<SupportLevel>(need?.supportLevel ?? 'ALMEN');
  const [needs, setNeeds] = useState<string[]>(need?.needs ?? []);
  const [culture, setCulture] = useState<string[]>(need?.culture ?? []);
  const [cultureNote, setCultureNote] = useState(need?.cultureNote ?? '');
  const [wishes, setWishes] = useState<string[]>(need?.wishes ?? []);
  const [wishesText, setWishesText] = useState(need?.wishesText ?? '');
  const [languages, setLanguages] = useState<string[]>(need?.languages ?? ['da']);
  const [schoolName, setSchoolName] = useState(need?.schoolName ?? '');
  const [schoolPostalCode, setSchoolPostalCode] = useState(need?.schoolPostalCode ?? '');
  const coordinate = (v: number | null | undefined) => (v == null ? '' : String(v));
  const [schoolLat, setSchoolLat] = useState(coordinate(need?.schoolLat));
  const [schoolLon, setSchoolLon] = useState(coordinate(need?.schoolLon));
  const [bioPostalCode, setBioPostalCode] = useState(need?.bioPostalCode ?? '');
  const [bioLat, setBioLat] = useState(coordinate(need?.bioLat));
  const [bioLon, setBioLon] = useState(coordinate(need?.bioLon));
  const [contactVisits, setContactVisits] = useState(String(need?.contactVisitsPerMonth ?? 0));
  const [people, setPeople] = useState<PersonRow[]>(
    need?.networkPeople.map((p) => ({
      name: p.name,
      relation: p.relation,
      applicationId: p.applicationId ?? '',
    })) ?? [],
  );
  // A linked application that is no longer open is not offered, but stays selectable on this need.
  const applicationOptions = (current: string) => [
    { value: '', label: texts.noApplication },
    ...networkApplications.map((a) => ({
      value: a.id,
      label: texts.applicationOption(a.applicantName, a.childName, a.statusLabel),
    })),
    ...(current && !networkApplications.some((a) => a.id === current)
      ? [{ value: current, label: texts.closedApplication }]
      : []),
  ];
  const [networkFamilyIds, setNetworkFamilyIds] = useState<string[]>(need?.networkFamilyIds ?? []);
  const [acute, setAcute] = useState(need?.acute ?? false);
  const [wishedStart, setWishedStart] = useState(need?.wishedStart ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<{ text: string; stale: boolean } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [create, creating] = useMutation(CreatePlacementNeedDocument);
  const [update, updating] = useMutation(UpdatePlacementNeedDocument);

  const validate = (): Record<string, string> => {
    const found: Record<string, string> = {};
    children.forEach((child, index) => {
      if (!child.firstName.trim()) found[`children.${index}.firstName`] = texts.firstNameMissing;
      if (!validPastDate(child.birthDate.trim()))
        found[`children.${index}.birthDate`] = texts.birthDateInvalid;
    });
    const visits = Number(contactVisits.trim());
    if (!/^\d{1,2}$/.test(contactVisits.trim()) || visits > 31)
      found['contactVisitsPerMonth'] = texts.contactInvalid;
    for (const [path, raw] of [
      ['schoolLat', schoolLat],
      ['schoolLon', schoolLon],
      ['bioLat', bioLat],
      ['bioLon', bioLon],
    ] as const) {
      if (numberOrNull(raw) === 'invalid') found[path] = texts.numberInvalid;
    }
    if (wishedStart.trim() && !isoDate.test(wishedStart.trim())) found['wishedStart'] = texts.dateInvalid;
    people.forEach((person, index) => {
      if (!person.name.trim()) found[`networkPeople.${index}.name`] = texts.personNameMissing;
    });
    return found;
  };

  const input = (): PlacementNeedInput => {
    const num = (raw: string) => {
      const value = numberOrNull(raw);
      return value === 'invalid' ? null : value;
    };
    return {
      children: children.map((c) => ({ firstName: c.firstName.trim(), birthDate: c.birthDate.trim() })),
      supportLevel,
      needs,
      culture,
      cultureNote: cultureNote.trim() || null,
      wishes,
      wishesText: wishesText.trim() || null,
      languages,
      schoolName: schoolName.trim() || null,
      schoolPostalCode: schoolPostalCode.trim() || null,
      schoolLat: num(schoolLat),
      schoolLon: num(schoolLon),
      bioPostalCode: bioPostalCode.trim() || null,
      bioLat: num(bioLat),
      bioLon: num(bioLon),
      contactVisitsPerMonth: Number(contactVisits.trim()),
      networkPeople: people.map((p) => ({
        name: p.name.trim(),
        relation: p.relation.trim(),
        applicationId: p.applicationId || null,
      })),
      networkFamilyIds,
      acute,
      wishedStart: wishedStart.trim() || null,
    };
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    setFormError(null);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      if (need) {
        const result = await update({
          variables: { input: { id: need.id, expectedVersion: need.version, need: input() } },
        });
        if (result.data) onSaved(result.data.updatePlacementNeed.id);
      } else {
        const result = await create({ variables: { input: input() } });
        if (result.data) onSaved(result.data.createPlacementNeed.id);
      }
    } catch (caught) {
      const error = matchingErrorOf(caught, t);
      // Update errors come under `need.`; the field ids are the same as for a new need.
      const fields = Object.fromEntries(
        Object.entries(error.fields).map(([path, message]) => [path.replace(/^need\./, ''), message]),
      );
      setErrors(fields);
      if (Object.keys(fields).length === 0 || error.code !== 'BAD_USER_INPUT')
        setFormError({ text: error.message, stale: error.code === staleCode });
    }
  };

  const summary: SummaryError[] = Object.entries(errors).map(([path, message]) => ({
    fieldId: fieldId(path),
    message,
  }));
  const saving = creating.loading || updating.loading;

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} data-testid="need-form">
      <ErrorSummary errors={summary} attempt={attempt} />
      {formError ? (
        <Alert kind={formError.stale ? 'warning' : 'error'}>
          <p className="m-0">{formError.text}</p>
          {formError.stale && onReload ? (
            <button type="button" className="button button-secondary mt-3" onClick={onReload}>
              {t.matching.errors.reload}
            </button>
          ) : null}
        </Alert>
      ) : null}

      <fieldset className="mt-5">
        <legend className="h2">{t.matching.caseworker.children}</legend>
        <p className="form-hint">{texts.childrenHint}</p>
        {children.map((child, index) => (
          <fieldset key={index} className="match-child" data-testid={`child-${index}`}>
            <legend className="h3">{texts.childHeading(index + 1)}</legend>
            <TextField
              id={fieldId(`children.${index}.firstName`)}
              label={texts.firstName}
              autoComplete="off"
              error={errors[`children.${index}.firstName`]}
              value={child.firstName}
              onChange={(event) =>
                setChildren((rows) =>
                  rows.map((row, i) => (i === index ? { ...row, firstName: event.target.value } : row)),
                )
              }
            />
            <TextField
              id={fieldId(`children.${index}.birthDate`)}
              label={texts.birthDate}
              hint={texts.dateHint}
              className="input-width-s"
              autoComplete="off"
              error={errors[`children.${index}.birthDate`]}
              value={child.birthDate}
              onChange={(event) =>
                setChildren((rows) =>
                  rows.map((row, i) => (i === index ? { ...row, birthDate: event.target.value } : row)),
                )
              }
            />
            {children.length > 1 ? (
              <button
                type="button"
                className="button button-tertiary"
                onClick={() => setChildren((rows) => rows.filter((_, i) => i !== index))}
              >
                {texts.removeChild(index + 1)}
              </button>
            ) : null}
          </fieldset>
        ))}
        {children.length < 6 ? (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setChildren((rows) => [...rows, { firstName: '', birthDate: '' }])}
          >
            {texts.addSibling}
          </button>
        ) : null}
      </fieldset>

      <fieldset className="form-group mt-6" id={fieldId('supportLevel')} tabIndex={-1}>
        <legend className="form-label">{texts.supportLegend}</legend>
        <ul className="nobullet-list">
          {supportLevels.map((level) => (
            <li key={level} className="form-group-radio">
              <input
                type="radio"
                className="form-radio"
                id={`need-support-${level}`}
                name="need-support"
                value={level}
                checked={supportLevel === level}
                aria-describedby={`need-support-${level}-hint`}
                onChange={() => setSupportLevel(level)}
              />
              <label className="form-label" htmlFor={`need-support-${level}`}>
                {t.matching.supportLevels[level]}
              </label>
              <span className="form-hint" id={`need-support-${level}-hint`}>
                {t.matching.supportLevelHints[level]}
              </span>
            </li>
          ))}
        </ul>
      </fieldset>

      {vocabulary ? (
        <>
          <TagGroup
            legend={texts.needsLegend}
            name="needs"
            options={vocabulary.needs}
            selected={needs}
            onChange={setNeeds}
            error={errors['needs']}
          />
          <TagGroup
            legend={texts.languages}
            name="languages"
            options={vocabulary.languages}
            selected={languages}
            onChange={setLanguages}
            error={errors['languages']}
          />
          <TagGroup
            legend={texts.cultureLegend}
            name="culture"
            options={vocabulary.culture}
            selected={culture}
            onChange={setCulture}
            error={errors['culture']}
          />
          <TextField
            id={fieldId('cultureNote')}
            label={texts.cultureNote}
            optional
            error={errors['cultureNote']}
            value={cultureNote}
            onChange={(event) => setCultureNote(event.target.value)}
          />
          <TagGroup
            legend={texts.wishesLegend}
            name="wishes"
            options={vocabulary.wishes}
            selected={wishes}
            onChange={setWishes}
            error={errors['wishes']}
          />
        </>
      ) : (
        <p role="status">{t.common.loading}</p>
      )}
      <TextAreaField
        id={fieldId('wishesText')}
        label={texts.wishesText}
        hint={texts.wishesTextHint}
        optional
        error={errors['wishesText']}
        value={wishesText}
        onChange={(event) => setWishesText(event.target.value)}
      />

      <h2 className="h3 mt-6">{texts.schoolHeading}</h2>
      <TextField
        id={fieldId('schoolName')}
        label={texts.schoolName}
        optional
        error={errors['schoolName']}
        value={schoolName}
        onChange={(event) => setSchoolName(event.target.value)}
      />
      <TextField
        id={fieldId('schoolPostalCode')}
        label={texts.schoolPostalCode}
        optional
        inputMode="numeric"
        maxLength={4}
        className="input-width-xs"
        error={errors['schoolPostalCode']}
        value={schoolPostalCode}
        onChange={(event) => setSchoolPostalCode(event.target.value)}
      />
      <p className="form-hint" id="need-school-coordinates-hint">
        {texts.coordinatesHint}
      </p>
      <div className="match-coordinates">
        <TextField
          id={fieldId('schoolLat')}
          label={texts.schoolLat}
          optional
          inputMode="decimal"
          className="input-width-s"
          error={errors['schoolLat']}
          value={schoolLat}
          onChange={(event) => setSchoolLat(event.target.value)}
        />
        <TextField
          id={fieldId('schoolLon')}
          label={texts.schoolLon}
          optional
          inputMode="decimal"
          className="input-width-s"
          error={errors['schoolLon']}
          value={schoolLon}
          onChange={(event) => setSchoolLon(event.target.value)}
        />
      </div>

      <h2 className="h3 mt-6">{texts.bioHeading}</h2>
      <TextField
        id={fieldId('bioPostalCode')}
        label={texts.bioPostalCode}
        optional
        inputMode="numeric"
        maxLength={4}
        className="input-width-xs"
        error={errors['bioPostalCode']}
        value={bioPostalCode}
        onChange={(event) => setBioPostalCode(event.target.value)}
      />
      <p className="form-hint">{texts.coordinatesHint}</p>
      <div className="match-coordinates">
        <TextField
          id={fieldId('bioLat')}
          label={texts.bioLat}
          optional
          inputMode="decimal"
          className="input-width-s"
          error={errors['bioLat']}
          value={bioLat}
          onChange={(event) => setBioLat(event.target.value)}
        />
        <TextField
          id={fieldId('bioLon')}
          label={texts.bioLon}
          optional
          inputMode="decimal"
          className="input-width-s"
          error={errors['bioLon']}
          value={bioLon}
          onChange={(event) => setBioLon(event.target.value)}
        />
      </div>
      <TextField
        id={fieldId('contactVisitsPerMonth')}
        label={texts.contactVisits}
        inputMode="numeric"
        className="input-width-xs"
        error={errors['contactVisitsPerMonth']}
        value={contactVisits}
        onChange={(event) => setContactVisits(event.target.value)}
      />

      <h2 className="h3 mt-6">{texts.networkHeading}</h2>
      <fieldset className="form-group">
        <legend className="form-label">{texts.networkPeople}</legend>
        {people.map((person, index) => (
          <div key={index} className="match-person">
            <TextField
              id={fieldId(`networkPeople.${index}.name`)}
              label={`${texts.personName} (${index + 1})`}
              error={errors[`networkPeople.${index}.name`]}
              value={person.name}
              onChange={(event) =>
                setPeople((rows) =>
                  rows.map((row, i) => (i === index ? { ...row, name: event.target.value } : row)),
                )
              }
            />
            <TextField
              id={fieldId(`networkPeople.${index}.relation`)}
              label={`${texts.personRelation} (${index + 1})`}
              optional
              error={errors[`networkPeople.${index}.relation`]}
              value={person.relation}
              onChange={(event) =>
                setPeople((rows) =>
                  rows.map((row, i) => (i === index ? { ...row, relation: event.target.value } : row)),
                )
              }
            />
            <SelectField
              id={fieldId(`networkPeople.${index}.applicationId`)}
              label={`${texts.personApplication} (${index + 1})`}
              hint={texts.personApplicationHint}
              optional
              error={errors[`networkPeople.${index}.applicationId`]}
              className="form-select input-width-xl"
              options={applicationOptions(person.applicationId)}
              value={person.applicationId}
              onChange={(event) =>
                setPeople((rows) =>
                  rows.map((row, i) => (i === index ? { ...row, applicationId: event.target.value } : row)),
                )
              }
            />
            <button
              type="button"
              className="button button-tertiary"
              onClick={() => setPeople((rows) => rows.filter((_, i) => i !== index))}
            >
              {texts.removePerson(index + 1)}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button-secondary"
          onClick={() => setPeople((rows) => [...rows, { name: '', relation: '', applicationId: '' }])}
        >
          {texts.addPerson}
        </button>
      </fieldset>
      <fieldset
        className={`form-group${errors['networkFamilyIds'] ? ' form-error' : ''}`}
        id={fieldId('networkFamilyIds')}
        tabIndex={-1}
        aria-describedby={describedBy(
          fieldId('networkFamilyIds'),
          texts.networkFamiliesHint,
          errors['networkFamilyIds'],
        )}
      >
        <legend className="form-label">{texts.networkFamilies}</legend>
        <span className="form-hint" id={`${fieldId('networkFamilyIds')}-hint`}>
          {texts.networkFamiliesHint}
        </span>
        <ErrorMessage id={fieldId('networkFamilyIds')} error={errors['networkFamilyIds']} />
        {families.error ? <Alert kind="error">{matchingErrorOf(families.error, t).message}</Alert> : null}
        {families.data && networkFamilies.length === 0 ? <p>{texts.noNetworkFamilies}</p> : null}
        {networkFamilies.map((family) => (
          <Checkbox
            key={family.id}
            id={`need-network-${family.id}`}
            label={
              family.networkChildName
                ? `${family.displayName} (${family.networkChildName})`
                : family.displayName
            }
            checked={networkFamilyIds.includes(family.id)}
            onChange={(event) => setNetworkFamilyIds((ids) => toggle(ids, family.id, event.target.checked))}
          />
        ))}
      </fieldset>

      <Checkbox
        id={fieldId('acute')}
        label={texts.acute}
        checked={acute}
        onChange={(e) => setAcute(e.target.checked)}
      />
      <TextField
        id={fieldId('wishedStart')}
        label={texts.wishedStart}
        hint={texts.dateHint}
        optional
        className="input-width-s"
        error={errors['wishedStart']}
        value={wishedStart}
        onChange={(event) => setWishedStart(event.target.value)}
      />
      <button type="submit" className="button button-primary mt-5" disabled={saving}>
        {texts.save}
      </button>
    </form>
  );
}
