import type { BotReply, CardActionData } from './adaptive-card';
import type { Speaker } from './conversation.service';

/** What an Action.Submit button with `data: { action: '<feature>.<step>', … }` sends back as `activity.value`. */
export interface CardActionValue {
  action: string;
  [field: string]: unknown;
}

export type CardActionHandler = (value: CardActionValue, speaker: Speaker) => Promise<BotReply>;

/** The card action in an activity's value, or null (a typed message, or an imBack button carrying a command). */
export function cardActionOf(value: unknown): CardActionValue | null {
  if (typeof value !== 'object' || value === null || !('action' in value)) return null;
  const action = (value as { action: unknown }).action;
  if (typeof action !== 'string' || !/^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/.test(action)) return null;
  return value as CardActionValue;
}

/** The feature a card action belongs to: the part before the dot (`faq` in `faq.rate`). */
export function cardActionFeature(value: CardActionValue): string {
  return value.action.slice(0, value.action.indexOf('.'));
}

/**
 * The action with only its plain values (the card's inputs are strings, toggles booleans): what a dialog that
 * reads its fields by name may rely on. Anything nested is dropped rather than trusted.
 */
export function cardActionData(value: CardActionValue): CardActionData {
  const data: CardActionData = { action: value.action };
  for (const [key, v] of Object.entries(value))
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null) data[key] = v;
  return data;
}
