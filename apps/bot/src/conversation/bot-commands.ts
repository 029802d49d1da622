import { botTexts } from './bot-texts';

export type CommandId = 'help' | 'question' | 'relief' | 'my-relief' | 'consultant' | 'link';

export interface BotCommand {
  id: CommandId;
  /** The word a user types; also the command title in the Teams app manifest. */
  keyword: string;
  /** Other words, without Danish letters or in English, that mean the same. */
  aliases: readonly string[];
  title: string;
  description: string;
  /** Not listed on the help card (linking is explained there in its own words). */
  hidden?: boolean;
}

/** The command table: message routing is a lookup here, never a chain of ifs over the text. */
export const BOT_COMMANDS: readonly BotCommand[] = [
  {
    id: 'question',
    keyword: 'spørgsmål',
    aliases: ['spoergsmaal', 'sporgsmal', 'spørg', 'question', 'faq'],
    ...botTexts.commands.question,
  },
  {
    id: 'relief',
    keyword: 'aflastning',
    aliases: ['relief', 'booking', 'book'],
    ...botTexts.commands.relief,
  },
  {
    id: 'my-relief',
    // "mine aflastninger": commands match on the first word.
    keyword: 'mine',
    aliases: ['aflastninger', 'bookinger', 'bookings'],
    ...botTexts.commands.myRelief,
  },
  {
    id: 'consultant',
    keyword: 'konsulent',
    aliases: ['kontakt', 'consultant', 'contact'],
    ...botTexts.commands.consultant,
  },
  {
    id: 'link',
    keyword: 'forbind',
    aliases: ['link', 'connect'],
    hidden: true,
    ...botTexts.commands.link,
  },
  {
    id: 'help',
    keyword: 'hjælp',
    aliases: ['hjaelp', 'hjalp', 'help', 'hej', 'start', 'menu'],
    ...botTexts.commands.help,
  },
];

const byWord: ReadonlyMap<string, BotCommand> = new Map(
  BOT_COMMANDS.flatMap((c) => [c.keyword, ...c.aliases].map((word) => [word, c] as const)),
);

/** Lower-cases Danish text and drops punctuation and extra words: "Hjælp!" and "hjælp mig" both match. */
export function normaliseCommandText(text: string): string {
  const firstWord = text.trim().toLocaleLowerCase('da-DK').split(/\s+/)[0] ?? '';
  return firstWord.replace(/[^\p{L}\p{N}]+/gu, '');
}

export function findCommand(text: string): BotCommand | undefined {
  return byWord.get(normaliseCommandText(text));
}

/** What follows the command word, e.g. the code in "forbind 123 456" as "123456" (spaces dropped). */
export function commandArgument(text: string): string {
  return text.trim().split(/\s+/).slice(1).join('');
}
