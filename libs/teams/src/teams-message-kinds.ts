import { z } from 'zod';

const isoDateTime = z.iso.datetime({ offset: true });

/**
 * Every kind of proactive Teams message and the params its card needs. Strict objects: ids, dates and place
 * names only. A card may show at most a child's first name, so no kind carries more about a child.
 */
export const TEAMS_MESSAGE_KINDS = {
  /** About two days before a confirmed relief stay, to the foster family and the relief family. */
  'relief.booking-reminder': z.strictObject({
    bookingId: z.uuid(),
    role: z.enum(['FAMILY', 'PROVIDER']),
    startsAt: isoDateTime,
    endsAt: isoDateTime,
    placeName: z.string().min(1).max(200),
  }),
  /** To the foster family when the relief provider confirms or declines its request. */
  'relief.booking-answered': z.strictObject({
    bookingId: z.uuid(),
    outcome: z.enum(['CONFIRMED', 'DECLINED']),
    startsAt: isoDateTime,
    endsAt: isoDateTime,
    placeName: z.string().min(1).max(200),
    /** First names only ("Emma og Noah"). */
    childFirstNames: z.string().max(200),
  }),
  /** To a relief family when a foster family asks it to take a child. */
  'relief.booking-requested': z.strictObject({
    bookingId: z.uuid(),
    startsAt: isoDateTime,
    endsAt: isoDateTime,
    childFirstNames: z.string().max(200),
    acute: z.boolean(),
  }),
  /** The day before a network-group meeting. */
  'peer.session-reminder': z.strictObject({
    sessionId: z.uuid(),
    groupName: z.string().min(1).max(200),
    startsAt: isoDateTime,
    endsAt: isoDateTime,
    place: z.string().max(300).nullable(),
  }),
  /**
   * A consultant answered a "Spørg en konsulent" ticket asked in Teams: the answer in the parent's chat. The
   * question is cut to its first 200 characters (the card recalls it, the portal has it whole).
   */
  'faq.ticket-answered': z.strictObject({
    ticketId: z.uuid(),
    question: z.string().min(1).max(200),
    answer: z.string().min(1).max(5000),
  }),
} as const;

export type TeamsMessageKind = keyof typeof TEAMS_MESSAGE_KINDS;
export type TeamsMessageParams<K extends TeamsMessageKind> = z.infer<(typeof TEAMS_MESSAGE_KINDS)[K]>;

export function isTeamsMessageKind(kind: string): kind is TeamsMessageKind {
  return Object.prototype.hasOwnProperty.call(TEAMS_MESSAGE_KINDS, kind);
}
