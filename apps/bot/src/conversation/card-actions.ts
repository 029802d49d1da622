import { CardActionData } from './adaptive-card';

/**
 * Card buttons send `{ action: '<feature>.<step>', … }` (plus the card's inputs) as the message value. The
 * feature is the part before the first dot; ConversationService routes each feature to its dialog in one place.
 */
export function cardActionOf(value: unknown): CardActionData | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const action = (value as Record<string, unknown>).action;
  if (typeof action !== 'string' || !/^[a-z-]+\.[a-z-]+$/.test(action)) return null;
  const data: CardActionData = { action };
  for (const [key, v] of Object.entries(value as Record<string, unknown>))
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null) data[key] = v;
  return data;
}

export function cardFeatureOf(data: CardActionData): string {
  return data.action.slice(0, data.action.indexOf('.'));
}
