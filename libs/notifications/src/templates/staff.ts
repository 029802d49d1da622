import { z } from 'zod';
import { emailTemplate } from './email-template';
import { formatCalendarDate } from './format';
import { layout } from './layout';

/** A new message in the application's thread. Never the message text: mail is not a secure channel. */
export const newMessage = emailTemplate({
  params: z.strictObject({ applicationId: z.uuid(), forStaff: z.boolean() }),
  render: ({ applicationId, forStaff }, ctx) =>
    layout({
      subject: 'Du har en ny besked i Plejeportalen',
      recipientName: ctx.recipientName,
      paragraphs: forStaff
        ? ['Der er kommet en ny besked fra en ansøger i Plejeportalen.']
        : ['Du har fået en ny besked fra din familieplejekonsulent i Plejeportalen.'],
      action: forStaff
        ? {
            label: 'Læs beskeden',
            url: `${ctx.publicUrl}/ansoegninger/${applicationId}`,
          }
        : { label: 'Læs beskeden', url: `${ctx.publicUrl}/ansoegning/status` },
    }),
});

/** To the consultant: certificates or documents on an application expire soon. */
export const expiryWarning = emailTemplate({
  params: z.strictObject({
    applicationId: z.uuid(),
    count: z.number().int().min(1),
    firstExpiresOn: z.iso.date(),
  }),
  render: ({ applicationId, count, firstExpiresOn }, ctx) =>
    layout({
      subject: 'Attester eller dokumenter udløber snart',
      recipientName: ctx.recipientName,
      paragraphs: [
        count === 1
          ? 'En attest eller et dokument på en af dine ansøgninger udløber snart.'
          : `${count} attester eller dokumenter på en af dine ansøgninger udløber snart.`,
        `${count === 1 ? 'Det' : 'Det første'} udløber ${formatCalendarDate(firstExpiresOn)}. Husk at bede om et nyt i god tid, så godkendelsen ikke går i stå.`,
      ],
      action: {
        label: 'Se ansøgningen',
        url: `${ctx.publicUrl}/ansoegninger/${applicationId}`,
      },
    }),
});
