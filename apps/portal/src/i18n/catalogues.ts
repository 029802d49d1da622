import { da, type Catalogue } from './da';
import { en } from './en';

export type Language = 'da' | 'en';

export const catalogues: Record<Language, Catalogue> = { da, en };

export const languages: readonly Language[] = ['da', 'en'];

export function isLanguage(value: unknown): value is Language {
  return value === 'da' || value === 'en';
}

/** Dotted paths of every leaf in a catalogue; used to prove the two catalogues have the same keys. */
export function catalogueKeys(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]: [string, unknown]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return value !== null && typeof value === 'object' ? catalogueKeys(value, path) : [path];
  });
}
