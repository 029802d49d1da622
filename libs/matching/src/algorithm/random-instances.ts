import type { ConsultantAssessment, FamilyInput, GeoPoint, NeedInput, SupportLevel } from './types';
import { CULTURE_TAGS, FEATURE_TAGS, NEED_TAGS, WISH_TAGS } from './vocabulary';

/**
 * Seeded random needs and families for the property tests and `npm run bench:matching`: same seed, same
 * data, so a failure can be replayed. Synthetic only — no real names or places beyond a region's bounds.
 */

/** mulberry32: small, fast, good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RandomTools {
  rnd: () => number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  some<T>(items: readonly T[], max: number): T[];
  chance(p: number): boolean;
}

export function randomTools(seed: number): RandomTools {
  const rnd = seededRandom(seed);
  const int = (min: number, max: number): number => min + Math.floor(rnd() * (max - min + 1));
  return {
    rnd,
    int,
    pick: <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)],
    some: <T>(items: readonly T[], max: number): T[] => {
      const count = int(0, max);
      const out: T[] = [];
      for (let k = 0; k < count; k++) {
        const x = items[Math.floor(rnd() * items.length)];
        if (!out.includes(x)) out.push(x);
      }
      return out;
    },
    chance: (p: number): boolean => rnd() < p,
  };
}

const NEEDS = Object.keys(NEED_TAGS);
const CULTURES = Object.keys(CULTURE_TAGS);
const WISHES = Object.keys(WISH_TAGS);
const FEATURES = Object.keys(FEATURE_TAGS);
const LANGUAGES = ['da', 'da', 'da', 'ar', 'so', 'tr', 'kl', 'pl', 'uk', 'en'];
const LEVELS: readonly SupportLevel[] = ['ALMEN', 'FORSTAERKET', 'SPECIALISERET'];

/** A point within roughly 40 km of a centre (East Jutland by default). */
function point(t: RandomTools, centre: GeoPoint = { lat: 56.15, lon: 10.2 }): GeoPoint {
  return { lat: centre.lat + (t.rnd() - 0.5) * 0.7, lon: centre.lon + (t.rnd() - 0.5) * 1.2 };
}

function birthDate(t: RandomTools, today: string, age: number): string {
  const year = Number(today.slice(0, 4)) - age;
  const month = t.int(1, 12);
  const day = t.int(1, 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface RandomOptions {
  today: string;
  /** Ids of families that may be named as network families. */
  familyIds?: readonly string[];
}

export function randomNeed(t: RandomTools, id: string, options: RandomOptions): NeedInput {
  const size = t.chance(0.75) ? 1 : t.chance(0.7) ? 2 : 3;
  const firstAge = t.int(0, 16);
  const children = Array.from({ length: size }, (_, k) => ({
    id: `${id}-c${k}`,
    firstName: `Barn ${k + 1}`,
    birthDate: birthDate(t, options.today, Math.max(0, Math.min(17, firstAge + t.int(-3, 3)))),
  }));
  const ids = options.familyIds ?? [];
  return {
    id,
    children,
    supportLevel: t.pick(LEVELS),
    needs: t.some(NEEDS, 3),
    schoolLocation: t.chance(0.85) ? point(t) : null,
    biologicalFamilyLocation: t.chance(0.85) ? point(t) : null,
    contactVisitsPerMonth: t.pick([0, 0.5, 1, 2, 4, 8]),
    languages: t.chance(0.7) ? ['da'] : t.some(LANGUAGES, 2),
    culture: t.some(CULTURES, 2),
    wishes: t.some(WISHES, 4),
    networkFamilyIds: ids.length > 0 && t.chance(0.2) ? [t.pick(ids)] : [],
    acute: t.chance(0.1),
  };
}

function randomAssessment(t: RandomTools): ConsultantAssessment {
  const set = (p: number): boolean => t.chance(p);
  return {
    ageMin: set(0.2) ? t.int(0, 8) : null,
    ageMax: set(0.2) ? t.int(6, 17) : null,
    needsAble: set(0.2) ? t.some(NEEDS, 4) : null,
    needsExcluded: set(0.2) ? t.some(NEEDS, 2) : null,
    siblings: set(0.2) ? t.chance(0.6) : null,
  };
}

export function randomFamily(t: RandomTools, id: string, options: RandomOptions): FamilyInput {
  const r = t.rnd();
  const approvalTypes =
    r < 0.7
      ? [t.pick(LEVELS)]
      : r < 0.8
        ? [t.pick(LEVELS), 'AFLASTNING']
        : r < 0.9
          ? ['AFLASTNING']
          : ['NETVAERK'];
  const ageMin = t.int(0, 10);
  return {
    id,
    approvalTypes,
    networkChildName: approvalTypes.includes('NETVAERK') ? 'Barn' : null,
    vacancies: t.int(0, 3),
    ageMin,
    ageMax: Math.min(17, ageMin + t.int(3, 17)),
    takesSiblings: t.chance(0.6),
    location: t.chance(0.95) ? point(t) : null,
    experience: t.some(NEEDS, 5),
    languages: t.chance(0.6) ? ['da'] : ['da', ...t.some(LANGUAGES, 2)],
    culture: t.some(CULTURES, 2),
    features: t.some(FEATURES, 6),
    otherChildrenBirthDates: Array.from({ length: t.int(0, 3) }, () =>
      birthDate(t, options.today, t.int(0, 20)),
    ),
    familyPreferences: {
      ageMin: t.chance(0.5) ? t.int(0, 8) : null,
      ageMax: t.chance(0.5) ? t.int(6, 17) : null,
      needsAble: t.some(NEEDS, 4),
      needsExcluded: t.some(NEEDS, 2),
      siblings: t.chance(0.3) ? null : t.chance(0.6),
    },
    consultantAssessment: randomAssessment(t),
  };
}

export function randomFamilies(t: RandomTools, count: number, options: RandomOptions): FamilyInput[] {
  return Array.from({ length: count }, (_, k) => randomFamily(t, `f${String(k).padStart(5, '0')}`, options));
}

export function randomNeeds(t: RandomTools, count: number, options: RandomOptions): NeedInput[] {
  return Array.from({ length: count }, (_, k) => randomNeed(t, `n${String(k).padStart(4, '0')}`, options));
}

/** A plain need the tests change one field at a time: one 8-year-old, almen level, no wishes or needs. */
export function needFixture(overrides: Partial<NeedInput> = {}): NeedInput {
  return {
    id: 'need-1',
    children: [{ id: 'child-1', firstName: 'Alma', birthDate: '2018-01-10' }],
    supportLevel: 'ALMEN',
    needs: [],
    schoolLocation: null,
    biologicalFamilyLocation: null,
    contactVisitsPerMonth: 0,
    languages: [],
    culture: [],
    wishes: [],
    networkFamilyIds: [],
    acute: false,
    ...overrides,
  };
}

/** A plain family that is eligible for needFixture(): almen, one vacancy, ages 0-17, no preferences. */
export function familyFixture(overrides: Partial<FamilyInput> = {}): FamilyInput {
  return {
    id: 'family-1',
    approvalTypes: ['ALMEN'],
    networkChildName: null,
    vacancies: 1,
    ageMin: 0,
    ageMax: 17,
    takesSiblings: true,
    location: null,
    experience: [],
    languages: [],
    culture: [],
    features: [],
    otherChildrenBirthDates: [],
    familyPreferences: { ageMin: null, ageMax: null, needsAble: [], needsExcluded: [], siblings: null },
    consultantAssessment: {
      ageMin: null,
      ageMax: null,
      needsAble: null,
      needsExcluded: null,
      siblings: null,
    },
    ...overrides,
  };
}
