/** What the bot says around Teams single sign-on, in Danish. */
export const ssoTexts = {
  /** On the OAuthCard; Teams shows it only when the silent sign-in did not work. */
  cardText:
    'Forbind Teams med din konto på Plejeportalen. Er du logget ind i Teams med din konto fra kommunen, sker det af sig selv. Ellers kan du hente en kode på Plejeportalen og skrive den til mig, fx **forbind 123456**.',
  cardButton: 'Hent en kode på Plejeportalen',
  linked: (roleLabel: string) =>
    `Du er nu forbundet som ${roleLabel.toLocaleLowerCase('da-DK')}. Jeg sender dig påmindelser her i chatten.`,
  noAccount:
    "Jeg kunne ikke finde en aktiv konto på Plejeportalen, der passer til din Teams-konto. Log ind på Plejeportalen, vælg 'Forbind Teams', og skriv koden til mig her, fx **forbind 123456**.",
  /** After `signin/verifyState` (a sign-in finished in the browser): the bot needs a new message to go on. */
  writeAgain: 'Tak. Skriv din besked til mig igen.',
} as const;
