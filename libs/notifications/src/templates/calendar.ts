import { z } from 'zod';
import { buildIcs } from '../ics';
import { emailTemplate, RenderedEmail, TemplateContext } from './email-template';
import { formatPeriod } from './format';
import { layout } from './layout';

const isoDateTime = z.iso.datetime({ offset: true });
const endsAfterStart = (p: { startsAt: string; endsAt: string }): boolean =>
  new Date(p.endsAt).getTime() > new Date(p.startsAt).getTime();

const eventParams = z
  .strictObject({
    eventId: z.uuid(),
    title: z.string().trim().min(1).max(200),
    startsAt: isoDateTime,
    endsAt: isoDateTime,
    place: z.string().trim().min(1).max(300),
    cancelled: z.boolean().optional(),
    /** The consultant's words to the households signed up; only with a cancellation. */
    cancelReason: z.string().trim().min(1).max(500).optional(),
    sequence: z.number().int().min(0),
  })
  .refine(endsAfterStart, { message: 'endsAt must be after startsAt', path: ['endsAt'] })
  .refine((p) => !p.cancelReason || p.cancelled, {
    message: 'a reason belongs to a cancellation',
    path: ['cancelReason'],
  });

type EventParams = z.output<typeof eventParams>;

/** The uid's domain part: the portal's host, so two installations never collide in one calendar. */
function uidFor(kind: string, id: string, ctx: TemplateContext): string {
  return `${kind}-${id}@${new URL(ctx.publicUrl).hostname}`;
}

function eventIcs(p: EventParams, ctx: TemplateContext): RenderedEmail['ics'] {
  const method = p.cancelled ? 'CANCEL' : 'REQUEST';
  const statusUrl = `${ctx.publicUrl}/ansoegning/status`;
  return {
    method,
    filename: p.cancelled ? 'aflyst.ics' : 'invitation.ics',
    content: buildIcs({
      uid: uidFor('event', p.eventId, ctx),
      sequence: p.sequence,
      method,
      title: p.title,
      description: `Se detaljer og tilmelding i Plejeportalen: ${statusUrl}`,
      location: p.place,
      startsAt: new Date(p.startsAt),
      endsAt: new Date(p.endsAt),
      organizerEmail: ctx.organizerEmail,
      attendee: ctx.recipientEmail ? { email: ctx.recipientEmail, name: ctx.recipientName } : undefined,
      url: statusUrl,
    }),
  };
}

/** Information meeting or grundkursus day: invitation, change (higher sequence) or cancellation. */
export const eventInvitation = emailTemplate({
  params: eventParams,
  render: (p, ctx) => {
    const when = formatPeriod(new Date(p.startsAt), new Date(p.endsAt));
    const mail = p.cancelled
      ? layout({
          subject: `Aflyst: ${p.title}`,
          recipientName: ctx.recipientName,
          paragraphs: [
            `Vi har desværre aflyst ${p.title}, ${when}.`,
            ...(p.cancelReason ? [`Begrundelse: ${p.cancelReason}`] : []),
            'Du kan se andre datoer og tilmelde dig igen i Plejeportalen.',
          ],
          action: { label: 'Se dine aftaler', url: `${ctx.publicUrl}/ansoegning/status` },
        })
      : layout({
          subject: `Invitation: ${p.title}`,
          recipientName: ctx.recipientName,
          paragraphs: [
            `Du er tilmeldt ${p.title}. Vi glæder os til at se dig.`,
            'Du kan lægge aftalen i din kalender med den vedhæftede fil.',
          ],
          details: [
            ['Tid', when],
            ['Sted', p.place],
          ],
          action: { label: 'Se dine aftaler', url: `${ctx.publicUrl}/ansoegning/status` },
        });
    return { ...mail, ics: eventIcs(p, ctx) };
  },
});

/** The day before an information meeting or course day. */
export const eventReminder = emailTemplate({
  // A reminder for a cancelled event is a caller bug: the cancellation mail already went out.
  params: eventParams.refine((p) => !p.cancelled, { message: 'no reminder for a cancelled event' }),
  render: (p, ctx) => {
    const when = formatPeriod(new Date(p.startsAt), new Date(p.endsAt));
    const mail = layout({
      subject: `I morgen: ${p.title}`,
      recipientName: ctx.recipientName,
      paragraphs: [`En lille påmindelse: I morgen er du tilmeldt ${p.title}.`],
      details: [
        ['Tid', when],
        ['Sted', p.place],
      ],
      action: { label: 'Se dine aftaler', url: `${ctx.publicUrl}/ansoegning/status` },
    });
    return { ...mail, ics: eventIcs(p, ctx) };
  },
});

/** Home visit 1 or 2 at the applicant's home: appointment, change or cancellation. */
export const homeVisit = emailTemplate({
  params: z
    .strictObject({
      visitId: z.uuid(),
      visitNumber: z.union([z.literal(1), z.literal(2)]),
      startsAt: isoDateTime,
      endsAt: isoDateTime,
      address: z.string().trim().min(1).max(300),
      sequence: z.number().int().min(0),
      cancelled: z.boolean().optional(),
    })
    .refine(endsAfterStart, { message: 'endsAt must be after startsAt', path: ['endsAt'] }),
  render: (p, ctx) => {
    const when = formatPeriod(new Date(p.startsAt), new Date(p.endsAt));
    const name = `${p.visitNumber}. hjemmebesøg`;
    const statusUrl = `${ctx.publicUrl}/ansoegning/status`;
    const method = p.cancelled ? 'CANCEL' : 'REQUEST';
    const mail = p.cancelled
      ? layout({
          subject: `Aflyst: ${name}`,
          recipientName: ctx.recipientName,
          paragraphs: [
            `Vi har aflyst jeres ${name}, ${when}.`,
            'Din familieplejekonsulent kontakter dig om en ny tid.',
          ],
          action: { label: 'Se dine aftaler', url: statusUrl },
        })
      : layout({
          subject: `Aftale om ${name}`,
          recipientName: ctx.recipientName,
          paragraphs: [
            `Din familieplejekonsulent kommer på ${name} hos jer.`,
            'Du kan lægge aftalen i din kalender med den vedhæftede fil. Passer tiden ikke, så skriv til os i Plejeportalen.',
          ],
          details: [
            ['Tid', when],
            ['Adresse', p.address],
          ],
          action: { label: 'Se dine aftaler', url: statusUrl },
        });
    return {
      ...mail,
      ics: {
        method,
        filename: p.cancelled ? 'aflyst.ics' : 'hjemmebesoeg.ics',
        content: buildIcs({
          uid: uidFor('home-visit', p.visitId, ctx),
          sequence: p.sequence,
          method,
          title: `${name[0]?.toUpperCase() ?? ''}${name.slice(1)} (Plejeportalen)`,
          description: `Se aftalen i Plejeportalen: ${statusUrl}`,
          location: p.address,
          startsAt: new Date(p.startsAt),
          endsAt: new Date(p.endsAt),
          organizerEmail: ctx.organizerEmail,
          attendee: ctx.recipientEmail ? { email: ctx.recipientEmail, name: ctx.recipientName } : undefined,
          url: statusUrl,
        }),
      },
    };
  },
});
