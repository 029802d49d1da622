import type { Catalogue } from '../../i18n/da';

const zone = 'Europe/Copenhagen';
const dateFormat = new Intl.DateTimeFormat('da-DK', { timeZone: zone, dateStyle: 'long' });
const dateTimeFormat = new Intl.DateTimeFormat('da-DK', {
  timeZone: zone,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
});
const partsFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: zone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

/** "onsdag 4. marts kl. 14.30": a deadline as people say it. */
export function formatDateTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}

/** A date as `åååå-mm-dd` in Copenhagen. */
export function copenhagenDay(date: Date): string {
  return partsFormat.format(date);
}

/** Midnight in Copenhagen at the start of `day` (`åååå-mm-dd`), as an instant. */
export function copenhagenMidnight(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  const guess = Date.UTC(y!, m! - 1, d!);
  // The zone offset at that moment (DST aware): what Copenhagen's clock shows at the UTC guess.
  const shown = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(guess));
  return new Date(guess - Number(shown) * 3_600_000);
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Hours as "3 timer" or "2 dage" – whole units, so a glance is enough. */
export function formatHours(hours: number | null | undefined, t: Catalogue): string {
  if (hours === null || hours === undefined) return t.learning.dashboard.noData;
  if (hours < 1) return t.learning.time.lessThanHour;
  if (hours < 48) return t.learning.time.hours(Math.round(hours));
  return t.learning.time.days(Math.round(hours / 24));
}

/** Time since an instant, in the same words. */
export function waitedSince(iso: string, t: Catalogue, now = Date.now()): string {
  return formatHours((now - new Date(iso).getTime()) / 3_600_000, t);
}
