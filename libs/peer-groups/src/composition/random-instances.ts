import { ChildPair, CompositionChild, CompositionInput } from './types';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Towns around Aarhus (approximate centres) where the synthetic children live. */
const TOWNS = [
  { lat: 56.156, lon: 10.21, weight: 8 },
  { lat: 56.19, lon: 10.23, weight: 2 },
  { lat: 56.13, lon: 10.16, weight: 3 },
  { lat: 56.235, lon: 10.24, weight: 1 },
  { lat: 56.04, lon: 9.93, weight: 2 },
  { lat: 56.27, lon: 10.06, weight: 1 },
  { lat: 55.97, lon: 10.15, weight: 1 },
  { lat: 56.17, lon: 9.55, weight: 2 },
  { lat: 56.46, lon: 10.04, weight: 2 },
];

export interface RandomInstanceOptions {
  children: number;
  groupSize: number;
  mustNotPairs: number;
  /** Earlier groups of this size formed at random among the children (their pairs become earlier mates). */
  earlierGroups?: number;
  earlierGroupSize?: number;
  /** Share of children without a known home. */
  unknownLocation?: number;
  ageMin?: number;
  ageMax?: number;
}

/** Synthetic, seeded children around Aarhus (ages 6-17 by default) with must-not pairs and earlier mates. */
export function randomInstance(seed: number, o: RandomInstanceOptions): CompositionInput {
  const r = rng(seed);
  const total = TOWNS.reduce((s, t) => s + t.weight, 0);
  const ageMin = o.ageMin ?? 6;
  const ageMax = o.ageMax ?? 17;
  const children: CompositionChild[] = [];
  for (let i = 0; i < o.children; i++) {
    let pick = r() * total;
    const town = TOWNS.find((t) => (pick -= t.weight) < 0) ?? TOWNS[0];
    const unknown = r() < (o.unknownLocation ?? 0);
    children.push({
      id: `c${i}`,
      age: ageMin + r() * (ageMax - ageMin + 1),
      lat: unknown ? null : town.lat + (r() - 0.5) * 0.08,
      lon: unknown ? null : town.lon + (r() - 0.5) * 0.14,
    });
  }
  const pairs = (count: number): ChildPair[] => {
    const out: ChildPair[] = [];
    for (let t = 0; t < count * 4 && out.length < count && o.children > 1; t++) {
      const a = Math.floor(r() * o.children);
      const b = Math.floor(r() * o.children);
      if (a !== b) out.push([`c${a}`, `c${b}`]);
    }
    return out;
  };
  const earlierMates: ChildPair[] = [];
  for (let g = 0; g < (o.earlierGroups ?? 0); g++) {
    const members = Array.from({ length: o.earlierGroupSize ?? 6 }, () => `c${Math.floor(r() * o.children)}`);
    for (let u = 0; u < members.length; u++)
      for (let v = u + 1; v < members.length; v++)
        if (members[u] !== members[v]) earlierMates.push([members[u], members[v]]);
  }
  return { children, groupSize: o.groupSize, mustNot: pairs(o.mustNotPairs), earlierMates, seed };
}
