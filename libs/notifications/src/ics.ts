/** RFC 5545 iCalendar for one event: invitations by mail and .ics downloads from the api. */
export type IcsMethod = 'REQUEST' | 'PUBLISH' | 'CANCEL';

export interface IcsEvent {
  /** Stable per event (e.g. `event-<uuid>@plejeportalen`): calendars update or cancel by UID. */
  uid: string;
  /** Raise it on every change to the same UID, or calendars ignore the update. */
  sequence: number;
  method: IcsMethod;
  title: string;
  description?: string;
  location?: string;
  startsAt: Date;
  endsAt: Date;
  organizerEmail?: string;
  /**
   * The mail's recipient. RFC 5546 (iTIP) requires an ATTENDEE in a REQUEST or CANCEL; without one some clients
   * treat the invitation as malformed. They signed up (or booked) in the portal, so they are ACCEPTED and no reply
   * is asked for (replies would go to the no-reply organizer).
   */
  attendee?: { email: string; name?: string };
  url?: string;
  /** DTSTAMP; defaults to now (tests pass a fixed one). */
  stamp?: Date;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** UTC date-time in the basic format RFC 5545 requires for "…Z" values, e.g. 20261124T083000Z. */
export function icsDateTime(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid date for iCalendar');
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and newlines. */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds one content line at 75 octets (RFC 5545 3.1): CRLF plus one space, which counts towards the next
 * line's 75. Works on whole code points, so a multibyte UTF-8 character is never split.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1; // the leading space of a continuation line is one of its 75 octets
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function assertUri(value: string, what: string): string {
  // URI values are not TEXT-escaped, so control characters would break the line structure.
  if ([...value].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f))
    throw new RangeError(`Invalid ${what} for iCalendar`);
  return value;
}

/**
 * A parameter value in DQUOTEs (RFC 5545 3.1, quoted-string): DQUOTE and control characters cannot appear in it
 * at all, so they are dropped rather than escaped.
 */
export function quotedParam(value: string): string {
  return `"${[...value].filter((c) => c !== '"' && c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f).join('')}"`;
}

/** Builds a VCALENDAR with one VEVENT; STATUS:CANCELLED when the method is CANCEL. */
export function buildIcs(event: IcsEvent): string {
  if (!(event.endsAt.getTime() > event.startsAt.getTime()))
    throw new RangeError('An iCalendar event must end after it starts');
  if (!Number.isInteger(event.sequence) || event.sequence < 0)
    throw new RangeError('SEQUENCE must be a non-negative integer');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Plejeportalen//Plejeportalen//DA',
    'CALSCALE:GREGORIAN',
    `METHOD:${event.method}`,
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(event.uid)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${icsDateTime(event.stamp ?? new Date())}`,
    `DTSTART:${icsDateTime(event.startsAt)}`,
    `DTEND:${icsDateTime(event.endsAt)}`,
    `SUMMARY;LANGUAGE=da:${escapeIcsText(event.title)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION;LANGUAGE=da:${escapeIcsText(event.description)}`);
  if (event.location) lines.push(`LOCATION;LANGUAGE=da:${escapeIcsText(event.location)}`);
  if (event.url) lines.push(`URL:${assertUri(event.url, 'URL')}`);
  if (event.organizerEmail)
    lines.push(`ORGANIZER;CN=Plejeportalen:mailto:${assertUri(event.organizerEmail, 'organizer')}`);
  if (event.attendee) {
    const name = event.attendee.name ? `;CN=${quotedParam(event.attendee.name)}` : '';
    lines.push(
      `ATTENDEE${name};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:${assertUri(event.attendee.email, 'attendee')}`,
    );
  }
  lines.push(
    `STATUS:${event.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  );
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}

export type IcsEventStatus = 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';

/** One VEVENT of a subscribed calendar (a feed): no METHOD, its own STATUS. */
export interface IcsCalendarEvent {
  uid: string;
  sequence: number;
  status: IcsEventStatus;
  title: string;
  description?: string;
  location?: string;
  startsAt: Date;
  endsAt: Date;
  url?: string;
  stamp?: Date;
}

export interface IcsCalendarOptions {
  /** X-WR-CALNAME: the name Outlook and Google show for the subscription. */
  name: string;
  /** How often clients should poll (REFRESH-INTERVAL / X-PUBLISHED-TTL), in minutes. */
  refreshMinutes?: number;
}

/**
 * A VCALENDAR with any number of VEVENTs for calendar subscriptions (METHOD:PUBLISH). Times are UTC, so no
 * VTIMEZONE is needed and daylight-saving changes cannot shift an event.
 */
export function buildIcsCalendar(events: IcsCalendarEvent[], options: IcsCalendarOptions): string {
  const refresh = options.refreshMinutes ?? 60;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Plejeportalen//Plejeportalen//DA',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(options.name)}`,
    `REFRESH-INTERVAL;VALUE=DURATION:PT${refresh}M`,
    `X-PUBLISHED-TTL:PT${refresh}M`,
  ];
  const now = new Date();
  for (const event of events) {
    if (!(event.endsAt.getTime() > event.startsAt.getTime()))
      throw new RangeError('An iCalendar event must end after it starts');
    if (!Number.isInteger(event.sequence) || event.sequence < 0)
      throw new RangeError('SEQUENCE must be a non-negative integer');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeIcsText(event.uid)}`,
      `SEQUENCE:${event.sequence}`,
      `DTSTAMP:${icsDateTime(event.stamp ?? now)}`,
      `DTSTART:${icsDateTime(event.startsAt)}`,
      `DTEND:${icsDateTime(event.endsAt)}`,
      `SUMMARY;LANGUAGE=da:${escapeIcsText(event.title)}`,
    );
    if (event.description) lines.push(`DESCRIPTION;LANGUAGE=da:${escapeIcsText(event.description)}`);
    if (event.location) lines.push(`LOCATION;LANGUAGE=da:${escapeIcsText(event.location)}`);
    if (event.url) lines.push(`URL:${assertUri(event.url, 'URL')}`);
    lines.push(`STATUS:${event.status}`, 'TRANSP:OPAQUE', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}
