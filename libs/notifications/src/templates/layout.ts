import { RenderedEmail } from './email-template';

export interface MailContent {
  subject: string;
  recipientName: string;
  /** Plain sentences; escaped for HTML here, so callers never build markup. */
  paragraphs: string[];
  /** Label/value lines shown as a short list (time, place). */
  details?: Array<[string, string]>;
  action: { label: string; url: string };
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const FOOTER = 'Denne mail er sendt automatisk, og du kan ikke svare på den. Skriv til os i Plejeportalen.';

/** One plain layout for every mail: greeting, a few sentences, one link where the reader acts, sign-off. */
export function layout(content: MailContent): Pick<RenderedEmail, 'subject' | 'text' | 'html'> {
  const greeting = `Hej ${content.recipientName}`;
  const details = content.details ?? [];
  const text = [
    `${greeting},`,
    ...content.paragraphs,
    ...(details.length ? [details.map(([label, value]) => `${label}: ${value}`).join('\n')] : []),
    `${content.action.label}:\n${content.action.url}`,
    'Venlig hilsen\nPlejeportalen',
    FOOTER,
  ].join('\n\n');

  const detailsHtml = details.length
    ? `<ul style="padding-left:20px;">${details
        .map(([label, value]) => `<li><strong>${escapeHtml(label)}:</strong> ${escapeHtml(value)}</li>`)
        .join('')}</ul>`
    : '';
  const html = `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(content.subject)}</title>
</head>
<body style="margin:0;padding:24px 16px;background:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;">
<main style="max-width:560px;margin:0 auto;">
<p>${escapeHtml(greeting)},</p>
${content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${detailsHtml}
<p><a href="${escapeHtml(content.action.url)}" style="display:inline-block;padding:12px 20px;background:#004993;color:#ffffff;text-decoration:underline;border-radius:4px;">${escapeHtml(content.action.label)}</a></p>
<p>Venlig hilsen<br>Plejeportalen</p>
<p style="font-size:14px;color:#555555;">${escapeHtml(FOOTER)}</p>
</main>
</body>
</html>
`;
  return { subject: content.subject, text, html };
}
