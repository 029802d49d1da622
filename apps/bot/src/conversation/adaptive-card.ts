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

export type CardAction = SubmitAction | OpenUrlAction;

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
