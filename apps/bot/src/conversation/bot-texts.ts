/** Every text the bot shows to a user, in Danish, in one place. */
export const botTexts = {
  welcome: 'Hej og velkommen til Plejeportalen i Teams!',
  notUnderstood: 'Det forstod jeg desværre ikke. Her er det, jeg kan hjælpe med:',
  helpHeading: 'Hvad kan jeg hjælpe med?',
  helpIntro: 'Jeg er Plejeportalens assistent. Jeg kan hjælpe dig med:',
  helpFooter: 'Skriv et af ordene herover, eller vælg en knap. Skriv **hjælp** for at se denne besked igen.',
  portalLink: 'Åbn Plejeportalen',
  commands: {
    question: {
      title: 'Stil et spørgsmål',
      description: 'Svar på spørgsmål om at være plejefamilie',
    },
    relief: {
      title: 'Book aflastning',
      description: 'Book aflastning til jeres plejebarn',
    },
    myRelief: {
      title: 'Mine aflastninger',
      description: 'Se og aflys jeres kommende aflastninger',
    },
    groups: {
      title: 'Netværksgrupper',
      description: 'Se de næste møder i jeres børns netværksgrupper',
    },
    school: {
      title: 'Henvendelse om skole',
      description: 'Skriv til læringskonsulenten om dit plejebarns skolegang',
    },
    status: {
      title: 'Status på ansøgning',
      description: 'Se hvor langt din ansøgning er, og hvad der sker nu',
    },
    consultant: {
      title: 'Kontakt en konsulent',
      description: 'Få kontakt til din familieplejekonsulent',
    },
    help: {
      title: 'Hjælp',
      description: 'Se hvad jeg kan hjælpe med',
    },
    link: {
      title: 'Forbind til Plejeportalen',
      description: 'Forbind Teams med din konto på Plejeportalen',
    },
  },
  link: {
    /** Shown on the help card to users whose Teams account is not linked yet. */
    notLinkedHint:
      "Du er ikke forbundet til din konto på Plejeportalen endnu. Log ind på Plejeportalen, vælg 'Forbind Teams', og skriv koden til mig her, fx **forbind 123456**. Indtil da kan du stille spørgsmål.",
    howTo:
      "Log ind på Plejeportalen og vælg 'Forbind Teams'. Du får en kode på seks cifre, som du skriver til mig her, fx **forbind 123456**. Koden virker i 10 minutter.",
    needsLink:
      "Det kræver, at Teams er forbundet til din konto på Plejeportalen. Log ind på Plejeportalen, vælg 'Forbind Teams', og skriv koden til mig her, fx **forbind 123456**.",
    privateChatOnly:
      'Skriv koden til mig i en privat chat, så andre ikke kan se den. Lav gerne en ny kode først.',
    linked: (roleLabel: string) =>
      `Nu er du forbundet til Plejeportalen som ${roleLabel.toLocaleLowerCase('da-DK')}. Jeg sender dig påmindelser her i chatten.`,
  },
  rateLimited: 'Du skriver hurtigere end jeg kan svare. Vent et øjeblik, og skriv så igen.',
  apology:
    'Beklager, der gik noget galt hos mig. Prøv igen om lidt, eller kontakt din familieplejekonsulent, hvis det haster.',
} as const;
