/** What the "Ny henvendelse om skole" dialog says, in Danish. */
export const schoolTexts = {
  heading: 'Ny henvendelse om skole',
  intro:
    'Skriv til læringskonsulenten om dit plejebarns skolegang. Skriv kun barnets fornavn, aldrig CPR-nummer.',
  notAllowed:
    'Henvendelser om skole kan sendes af plejefamilier og kommunens rådgivere. Skriv **hjælp** for at se, hvad jeg kan hjælpe dig med.',
  noChildren:
    'Jeg kan ikke finde et plejebarn hos jer lige nu. Kontakt din familieplejekonsulent, hvis det er forkert.',
  child: 'Barn',
  chooseChild: 'Vælg barnet.',
  category: 'Hvad drejer det sig om?',
  chooseCategory: 'Vælg et emne.',
  description: 'Beskriv situationen',
  descriptionPlaceholder: 'Hvad er der sket, og hvad har I brug for hjælp til?',
  descriptionMissing: 'Skriv mindst 10 tegn.',
  urgency: 'Hvor meget haster det?',
  chooseUrgency: 'Vælg hvor meget det haster.',
  send: 'Send henvendelsen',
  problemsHeading: 'Ret venligst det markerede:',
  sent: (deadline: string) => `Henvendelsen er sendt — svar senest ${deadline}.`,
  sentHeading: 'Henvendelsen er sendt',
  sentBody: 'En læringskonsulent ser på den. Du kan følge den på Plejeportalen.',
  alreadySent: 'Den henvendelse er allerede sendt. Skriv **skole** for at sende en ny.',
  answerBy: 'Svar senest',
  soon: 'hurtigst muligt',
  subject: 'Emne',
  open: 'Se henvendelsen på Plejeportalen',
  newRequest: 'Ny henvendelse',
  unknownStep: 'Den knap er for gammel. Skriv **skole** for at starte forfra.',
  failedHeading: 'Henvendelsen blev ikke sendt',
} as const;
