import { applicationDa } from '../components/application/i18n/da';
import { matchingDa } from '../components/matching/matching-texts.da';
import { peerGroupsDa } from '../components/peer-groups/peer-texts.da';
import { reliefDa } from '../components/relief/relief-texts.da';
import { learningDa } from '../components/learning/learning-texts.da';
import { faqDa } from '../components/faq/faq-texts.da';
import { faqTicketsDa } from '../components/faq-tickets/faq-tickets-texts.da';
import { teamsDa } from '../components/teams/teams-texts.da';
import { staffGapsDa } from '../components/staff-gaps/staff-gaps-texts.da';
import { recruitmentDa } from '../components/recruitment/recruitment-texts.da';
import { textPage } from './text-page';

// Primary catalogue: every text a user reads lives here. en.ts must have exactly the same keys.
export const da = {
  meta: {
    languageName: 'Dansk',
    appName: 'Plejeportalen',
    titleSuffix: 'Plejeportalen',
  },
  common: {
    skipToContent: 'Gå til sidens indhold',
    loading: 'Indlæser …',
    restoringSession: 'Henter din session …',
    required: '(*skal udfyldes)',
    optional: '(frivilligt)',
    errorPrefix: 'Fejl:',
    errorSummaryHeading: 'Der er problemer',
    save: 'Gem',
    showMore: 'Vis flere',
    showTable: 'Vis som tabel',
    yes: 'Ja',
    no: 'Nej',
  },
  language: {
    switchLabel: 'Vælg sprog',
    da: 'Dansk',
    en: 'English',
  },
  header: {
    logout: 'Log af',
    userInfo: (municipality: string, role: string) => `${municipality} · ${role}`,
    userRegion: 'Bruger',
  },
  footer: {
    contactHeading: 'Kontakt',
    contactText: 'Har du spørgsmål, så kontakt din kommune. Du kan altid ringe og tale med en medarbejder.',
    about: 'Plejeportalen understøtter rekruttering af og støtte til plejefamilier.',
    linksHeading: 'Om portalen',
    privacy: 'Privatlivspolitik',
    terms: 'Vilkår for brug',
    accessibility: 'Tilgængelighedserklæring',
  },
  nav: {
    label: 'Sidemenu',
    myApplication: 'Min ansøgning',
    myFosterFamily: 'Min plejefamilie',
    relief: 'Aflastning',
    peerGroups: 'Netværksgrupper',
    schoolSupport: 'Skolestøtte',
    questions: 'Spørgsmål',
    applications: 'Ansøgninger',
    fosterFamilies: 'Plejefamilier',
    recruitmentEvents: 'Møder og kurser',
    recruitmentAnalytics: 'Rekrutteringstal',
    knowledgeBase: 'Vidensbase',
    faqTickets: 'Spørgsmål fra familier',
    matching: 'Matchning',
    matchProposals: 'Matchforslag',
    reliefGrants: 'Aflastningsbevillinger',
    learningQueue: 'Læringskø',
    overview: 'Overblik',
    municipalities: 'Kommuner',
    users: 'Brugere',
  },
  roles: {
    APPLICANT: 'Ansøger',
    FOSTER_PARENT: 'Plejeforælder',
    FAMILY_CONSULTANT: 'Familiekonsulent',
    CASEWORKER: 'Sagsbehandler',
    NETWORK_CONSULTANT: 'Netværkskonsulent',
    LEARNING_CONSULTANT: 'Læringskonsulent',
    ADMIN: 'Administrator',
  },
  login: {
    title: 'Log ind',
    intro: 'Log ind med din e-mail og adgangskode.',
    email: 'E-mail',
    password: 'Adgangskode',
    submit: 'Log ind',
    submitting: 'Logger ind …',
    orgAccount: 'Log ind med din organisationskonto',
    orgAccountIntro: 'Er du medarbejder i en kommune, kan du logge ind med din organisationskonto.',
    emailMissing: 'Indtast din e-mail.',
    emailInvalid: 'Indtast en gyldig e-mail, fx navn@kommune.dk.',
    passwordMissing: 'Indtast din adgangskode.',
    wrongCredentials: 'E-mail eller adgangskode er forkert. Prøv igen.',
    rateLimited: 'Du har forsøgt at logge ind for mange gange. Vent et par minutter, og prøv igen.',
    oidcFailed:
      'Vi kunne ikke logge dig ind med din organisationskonto. Kontakt din administrator, hvis du mener, du skal have adgang.',
  },
  underDevelopment: {
    heading: 'Denne del af portalen er under udvikling',
    text: 'Siden er endnu ikke klar. Har du brug for hjælp nu, så kontakt din kommune.',
  },
  privacy: textPage({
    title: 'Privatlivspolitik',
    lead: 'Her kan du læse, hvilke oplysninger Plejeportalen behandler, hvorfor de behandles, og hvilke rettigheder du har.',
    completeNotice:
      'Kommunen skal udfylde denne tekst med sine kontaktoplysninger og sin databeskyttelsesrådgiver (DPO), før portalen tages i brug.',
    sections: [
      {
        heading: 'Hvem er ansvarlig for dine oplysninger',
        paragraphs: [
          'Din kommune er dataansvarlig for de oplysninger, der behandles i Plejeportalen. Det betyder, at kommunen bestemmer, hvad oplysningerne bruges til, og hvem der får adgang til dem.',
          'Plejeportalen er et it-system, som kommunen bruger til at rekruttere og støtte plejefamilier.',
        ],
      },
      {
        heading: 'Hvilke oplysninger portalen behandler',
        paragraphs: ['Portalen behandler disse typer oplysninger:'],
        items: [
          'Oplysninger om dig som bruger: navn, e-mail, din rolle i portalen og den kommune, du hører til.',
          'Oplysninger om ansøgninger, plejefamilier, aflastning, netværksgrupper og skolestøtte, som du eller kommunens medarbejdere skriver i portalen.',
          'Oplysninger om børn og unge i familiepleje og om deres familier, når det er nødvendigt for opgaven.',
          'En log over, hvem der har læst eller ændret følsomme oplysninger, og hvornår.',
        ],
      },
      {
        heading: 'Følsomme oplysninger',
        paragraphs: [
          'Oplysninger om børn og familier kan handle om fx helbred og sociale forhold. Efter databeskyttelsesforordningen (GDPR) hører de til de særlige kategorier af personoplysninger, som skal beskyttes særligt.',
          'Derfor skal der kun skrives de oplysninger i portalen, som er nødvendige for opgaven.',
        ],
      },
      {
        heading: 'Hvad oplysningerne bruges til',
        paragraphs: [
          'Kommunen bruger oplysningerne til at rekruttere og støtte plejefamilier, til at planlægge aflastning, netværksgrupper og skolestøtte for børn og unge i familiepleje og til at kontakte dig.',
        ],
      },
      {
        heading: 'Hvem kan se oplysningerne',
        paragraphs: [
          'Oplysningerne hører til din kommune. Portalen giver kun medarbejdere i din kommune adgang til dem, og hver medarbejder kan kun se det, som hans eller hendes rolle giver adgang til.',
          'Portalens administratorer kan se brugerkonti (navn, e-mail, rolle og kommune), så de kan oprette og styre adgangen.',
          'Portalen logger, hvem der læser eller ændrer følsomme oplysninger, og hvornår. Så kan kommunen kontrollere, at oplysningerne kun bruges af dem, der skal bruge dem.',
        ],
      },
      {
        heading: 'Cookies og lagring i din browser',
        paragraphs: [
          'Plejeportalen bruger kun de cookies, der er nødvendige for, at du kan logge ind og forblive logget ind. Portalen bruger ikke cookies til statistik eller markedsføring. Dit valg af sprog gemmes i din browser.',
          'Bruger du Plejeportalen i Microsoft Teams, går dine beskeder gennem Microsoft Teams. Kommunen kan fortælle dig, hvordan oplysningerne behandles der.',
        ],
      },
      {
        heading: 'Hvor længe oplysningerne gemmes',
        paragraphs: [
          'Kommunen gemmer oplysningerne, så længe de er nødvendige for opgaven, og efter de regler om opbevaring, som kommunen skal følge. Kontakt kommunen for at få at vide, hvor længe dine oplysninger gemmes.',
        ],
      },
      {
        heading: 'Dine rettigheder',
        paragraphs: ['Efter databeskyttelsesforordningen har du blandt andet disse rettigheder:'],
        items: [
          'Ret til indsigt: Du kan få at vide, hvilke oplysninger kommunen behandler om dig.',
          'Ret til berigtigelse: Du kan få rettet oplysninger om dig, som er forkerte.',
          'Ret til sletning: Du kan bede om at få slettet oplysninger om dig. Retten gælder ikke altid, fx ikke når kommunen har pligt til at gemme oplysningerne.',
        ],
      },
      {
        heading: 'Klage til Datatilsynet',
        paragraphs: [
          'Er du utilfreds med den måde, dine oplysninger behandles på, kan du klage til Datatilsynet. Du finder Datatilsynets kontaktoplysninger på datatilsynet.dk.',
        ],
      },
      {
        heading: 'Kontakt',
        paragraphs: [
          'Vil du bruge dine rettigheder, eller har du spørgsmål til, hvordan dine oplysninger behandles, så kontakt din kommune eller kommunens databeskyttelsesrådgiver.',
        ],
      },
    ],
  }),
  terms: textPage({
    title: 'Vilkår for brug',
    lead: 'Disse vilkår gælder, når du bruger Plejeportalen i browseren og i Microsoft Teams.',
    completeNotice:
      'Kommunen skal udfylde disse vilkår med sine kontaktoplysninger, før portalen tages i brug.',
    sections: [
      {
        heading: 'Hvad Plejeportalen er',
        paragraphs: [
          'Plejeportalen er kommunens digitale løsning til rekruttering af og støtte til plejefamilier. Kommunen er ansvarlig for portalen og for de oplysninger, der er i den.',
        ],
      },
      {
        heading: 'Dit login',
        paragraphs: [
          'Du logger ind med din e-mail og adgangskode. Er du medarbejder i kommunen, kan du også logge ind med din organisationskonto.',
          'Dit login er personligt. Del det ikke med andre, og log af, når du er færdig på en computer, som andre også bruger. Tror du, at andre kender din adgangskode, så kontakt kommunen.',
        ],
      },
      {
        heading: 'Brug af oplysningerne',
        paragraphs: [
          'Du må kun bruge de oplysninger, du ser i portalen, til det, du har fået adgang til dem for. Behandl oplysninger om børn og familier fortroligt.',
          'Skriv kun de oplysninger, der er nødvendige. Skriv ikke CPR-numre eller helbredsoplysninger i felter, der ikke spørger om dem.',
        ],
      },
      {
        heading: 'Logning',
        paragraphs: [
          'Portalen logger, hvem der læser eller ændrer følsomme oplysninger, og hvornår. Kommunen bruger loggen til at kontrollere, at oplysningerne kun bruges af dem, der skal bruge dem.',
        ],
      },
      {
        heading: 'Drift og ændringer',
        paragraphs: [
          'Portalen kan være utilgængelig i korte perioder, fx når den bliver opdateret. Har du brug for hjælp imens, så kontakt kommunen på anden måde.',
          'Kommunen kan ændre vilkårene. Den gældende version står altid på denne side.',
        ],
      },
      {
        heading: 'Dine oplysninger',
        paragraphs: ['Du kan læse, hvordan dine oplysninger behandles, i privatlivspolitikken.'],
      },
      {
        heading: 'Kontakt',
        paragraphs: ['Har du spørgsmål til vilkårene, så kontakt din kommune.'],
      },
    ],
  }),
  accessibility: textPage({
    title: 'Tilgængelighedserklæring',
    lead: 'Plejeportalen skal kunne bruges af alle, også hvis du bruger skærmlæser, forstørrelse eller kun tastatur.',
    completeNotice:
      'Kommunen skal offentliggøre den officielle tilgængelighedserklæring for Plejeportalen via was.digst.dk, før portalen tages i brug.',
    sections: [
      {
        heading: 'Mål for tilgængelighed',
        paragraphs: [
          'Plejeportalen er udviklet med det mål at overholde standarden WCAG 2.1 på niveau AA.',
          'Portalen bygger på Det Fælles Designsystem (DKFDS), som bruges til offentlige selvbetjeningsløsninger.',
        ],
      },
      {
        heading: 'Sådan testes portalen',
        paragraphs: [
          'Hver ændring af portalen testes automatisk i en browser med værktøjet axe. En ændring bliver ikke godkendt, hvis testen finder alvorlige fejl.',
          'Automatiske test finder ikke alle problemer. Derfor skal portalen også vurderes manuelt, før kommunen udfylder den officielle erklæring.',
        ],
      },
      {
        heading: 'Den officielle erklæring',
        paragraphs: [
          'Offentlige myndigheder skal offentliggøre en tilgængelighedserklæring for deres hjemmesider. Kommunen udfylder og offentliggør erklæringen for Plejeportalen via Digitaliseringsstyrelsens løsning på was.digst.dk. Her beskriver kommunen også de problemer, der er kendt.',
        ],
      },
      {
        heading: 'Giv besked om problemer',
        paragraphs: [
          'Har du problemer med at bruge portalen, eller har du brug for oplysningerne i en anden form, så kontakt din kommune.',
        ],
      },
    ],
  }),
  notFound: {
    title: 'Siden findes ikke',
    text: 'Vi kunne ikke finde den side, du leder efter.',
    back: 'Gå til forsiden',
  },
  municipalities: {
    title: 'Kommuner',
    listHeading: 'Alle kommuner',
    code: 'Kommunekode',
    codeHint: 'Tre cifre, fx 751.',
    name: 'Navn',
    phone: 'Telefon',
    createdAt: 'Oprettet',
    none: 'Der er ingen kommuner endnu.',
    createHeading: 'Opret kommune',
    create: 'Opret kommune',
    creating: 'Opretter …',
    created: (name: string) => `Kommunen ${name} er oprettet.`,
    codeMissing: 'Indtast kommunekoden.',
    nameMissing: 'Indtast kommunens navn.',
    codeTaken: 'Der findes allerede en kommune med denne kode.',
  },
  users: {
    title: 'Brugere',
    listHeading: 'Alle brugere',
    name: 'Navn',
    email: 'E-mail',
    role: 'Rolle',
    municipality: 'Kommune',
    active: 'Aktiv',
    none: 'Der er ingen brugere endnu.',
    createHeading: 'Opret medarbejder',
    create: 'Opret medarbejder',
    creating: 'Opretter …',
    created: (name: string) => `Medarbejderen ${name} er oprettet.`,
    password: 'Midlertidig adgangskode',
    passwordHint: 'Mindst 12 tegn. Giv den til medarbejderen på en sikker måde.',
    chooseMunicipality: 'Vælg kommune',
    chooseRole: 'Vælg rolle',
    municipalityMissing: 'Vælg en kommune.',
    nameMissing: 'Indtast medarbejderens navn.',
    emailMissing: 'Indtast medarbejderens e-mail.',
    emailInvalid: 'Indtast en gyldig e-mail, fx navn@kommune.dk.',
    roleMissing: 'Vælg en rolle.',
    passwordMissing: 'Indtast en midlertidig adgangskode.',
    emailTaken: 'Der findes allerede en bruger med denne e-mail.',
    shown: (shown: number) => `Viser ${shown} brugere.`,
  },
  recruitment: recruitmentDa,
  application: applicationDa,
  matching: matchingDa,
  relief: reliefDa,
  learning: learningDa,
  peerGroups: peerGroupsDa,
  faq: faqDa,
  faqTickets: faqTicketsDa,
  teams: teamsDa,
  staffGaps: staffGapsDa,
  errors: {
    UNAUTHENTICATED: 'Du er ikke logget ind. Log ind igen.',
    FORBIDDEN: 'Du har ikke adgang til at gøre dette.',
    BAD_USER_INPUT: 'Nogle af oplysningerne er ikke udfyldt korrekt.',
    NOT_FOUND: 'Det, du leder efter, findes ikke.',
    CONFLICT: 'Oplysningerne findes allerede.',
    RATE_LIMITED: 'Der er for mange forsøg lige nu. Vent lidt, og prøv igen.',
    INTERNAL: 'Der skete en fejl hos os. Prøv igen om lidt.',
    NETWORK: 'Vi kan ikke få forbindelse til Plejeportalen. Tjek din forbindelse, og prøv igen.',
    loadFailed: 'Oplysningerne kunne ikke hentes.',
  },
};

export type Catalogue = typeof da;
