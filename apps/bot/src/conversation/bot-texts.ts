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
    consultant: {
      title: 'Kontakt en konsulent',
      description: 'Få kontakt til din familieplejekonsulent',
    },
    help: {
      title: 'Hjælp',
      description: 'Se hvad jeg kan hjælpe med',
    },
  },
  comingSoon: {
    question:
      'Snart kan du stille dine spørgsmål om at være plejefamilie direkte her. Indtil da finder du svar og kontaktoplysninger på Plejeportalen.',
    relief:
      'Snart kan du booke aflastning direkte her. Indtil da kan du aftale aflastning med din familieplejekonsulent eller på Plejeportalen.',
    consultant:
      'Snart kan du skrive til en konsulent direkte her. Indtil da finder du din familieplejekonsulents kontaktoplysninger på Plejeportalen.',
  },
  apology:
    'Beklager, der gik noget galt hos mig. Prøv igen om lidt, eller kontakt din familieplejekonsulent, hvis det haster.',
} as const;
