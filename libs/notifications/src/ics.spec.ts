import ICAL from 'ical.js';
import { buildIcs, buildIcsCalendar, escapeIcsText, foldIcsLine, icsDateTime } from './ics';

const base = {
  uid: 'event-5f0c1a52-3f7e-4a53-9b9e-0b0c3f1f6a01@plejeportalen',
  sequence: 2,
  method: 'REQUEST' as const,
  title: 'Informationsmøde om at blive plejefamilie',
  startsAt: new Date('2026-12-03T17:00:00Z'),
  endsAt: new Date('2026-12-03T19:00:00Z'),
  stamp: new Date('2026-11-22T10:11:12.345Z'),
};

function unfold(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n');
}

describe('ics', () => {
  it('formats UTC date-times without separators or milliseconds', () => {
    expect(icsDateTime(new Date('2026-01-02T03:04:05.678Z'))).toBe('20260102T030405Z');
  });

  it('escapes backslash, semicolon, comma and every newline form in TEXT values', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('leaves short lines alone', () => {
    expect(foldIcsLine('SUMMARY:Kort')).toBe('SUMMARY:Kort');
    expect(foldIcsLine('X'.repeat(75))).toBe('X'.repeat(75));
  });

  it('folds at 75 octets, counting the leading space of continuation lines', () => {
    const folded = foldIcsLine('X'.repeat(200));
    const lines = folded.split('\r\n');
    expect(lines[0]).toHaveLength(75);
    for (const line of lines.slice(1)) {
      expect(line.startsWith(' ')).toBe(true);
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe('X'.repeat(200));
  });

  it('never splits a multibyte UTF-8 character when folding', () => {
    // "ø" is 2 octets and "🏠" 4: an odd prefix puts a character boundary across octet 75.
    const value = `DESCRIPTION:${'x'}${'ø'.repeat(60)}${'🏠'.repeat(20)}æå`;
    const lines = foldIcsLine(value).split('\r\n');
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      // A split character would not survive a UTF-8 round trip.
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
      expect(line).not.toContain('\uFFFD');
      expect(/[\uD800-\uDBFF]$/.test(line)).toBe(false);
    }
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(value);
  });

  it('builds a REQUEST with CRLF line ends, UTC times, DTSTAMP, PRODID and a confirmed status', () => {
    const ics = buildIcs({ ...base, location: 'Rådhuset, lokale 2; 1. sal', url: 'https://x.dk/ansoeg' });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = unfold(ics);
    expect(lines).toEqual(
      expect.arrayContaining([
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'METHOD:REQUEST',
        'SEQUENCE:2',
        'DTSTAMP:20261122T101112Z',
        'DTSTART:20261203T170000Z',
        'DTEND:20261203T190000Z',
        'LOCATION;LANGUAGE=da:Rådhuset\\, lokale 2\\; 1. sal',
        'URL:https://x.dk/ansoeg',
        'STATUS:CONFIRMED',
        'END:VCALENDAR',
      ]),
    );
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
  });

  it('marks a CANCEL as cancelled', () => {
    const lines = unfold(buildIcs({ ...base, method: 'CANCEL', sequence: 3 }));
    expect(lines).toContain('METHOD:CANCEL');
    expect(lines).toContain('STATUS:CANCELLED');
  });

  it('names the recipient as an accepted attendee who is not asked to reply; a name cannot break the line', () => {
    const lines = unfold(
      buildIcs({
        ...base,
        method: 'CANCEL',
        attendee: { email: 'anna@example.dk', name: 'Anna "Søs" Holm;\nX-EVIL:1' },
      }),
    );
    expect(lines).toContain(
      'ATTENDEE;CN="Anna Søs Holm;X-EVIL:1";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:anna@example.dk',
    );
    expect(lines.some((l) => l.startsWith('X-EVIL'))).toBe(false);
    const attendee = new ICAL.Component(ICAL.parse(lines.join('\r\n')))
      .getFirstSubcomponent('vevent')
      ?.getFirstProperty('attendee');
    expect(attendee?.getParameter('cn')).toBe('Anna Søs Holm;X-EVIL:1');
    expect(() => buildIcs({ ...base, attendee: { email: 'a@b.dk\r\nX-EVIL:1' } })).toThrow(RangeError);
    expect(unfold(buildIcs(base)).some((l) => l.startsWith('ATTENDEE'))).toBe(false);
  });

  it('rejects an event that ends before it starts and a negative sequence', () => {
    expect(() => buildIcs({ ...base, endsAt: base.startsAt })).toThrow(RangeError);
    expect(() => buildIcs({ ...base, sequence: -1 })).toThrow(RangeError);
  });

  it('is read back by a real iCalendar parser (ical.js) with the same values', () => {
    const description =
      'Vi glæder os til at se jer.\nMedbring gerne spørgsmål; alle er velkomne, også børn. '.repeat(3);
    const ics = buildIcs({
      ...base,
      description,
      location: 'Familieplejen, Rådhuspladsen 1, 8000 Aarhus C',
      organizerEmail: 'noreply@plejeportalen.dk',
      url: 'https://plejeportalen.example/ansoegning/status',
    });
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const vevent = calendar.getFirstSubcomponent('vevent');
    if (!vevent) throw new Error('no VEVENT');
    const event = new ICAL.Event(vevent);
    expect(event.uid).toBe(base.uid);
    expect(event.sequence).toBe(2);
    expect(event.summary).toBe(base.title);
    expect(event.description).toBe(description);
    expect(event.location).toBe('Familieplejen, Rådhuspladsen 1, 8000 Aarhus C');
    expect(event.startDate.toJSDate().toISOString()).toBe(base.startsAt.toISOString());
    expect(event.endDate.toJSDate().toISOString()).toBe(base.endsAt.toISOString());
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(vevent.getFirstPropertyValue('url')).toBe('https://plejeportalen.example/ansoegning/status');
  });

  it('builds a subscribable calendar with many events that ical.js reads back', () => {
    const ics = buildIcsCalendar(
      [
        { ...base, status: 'CONFIRMED', title: 'Aflastning: Mikkel' },
        {
          ...base,
          uid: 'b2',
          sequence: 0,
          status: 'TENTATIVE',
          title: 'Aflastning, ønsket',
          startsAt: new Date('2026-12-11T15:00:00Z'),
          endsAt: new Date('2026-12-13T17:00:00Z'),
        },
      ],
      { name: 'Aflastning i Plejeportalen' },
    );
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Aflastning i Plejeportalen');
    const events = calendar.getAllSubcomponents('vevent');
    expect(events.map((v) => new ICAL.Event(v).uid)).toEqual([base.uid, 'b2']);
    expect(events.map((v) => v.getFirstPropertyValue('status'))).toEqual(['CONFIRMED', 'TENTATIVE']);
    expect(new ICAL.Event(events[1]).startDate.toJSDate().toISOString()).toBe('2026-12-11T15:00:00.000Z');
  });

  it('builds an empty calendar and rejects an event that ends before it starts', () => {
    const calendar = new ICAL.Component(ICAL.parse(buildIcsCalendar([], { name: 'Tom' })));
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(0);
    expect(() =>
      buildIcsCalendar([{ ...base, status: 'CONFIRMED', endsAt: base.startsAt }], { name: 'x' }),
    ).toThrow(RangeError);
  });
});
