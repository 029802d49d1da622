import type { FactorKey, SupportLevel, Weights } from './types';

/**
 * Tag vocabularies with the Danish labels caseworkers, consultants and families see. Tags are stored as
 * the upper-case keys; unknown tags are tolerated (shown as they are) so old data never breaks a match.
 */

/** The child's needs: plain Danish words, no figures or scores. */
export const NEED_TAGS = {
  ADHD: 'ADHD',
  AUTISM: 'Autisme',
  TRAUMA: 'Traumer',
  ATTACHMENT: 'Tilknytningsvanskeligheder',
  BEHAVIOUR: 'Udadreagerende adfærd',
  EMOTIONAL: 'Følelsesmæssige vanskeligheder',
  LEARNING: 'Indlæringsvanskeligheder',
  SPECIAL_SCHOOL: 'Specialskole eller specialklasse',
  PHYSICAL_DISABILITY: 'Fysisk handicap',
  HEALTH: 'Sygdom eller helbred',
  SUBSTANCE_EXPOSURE: 'Påvirket af rusmidler i graviditeten',
  SUBSTANCE_USE: 'Eget forbrug af rusmidler',
  SELF_HARM: 'Selvskade',
  CRIME: 'Kriminalitet',
  SCHOOL_ABSENCE: 'Skolefravær',
  SLEEP: 'Søvnproblemer',
  EATING: 'Spiseproblemer',
  INFANT: 'Spædbarn med særlig omsorg',
  UNACCOMPANIED_REFUGEE: 'Uledsaget flygtningebarn',
} as const satisfies Record<string, string>;
export type NeedTag = keyof typeof NEED_TAGS;

/** Cultural or religious considerations, on both the child's and the family's side. */
export const CULTURE_TAGS = {
  MUSLIM: 'Muslimsk',
  CHRISTIAN: 'Kristen',
  JEWISH: 'Jødisk',
  HINDU: 'Hinduistisk',
  BUDDHIST: 'Buddhistisk',
  GREENLANDIC: 'Grønlandsk',
  FAROESE: 'Færøsk',
  ROMA: 'Romani',
  VEGETARIAN: 'Vegetarisk kost',
  HALAL: 'Halal-kost',
  KOSHER: 'Koscher-kost',
  NO_PORK: 'Ingen svinekød',
} as const satisfies Record<string, string>;
export type CultureTag = keyof typeof CULTURE_TAGS;

/** What children typically say they wish for in a new home. */
export const WISH_TAGS = {
  ANIMALS: 'Dyr i hjemmet',
  HORSES: 'Heste',
  COUNTRYSIDE: 'Bo på landet',
  CITY: 'Bo i byen',
  GARDEN: 'Have',
  OTHER_CHILDREN: 'Andre børn i hjemmet',
  NO_OTHER_CHILDREN: 'Ingen andre børn i hjemmet',
  NEAR_FRIENDS: 'Tæt på vennerne',
  SPORTS: 'Sport',
  MUSIC: 'Musik',
  CREATIVE: 'Kreative ting',
  OUTDOOR_LIFE: 'Friluftsliv',
  OWN_ROOM: 'Eget værelse',
  CALM_HOME: 'Et roligt hjem',
  NEAR_PUBLIC_TRANSPORT: 'Kunne tage bus eller tog selv',
  GAMING: 'Computerspil',
} as const satisfies Record<string, string>;
export type WishTag = keyof typeof WISH_TAGS;

/** What a home offers; keys match the wish tags where a wish is met by a feature of the home. */
export const FEATURE_TAGS = {
  ANIMALS: 'Dyr i hjemmet',
  HORSES: 'Heste',
  COUNTRYSIDE: 'Bor på landet',
  CITY: 'Bor i byen',
  GARDEN: 'Have',
  SPORTS: 'Sportsaktiv familie',
  MUSIC: 'Musik i hjemmet',
  CREATIVE: 'Kreativ familie',
  OUTDOOR_LIFE: 'Friluftsliv',
  OWN_ROOM: 'Eget værelse til barnet',
  CALM_HOME: 'Roligt hjem',
  NEAR_PUBLIC_TRANSPORT: 'Tæt på offentlig transport',
  GAMING: 'Computerspil i hjemmet',
  ACCESSIBLE_HOME: 'Handicapvenlig bolig',
  STAY_AT_HOME_PARENT: 'En voksen hjemme i hverdagen',
} as const satisfies Record<string, string>;
export type FeatureTag = keyof typeof FEATURE_TAGS;

/**
 * Which home features meet a wish. Wishes about other children are judged by the OTHER_CHILDREN factor
 * and NEAR_FRIENDS by the distance to the child's school (where the friends are), so they are absent here.
 */
export const WISH_FEATURES: Readonly<Record<string, readonly string[]>> = {
  ANIMALS: ['ANIMALS', 'HORSES'],
  HORSES: ['HORSES'],
  COUNTRYSIDE: ['COUNTRYSIDE'],
  CITY: ['CITY'],
  GARDEN: ['GARDEN', 'COUNTRYSIDE'],
  SPORTS: ['SPORTS'],
  MUSIC: ['MUSIC'],
  CREATIVE: ['CREATIVE'],
  OUTDOOR_LIFE: ['OUTDOOR_LIFE', 'COUNTRYSIDE'],
  OWN_ROOM: ['OWN_ROOM'],
  CALM_HOME: ['CALM_HOME'],
  NEAR_PUBLIC_TRANSPORT: ['NEAR_PUBLIC_TRANSPORT', 'CITY'],
  GAMING: ['GAMING'],
};

/** Languages by ISO 639-1 code, in Danish as used in a sentence ("Taler arabisk som barnet"). */
export const LANGUAGE_NAMES_DA: Readonly<Record<string, string>> = {
  da: 'dansk',
  en: 'engelsk',
  de: 'tysk',
  sv: 'svensk',
  no: 'norsk',
  kl: 'grønlandsk',
  fo: 'færøsk',
  ar: 'arabisk',
  so: 'somali',
  tr: 'tyrkisk',
  ku: 'kurdisk',
  fa: 'persisk',
  ps: 'pashto',
  ur: 'urdu',
  ti: 'tigrinya',
  pl: 'polsk',
  ro: 'rumænsk',
  lt: 'litauisk',
  uk: 'ukrainsk',
  ru: 'russisk',
  bs: 'bosnisk',
  sr: 'serbisk',
  hr: 'kroatisk',
  sq: 'albansk',
  es: 'spansk',
  fr: 'fransk',
  vi: 'vietnamesisk',
  th: 'thai',
  ta: 'tamil',
};

export const SUPPORT_LEVEL_LABELS_DA: Readonly<Record<SupportLevel, string>> = {
  ALMEN: 'almen',
  FORSTAERKET: 'forstærket',
  SPECIALISERET: 'specialiseret',
};

export const FACTOR_LABELS_DA: Readonly<Record<FactorKey, string>> = {
  SCHOOL: 'Kan blive i sin skole',
  BIO_FAMILY_DISTANCE: 'Afstand til den biologiske familie',
  EXPERIENCE: 'Erfaring med barnets behov',
  LANGUAGE_CULTURE: 'Sprog og kultur',
  PREFERENCES: 'Familiens ønsker',
  CHILD_WISHES: 'Barnets egne ønsker',
  OTHER_CHILDREN: 'Andre børn i hjemmet',
};

/** The order factors are listed in, everywhere. */
export const FACTOR_KEYS: readonly FactorKey[] = [
  'SCHOOL',
  'BIO_FAMILY_DISTANCE',
  'EXPERIENCE',
  'LANGUAGE_CULTURE',
  'PREFERENCES',
  'CHILD_WISHES',
  'OTHER_CHILDREN',
];

/**
 * Starting weights for a municipality that has not set its own. § 52 puts the child's needs, keeping the
 * school and contact with the family first; the family's preferences and the home's details weigh less.
 */
export const DEFAULT_WEIGHTS: Readonly<Weights> = {
  SCHOOL: 20,
  BIO_FAMILY_DISTANCE: 15,
  EXPERIENCE: 25,
  LANGUAGE_CULTURE: 10,
  PREFERENCES: 10,
  CHILD_WISHES: 12,
  OTHER_CHILDREN: 8,
};

export function needLabel(tag: string): string {
  return (NEED_TAGS as Record<string, string>)[tag] ?? tag;
}

export function cultureLabel(tag: string): string {
  return (CULTURE_TAGS as Record<string, string>)[tag] ?? tag;
}

export function wishLabel(tag: string): string {
  return (WISH_TAGS as Record<string, string>)[tag] ?? tag;
}

export function languageName(code: string): string {
  return LANGUAGE_NAMES_DA[code] ?? code;
}

/** A label inside a sentence: "Autisme" → "autisme", but acronyms such as "ADHD" stay as they are. */
export function inSentence(label: string): string {
  if (label.length > 1 && label[1] === label[1].toUpperCase() && label[1] !== label[1].toLowerCase()) {
    return label;
  }
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** "a", "a og b", "a, b og c". */
export function joinDa(items: readonly (string | number)[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

/** Danish number: one decimal at most, decimal comma ("2,5", "12"). */
export function numberDa(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1).replace('.', ',');
}
