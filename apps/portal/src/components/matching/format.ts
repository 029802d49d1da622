import { copenhagenToday } from '../recruitment/format';

/** Whole years between a birth date and today in Copenhagen (both `åååå-mm-dd`). */
export function ageOf(birthDate: string, today = copenhagenToday()): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  let age = ty! - by!;
  if (tm! < bm! || (tm === bm && td! < bd!)) age -= 1;
  return Math.max(0, age);
}

/** "Emma og Noah": the children of a need by first name (pseudonymous, never a full name). */
export function childNames(children: readonly { firstName: string }[]): string {
  const names = children.map((c) => c.firstName);
  return names.length > 1
    ? `${names.slice(0, -1).join(', ')} og ${names[names.length - 1]}`
    : (names[0] ?? '');
}

const oneDecimal = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1, minimumFractionDigits: 0 });

export function formatPoints(value: number): string {
  return oneDecimal.format(value);
}

export const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function validPastDate(value: string): boolean {
  if (!isoDate.test(value)) return false;
  const date = new Date(`${value}T12:00:00Z`);
  return (
    !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && value <= copenhagenToday()
  );
}
