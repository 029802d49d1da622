/** What the bot says about questions, feedback and "Spørg en konsulent": Danish, short sentences. */
export const faqTexts = {
  prompt:
    'Du kan stille dine spørgsmål om at være plejefamilie her. Skriv spørgsmålet med dine egne ord, fx **Hvor meget får vi i vederlag?**',
  helpful: 'Hjalp det?',
  yes: '👍 Ja',
  no: '👎 Nej',
  askConsultant: 'Spørg en konsulent',
  noneOfThem: 'Ingen af dem – spørg en konsulent',
  closeCall: 'Jeg er ikke helt sikker på, hvad du mener. Er det et af disse spørgsmål?',
  closeCallHeading: 'Mente du?',
  notConfident: 'Det kan jeg desværre ikke svare sikkert på.',
  notConfidentHint: 'En konsulent fra kommunen kan svare dig. Tryk på knappen, så sender jeg dit spørgsmål.',
  phone: (phone: string) => `Du kan også ringe til kommunen på **${phone}**.`,
  thanksHelpful: 'Tak! Godt, at svaret hjalp.',
  thanksNotHelpful: 'Tak, fordi du sagde det. Så kan vi gøre svaret bedre.',
  notHelpfulHint: 'Vil du have svar fra en konsulent i stedet?',
  consultantIntro:
    'Skriv dit spørgsmål til mig, så finder jeg et svar eller sender det til en konsulent. Du kan også skrive **konsulent** og dit spørgsmål, fx **konsulent Må vi tage plejebarnet med til udlandet?**',
  ticketCreated: (teamLabel: string, personal: boolean) =>
    `Tak. Dit spørgsmål er sendt til en konsulent (${teamLabel}). Du får svaret ${personal ? 'her i chatten' : 'i din private chat med mig'} og på mail.`,
  consultantNeedsLink:
    "For at sende dit spørgsmål til en konsulent skal Teams være forbundet til din konto på Plejeportalen. Log ind på Plejeportalen, vælg 'Forbind Teams', og skriv koden til mig, fx **forbind 123456**.",
  noMunicipality:
    "Jeg ved ikke, hvilken kommune du hører til. Forbind Teams til din konto på Plejeportalen: log ind, vælg 'Forbind Teams', og skriv koden til mig, fx **forbind 123456**.",
  onlyFamilies: 'Kun plejefamilier og ansøgere kan sende spørgsmål til en konsulent herfra.',
  gone: 'Det spørgsmål kan jeg ikke finde mere. Skriv det gerne igen.',
  tooLong: 'Skriv spørgsmålet lidt kortere (højst 500 tegn).',
} as const;
