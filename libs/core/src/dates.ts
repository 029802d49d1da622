/**
 * A real calendar day written as YYYY-MM-DD. `Date.parse` is not enough: it takes 2027-02-30 and quietly makes it
 * 2 March, so a mistyped date would be stored as another day.
 */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}
