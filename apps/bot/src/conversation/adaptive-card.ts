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

export interface InputChoice {
  title: string;
  value: string;
}

interface InputBase {
  id: string;
  label?: string;
  isRequired?: boolean;
  errorMessage?: string;
}

export interface ChoiceSetInput extends InputBase {
  type: 'Input.ChoiceSet';
  choices: InputChoice[];
  value?: string;
  style?: 'compact' | 'expanded';
}

export interface DateInput extends InputBase {
  type: 'Input.Date';
  value?: string;
  min?: string;
}

export interface TimeInput extends InputBase {
  type: 'Input.Time';
  value?: string;
}

export interface TextInput extends InputBase {
  type: 'Input.Text';
  placeholder?: string;
  isMultiline?: boolean;
  maxLength?: number;
  value?: string;
}

export type CardInput = ChoiceSetInput | DateInput | TimeInput | TextInput;

export interface ActionSet {
  type: 'ActionSet';
  actions: CardAction[];
}

export interface Container {
  type: 'Container';
  items: CardElement[];
  separator?: boolean;
  spacing?: 'none' | 'small' | 'default' | 'medium' | 'large';
  style?: 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
}

export type CardElement = TextBlock | FactSet | CardInput | ActionSet | Container;

/** Teams turns an imBack submit into an ordinary message carrying `value` as its text. */
export interface ImBackSubmitAction {
  type: 'Action.Submit';
  title: string;
  data: { msteams: { type: 'imBack'; value: string }; command: string };
}

/** What a card button sends back (merged with the card's input values): `action` is '<feature>.<step>'. */
export type CardActionData = { action: string } & Record<string, string | number | boolean | null>;

/** A card step: the message arrives with `value` = data plus the inputs, routed by `action` (card-actions.ts). */
export interface DataSubmitAction {
  type: 'Action.Submit';
  title: string;
  data: CardActionData;
  style?: 'default' | 'positive' | 'destructive';
  /** false for "back" buttons, so a required input does not block going back. */
  associatedInputs?: 'auto' | 'none';
}

export type SubmitAction = ImBackSubmitAction | DataSubmitAction;

export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
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
export function isCommandButton(action: CardAction): action is ImBackSubmitAction {
  return action.type === 'Action.Submit' && 'msteams' in action.data && 'command' in action.data;
}
