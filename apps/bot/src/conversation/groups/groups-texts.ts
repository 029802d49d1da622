/** What the network-group answer says, in Danish. */
export const groupsTexts = {
  heading: 'Netværksgrupper',
  onlyFosterParents:
    'Netværksgrupper kan kun ses af plejefamilier. Skriv **hjælp** for at se, hvad jeg kan hjælpe dig med.',
  none: 'Jeres børn er ikke med i en netværksgruppe lige nu. Spørg jeres familieplejekonsulent, hvis I gerne vil være med.',
  family: 'Jer',
  inGroup: (who: string, group: string) => `${who} – ${group}`,
  membership: {
    ACTIVE: 'Med i gruppen',
    INVITED: 'Inviteret. Svar på invitationen på Plejeportalen.',
    WAITLISTED: 'På venteliste',
  } as Record<string, string>,
  waitlist: (position: number) => `På venteliste (nr. ${position})`,
  noSessions: 'Der er ingen møder i kalenderen endnu.',
  place: 'Sted',
  transport: 'Transport',
  cancelled: 'AFLYST',
  cancelledBecause: (reason: string) => `Aflyst: ${reason}`,
  open: 'Se grupperne på Plejeportalen',
} as const;
