import { isCalendarDate } from './dates';

describe('isCalendarDate', () => {
  it('takes real days, leap days included', () => {
    for (const day of ['2026-11-26', '2028-02-29', '2000-02-29', '1999-12-31'])
      expect(isCalendarDate(day)).toBe(true);
  });

  it('refuses days that do not exist, which Date.parse would move to another day', () => {
    expect(Number.isNaN(Date.parse('2027-02-30T00:00:00Z'))).toBe(false);
    for (const day of [
      '2027-02-30',
      '2027-02-29',
      '1900-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
    ])
      expect(isCalendarDate(day)).toBe(false);
  });

  it('refuses anything not written YYYY-MM-DD', () => {
    for (const text of ['2026-1-5', '26-11-2026', '2026-11-26T00:00:00Z', '', 'i morgen'])
      expect(isCalendarDate(text)).toBe(false);
  });
});
