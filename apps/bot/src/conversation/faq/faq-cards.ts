import type { FaqEntry } from '@pleje/faq';
import type { AdaptiveCard, CardAction, CardElement, DataSubmitAction } from '../adaptive-card';
import { faqTexts } from './faq-texts';

/** The card actions of the FAQ dialog (routed to FaqDialogService by the `faq.` prefix). */
export const FAQ_ACTIONS = {
  rate: 'faq.rate',
  pick: 'faq.pick',
  consultant: 'faq.consultant',
} as const;

/** Teams cuts long button titles; the full question is in the card body. */
const BUTTON_TITLE = 60;

function short(text: string, max = BUTTON_TITLE): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

function card(body: CardElement[], actions: CardAction[]): AdaptiveCard {
  return {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.5',
    lang: 'da',
    body,
    actions,
  };
}

export function consultantButton(
  questionId: string,
  title: string = faqTexts.askConsultant,
): DataSubmitAction {
  return { type: 'Action.Submit', title, data: { action: FAQ_ACTIONS.consultant, questionId } };
}

function phoneLine(phone: string | null): CardElement[] {
  return phone ? [{ type: 'TextBlock', text: faqTexts.phone(phone), wrap: true, spacing: 'medium' }] : [];
}

/** CONFIDENT (or a picked candidate): the entry's question as title, the answer with its links, "Hjalp det?". */
export function answerCard(
  questionId: string,
  entry: Pick<FaqEntry, 'id' | 'question' | 'answer'>,
): AdaptiveCard {
  const rate = (helpful: boolean): DataSubmitAction => ({
    type: 'Action.Submit',
    title: helpful ? faqTexts.yes : faqTexts.no,
    data: { action: FAQ_ACTIONS.rate, questionId, entryId: entry.id, helpful },
  });
  return card(
    [
      {
        type: 'TextBlock',
        text: entry.question,
        style: 'heading',
        size: 'medium',
        weight: 'bolder',
        wrap: true,
      },
      { type: 'TextBlock', text: entry.answer, wrap: true },
      { type: 'TextBlock', text: faqTexts.helpful, weight: 'bolder', wrap: true, spacing: 'medium' },
    ],
    // The human route is always on the card, not only after 👎.
    [rate(true), rate(false), consultantButton(questionId)],
  );
}

/** CLOSE_CALL: up to three candidate questions to pick from, and the human route. */
export function candidatesCard(
  questionId: string,
  candidates: ReadonlyArray<Pick<FaqEntry, 'id' | 'question'>>,
): AdaptiveCard {
  const shown = candidates.slice(0, 3);
  return card(
    [
      {
        type: 'TextBlock',
        text: faqTexts.closeCallHeading,
        style: 'heading',
        size: 'medium',
        weight: 'bolder',
        wrap: true,
      },
      ...shown.map((c, i): CardElement => ({
        type: 'TextBlock',
        text: `${i + 1}. ${c.question}`,
        wrap: true,
      })),
    ],
    [
      ...shown.map((c, i): DataSubmitAction => ({
        type: 'Action.Submit',
        title: `${i + 1}. ${short(c.question)}`,
        data: { action: FAQ_ACTIONS.pick, questionId, entryId: c.id },
      })),
      consultantButton(questionId, faqTexts.noneOfThem),
    ],
  );
}

/** NOT_CONFIDENT or out of scope: said plainly, with "Spørg en konsulent" and the municipality's phone number. */
export function humanRouteCard(questionId: string, phone: string | null, lead: string): AdaptiveCard {
  return card(
    [
      { type: 'TextBlock', text: lead, weight: 'bolder', wrap: true },
      { type: 'TextBlock', text: faqTexts.notConfidentHint, wrap: true },
      ...phoneLine(phone),
    ],
    [consultantButton(questionId)],
  );
}

/** A text reply with the phone number, when there is no question to send on (unlinked users). */
export function withPhone(text: string, phone: string | null): string {
  return phone ? `${text} ${faqTexts.phone(phone)}` : text;
}
