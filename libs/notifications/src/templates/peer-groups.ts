import { z } from 'zod';
import { emailTemplate } from './email-template';
import { formatPeriod } from './format';
import { layout } from './layout';

const isoDateTime = z.iso.datetime({ offset: true });
const groupName = z.string().trim().min(1).max(100);

/**
 * Network groups (netværksgrupper). Mail is not a secure channel: the group's name, time and place only — never
 * the child's name, the other members or why a child is in care.
 */
export const peerInvitation = emailTemplate({
  params: z.strictObject({
    membershipId: z.uuid(),
    groupName,
    /** true: a place freed up for someone on the waitlist; false: the network consultant invites. */
    fromWaitlist: z.boolean(),
    /** The family already said yes (they asked for the place) and nothing else is missing. */
    alreadyActive: z.boolean(),
  }),
  render: (p, ctx) =>
    layout({
      subject: p.fromWaitlist
        ? 'Der er blevet plads i en netværksgruppe'
        : 'Invitation til en netværksgruppe',
      recipientName: ctx.recipientName,
      paragraphs: [
        p.fromWaitlist
          ? `Der er blevet plads i netværksgruppen ${p.groupName}, som I stod på venteliste til.`
          : `Netværkskonsulenten inviterer jeres plejebarn til netværksgruppen ${p.groupName}, hvor børn i familiepleje mødes med andre i samme situation.`,
        p.alreadyActive
          ? 'Pladsen er jeres. I kan se møderne i Plejeportalen.'
          : 'Barnet kommer først med, når I har givet samtykke. Svar ja eller nej i Plejeportalen.',
      ],
      action: { label: 'Se netværksgruppen', url: `${ctx.publicUrl}/netvaerksgrupper` },
    }),
});

export const peerSessionReminder = emailTemplate({
  params: z.strictObject({
    sessionId: z.uuid(),
    groupName,
    startsAt: isoDateTime,
    endsAt: isoDateTime,
    place: z.string().trim().min(1).max(200),
    transportNote: z.string().max(500),
  }),
  render: (p, ctx) =>
    layout({
      subject: `Påmindelse: ${p.groupName} i morgen`,
      recipientName: ctx.recipientName,
      paragraphs: [
        `En lille påmindelse: Netværksgruppen ${p.groupName} mødes snart.`,
        'Kan barnet ikke komme, så giv besked i Plejeportalen, så gruppen ved det.',
      ],
      details: [
        ['Tid', formatPeriod(new Date(p.startsAt), new Date(p.endsAt))],
        ['Sted', p.place],
        ...(p.transportNote.trim()
          ? ([['Transport', p.transportNote.trim()]] as Array<[string, string]>)
          : []),
      ],
      action: { label: 'Se netværksgruppen', url: `${ctx.publicUrl}/netvaerksgrupper` },
    }),
});

export const peerSessionCancelled = emailTemplate({
  params: z.strictObject({
    sessionId: z.uuid(),
    groupName,
    startsAt: isoDateTime,
    endsAt: isoDateTime,
    reason: z.string().trim().min(1).max(500),
  }),
  render: (p, ctx) =>
    layout({
      subject: `Aflyst: ${p.groupName}`,
      recipientName: ctx.recipientName,
      paragraphs: [`Mødet i netværksgruppen ${p.groupName} er aflyst.`, `Begrundelse: ${p.reason}`],
      details: [['Det aflyste møde', formatPeriod(new Date(p.startsAt), new Date(p.endsAt))]],
      action: { label: 'Se de næste møder', url: `${ctx.publicUrl}/netvaerksgrupper` },
    }),
});
