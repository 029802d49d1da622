import { useI18n } from '../../i18n/i18n-context';
import { TextField } from '../form-fields';
import { copenhagenInstant } from './relief-time';

/** A relief stay as typed: dates and times in Danish time. */
export interface StayPeriod {
  fromDate: string;
  fromTime: string;
  toDate: string;
  toTime: string;
}

export const EVENING_TO_EVENING: StayPeriod = {
  fromDate: '',
  fromTime: '17:00',
  toDate: '',
  toTime: '17:00',
};

/**
 * The stay as instants, or the Danish messages for the fields `<idPrefix>-from` and `<idPrefix>-to`: both dates
 * are needed, and the end must come after the start.
 */
export function readStayPeriod(
  period: StayPeriod,
  idPrefix: string,
  texts: { fromMissing: string; toMissing: string; toBeforeFrom: string },
): { errors: Record<string, string>; range: { from: Date; to: Date } | null } {
  const errors: Record<string, string> = {};
  if (!period.fromDate) errors[`${idPrefix}-from`] = texts.fromMissing;
  if (!period.toDate) errors[`${idPrefix}-to`] = texts.toMissing;
  const from = period.fromDate ? copenhagenInstant(period.fromDate, period.fromTime || '00:00') : null;
  const to = period.toDate ? copenhagenInstant(period.toDate, period.toTime || '00:00') : null;
  if (from && to && to <= from) errors[`${idPrefix}-to`] = texts.toBeforeFrom;
  return { errors, range: from && to && !Object.keys(errors).length ? { from, to } : null };
}

/** The four fields of a stay (from date and time, to date and time); the errors are keyed by field id. */
export function StayPeriodFields({
  idPrefix,
  period,
  errors,
  onChange,
}: {
  idPrefix: string;
  period: StayPeriod;
  errors: Record<string, string>;
  onChange(period: StayPeriod): void;
}) {
  const { t } = useI18n();
  const texts = t.relief.fosterParent;
  return (
    <>
      <TextField
        id={`${idPrefix}-from`}
        type="date"
        label={texts.from}
        error={errors[`${idPrefix}-from`]}
        value={period.fromDate}
        onChange={(e) => onChange({ ...period, fromDate: e.target.value })}
      />
      <TextField
        id={`${idPrefix}-from-time`}
        type="time"
        label={texts.fromTime}
        value={period.fromTime}
        onChange={(e) => onChange({ ...period, fromTime: e.target.value })}
      />
      <TextField
        id={`${idPrefix}-to`}
        type="date"
        label={texts.to}
        error={errors[`${idPrefix}-to`]}
        value={period.toDate}
        onChange={(e) => onChange({ ...period, toDate: e.target.value })}
      />
      <TextField
        id={`${idPrefix}-to-time`}
        type="time"
        label={texts.toTime}
        value={period.toTime}
        onChange={(e) => onChange({ ...period, toTime: e.target.value })}
      />
    </>
  );
}
