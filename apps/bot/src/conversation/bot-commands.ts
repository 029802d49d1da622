import { Role } from '@pleje/core';
import { botTexts } from './bot-texts';

export type CommandId =
  'help' | 'question' | 'relief' | 'my-relief' | 'groups' | 'school' | 'status' | 'consultant' | 'link';

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
  /**
   * Who the help card offers it to once linked; absent = everyone, unlinked users too. Unlinked users see only
   * the commands without roles (they can only ask questions).
   */
  roles?: readonly Role[];
}

const FOSTER_PARENT: readonly Role[] = [Role.FOSTER_PARENT];

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
    roles: FOSTER_PARENT,
    ...botTexts.commands.relief,
  },
  {
    id: 'my-relief',
    // "mine aflastninger": commands match on the first word.
    keyword: 'mine',
    aliases: ['aflastninger', 'bookinger', 'bookings'],
    roles: FOSTER_PARENT,
    ...botTexts.commands.myRelief,
  },
  {
    id: 'groups',
    keyword: 'grupper',
    aliases: ['gruppe', 'netværksgruppe', 'netværksgrupper', 'netvaerksgruppe', 'netvaerksgrupper', 'groups'],
    roles: FOSTER_PARENT,
    ...botTexts.commands.groups,
  },
  {
    id: 'school',
    keyword: 'skole',
    aliases: ['skolen', 'skolestøtte', 'skolestoette', 'laering', 'læring', 'school'],
    // The learning service takes requests from foster parents and the staff around the child.
    roles: [Role.FOSTER_PARENT, Role.CASEWORKER, Role.FAMILY_CONSULTANT, Role.LEARNING_CONSULTANT],
    ...botTexts.commands.school,
  },
  {
    id: 'status',
    keyword: 'status',
    aliases: ['ansøgning', 'ansoegning', 'ansogning', 'application'],
    roles: [Role.APPLICANT],
    ...botTexts.commands.status,
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

/** The commands the help card offers: by role once linked, only those open to everyone before. */
export function commandsFor(role: Role | null): BotCommand[] {
  return BOT_COMMANDS.filter(
    (c) => c.id !== 'help' && !c.hidden && (!c.roles || (role !== null && c.roles.includes(role))),
  );
}

export function findCommand(text: string): BotCommand | undefined {
  return byWord.get(normaliseCommandText(text));
}

/** What follows the command word, e.g. the code in "forbind 123 456" as "123456" (spaces dropped). */
export function commandArgument(text: string): string {
  return text.trim().split(/\s+/).slice(1).join('');
}
