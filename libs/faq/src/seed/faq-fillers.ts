import { FaqOwnerTeam } from '../faq-entry.entity';
import { FaqSeedEntry } from './faq-entries';

// Synthetic entries for measuring a large knowledge base (npm run eval:faq, npm run bench:bot); never seeded.
const FILLER_WORDS = (
  'kommune borger ansøgning frist regler skema betaling bolig skole dagtilbud institution barn familie ' +
  'sundhed tandpleje sundhedspleje vuggestue børnehave fritid klub sport kultur bibliotek transport bus ' +
  'kørsel handicap hjælpemidler støtte rådgivning samtale møde plan mål opfølgning evaluering rapport ' +
  'dokumentation journal samtykke data sikkerhed adgang login portal teams besked kalender tid sted ' +
  'adresse telefon mail brev digital post udbetaling refusion faktura kvittering budget takst pris ' +
  'tilskud ydelse pension job arbejde uddannelse praktik kursus læring trivsel fællesskab forening ' +
  'frivillig netværk kontakt aftale ændring opsigelse klage afgørelse vejledning information sprog ' +
  'tolk ferie weekend sommer jul påske sygdom læge hospital medicin vaccination forsikring skade'
).split(/\s+/);

/** Deterministic filler entries: realistic municipal words, so IDF and candidate counts are like a big base. */
export function fillers(count: number): FaqSeedEntry[] {
  let seed = 42;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = (n: number) =>
    Array.from({ length: n }, () => FILLER_WORDS[Math.floor(rnd() * FILLER_WORDS.length)]);
  return Array.from({ length: count }, (_, i) => ({
    key: `fyld-${i + 1}`,
    category: 'Diverse',
    ownerTeam: FaqOwnerTeam.FAMILIEPLEJE,
    question: `Hvordan med ${pick(3).join(' ')} nr. ${i + 1}?`,
    phrasings: [pick(4).join(' ')],
    english: [],
    answer: `${pick(25).join(' ')}.`,
  }));
}
