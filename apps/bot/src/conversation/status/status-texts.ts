/** What the application-status answer says, in Danish. */
export const statusTexts = {
  heading: 'Din ansøgning',
  onlyApplicants:
    'Status på en ansøgning kan kun ses af den, der har søgt om at blive plejefamilie. Skriv **hjælp** for at se, hvad jeg kan hjælpe dig med.',
  noApplication: 'Du har ikke en ansøgning endnu. Du kan starte den på Plejeportalen og gemme undervejs.',
  status: 'Status',
  since: (days: number) => (days === 0 ? 'siden i dag' : days === 1 ? 'siden i går' : `i ${days} dage`),
  nextHeading: 'Hvad sker der nu?',
  nextBooked: 'Næste aftale',
  noneBooked: 'Du har ingen aftaler i kalenderen lige nu.',
  homeVisit: (n: number) => `Hjemmebesøg ${n} hos jer`,
  open: 'Se ansøgningen',
} as const;
