const zone = 'Europe/Copenhagen';

const dateFormat = new Intl.DateTimeFormat('da-DK', { timeZone: zone, dateStyle: 'long' });
const dateTimeFormat = new Intl.DateTimeFormat('da-DK', {
  timeZone: zone,
  dateStyle: 'long',
  timeStyle: 'short',
});
const timeFormat = new Intl.DateTimeFormat('da-DK', { timeZone: zone, timeStyle: 'short' });
const monthFormat = new Intl.DateTimeFormat('da-DK', { timeZone: zone, month: 'long', year: 'numeric' });
const partsFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: zone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

/** A calendar date (`åååå-mm-dd`, no time) shown in Danish; parsed at noon so no zone moves it a day. */
export function formatDay(day: string): string {
  return dateFormat.format(new Date(`${day}T12:00:00Z`));
}

export function formatDateTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}

export function formatTime(iso: string): string {
  return timeFormat.format(new Date(iso));
}

/** "marts 2027": the heading events are grouped under. */
export function formatMonth(iso: string): string {
  return monthFormat.format(new Date(iso));
}

/** Copenhagen wall-clock parts of an instant, so date and time inputs show what a Dane would expect. */
export function copenhagenParts(iso: string): { date: string; time: string } {
  const parts = Object.fromEntries(partsFormat.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return {
    date: `${parts['year']}-${parts['month']}-${parts['day']}`,
    time: `${parts['hour']}:${parts['minute']}`,
  };
}

/** A Copenhagen date and time (from inputs) as an ISO instant, whatever zone the browser is in. */
export function copenhagenToIso(date: string, time: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const clock = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match || !clock) return null;
  const wall = Date.UTC(
    Number(match[1]),
    Number(match[2]) - 1,
    Number(match[3]),
    Number(clock[1]),
    Number(clock[2]),
  );
  // The zone offset at that moment (DST aware): format the guess in Copenhagen and compare.
  const shown = copenhagenParts(new Date(wall).toISOString());
  const [y, m, d] = shown.date.split('-').map(Number);
  const [h, min] = shown.time.split(':').map(Number);
  const offset = Date.UTC(y!, m! - 1, d!, h!, min!) - wall;
  return new Date(wall - offset).toISOString();
}

/** Today's date in Copenhagen as `åååå-mm-dd`. */
export function copenhagenToday(): string {
  return copenhagenParts(new Date().toISOString()).date;
}

export function daysSince(iso: string, now = Date.now()): number {
  return Math.max(0, Math.floor((now - new Date(iso).getTime()) / 86_400_000));
}
