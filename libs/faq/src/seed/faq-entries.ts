import { FaqOwnerTeam } from '../faq-entry.entity';

export interface FaqSeedEntry {
  /** Stable key: the seed is idempotent on it and the evaluation set labels questions with it. */
  key: string;
  category: string;
  ownerTeam: FaqOwnerTeam;
  question: string;
  phrasings: string[];
  /** English phrasings, so a few English questions find the Danish answer. */
  english: string[];
  answer: string;
}

const { FAMILIEPLEJE, AFLASTNING, LAERING, NETVAERK, MYNDIGHED } = FaqOwnerTeam;

// Written from public Danish sources (Socialstyrelsen, socialtilsynene, Barnets Lov, KL, Aarhus' handleplan;
// see /work/shared/ANCHORS.md §4). No amounts or deadlines that are set locally: those say "kontakt din
// familieplejekonsulent" instead.
export const FAQ_SEED_ENTRIES: FaqSeedEntry[] = [
  // ---- Godkendelse ----
  {
    key: 'godkendelse-hvem',
    category: 'Godkendelse',
    ownerTeam: FAMILIEPLEJE,
    question: 'Hvem godkender plejefamilier?',
    phrasings: [
      'Hvem står for godkendelsen af en plejefamilie?',
      'Er det kommunen eller socialtilsynet der godkender?',
    ],
    english: ['Who approves foster families?'],
    answer:
      'Almene, forstærkede og specialiserede plejefamilier godkendes af socialtilsynet i din region. ' +
      'En netværksplejefamilie godkendes i stedet af den kommune, der anbringer barnet, og kun til det ene barn. ' +
      'Læs mere hos [Socialstyrelsen](https://socialstyrelsen.dk/tvaergaende-omrader/socialtilsyn/redskaber-for-tilsynsforende/godkendelsesprocessen/Plejefamilier-1).',
  },
  {
    key: 'godkendelse-forloeb',
    category: 'Godkendelse',
    ownerTeam: FAMILIEPLEJE,
    question: 'Hvordan foregår godkendelsen som plejefamilie?',
    phrasings: ['Hvilke trin er der i godkendelsesforløbet?', 'Hvordan søger man om at blive plejefamilie?'],
    english: ['How does the approval process for foster parents work?'],
    answer:
      'Du sender en ansøgning på Tilbudsportalens skema og giver samtykke til, at der indhentes attester. ' +
      'Derefter sender du bilag (fx CV og eksamensbeviser), får to hjemmebesøg og deltager i grundkurset. ' +
      'Socialtilsynet vurderer jer ud fra kvalitetsmodellen og træffer afgørelse om godkendelse, herunder type, målgruppe og antal pladser. ' +
      'Socialtilsyn Nord anbefaler, at du ringer før du søger. [Godkendelsesforløbet](https://socialtilsynnord.hjoerring.dk/plejefamilier/godkendelse)',
  },
  {
    key: 'godkendelse-varighed',
    category: 'Godkendelse',
    ownerTeam: FAMILIEPLEJE,
    question: 'Hvor lang tid tager det at blive godkendt?',
    phrasings: ['Hvad er sagsbehandlingstiden for godkendelse?', 'Hvad er fast track godkendelse?'],
    english: ['How long does foster care approval take?'],
    answer:
      'En almindelig godkendelse tager normalt omkring 12 uger hos socialtilsynet. ' +
      'Er et barn allerede anbragt akut hos jer, kan godkendelsen ske som fast track på cirka 6 uger. ' +
      'Se fx [Socialtilsyn Syd om fast track](https://www.socialtilsynsyd.dk/plejefamilie/godkendelse-som-ny-plejefamilie-via-fast-track/).',
  },
  {
    key: 'grundkursus',
    category: 'Godkendelse',
    ownerTeam: FAMILIEPLEJE,
    question: 'Hvad er grundkurset, og skal vi begge deltage?',
    phrasings: ['Hvor mange dage varer grundkursus for plejefamilier?', 'Skal begge voksne på grundkursus?'],
    english: ['What is the basic training course for foster parents?'],
    answer:
      'Grundkurset er en del af godkendelsen. Det består af 2 x 2 dage, og begge voksne i familien skal deltage. ' +
      'Kurset ligger typisk mellem de to hjemmebesøg. Nogle socialtilsyn (fx Socialtilsyn Midt) starter først forløbet efter grundkurset. ' +
      'Din familieplejekonsulent kan fortælle, hvornår de næste kurser er.',
  },
  {
    key: 'boerneattest',
    category: 'Godkendelse',
    ownerTeam: FAMILIEPLEJE,
    question: 'Skal der indhentes straffeattest og børneattest?',
    phrasings: ['Hvem i husstanden skal have børneattest?', 'Tjekker I vores straffeattest?'],
    english: ['Do you need a criminal record check to foster?'],
    answer:
      'Ja. Der indhentes straffeattest og børneattest for alle i husstanden, der er fyldt 15 år. ' +
      'Du giver samtykke til det, når du sender ansøgningen. ' +
      '[Værd at vide om godkendelse (SL)](https://sl.dk/maalgruppe/plejefamilier/familieplejernes-haandbog-vaerd-at-vide/at-blive-plejefamilie/godkendelse-som-plejefamilie)',
  },
  {
    key: 'kvalitetsmodel',
    category: 'Godkendelse',
    ownerTeam: FAMILIEPLEJE,
    question: 'Hvad lægger socialtilsynet vægt på i vurderingen?',
    phrasings: ['Hvad bliver vi vurderet på?', 'Hvad er kvalitetsmodellen?'],
    english: ['What do they assess when approving a foster family?'],
    answer:
      'Socialtilsynet vurderer familien ud fra kvalitetsmodellens 7 temaer, bl.a. familiens kompetencer, sundhed og trivsel, familiestruktur og de fysiske rammer. ' +
      'Vurderingen bygger på ansøgningen, hjemmebesøgene og grundkurset.',
  },
  {
    key: 'afslag-klage',
    category: 'Godkendelse',
    ownerTeam: FAMILIEPLEJE,
    question: 'Kan jeg klage, hvis vi får afslag på godkendelse?',
    phrasings: ['Hvad gør vi hvis socialtilsynet siger nej?'],
    english: ['Can I appeal if our approval is refused?'],
    answer:
      'Ja. En afgørelse om afslag kan påklages. Klagevejledningen står i afgørelsen fra socialtilsynet. ' +
      'Tal gerne med din familieplejekonsulent om, hvad I kan gøre.',
  },
  {
    key: 'husstandsaendringer',
    category: 'Godkendelse',
    ownerTeam: FAMILIEPLEJE,
    question: 'Skal jeg give besked, hvis der sker ændringer i vores husstand?',
    phrasings: ['Vi skal flytte, skal socialtilsynet vide det?', 'Min kæreste flytter ind, hvad gør jeg?'],
    english: ['Do I have to report changes in my household?'],
    answer:
      'Ja. Som godkendt plejefamilie skal du give socialtilsynet besked om væsentlige ændringer, fx flytning, nye personer i husstanden eller skilsmisse. ' +
      'Nogle ændringer kræver en ny godkendelse. Giv også din familieplejekonsulent besked.',
  },
  {
    key: 'tilbudsportalen-pladser',
    category: 'Godkendelse',
    ownerTeam: FAMILIEPLEJE,
    question: 'Hvad skal jeg opdatere på Tilbudsportalen?',
    phrasings: ['Hvordan melder jeg ledige pladser?'],
    english: ['How do I report free places on Tilbudsportalen?'],
    answer:
      'Godkendte plejefamilier står på Tilbudsportalen med målgruppe og antal pladser. ' +
      'Du skal holde dine ledige pladser opdateret, så kommunerne kan finde jer. I Plejeportalen kan du også opdatere dine ledige pladser under din familie.',
  },
  {
    key: 'tilsyn',
    category: 'Tilsyn og støtte',
    ownerTeam: FAMILIEPLEJE,
    question: 'Hvor ofte kommer socialtilsynet på tilsynsbesøg?',
    phrasings: ['Hvad er driftsorienteret tilsyn?'],
    english: ['How often does the social supervisory authority visit?'],
    answer:
      'Socialtilsynet fører løbende tilsyn med godkendte plejefamilier og kommer på tilsynsbesøg mindst én gang om året. ' +
      'Tilsynet ser på, om I fortsat lever op til godkendelsen.',
  },
  // ---- Typer ----
  {
    key: 'typer-plejefamilie',
    category: 'Typer af plejefamilier',
    ownerTeam: FAMILIEPLEJE,
    question: 'Hvad er forskellen på en almen, forstærket og specialiseret plejefamilie?',
    phrasings: ['Hvilke slags plejefamilier findes der?', 'Hvad betyder forstærket plejefamilie?'],
    english: ['What types of foster families are there?'],
    answer:
      'En almen plejefamilie tager børn med lette til moderate støttebehov. ' +
      'En forstærket plejefamilie tager børn med moderate til svære behov og kan også tage akutte anbringelser og anbringelser af forældre med barn. ' +
      'En specialiseret plejefamilie tager børn med svære behov og arbejder sammen med eksterne fagfolk. ' +
      '[Typologi for plejefamilier](https://socialstyrelsen.dk/tvaergaende-omrader/socialtilsyn/redskaber-for-tilsynsforende/godkendelsesprocessen/Plejefamilier-1/typologi-plejefamilier)',
  },
  {
    key: 'netvaerksplejefamilie',
    category: 'Typer af plejefamilier',
    ownerTeam: MYNDIGHED,
    question: 'Hvad er en netværksplejefamilie?',
    phrasings: ['Kan bedsteforældre blive plejefamilie for deres barnebarn?', 'Hvad er slægtspleje?'],
    english: ['What is kinship care?'],
    answer:
      'En netværksplejefamilie er en slægtning eller en anden fra barnets netværk, fx bedsteforældre, en moster eller en nær voksen. ' +
      'Familien godkendes af den anbringende kommune til det ene barn, ikke af socialtilsynet, og kommunen tilbyder grundkursus.',
  },
  {
    key: 'kommunal-plejefamilie',
    category: 'Typer af plejefamilier',
    ownerTeam: FAMILIEPLEJE,
    question: 'Findes kommunale plejefamilier stadig?',
    phrasings: ['Hvad skete der med de kommunale plejefamilier?'],
    english: ['Do municipal foster families still exist?'],
    answer:
      'Nej, ikke som godkendelsestype. Den kommunale plejefamilie var en type efter den gamle servicelov. ' +
      'Siden 1. juli 2019 har der været tre typer: almen, forstærket og specialiseret plejefamilie.',
  },
  {
    key: 'akut-ikke-godkendt',
    category: 'Typer af plejefamilier',
    ownerTeam: MYNDIGHED,
    question: 'Kan et barn anbringes akut hos en familie, der ikke er godkendt?',
    phrasings: ['Hvor længe må en ikke-godkendt familie have et barn i en akut situation?'],
    english: ['Can a child be placed with an unapproved family in an emergency?'],
    answer:
      'I en akut situation kan en familie, der ikke er godkendt, bruges i op til 3 uger, og undtagelsesvis 3 uger mere. ' +
      'Imens søges der om godkendelse, evt. som fast track. ' +
      '[Socialstyrelsen om afgørelse om godkendelse](https://www.sbst.dk/tvaergaende-omrader/socialstyrelsens-auditfunktion/haandbog-for-socialtilsyn/godkendelse-af-plejefamilier/afgoerelse-om-godkendelse)',
  },
  {
    key: 'matchning',
    category: 'Anbringelse',
    ownerTeam: MYNDIGHED,
    question: 'Hvordan bliver et barn matchet med en plejefamilie?',
    phrasings: ['Hvordan vælger kommunen hvilken familie et barn skal bo hos?', 'Hvornår får vi et barn?'],
    english: ['How is a child matched with a foster family?'],
    answer:
      'Efter Barnets Lov § 52 skal kommunen vælge det anbringelsessted, der bedst kan imødekomme barnets behov, med stabile voksne. ' +
      'Det skal overvejes at undgå skoleskift, og søskende skal så vidt muligt anbringes sammen. ' +
      'Den anbringende kommune finder familien, indgår kontrakten og orienterer socialtilsynet. ' +
      '[Barnets Lov § 52](https://www.lovguiden.dk/loven/bekendtgørelse-af-barnets-lov/52)',
  },
  {
    key: 'kontrakt',
    category: 'Anbringelse',
    ownerTeam: FAMILIEPLEJE,
    question: 'Hvem laver kontrakten, når vi får et plejebarn?',
    phrasings: ['Hvad står der i min kontrakt som plejefamilie?', 'Hvilken kommune har jeg kontrakt med?'],
    english: ['Who signs the contract for a foster placement?'],
    answer:
      'Kontrakten indgås med den kommune, der anbringer barnet. Den beskriver bl.a. opgaven, vederlag, udgifter, støtte og opsigelse. ' +
      'Har du spørgsmål til din kontrakt, så kontakt din familieplejekonsulent.',
  },
  {
    key: 'opsigelse',
    category: 'Anbringelse',
    ownerTeam: FAMILIEPLEJE,
    question: 'Hvordan stopper jeg som plejefamilie?',
    phrasings: ['Kan jeg opsige kontrakten?', 'Hvad er opsigelsesvarslet?'],
    english: ['How do I stop being a foster parent?'],
    answer:
      'Opsigelse og varsel står i din kontrakt med den anbringende kommune. ' +
      'Tal altid med din familieplejekonsulent først, så barnets overgang kan planlægges ordentligt.',
  },
  // ---- Økonomi ----
  {
    key: 'vederlag',
    category: 'Økonomi',
    ownerTeam: FAMILIEPLEJE,
    question: 'Hvad er vederlag, og hvor meget får man?',
    phrasings: [
      'Hvad tjener en plejefamilie?',
      'Hvor mange vederlag får vi for et plejebarn?',
      'Hvad er plejeløn?',
    ],
    english: ['How much are foster parents paid?'],
    answer:
      'Vederlaget er betalingen for opgaven som plejefamilie. KL anbefaler mellem 1 og 7 vederlag pr. barn afhængigt af opgavens omfang, og antallet står i din kontrakt. ' +
      'Beløbet pr. vederlag reguleres årligt. Kontakt din familieplejekonsulent for jeres aktuelle satser. ' +
      '[Plejefamilierne om vederlag](https://plejefamilierne.dk/details/32737/)',
  },
  {
    key: 'skat',
    category: 'Økonomi',
    ownerTeam: FAMILIEPLEJE,
    question: 'Skal jeg betale skat af vederlaget?',
    phrasings: ['Er plejevederlag skattepligtigt?', 'Betaler man ATP af vederlag?'],
    english: ['Is the foster care fee taxable?'],
    answer:
      'Ja. Vederlaget er skattepligtig A-indkomst, og der betales ATP og arbejdsmarkedsbidrag. ' +
      'Omkostningsdelen (kost og logi m.m.) behandles anderledes. Spørg din familieplejekonsulent eller Skattestyrelsen om netop din situation.',
  },
  {
    key: 'kost-logi',
    category: 'Økonomi',
    ownerTeam: FAMILIEPLEJE,
    question: 'Får vi penge til kost og logi for barnet?',
    phrasings: ['Hvad dækker omkostningsbeløbet?', 'Hvilke udgifter får vi dækket?'],
    english: ["Do we get money for the child's food and lodging?"],
    answer:
      'Ja. Ud over vederlaget får I et beløb til kost og logi pr. døgn, som afhænger af barnets alder. ' +
      'Hvilke andre udgifter der dækkes (fx tøj, fritid og transport), står i kontrakten og kommunens retningslinjer. ' +
      'Kontakt din familieplejekonsulent for de aktuelle takster, og før du afholder større udgifter.',
  },
  {
    key: 'netvaerk-oekonomi',
    category: 'Økonomi',
    ownerTeam: MYNDIGHED,
    question: 'Får en netværksplejefamilie vederlag?',
    phrasings: ['Hvad får bedsteforældre betalt når barnebarnet bor hos dem?'],
    english: ['Are kinship foster carers paid?'],
    answer:
      'Nej, en netværksplejefamilie får ikke vederlag. Den får dækket kost og logi og et beløb til andre udgifter, og i nogle tilfælde tabt arbejdsfortjeneste. ' +
      'Spørg barnets sagsbehandler om de konkrete regler og beløb.',
  },
  {
    key: 'ekstra-udgifter',
    category: 'Økonomi',
    ownerTeam: FAMILIEPLEJE,
    question: 'Hvad gør jeg, hvis barnet har brug for noget, der koster ekstra?',
    phrasings: [
      'Hvem betaler briller, tandregulering eller fritidsaktiviteter?',
      'Kan vi få dækket en cykel?',
    ],
    english: ['Who pays for extra expenses for the foster child?'],
    answer:
      'Større eller særlige udgifter skal aftales med kommunen, før du betaler. Aftal det med barnets sagsbehandler eller din familieplejekonsulent, ' +
      'og gem kvitteringer. Hvad der er dækket af det faste beløb, står i kontrakten.',
  },
  // ---- Aflastning ----
  {
    key: 'aflastningsfamilie',
    category: 'Aflastning',
    ownerTeam: AFLASTNING,
    question: 'Hvad er en aflastningsfamilie?',
    phrasings: ['Hvordan bliver man aflastningsfamilie?', 'Kan vi være både plejefamilie og aflastning?'],
    english: ['What is a respite foster family?'],
    answer:
      'En aflastningsfamilie har et barn boende nogle dage om måneden, typisk hver 2. til 4. weekend, mens barnet ellers bor hjemme eller i sin plejefamilie. ' +
      'Aflastningsfamilien får vederlag og dækket udgifter, og en familie kan være godkendt både som plejefamilie og aflastningsfamilie. ' +
      '[Vejle Familieplejen om aflastning](https://familieplejen.vejle.dk/aflastningsfamilie/)',
  },
  {
    key: 'aflastning-stoetteophold',
    category: 'Aflastning',
    ownerTeam: AFLASTNING,
    question: 'Kan vi få aflastning, og hvem bestemmer det?',
    phrasings: ['Hvad er støtteophold?', 'Vi har brug for en pause, hvordan får vi aflastning?'],
    english: ['Can we get respite care for our foster child?'],
    answer:
      'Aflastning hedder i Barnets Lov støtteophold (§ 32, stk. 1, nr. 7). Det er barnets kommune (sagsbehandleren), der bevilger aflastning og hvor mange døgn. ' +
      'Tal med din familieplejekonsulent, hvis I har brug for aflastning. [Barnets Lov § 32](https://www.lovguiden.dk/loven/bekendtgørelse-af-barnets-lov/32)',
  },
  {
    key: 'aflastning-booking',
    category: 'Aflastning',
    ownerTeam: AFLASTNING,
    question: 'Hvordan booker jeg aflastning?',
    phrasings: ['Hvordan bestiller jeg en aflastningsweekend?', 'Hvordan aflyser jeg en aflastning?'],
    english: ['How do I book a respite weekend?'],
    answer:
      'Når der er bevilget aflastning, kan du booke i Plejeportalen eller i Teams: vælg barn og datoer, se ledige aflastningssteder (jeres faste aflastning først) og bekræft. ' +
      'Aflastningsstedet bekræfter eller afviser, og du får besked. Under "Mine aflastninger" kan du se og aflyse.',
  },
  {
    key: 'aflastning-graense',
    category: 'Aflastning',
    ownerTeam: AFLASTNING,
    question: 'Hvor meget aflastning kan man have, før det er en anbringelse?',
    phrasings: ['Hvornår er aflastning ikke længere aflastning?'],
    english: ['When does respite become a placement?'],
    answer:
      'Aflastning er korte, tilbagevendende ophold. Ankestyrelsen har fx vurderet, at ophold fra torsdag til mandag hver uge ikke længere er aflastning (principmeddelelse 44-11). ' +
      'Omfanget bevilges af barnets sagsbehandler. [SL om grænsen mellem aflastning og anbringelse](https://sl.dk/fag-og-viden/arkiv/2020/12/fif-fra-juristen-graensen-mellem-aflastning-og-anbringelse/)',
  },
  {
    key: 'akut-aflastning',
    category: 'Aflastning',
    ownerTeam: AFLASTNING,
    question: 'Kan vi få akut aflastning?',
    phrasings: ['Vi kan ikke mere i aften, kan barnet komme et andet sted hen?'],
    english: ['Can we get emergency respite?'],
    answer:
      'Ja, i nogle situationer kan der gives akut aflastning. Kontakt din familieplejekonsulent i dagtiden eller kommunens døgnvagt uden for åbningstid. ' +
      'Er nogen i fare, så ring 112.',
  },
  // ---- Samvær og forældre ----
  {
    key: 'samvaer',
    category: 'Samvær',
    ownerTeam: MYNDIGHED,
    question: 'Hvem bestemmer, hvor meget samvær barnet har med sine forældre?',
    phrasings: ['Hvordan fungerer samvær?', 'Hvor tit skal barnet se sine forældre?'],
    english: ['Who decides visits with the birth parents?'],
    answer:
      'Barnet har ret til samvær med sine forældre og netværk. Det er barnets kommune (sagsbehandleren), der træffer afgørelse om samværets omfang og form, fx overvåget samvær. ' +
      'Som plejefamilie støtter du barnet før og efter samvær og deler dine iagttagelser med sagsbehandleren.',
  },
  {
    key: 'samvaer-problemer',
    category: 'Samvær',
    ownerTeam: MYNDIGHED,
    question: 'Hvad gør jeg, hvis samværet går dårligt?',
    phrasings: ['Barnet er ked af det efter samvær', 'Forældrene kommer ikke til samvær'],
    english: ['What if contact visits go badly?'],
    answer:
      'Skriv ned, hvad du ser (uden at vurdere), og fortæl det til barnets sagsbehandler hurtigst muligt. ' +
      'Det er kommunen, der kan ændre samværet. Din familieplejekonsulent kan hjælpe dig med at støtte barnet.',
  },
  {
    key: 'samarbejde-foraeldre',
    category: 'Samvær',
    ownerTeam: FAMILIEPLEJE,
    question: 'Hvordan samarbejder vi med barnets forældre?',
    phrasings: ['Må barnets mor ringe til os?', 'Forældrene er vrede på os, hvad gør vi?'],
    english: ['How do we work with the birth parents?'],
    answer:
      'Et godt samarbejde med barnets forældre er vigtigt for barnet. Aftal med sagsbehandleren, hvordan kontakten skal være (fx telefon og beskeder). ' +
      'Opstår der konflikter, så kontakt din familieplejekonsulent, som kan hjælpe med supervision og mægling.',
  },
  // ---- Supervision, uddannelse og besøg ----
  {
    key: 'supervision',
    category: 'Tilsyn og støtte',
    ownerTeam: FAMILIEPLEJE,
    question: 'Har vi ret til supervision?',
    phrasings: ['Er supervision obligatorisk?', 'Hvem giver supervision til plejefamilier?'],
    english: ['Do foster parents get supervision?'],
    answer:
      'Ja. Plejefamilier skal deltage i supervision, og det er den anbringende kommune, der tilbyder den. ' +
      'Kontakt din familieplejekonsulent om tid og form. [Plejefamiliebekendtgørelsen § 5](https://www.elov.dk/plejefamiliebekendtgorelsen/paragraf/5/)',
  },
  {
    key: 'efteruddannelse',
    category: 'Tilsyn og støtte',
    ownerTeam: FAMILIEPLEJE,
    question: 'Hvor meget efteruddannelse skal vi tage?',
    phrasings: ['Er der krav om kurser hvert år?', 'Hvor mange kursusdage om året?'],
    english: ['How much further training do foster parents need?'],
    answer:
      'Plejefamilier skal deltage i efteruddannelse på mindst 2 hele dage om året. Den anbringende kommune tilbyder den. ' +
      'Din familieplejekonsulent kan fortælle om kommende kurser.',
  },
  {
    key: 'foerste-aar',
    category: 'Tilsyn og støtte',
    ownerTeam: FAMILIEPLEJE,
    question: 'Får vi ekstra støtte i starten af en anbringelse?',
    phrasings: ['Hvilken hjælp er der det første år med et nyt plejebarn?'],
    english: ['Is there extra support in the first year of a placement?'],
    answer:
      'Ja. I det første år af hver ny anbringelse er der ekstra støtte og supervision til plejefamilien. ' +
      'Aftal omfanget med din familieplejekonsulent.',
  },
  {
    key: 'kommunens-besoeg',
    category: 'Tilsyn og støtte',
    ownerTeam: MYNDIGHED,
    question: 'Hvor tit besøger sagsbehandleren barnet?',
    phrasings: ['Skal sagsbehandleren tale med barnet alene?', 'Hvad er børnesamtale?'],
    english: ['How often does the caseworker visit the child?'],
    answer:
      'Barnets kommune skal besøge barnet mindst to gange om året og tale med barnet, som regel uden plejeforældrene til stede (Barnets Lov § 156, stk. 5). ' +
      '[Barnets Lov § 156](https://www.lovguiden.dk/loven/bekendtgørelse-af-barnets-lov/156)',
  },
  {
    key: 'roller',
    category: 'Tilsyn og støtte',
    ownerTeam: FAMILIEPLEJE,
    question: 'Hvad er forskellen på min familieplejekonsulent og barnets sagsbehandler?',
    phrasings: ['Hvem skal jeg kontakte om hvad?'],
    english: ['Who do I contact, the consultant or the caseworker?'],
    answer:
      'Barnets sagsbehandler (myndighedsrådgiver) har barnets sag og træffer afgørelser om fx samvær, aflastning og skole. ' +
      'Din familieplejekonsulent støtter og vejleder jer som plejefamilie, står for supervision og kurser og er jeres faste kontakt i kommunen.',
  },
  // ---- Tavshedspligt og underretning ----
  {
    key: 'tavshedspligt',
    category: 'Regler',
    ownerTeam: FAMILIEPLEJE,
    question: 'Har jeg tavshedspligt som plejeforælder?',
    phrasings: [
      'Hvad må jeg fortælle om barnet til venner og familie?',
      'Må jeg lægge billeder af plejebarnet på Facebook?',
    ],
    english: ['Do foster parents have a duty of confidentiality?'],
    answer:
      'Ja. Du har tavshedspligt om barnets og familiens forhold. Fortæl kun det, som andre har brug for at vide for at passe på barnet, fx skolen. ' +
      'Del ikke billeder eller oplysninger om barnet på sociale medier uden aftale med sagsbehandleren. Spørg din familieplejekonsulent, hvis du er i tvivl.',
  },
  {
    key: 'underretningspligt',
    category: 'Regler',
    ownerTeam: MYNDIGHED,
    question: 'Hvornår skal jeg lave en underretning?',
    phrasings: ['Hvad er skærpet underretningspligt?', 'Jeg er bekymret for et barn, hvad gør jeg?'],
    english: ['When must I report concerns about a child?'],
    answer:
      'Som plejeforælder har du skærpet underretningspligt: har du grund til at tro, at et barn har brug for særlig støtte, eller at et barn udsættes for vold eller overgreb, skal du underrette kommunen. ' +
      'Underretningen sendes til kommunen, evt. via din familieplejekonsulent. Er et barn i akut fare, så ring 112.',
  },
  // ---- Skole ----
  {
    key: 'skole',
    category: 'Skole',
    ownerTeam: LAERING,
    question: 'Skal plejebarnet skifte skole, når det flytter hos os?',
    phrasings: ['Hvem vælger skole til plejebarnet?', 'Kan barnet blive i sin gamle skole?'],
    english: ['Does the foster child have to change school?'],
    answer:
      'Barnets Lov § 52 siger, at et skoleskift så vidt muligt skal undgås, når et barn anbringes. ' +
      'Skolevalget aftales med barnets sagsbehandler. Læringskonsulenten kan hjælpe med overgangen til en ny skole.',
  },
  {
    key: 'laeringskonsulent',
    category: 'Skole',
    ownerTeam: LAERING,
    question: 'Hvad kan læringskonsulenten hjælpe med?',
    phrasings: ['Hvordan får vi hjælp til plejebarnets skolegang?', 'Barnet har det svært i skolen'],
    english: ['Who can help my foster child with school?'],
    answer:
      'Læringskonsulenten hjælper og støtter plejebørn og deres plejefamilier med skolegangen, så flere trives, får en stabil skolegang og gennemfører grundskolen. ' +
      'Du kan sende en anmodning til læringskonsulenten i Plejeportalen eller i Teams.',
  },
  {
    key: 'lektier-eksamen',
    category: 'Skole',
    ownerTeam: LAERING,
    question: 'Hvordan kan vi støtte plejebarnet med lektier og afgangsprøven?',
    phrasings: ['Barnet er bagud i dansk og matematik'],
    english: ['How can we help our foster child with homework and exams?'],
    answer:
      'Omkring halvdelen af anbragte børn får ikke folkeskolens afgangseksamen, så jeres støtte betyder meget: faste lektierutiner, kontakt med skolen og høje forventninger. ' +
      'Forskning viser, at målrettet skolestøtte virker. Kontakt læringskonsulenten for et forløb.',
  },
  // ---- Netværk ----
  {
    key: 'netvaerksgrupper',
    category: 'Netværk',
    ownerTeam: NETVAERK,
    question: 'Hvad er netværksgrupper for plejebørn?',
    phrasings: [
      'Kan plejebarnet møde andre børn i samme situation?',
      'Hvordan tilmelder vi os en netværksgruppe?',
    ],
    english: ['Are there groups where foster children meet each other?'],
    answer:
      'Netværkskonsulenten driver netværksgrupper for børn og unge i familiepleje, så de kan mødes med andre i samme situation. ' +
      'Du kan se de næste møder og tilmelde barnet i Plejeportalen eller spørge netværkskonsulenten.',
  },
  // ---- 18 år ----
  {
    key: 'ungestoette',
    category: 'Efter 18 år',
    ownerTeam: MYNDIGHED,
    question: 'Hvad sker der, når plejebarnet fylder 18?',
    phrasings: ['Hvad er ungestøtte?', 'Kan den unge blive boende hos os efter 18 år?', 'Hvad er efterværn?'],
    english: ['What happens when a foster child turns 18?'],
    answer:
      'Anbringelsen ophører ved 18 år, men den unge kan få ungestøtte (tidligere kaldet efterværn), fx at blive boende i plejefamilien, en fast kontaktperson eller anden støtte. ' +
      'Det afgøres af kommunen efter en konkret vurdering. Tal med barnets sagsbehandler i god tid før 18-årsdagen.',
  },
  {
    key: 'overgang-voksenliv',
    category: 'Efter 18 år',
    ownerTeam: MYNDIGHED,
    question: 'Hvordan forbereder vi den unge på voksenlivet?',
    phrasings: ['Hvem laver planen for uddannelse og bolig efter anbringelsen?'],
    english: ['How do we prepare the young person for adult life?'],
    answer:
      'Kommunen skal sammen med den unge lave en koordineret plan for uddannelse, beskæftigelse, bolig og støtte omkring det 18. år. ' +
      'Som plejefamilie kan du hjælpe med praktiske ting som økonomi, madlavning og kontakt til myndigheder. Spørg barnets sagsbehandler, hvornår planen laves.',
  },
  // ---- Sygdom og ferie ----
  {
    key: 'sygdom-barn',
    category: 'Hverdag',
    ownerTeam: FAMILIEPLEJE,
    question: 'Hvad gør jeg, når plejebarnet bliver sygt?',
    phrasings: ['Må jeg tage plejebarnet med til lægen?', 'Hvem giver samtykke til operation og medicin?'],
    english: ['What do I do when my foster child is ill?'],
    answer:
      'Ved almindelig sygdom passer du barnet og tager det til læge som dit eget. ' +
      'Større behandlinger, fx operationer, kræver samtykke fra forældremyndighedens indehaver eller kommunen. Giv barnets sagsbehandler besked ved alvorlig sygdom eller indlæggelse.',
  },
  {
    key: 'sygdom-plejeforaelder',
    category: 'Hverdag',
    ownerTeam: FAMILIEPLEJE,
    question: 'Hvad gør vi, hvis jeg som plejeforælder bliver syg?',
    phrasings: ['Jeg skal opereres og kan ikke passe barnet'],
    english: ['What happens if I as a foster parent get sick?'],
    answer:
      'Kontakt din familieplejekonsulent så tidligt som muligt. Sammen finder I en løsning, fx hjælp fra netværket eller aflastning. ' +
      'Hvordan vederlaget påvirkes ved længere sygdom, står i kontrakten.',
  },
  {
    key: 'ferie-med-barnet',
    category: 'Hverdag',
    ownerTeam: MYNDIGHED,
    question: 'Må vi tage plejebarnet med på ferie i udlandet?',
    phrasings: ['Skal vi have lov til at rejse med plejebarnet?', 'Hvordan får plejebarnet et pas?'],
    english: ['Can we take our foster child abroad on holiday?'],
    answer:
      'Ja, ofte, men en rejse til udlandet skal aftales med barnets sagsbehandler i god tid, og der kan kræves samtykke fra forældremyndighedens indehaver, fx til pas. ' +
      'Tag sundhedskort og kontaktoplysninger med.',
  },
  {
    key: 'ferie-uden-barnet',
    category: 'Hverdag',
    ownerTeam: AFLASTNING,
    question: 'Kan vi holde ferie uden plejebarnet?',
    phrasings: ['Hvem passer barnet når vi skal på ferie alene?'],
    english: ['Can we go on holiday without the foster child?'],
    answer:
      'Det skal aftales i god tid med din familieplejekonsulent og barnets sagsbehandler. Barnet kan fx være i aflastning eller hos en fra netværket, som kommunen har godkendt til det.',
  },
  {
    key: 'forsikring',
    category: 'Hverdag',
    ownerTeam: FAMILIEPLEJE,
    question: 'Hvilken forsikring skal vi have som plejefamilie?',
    phrasings: [
      'Plejebarnet har ødelagt noget, hvem betaler?',
      'Er plejebarnet dækket af vores ansvarsforsikring?',
    ],
    english: ['What insurance do foster families need?'],
    answer:
      'Tjek med dit forsikringsselskab, at plejebarnet er dækket af jeres indbo- og ansvarsforsikring, og fortæl, at I er plejefamilie. ' +
      'Hvis barnet skader noget, dækker kommunen i nogle tilfælde efter kontrakten. Kontakt din familieplejekonsulent om, hvad der gælder hos jer.',
  },
  // ---- Krise ----
  {
    key: 'anbringelse-i-krise',
    category: 'Krise',
    ownerTeam: FAMILIEPLEJE,
    question: 'Hvad gør vi, når anbringelsen er svær, og vi er ved at give op?',
    phrasings: ['Vi overvejer at stoppe anbringelsen', 'Hvordan undgår vi et sammenbrud?'],
    english: ['What do we do if the placement is breaking down?'],
    answer:
      'Kontakt din familieplejekonsulent med det samme. Kommunen har pligt til at stille den nødvendige støtte til rådighed, fx ekstra supervision, aflastning eller en særlig indsats i udfordrede anbringelser. ' +
      'Jo tidligere I siger til, jo mere kan der gøres. Risikoen for sammenbrud er størst i de første måneder.',
  },
  {
    key: 'akut-uden-for-aabningstid',
    category: 'Krise',
    ownerTeam: FAMILIEPLEJE,
    question: 'Hvem kan jeg ringe til uden for åbningstid?',
    phrasings: ['Der er sket noget med barnet i weekenden', 'Plejebarnet er stukket af om natten'],
    english: ['Who do I call outside office hours?'],
    answer:
      'Uden for åbningstid kan du kontakte kommunens døgnvagt (socialvagt). Nummeret står i din kontrakt eller kan fås hos din familieplejekonsulent. ' +
      'Er barnet eller andre i fare, eller er barnet forsvundet, så ring 112.',
  },
];
