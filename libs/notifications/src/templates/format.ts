// Danish dates, always in Danish local time: the server runs in UTC, the reader lives in Denmark.
const DATE_TIME = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'Europe/Copenhagen',
  dateStyle: 'full',
  timeStyle: 'short',
});
const DATE = new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', dateStyle: 'full' });
const TIME = new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', timeStyle: 'short' });
const DAY_KEY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', dateStyle: 'short' });

/** "torsdag den 3. december 2026 kl. 18.00" */
export function formatDateTime(date: Date): string {
  return DATE_TIME.format(date);
}

/** "fredag den 15. januar 2027" for a calendar date 'YYYY-MM-DD' (no time zone shift). */
export function formatCalendarDate(isoDate: string): string {
  // Noon UTC is the same calendar day in Copenhagen all year.
  return DATE.format(new Date(`${isoDate}T12:00:00Z`));
}

/** "torsdag den 3. december 2026 kl. 18.00 til 20.00", or both dates in full when it spans days. */
export function formatPeriod(startsAt: Date, endsAt: Date): string {
  const sameDay = DAY_KEY.format(startsAt) === DAY_KEY.format(endsAt);
  return sameDay
    ? `${formatDateTime(startsAt)} til ${TIME.format(endsAt)}`
    : `${formatDateTime(startsAt)} til ${formatDateTime(endsAt)}`;
}
