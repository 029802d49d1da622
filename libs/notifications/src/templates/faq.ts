import { z } from 'zod';
import { emailTemplate } from './email-template';
import { layout } from './layout';

/**
 * To the parent who asked a consultant through "Spørg en konsulent": the answer is ready. Mail is not a
 * secure channel: neither the question nor the answer, only that there is an answer and where to read it.
 */
export const faqTicketAnswered = emailTemplate({
  params: z.strictObject({ ticketId: z.uuid() }),
  render: (_p, ctx) =>
    layout({
      subject: 'Du har fået svar fra en konsulent',
      recipientName: ctx.recipientName,
      paragraphs: [
        'En konsulent har svaret på det spørgsmål, du stillede under "Spørg en konsulent".',
        'Du kan læse svaret i Plejeportalen under Spørgsmål.',
      ],
      action: { label: 'Læs svaret', url: `${ctx.publicUrl}/spoergsmaal` },
    }),
});
