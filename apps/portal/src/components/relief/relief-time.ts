// Relief dates are Copenhagen dates: the grid, the search and the booking all speak in local dates and times.
const zone = 'Europe/Copenhagen';
const partsFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: zone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function parts(instant: Date): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of partsFormat.formatToParts(instant)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

/** `åååå-mm-dd` of an instant in Copenhagen. */
export function copenhagenDate(instant: Date): string {
  const p = parts(instant);
  return `${p['year']}-${String(p['month']).padStart(2, '0')}-${String(p['day']).padStart(2, '0')}`;
}

/** The instant of a Copenhagen wall-clock time (offset looked up at that moment, so summer time is right). */
export function copenhagenInstant(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const guess = Date.UTC(y!, m! - 1, d!, hh!, mm!);
  const p = parts(new Date(guess));
  const asUtc = Date.UTC(p['year']!, p['month']! - 1, p['day']!, p['hour']!, p['minute']!);
  return new Date(guess - (asUtc - guess));
}

export interface Month {
  year: number;
  /** 1-12 */
  month: number;
}

export function monthOf(date: string): Month {
  const [y, m] = date.split('-').map(Number);
  return { year: y!, month: m! };
}

export function shiftMonth({ year, month }: Month, by: number): Month {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function isoDay(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth({ year, month }: Month): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return (new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay() + 6) % 7;
}

/** The month as instants, for the api's `from`/`to`. */
export function monthRange(month: Month): { from: Date; to: Date } {
  const next = shiftMonth(month, 1);
  return {
    from: copenhagenInstant(isoDay(month.year, month.month, 1), '00:00'),
    to: copenhagenInstant(isoDay(next.year, next.month, 1), '00:00'),
  };
}

const monthName = new Intl.DateTimeFormat('da-DK', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthNameEn = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatMonth({ year, month }: Month, language: string): string {
  return (language === 'en' ? monthNameEn : monthName).format(new Date(Date.UTC(year, month - 1, 15)));
}

const dateTime = new Intl.DateTimeFormat('da-DK', {
  timeZone: zone,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
});

export function formatDateTime(value: string | Date): string {
  return dateTime.format(new Date(value));
}

const shortDate = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

export function formatDate(date: string): string {
  return shortDate.format(new Date(`${date}T12:00:00Z`));
}

/** The api's grant periods end exclusively (`to` is the first day after); people read the last day. */
export function lastDayOf(exclusiveEnd: string): string {
  const d = new Date(`${exclusiveEnd}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
