import { z } from 'zod';
import { emailTemplate } from './email-template';
import { formatDateTime } from './format';
import { layout } from './layout';

const isoDateTime = z.iso.datetime({ offset: true });

// Danish status words for the requester's mail; kept here so notifications does not import the learning lib.
const STATUS_DA = {
  NEW: 'modtaget',
  ASSIGNED: 'under behandling hos en læringskonsulent',
  ON_HOLD: 'sat på pause, mens vi venter på svar',
  RESOLVED: 'løst',
  CLOSED: 'afsluttet',
} as const;

/**
 * To the person who asked the learning consultant (status changed or a reply arrived), or to the assigned
 * consultant (the requester wrote). Mail is not a secure channel: never the child's name, the question or the
 * reply text — only that something happened, and a link.
 */
export const learningRequestUpdated = emailTemplate({
  params: z.strictObject({
    requestId: z.uuid(),
    change: z.enum(['STATUS', 'REPLY', 'MESSAGE']),
    status: z.enum(['NEW', 'ASSIGNED', 'ON_HOLD', 'RESOLVED', 'CLOSED']),
  }),
  render: ({ requestId, change, status }, ctx) =>
    layout({
      subject:
        change === 'REPLY'
          ? 'Svar fra læringskonsulenten'
          : change === 'MESSAGE'
            ? 'Ny besked på en skolesag'
            : 'Din henvendelse om skolegang er opdateret',
      recipientName: ctx.recipientName,
      paragraphs: [
        change === 'REPLY'
          ? 'Læringskonsulenten har svaret på din henvendelse om et barns skolegang.'
          : change === 'MESSAGE'
            ? 'Der er kommet en ny besked fra den, der har spurgt, på en skolesag du har.'
            : `Din henvendelse om et barns skolegang er nu ${STATUS_DA[status]}.`,
        'Du kan læse det hele i Plejeportalen.',
      ],
      action:
        change === 'MESSAGE'
          ? { label: 'Se sagen', url: `${ctx.publicUrl}/laeringskoe/${requestId}` }
          : { label: 'Se henvendelsen', url: `${ctx.publicUrl}/skolestoette/${requestId}` },
    }),
});

/** To the lead learning consultant (or every learning consultant): a request passed its deadline unresolved. */
export const learningEscalated = emailTemplate({
  params: z.strictObject({
    requestId: z.uuid(),
    priority: z.enum(['P1', 'P2', 'P3', 'P4']),
    deadlineAt: isoDateTime,
    unclaimed: z.boolean(),
  }),
  render: ({ requestId, priority, deadlineAt, unclaimed }, ctx) =>
    layout({
      subject: `Frist overskredet: skolesag (${priority})`,
      recipientName: ctx.recipientName,
      paragraphs: [
        unclaimed
          ? 'En skolesag er ikke taget af nogen læringskonsulent, og fristen er overskredet.'
          : 'En skolesag er ikke løst inden fristen.',
        'Se på sagen og fordel den, så barnet og plejefamilien får svar.',
      ],
      details: [
        ['Prioritet', priority],
        ['Frist', formatDateTime(new Date(deadlineAt))],
      ],
      action: { label: 'Se sagen', url: `${ctx.publicUrl}/laeringskoe/${requestId}` },
    }),
});

/** To the assigned learning consultant some hours before the deadline. */
export const learningDeadlineReminder = emailTemplate({
  params: z.strictObject({ requestId: z.uuid(), deadlineAt: isoDateTime }),
  render: ({ requestId, deadlineAt }, ctx) =>
    layout({
      subject: 'Påmindelse: frist på en skolesag',
      recipientName: ctx.recipientName,
      paragraphs: ['En skolesag, du har, nærmer sig sin frist.'],
      details: [['Frist', formatDateTime(new Date(deadlineAt))]],
      action: { label: 'Se sagen', url: `${ctx.publicUrl}/laeringskoe/${requestId}` },
    }),
});
