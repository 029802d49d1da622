import { z } from 'zod';
import { emailTemplate } from './email-template';
import { formatDateTime } from './format';
import { layout } from './layout';

/** Sent when someone creates an account on the first step of the application form. */
export const accountCreated = emailTemplate({
  params: z.strictObject({}),
  render: (_params, ctx) =>
    layout({
      subject: 'Velkommen til Plejeportalen',
      recipientName: ctx.recipientName,
      paragraphs: [
        'Tak fordi du vil vide mere om at blive plejefamilie. Din konto er oprettet.',
        'Din ansøgning gemmes undervejs, så du kan tage en pause og fortsætte, når det passer dig.',
      ],
      action: { label: 'Fortsæt din ansøgning', url: `${ctx.publicUrl}/ansoegning` },
    }),
});

/** Kvittering: the application was submitted. */
export const receipt = emailTemplate({
  params: z.strictObject({ submittedAt: z.iso.datetime({ offset: true }) }),
  render: ({ submittedAt }, ctx) =>
    layout({
      subject: 'Kvittering for din ansøgning',
      recipientName: ctx.recipientName,
      paragraphs: [
        `Vi har modtaget din ansøgning om at blive plejefamilie ${formatDateTime(new Date(submittedAt))}.`,
        'En familieplejekonsulent kigger på den og kontakter dig om det næste skridt. Du kan altid se, hvor din ansøgning er, i Plejeportalen.',
      ],
      action: { label: 'Se din ansøgning', url: `${ctx.publicUrl}/ansoegning/status` },
    }),
});

/** The application moved to a new state; labels come from the pipeline, never from case notes. */
export const statusChanged = emailTemplate({
  params: z.strictObject({
    statusLabel: z.string().trim().min(1).max(100),
    nextStep: z.string().trim().min(1).max(300),
    /** Approved: the account is now a foster parent's, whose start page is the family page. */
    approved: z.boolean().optional(),
  }),
  render: ({ statusLabel, nextStep, approved }, ctx) =>
    layout({
      subject: `Din ansøgning er nu: ${statusLabel}`,
      recipientName: ctx.recipientName,
      paragraphs: [`Din ansøgning er nu: ${statusLabel}.`, `Næste skridt: ${nextStep}`],
      action: approved
        ? { label: 'Se jeres plejefamilie', url: `${ctx.publicUrl}/min-familie` }
        : { label: 'Se din ansøgning', url: `${ctx.publicUrl}/ansoegning/status` },
    }),
});

/** One reminder for a draft left untouched (CONFIG: recruitment draft reminder days). */
export const draftReminder = emailTemplate({
  params: z.strictObject({}),
  render: (_params, ctx) =>
    layout({
      subject: 'Din ansøgning venter på dig',
      recipientName: ctx.recipientName,
      paragraphs: [
        'Du er gået i gang med en ansøgning om at blive plejefamilie, men den er ikke sendt endnu.',
        'Alt, hvad du har skrevet, er gemt. Du kan fortsætte, hvor du slap.',
      ],
      action: { label: 'Fortsæt din ansøgning', url: `${ctx.publicUrl}/ansoegning` },
    }),
});
