import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import type { PeerAudience, PeerGroupFieldsFragment, PeerGroupStatus } from '../../gql/graphql';
import { PeerStaffDocument, SavePeerGroupDocument } from '../../graphql/peer-groups.operations';
import { useI18n } from '../../i18n/i18n-context';
import { ErrorSummary } from '../error-summary';
import { fieldErrorsOf, fieldSummary } from '../form-errors';
import { SelectField, TextField } from '../form-fields';
import { Alert } from '../recruitment/alerts';
import { peerErrorOf } from './peer-error';

const fieldOrder = [
  'name',
  'audience',
  'ageMin',
  'ageMax',
  'areaName',
  'facilitatorId',
  'capacity',
  'status',
] as const;
type Field = (typeof fieldOrder)[number];
const audiences: readonly PeerAudience[] = ['CHILDREN', 'FOSTER_PARENTS'];
const statuses: readonly PeerGroupStatus[] = ['PLANNED', 'ACTIVE', 'PAUSED', 'CLOSED'];
const facilitatorRoles = new Set(['NETWORK_CONSULTANT', 'FAMILY_CONSULTANT', 'CASEWORKER']);

/** Staff who can lead a group (the api accepts network and family-care consultants and caseworkers). */
export function useFacilitators(): { id: string; name: string }[] {
  const staff = useQuery(PeerStaffDocument);
  return (staff.data?.users.edges ?? [])
    .map((e) => e.node)
    .filter((u) => u.active && facilitatorRoles.has(u.role));
}

/** Create or edit a group; the server's Danish messages land beside their fields. */
export function GroupForm({
  group,
  onSaved,
  onCancel,
}: {
  group?: PeerGroupFieldsFragment;
  onSaved(group: PeerGroupFieldsFragment): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const texts = t.peerGroups.form;
  const facilitators = useFacilitators();
  const [name, setName] = useState(group?.name ?? '');
  const [audience, setAudience] = useState<PeerAudience>(group?.audience ?? 'CHILDREN');
  const [ageMin, setAgeMin] = useState(group?.ageMin != null ? String(group.ageMin) : '');
  const [ageMax, setAgeMax] = useState(group?.ageMax != null ? String(group.ageMax) : '');
  const [areaName, setAreaName] = useState(group?.areaName ?? '');
  const [facilitatorId, setFacilitatorId] = useState(group?.facilitatorId ?? '');
  const [capacity, setCapacity] = useState(group ? String(group.capacity) : '8');
  const [status, setStatus] = useState<PeerGroupStatus>(group?.status ?? 'PLANNED');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [save, saving] = useMutation(SavePeerGroupDocument);
  const prefix = group ? `peer-group-${group.id}` : 'peer-group-new';
  const idOf = (field: Field) => `${prefix}-${field}`;
  const children = audience === 'CHILDREN';

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const found: Partial<Record<Field, string>> = {};
    if (!name.trim()) found.name = texts.nameMissing;
    const cap = Number(capacity);
    if (!/^\d+$/.test(capacity.trim()) || cap < 2 || cap > 50) found.capacity = texts.capacityInvalid;
    const min = Number(ageMin);
    const max = Number(ageMax);
    if (children && (!/^\d+$/.test(ageMin.trim()) || !/^\d+$/.test(ageMax.trim()) || min > max || max > 25))
      found.ageMax = texts.ageInvalid;
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length) return;
    try {
      const result = await save({
        variables: {
          input: {
            id: group?.id ?? null,
            name: name.trim(),
            audience,
            ageMin: children ? min : null,
            ageMax: children ? max : null,
            areaName: areaName.trim(),
            facilitatorId: facilitatorId || null,
            capacity: cap,
            status,
          },
        },
      });
      if (result.data) onSaved(result.data.savePeerGroup);
    } catch (caught) {
      const failure = peerErrorOf(caught, t);
      const placed = fieldErrorsOf(failure.fields, fieldOrder);
      if (failure.fields['lat']) placed.areaName = failure.fields['lat'];
      setErrors(placed);
      setAttempt((n) => n + 1);
      if (!Object.keys(placed).length) setFormError(failure.message);
    }
  };

  const summary = fieldSummary(errors, fieldOrder, idOf);
  return (
    <section aria-labelledby={`${prefix}-title`} className="peer-item" data-testid="peer-group-form">
      <h2 id={`${prefix}-title`}>{group ? texts.editTitle : texts.createTitle}</h2>
      <ErrorSummary errors={summary} attempt={attempt} />
      {formError ? <Alert kind="error">{formError}</Alert> : null}
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextField
          id={idOf('name')}
          label={texts.name}
          error={errors.name}
          value={name}
          maxLength={100}
          onChange={(e) => setName(e.target.value)}
        />
        <SelectField
          id={idOf('audience')}
          label={texts.audience}
          error={errors.audience}
          value={audience}
          onChange={(e) => setAudience(e.target.value as PeerAudience)}
          options={audiences.map((value) => ({ value, label: t.peerGroups.audiences[value] }))}
        />
        {children ? (
          <>
            <TextField
              id={idOf('ageMin')}
              label={texts.ageMin}
              inputMode="numeric"
              className="input-width-xs"
              error={errors.ageMin}
              value={ageMin}
              onChange={(e) => setAgeMin(e.target.value)}
            />
            <TextField
              id={idOf('ageMax')}
              label={texts.ageMax}
              inputMode="numeric"
              className="input-width-xs"
              error={errors.ageMax}
              value={ageMax}
              onChange={(e) => setAgeMax(e.target.value)}
            />
          </>
        ) : null}
        <TextField
          id={idOf('areaName')}
          label={texts.area}
          hint={texts.areaHint}
          optional
          error={errors.areaName}
          value={areaName}
          maxLength={100}
          onChange={(e) => setAreaName(e.target.value)}
        />
        <SelectField
          id={idOf('facilitatorId')}
          label={texts.facilitator}
          optional
          error={errors.facilitatorId}
          value={facilitatorId}
          onChange={(e) => setFacilitatorId(e.target.value)}
          options={[
            { value: '', label: texts.noFacilitator },
            ...facilitators.map((u) => ({ value: u.id, label: u.name })),
          ]}
        />
        <TextField
          id={idOf('capacity')}
          label={texts.capacity}
          inputMode="numeric"
          className="input-width-xs"
          error={errors.capacity}
          value={capacity}
          onChange={(e) => setCapacity(e.target.value)}
        />
        <SelectField
          id={idOf('status')}
          label={texts.status}
          error={errors.status}
          value={status}
          onChange={(e) => setStatus(e.target.value as PeerGroupStatus)}
          options={statuses.map((value) => ({ value, label: t.peerGroups.groupStatuses[value] }))}
        />
        <div className="peer-actions">
          <button type="submit" className="button button-primary" disabled={saving.loading}>
            {texts.save}
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {texts.cancel}
          </button>
        </div>
      </form>
    </section>
  );
}
