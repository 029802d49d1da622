// Dates and ages as people in Denmark read them, always in Copenhagen time.
const zone = 'Europe/Copenhagen';
const dateFormat = new Intl.DateTimeFormat('da-DK', {
  timeZone: zone,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const shortDateFormat = new Intl.DateTimeFormat('da-DK', {
  timeZone: zone,
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const timeFormat = new Intl.DateTimeFormat('da-DK', { timeZone: zone, hour: '2-digit', minute: '2-digit' });
const isoFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: zone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** "tirsdag den 3. marts 2026" style: the weekday matters to families planning the week. */
export function longDate(instant: string | Date): string {
  return dateFormat.format(new Date(instant));
}

export function shortDate(instant: string | Date): string {
  return shortDateFormat.format(new Date(instant));
}

/** A calendar date (`åååå-mm-dd`, no time) shown in Danish. */
export function shortDay(date: string): string {
  return shortDateFormat.format(new Date(`${date}T12:00:00Z`));
}

export function clock(instant: string | Date): string {
  return timeFormat.format(new Date(instant));
}

export function timeRange(startsAt: string, endsAt: string): string {
  return `${clock(startsAt)}-${clock(endsAt)}`;
}

/** Today in Copenhagen as `åååå-mm-dd`. */
export function todayIso(): string {
  return isoFormat.format(new Date());
}

export function addDaysIso(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole years between a birth date and today (Copenhagen). */
export function ageOf(birthDate: string | null | undefined, today = todayIso()): number | null {
  if (!birthDate) return null;
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  let age = ty! - by!;
  if (tm! < bm! || (tm === bm && td! < bd!)) age -= 1;
  return age;
}

/** A participant's display name: the child's first name, or the family itself. */
export function participantName(
  p: { kind: string; firstName?: string | null } | null | undefined,
  familyLabel: string,
): string {
  if (!p) return '';
  return p.kind === 'FOSTER_FAMILY' ? familyLabel : (p.firstName ?? '');
}
