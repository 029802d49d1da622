// "Forbind med Teams": linking the portal account to the Plejeportalen bot in Microsoft Teams.
export const teamsDa = {
  title: 'Forbind med Teams',
  intro:
    'Når din konto er forbundet med Plejeportalen i Microsoft Teams, kan du få svar, booke aflastning og få beskeder direkte i Teams.',
  notLinked: 'Din konto er ikke forbundet med Teams.',
  linked: (since: string) => `Din konto er forbundet med Teams siden ${since}.`,
  reachable: 'Beskeder fra Plejeportalen kan nå frem til dig i Teams.',
  notReachable:
    'Vi har ingen aktiv chat med dig i Teams lige nu. Åbn Plejeportalen i Teams og skriv "hjælp", så kan beskederne nå frem.',
  createCode: 'Lav en kode',
  newCode: 'Lav en ny kode',
  creating: 'Laver kode …',
  codeHeading: 'Din kode',
  codeOnce: 'Koden vises kun denne ene gang. Lav en ny kode, hvis du mister den.',
  expires: (when: string) => `Koden virker til ${when}.`,
  waiting: 'Når du har skrevet koden i Teams, bliver forbindelsen vist her.',
  checkStatus: 'Tjek forbindelsen',
  unlink: 'Fjern forbindelsen til Teams',
  unlinkTitle: 'Fjern forbindelsen til Teams?',
  unlinkText:
    'Plejeportalen i Teams kan så ikke længere se dine oplysninger eller sende dig beskeder. Du kan forbinde igen med en ny kode.',
  unlinkConfirm: 'Ja, fjern forbindelsen',
  cancel: 'Fortryd',
  unlinked: 'Forbindelsen til Teams er fjernet.',
  nothingToUnlink: 'Din konto var ikke forbundet med Teams.',
};
