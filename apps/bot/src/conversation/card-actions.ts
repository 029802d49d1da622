import type { BotReply } from './adaptive-card';
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
