// Answers are stored as plain text with markdown links. They are rendered as React text and <a> elements only,
// never as HTML, so an answer cannot inject markup; only web, mail and phone links become links.

export type AnswerInline = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };
export type AnswerParagraph = AnswerInline[][];

const SAFE_HREF = /^(https?:\/\/[^\s]+|mailto:[^\s]+|tel:[+\d\s-]+)$/i;
// `[text](url)` or a bare web address.
const TOKEN = /\[([^\]\n]+)\]\(([^)\s]+)\)|https?:\/\/[^\s<>()]+/g;

export function safeHref(href: string): string | null {
  const trimmed = href.trim();
  return SAFE_HREF.test(trimmed) ? trimmed : null;
}

function inline(line: string): AnswerInline[] {
  const parts: AnswerInline[] = [];
  let last = 0;
  const push = (text: string) => {
    if (!text) return;
    const previous = parts[parts.length - 1];
    if (previous?.kind === 'text') previous.text += text;
    else parts.push({ kind: 'text', text });
  };
  for (const match of line.matchAll(TOKEN)) {
    const index = match.index ?? 0;
    push(line.slice(last, index));
    if (match[1] !== undefined) {
      const href = safeHref(match[2] ?? '');
      // An unsafe target (javascript:, data: …) shows as the plain words, the way it was written.
      if (href) parts.push({ kind: 'link', text: match[1], href });
      else push(match[0]);
    } else {
      // A bare address: trailing punctuation belongs to the sentence, not the link.
      const raw = match[0];
      const url = raw.replace(/[.,;:!?]+$/, '');
      parts.push({ kind: 'link', text: url, href: url });
      push(raw.slice(url.length));
    }
    last = index + match[0].length;
  }
  push(line.slice(last));
  return parts;
}

/** Paragraphs (split on blank lines) of lines (split on line breaks) of text and links. */
export function parseAnswer(answer: string): AnswerParagraph[] {
  return answer
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => block.split('\n').map(inline));
}
