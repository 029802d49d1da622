/**
 * The small subset of Adaptive Cards 1.5 the bot sends. Plain JSON types, so the conversation logic
 * does not depend on the Bot Framework SDK.
 */
export interface TextBlock {
  type: 'TextBlock';
  text: string;
  wrap?: boolean;
  weight?: 'default' | 'lighter' | 'bolder';
  size?: 'default' | 'small' | 'medium' | 'large' | 'extraLarge';
  style?: 'default' | 'heading';
  spacing?: 'none' | 'small' | 'default' | 'medium' | 'large';
  isSubtle?: boolean;
}

export interface Fact {
  title: string;
  value: string;
}

export interface FactSet {
  type: 'FactSet';
  facts: Fact[];
}

export type CardElement = TextBlock | FactSet;

/** Teams turns an imBack submit into an ordinary message carrying `value` as its text. */
export interface SubmitAction {
  type: 'Action.Submit';
  title: string;
  data: { msteams: { type: 'imBack'; value: string }; command: string };
}

export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

/**
 * A button whose data comes back to the bot as `activity.value` (no text in the chat). `data.action` is
 * `<feature>.<step>`; card-actions.ts routes it by the feature prefix.
 */
export interface DataSubmitAction {
  type: 'Action.Submit';
  title: string;
  style?: 'default' | 'positive' | 'destructive';
  data: { action: string } & Record<string, string | boolean>;
}

export type CardAction = SubmitAction | DataSubmitAction | OpenUrlAction;

export interface AdaptiveCard {
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  type: 'AdaptiveCard';
  version: '1.5';
  lang: 'da';
  body: CardElement[];
  actions: CardAction[];
}

/** What the bot answers, before any SDK turns it into an activity. */
export interface BotReply {
  text?: string;
  card?: AdaptiveCard;
}

/** A button that sends a command word (imBack), as opposed to one carrying card-action data. */
export function isCommandButton(action: CardAction): action is SubmitAction {
  return action.type === 'Action.Submit' && 'msteams' in action.data && 'command' in action.data;
}
