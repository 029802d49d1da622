import { AdaptiveCard, CardAction, CardElement, DataSubmitAction } from './adaptive-card';

/** An Adaptive Card 1.5 in Danish with a heading: the frame every dialog card shares. */
export function dialogCard(heading: string, body: CardElement[], actions: CardAction[] = []): AdaptiveCard {
  return {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.5',
    lang: 'da',
    body: [
      { type: 'TextBlock', text: heading, style: 'heading', size: 'medium', weight: 'bolder', wrap: true },
      ...body,
    ],
    actions,
  };
}

/** A card step button: `data.action` is '<feature>.<step>' (routed in card-actions.ts). */
export function stepButton(
  title: string,
  action: string,
  data: Record<string, string | number> = {},
  extra: Partial<DataSubmitAction> = {},
): DataSubmitAction {
  return { type: 'Action.Submit', title, data: { action, ...data }, ...extra };
}

const WHEN = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'Europe/Copenhagen',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
});
const TIME = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'Europe/Copenhagen',
  hour: '2-digit',
  minute: '2-digit',
});

/** "torsdag 3. december kl. 17.00", in Danish local time. */
export function formatLongWhen(instant: Date): string {
  return WHEN.format(instant);
}

/** "torsdag 3. december kl. 17.00–19.00": one meeting on one line. */
export function formatSpan(startsAt: Date, endsAt: Date): string {
  return `${WHEN.format(startsAt)}–${TIME.format(endsAt)}`;
}
