import { daysUsed, localInstant, localParts, periodOf, windowOf, windowsCover } from './local-time';

describe('relief local time (Europe/Copenhagen)', () => {
  it('turns local wall-clock times into instants in summer and winter', () => {
    expect(localInstant('2026-07-03', '17:00').toISOString()).toBe('2026-07-03T15:00:00.000Z');
    expect(localInstant('2026-01-09', '17:00').toISOString()).toBe('2026-01-09T16:00:00.000Z');
    expect(localParts(new Date('2026-10-25T23:30:00Z'))).toEqual({
      date: '2026-10-26',
      weekday: 1,
      minutes: 30,
    });
  });

  it('counts døgn on real instants: the October weekend is 49 hours, the March one 47', () => {
    const oct = [localInstant('2026-10-24', '18:00'), localInstant('2026-10-26', '18:00')] as const;
    expect((oct[1].getTime() - oct[0].getTime()) / 3_600_000).toBe(49);
    expect(daysUsed(...oct)).toBe(3);
    const mar = [localInstant('2026-03-28', '18:00'), localInstant('2026-03-30', '18:00')] as const;
    expect((mar[1].getTime() - mar[0].getTime()) / 3_600_000).toBe(47);
    expect(daysUsed(...mar)).toBe(2);
    expect(daysUsed(localInstant('2026-06-05', '17:00'), localInstant('2026-06-07', '17:00'))).toBe(2);
  });

  it('joins adjacent weekly windows across a DST weekend and notices a gap', () => {
    const weekend = [
      windowOf({ weekday: 5, startTime: '16:00', endTime: '24:00' }),
      windowOf({ weekday: 6, startTime: '00:00', endTime: '24:00' }),
      windowOf({ weekday: 7, startTime: '00:00', endTime: '18:00' }),
    ];
    expect(
      windowsCover(weekend, localInstant('2026-10-23', '17:00'), localInstant('2026-10-25', '17:00')),
    ).toBe(true);
    expect(
      windowsCover(weekend, localInstant('2026-03-27', '17:00'), localInstant('2026-03-29', '17:00')),
    ).toBe(true);
    expect(
      windowsCover(weekend, localInstant('2026-10-23', '15:00'), localInstant('2026-10-25', '17:00')),
    ).toBe(false);
    expect(
      windowsCover(
        weekend.slice(0, 2),
        localInstant('2026-10-23', '17:00'),
        localInstant('2026-10-25', '17:00'),
      ),
    ).toBe(false);
  });

  it('finds the calendar period of a date', () => {
    expect(periodOf('2026-11-15', 'MONTH')).toEqual({ from: '2026-11-01', to: '2026-12-01' });
    expect(periodOf('2026-12-15', 'MONTH')).toEqual({ from: '2026-12-01', to: '2027-01-01' });
    expect(periodOf('2026-11-15', 'QUARTER')).toEqual({ from: '2026-10-01', to: '2027-01-01' });
    expect(periodOf('2026-05-15', 'QUARTER')).toEqual({ from: '2026-04-01', to: '2026-07-01' });
    expect(periodOf('2026-05-15', 'YEAR')).toEqual({ from: '2026-01-01', to: '2027-01-01' });
  });
});

describe('localParts against Intl, every 17 minutes of 2026 (both DST changes)', () => {
  it('gives the same local date, weekday and minutes as a direct Intl formatting', () => {
    const intl = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Copenhagen',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
    });
    const days: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 17 * 60_000) {
      const p = Object.fromEntries(intl.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
      expect(localParts(new Date(t))).toEqual({
        date: `${p.year}-${p.month}-${p.day}`,
        weekday: days[p.weekday],
        minutes: Number(p.hour) * 60 + Number(p.minute),
      });
    }
  });
});

describe('windowsCover over longer ranges', () => {
  const day = (weekday: number, startTime: string, endTime: string) =>
    windowOf({ weekday, startTime, endTime });
  const always = [1, 2, 3, 4, 5, 6, 7].map((d) => day(d, '00:00', '24:00'));

  it('covers a whole month around the autumn DST change when the provider is always available', () => {
    expect(
      windowsCover(always, localInstant('2026-10-01', '00:00'), localInstant('2026-11-01', '00:00')),
    ).toBe(true);
  });

  it('does not cover a month with weekend windows only, nor a weekday gap', () => {
    const weekend = [day(5, '16:00', '24:00'), day(6, '00:00', '24:00'), day(7, '00:00', '18:00')];
    expect(
      windowsCover(weekend, localInstant('2026-10-01', '00:00'), localInstant('2026-11-01', '00:00')),
    ).toBe(false);
    const gap = [day(3, '08:00', '12:00'), day(3, '13:00', '17:00')];
    expect(windowsCover(gap, localInstant('2026-11-25', '09:00'), localInstant('2026-11-25', '14:00'))).toBe(
      false,
    );
    const touching = [day(3, '08:00', '12:00'), day(3, '12:00', '17:00')];
    expect(
      windowsCover(touching, localInstant('2026-11-25', '09:00'), localInstant('2026-11-25', '14:00')),
    ).toBe(true);
  });

  it('does not need the day a stay ends at midnight', () => {
    const friday = [day(5, '00:00', '24:00')];
    expect(
      windowsCover(friday, localInstant('2026-11-27', '10:00'), localInstant('2026-11-28', '00:00')),
    ).toBe(true);
  });
});
