import { z } from 'zod';
import { buildIcs } from '../ics';
import { emailTemplate } from './email-template';
import { formatPeriod } from './format';
import { layout } from './layout';

const isoDateTime = z.iso.datetime({ offset: true });

/**
 * Two days before a confirmed relief stay, to the foster family and to the relief family. Mail is not a
 * secure channel: date, time and the place's name only — never the child's name, needs or the address.
 */
export const reliefBookingReminder = emailTemplate({
  params: z
    .strictObject({
      bookingId: z.uuid(),
      /** FAMILY: the child's foster family; PROVIDER: the relief family that receives the child. */
      role: z.enum(['FAMILY', 'PROVIDER']),
      startsAt: isoDateTime,
      endsAt: isoDateTime,
      placeName: z.string().trim().min(1).max(200),
      sequence: z.number().int().min(0),
    })
    .refine((p) => new Date(p.endsAt).getTime() > new Date(p.startsAt).getTime(), {
      message: 'endsAt must be after startsAt',
      path: ['endsAt'],
    }),
  render: (p, ctx) => {
    const when = formatPeriod(new Date(p.startsAt), new Date(p.endsAt));
    const url = `${ctx.publicUrl}/aflastning`;
    const mail = layout({
      subject: 'Påmindelse om aflastning',
      recipientName: ctx.recipientName,
      paragraphs: [
        p.role === 'FAMILY'
          ? `En lille påmindelse: Snart er der aflastning hos ${p.placeName}.`
          : 'En lille påmindelse: Snart kommer der et barn i aflastning hos jer.',
        'Du kan se detaljerne og lægge opholdet i din kalender med den vedhæftede fil. Kan I ikke alligevel, så aflys i Plejeportalen hurtigst muligt.',
      ],
      details: [
        ['Tid', when],
        ['Sted', p.placeName],
      ],
      action: { label: 'Se aflastningen', url },
    });
    return {
      ...mail,
      ics: {
        method: 'PUBLISH',
        filename: 'aflastning.ics',
        content: buildIcs({
          // The same UID as the calendar feed's event, so a subscribed calendar does not show it twice.
          uid: `relief-${p.bookingId}@${new URL(ctx.publicUrl).hostname}`,
          sequence: p.sequence,
          method: 'PUBLISH',
          title: 'Aflastning',
          description: `Se aflastningen i Plejeportalen: ${url}`,
          location: p.placeName,
          startsAt: new Date(p.startsAt),
          endsAt: new Date(p.endsAt),
          url,
        }),
      },
    };
  },
});

/**
 * After a request window for scarce dates has been shared out: whether the child got a place. As with every
 * relief mail: the period and the place's name, never the child's name or needs.
 */
export const reliefWindowResult = emailTemplate({
  params: z.strictObject({
    windowTitle: z.string().trim().min(1).max(200),
    allocated: z.boolean(),
    startsAt: isoDateTime,
    endsAt: isoDateTime,
    /** The relief place when allocated. */
    placeName: z.string().trim().min(1).max(200).nullable(),
  }),
  render: (p, ctx) => {
    const when = formatPeriod(new Date(p.startsAt), new Date(p.endsAt));
    return layout({
      subject: p.allocated
        ? `Aflastning i perioden ${p.windowTitle}`
        : `Ingen ledig aflastning i perioden ${p.windowTitle}`,
      recipientName: ctx.recipientName,
      paragraphs: p.allocated
        ? [
            'Pladserne i perioden er nu fordelt, og jeres barn har fået aflastning. Aflastningsstedet bekræfter opholdet i Plejeportalen.',
          ]
        : [
            'Pladserne i perioden er nu fordelt. Der var desværre flere ønsker end pladser, og jeres barn fik ikke en plads denne gang.',
            'Pladserne fordeles efter behov: belastede anbringelser og børn, der har haft mindst aflastning, kommer først. Kontakt jeres familieplejekonsulent, hvis I har brug for hjælp til at finde en anden løsning.',
          ],
      details: p.allocated
        ? [
            ['Tid', when],
            ['Sted', p.placeName ?? ''],
          ]
        : [['Ønsket tid', when]],
      action: { label: 'Se aflastningen', url: `${ctx.publicUrl}/aflastning` },
    });
  },
});
