/** Relief is planned in Danish local time; every instant is stored as timestamptz. */
export const RELIEF_TZ = 'Europe/Copenhagen';

const fmt = new Intl.DateTimeFormat('en-GB', {
  timeZone: RELIEF_TZ,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

export interface LocalParts {
  date: string;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  /** Minutes since local midnight. */
  minutes: number;
}

/**
 * Copenhagen's UTC offset only changes on a whole UTC hour (01:00 UTC, last Sunday of March and October), so it
 * is looked up once per UTC hour with Intl and kept: searching a month across a thousand providers walks tens of
 * thousands of instants, and Intl formatting is the slow part.
 */
const offsetByHour = new Map<number, number>();

function offsetMs(instant: Date): number {
  const hour = Math.floor(instant.getTime() / 3_600_000);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    const probe = new Date(hour * 3_600_000);
    const p = Object.fromEntries(fmt.formatToParts(probe).map((x) => [x.type, x.value]));
    offset = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second) - probe.getTime();
    if (offsetByHour.size > 100_000) offsetByHour.clear();
    offsetByHour.set(hour, offset);
  }
  return offset;
}

export function localParts(instant: Date): LocalParts {
  const local = new Date(instant.getTime() + offsetMs(instant));
  return {
    date: local.toISOString().slice(0, 10),
    weekday: ((local.getUTCDay() + 6) % 7) + 1,
    minutes: local.getUTCHours() * 60 + local.getUTCMinutes(),
  };
}

/** The instant of a local wall-clock time ('YYYY-MM-DD', 'HH:MM'); a time skipped in spring moves forward. */
export function localInstant(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  let t = wall - offsetMs(new Date(wall));
  t = wall - offsetMs(new Date(t));
  return new Date(t);
}

/** Døgn used by a stay: ceil(real hours / 24), on the instants (a 25-hour DST day counts its real length). */
export function daysUsed(startsAt: Date, endsAt: Date): number {
  return Math.ceil((endsAt.getTime() - startsAt.getTime()) / 86_400_000);
}

export function addDays(date: string, days: number): string {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/** The local dates a stay touches (an end at midnight does not touch the next day). */
export function localDatesOf(startsAt: Date, endsAt: Date): { first: string; last: string } {
  return { first: localParts(startsAt).date, last: localParts(new Date(endsAt.getTime() - 1)).date };
}

export interface Window {
  weekday: number;
  startMinutes: number;
  endMinutes: number;
}

const toMinutes = (t: string) => {
  const [h, m] = t.split(':').map(Number);
  return h * 60 + m;
};

export function windowOf(w: { weekday: number; startTime: string; endTime: string }): Window {
  return { weekday: w.weekday, startMinutes: toMinutes(w.startTime), endMinutes: toMinutes(w.endTime) };
}

/** Per ISO weekday (index 1-7), the windows merged into disjoint [start, end) minute intervals (touching ones joined). */
export type MergedWindows = [number, number][][];

export function mergeWindows(windows: Window[]): MergedWindows {
  const byDay: MergedWindows = Array.from({ length: 8 }, () => []);
  for (const w of [...windows].sort((a, b) => a.startMinutes - b.startMinutes)) {
    const day = byDay[w.weekday];
    const last = day[day.length - 1];
    if (last && w.startMinutes <= last[1]) last[1] = Math.max(last[1], w.endMinutes);
    else day.push([w.startMinutes, w.endMinutes]);
  }
  return byDay;
}

/**
 * What a stay asks of a provider's week: per local day it touches, the weekday and the minutes needed. It is the
 * same for every provider, so a search across a thousand providers computes it once.
 */
export interface RangeNeed {
  /** First and last local date touched (an end at midnight does not touch the next day). */
  first: string;
  last: string;
  days: { weekday: number; from: number; to: number }[];
  /** Longer than ten years: never covered. */
  tooLong: boolean;
}

export function rangeNeed(startsAt: Date, endsAt: Date): RangeNeed {
  const { first, last } = localDatesOf(startsAt, endsAt);
  const days: RangeNeed['days'] = [];
  if (endsAt <= startsAt) return { first, last, days, tooLong: false };
  const a = localParts(startsAt);
  const b = localParts(endsAt);
  let date = a.date;
  let weekday = a.weekday;
  for (let guard = 0; guard < 3700; guard++) {
    const from = date === a.date ? a.minutes : 0;
    const to = date === b.date ? b.minutes : 1440;
    if (to > from) days.push({ weekday, from, to });
    if (date >= b.date) return { first, last, days, tooLong: false };
    date = addDays(date, 1);
    weekday = (weekday % 7) + 1;
  }
  return { first, last, days, tooLong: true };
}

/** Whether merged weekly windows cover a stay: each day's needed minutes inside one merged window of that weekday. */
export function coversRange(merged: MergedWindows, need: RangeNeed): boolean {
  if (need.tooLong) return false;
  return need.days.every(({ weekday, from, to }) => merged[weekday].some(([s, e]) => s <= from && e >= to));
}

/**
 * Whether the weekly windows cover every moment of [startsAt, endsAt), judged day by day in local (wall-clock)
 * time: each local day's needed minutes must lie inside one merged window of that weekday. Adjacent windows
 * (Fri 16-24, Sat 0-24, Sun 0-18) therefore cover a weekend, also across a DST change, and a month is checked in
 * about thirty steps without converting instants at every window edge.
 */
export function windowsCover(windows: Window[], startsAt: Date, endsAt: Date): boolean {
  return coversRange(mergeWindows(windows), rangeNeed(startsAt, endsAt));
}

/** The grant period (local calendar) a date falls in: [from, to) as dates. */
export function periodOf(date: string, period: 'MONTH' | 'QUARTER' | 'YEAR'): { from: string; to: string } {
  const [y, m] = date.split('-').map(Number);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (period === 'YEAR') return { from: `${y}-01-01`, to: `${y + 1}-01-01` };
  const startMonth = period === 'QUARTER' ? Math.floor((m - 1) / 3) * 3 + 1 : m;
  const len = period === 'QUARTER' ? 3 : 1;
  const endMonth = startMonth + len;
  const to = endMonth > 12 ? `${y + 1}-${pad(endMonth - 12)}-01` : `${y}-${pad(endMonth)}-01`;
  return { from: `${y}-${pad(startMonth)}-01`, to };
}
