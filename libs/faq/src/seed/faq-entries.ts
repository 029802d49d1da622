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
      'Hvilket socialtilsyn skal godkende os som plejefamilie?',
      'Hvem giver tilladelse til, at vi må blive plejeforældre?',
      'Godkendelse af plejefamilier – hvilken myndighed står for det?',
      'Godkender kommunen os, eller skal vi til socialtilsynet?',
      'Vi bor i Region Syddanmark – hvem skal vi søge godkendelse hos?',
      'Hvilken myndighed godkender almene og forstærkede plejefamilier?',
      'Min kone spørger, hvem der egentlig siger god for os som plejeforældre',
      'Er det også socialtilsynet i vores region, der godkender specialiserede plejefamilier?',
      'godkendende myndighed plejefamilie',
    ],
    english: [
      'Who approves foster families?',
      'Does the municipality or the social supervisory authority approve us?',
      'Which authority approves foster carers?',
    ],
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
    phrasings: [
      'Hvilke trin er der i godkendelsesforløbet?',
      'Hvordan søger man om at blive plejefamilie?',
      'Vi vil gerne være plejefamilie – hvor starter vi?',
      'Jeg overvejer at blive plejemor, hvad er første skridt?',
      'Hvor finder jeg ansøgningsskemaet til at blive plejefamilie?',
      'Hvilke bilag skal vi sende med ansøgningen, fx CV og eksamensbeviser?',
      'Hvor mange hjemmebesøg får vi under godkendelsen?',
      'Skal jeg ringe til socialtilsynet, før jeg sender en ansøgning?',
      'Hvad står der i afgørelsen om godkendelse – type, målgruppe og pladser?',
      'ansøgning som plejefamilie',
      'Vi ved ikke noget om det – hvordan bliver man plejeforældre?',
      'Min kæreste og jeg vil gerne være plejeforældre – hvad skal vi igennem for at blive godkendt?',
      'Hvad er proceduren for at blive godkendt som plejefamilie?',
    ],
    english: [
      'How does the approval process for foster parents work?',
      'How do I apply to become a foster parent?',
      'What are the steps to become a foster family?',
      'What do I need to send to apply as a foster carer?',
    ],
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
    phrasings: [
      'Hvad er sagsbehandlingstiden for godkendelse?',
      'Hvad er fast track godkendelse?',
      'Hvor mange uger går der fra ansøgning til godkendelse?',
      'Hvornår kan vi forvente at være godkendt?',
      'godkendelse plejefamilie hvor lang tid?',
      'Hvor længe tager sagsbehandlingen hos socialtilsynet normalt?',
      'Barnet er allerede anbragt akut hos os – kan godkendelsen gå hurtigere?',
      'Hvor lang tid tager en fast track-godkendelse?',
      'ventetid godkendelse',
      'Vi sendte ansøgningen i januar – hvornår er vi færdige med godkendelsen?',
      'Hvor mange måneder tager det at blive godkendt som plejefamilie?',
    ],
    english: [
      'How long does foster care approval take?',
      'What is fast track approval for foster parents?',
      'How many weeks until we are approved?',
    ],
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
    phrasings: [
      'Hvor mange dage varer grundkursus for plejefamilier?',
      'Skal begge voksne på grundkursus?',
      'Hvornår er det næste grundkursus for kommende plejefamilier?',
      'Min mand kan ikke få fri – kan jeg tage grundkurset alene?',
      'grundkursus plejefamilie hvor mange dage?',
      'Er grundkurset obligatorisk for at blive godkendt?',
      'Ligger grundkurset før eller efter hjemmebesøgene?',
      'Hvad er det kursus på 2 x 2 dage, som nye plejefamilier skal tage?',
      'grundkursus datoer',
      'Skal vi på grundkursus, selvom vi begge er uddannet pædagoger?',
      'Skal jeg også med på kurset, eller er det nok, at min kone deltager?',
      'Hvor mange undervisningsdage skal vi igennem, før vi kan blive godkendt?',
    ],
    english: [
      'What is the basic training course for foster parents?',
      'Do both partners have to attend the foster care course?',
      'When is the next foster parent training course?',
    ],
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
    phrasings: [
      'Hvem i husstanden skal have børneattest?',
      'Tjekker I vores straffeattest?',
      'Skal vores 16-årige søn også have børneattest?',
      'Fra hvilken alder skal man have børneattest i husstanden?',
      'Skal jeg selv bestille børneattest og straffeattest?',
      'Min voksne datter bor hjemme – skal hun også tjekkes?',
      'politiattest plejefamilie – hvem skal give samtykke?',
      'Bliver vores straffeattester tjekket, når vi søger om godkendelse?',
      'børneattest hele husstanden',
      'Skal vores børn under 15 år også have børneattest?',
      'Min svigermor bor i vores anneks – skal hun også have en børneattest?',
      'Bliver vi slået op i Kriminalregistret, når vi søger om at blive plejefamilie?',
    ],
    english: [
      'Do you need a criminal record check to foster?',
      'Who in the household needs a police check?',
      'Does my teenage son need a background check too?',
    ],
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
    phrasings: [
      'Hvad bliver vi vurderet på?',
      'Hvad er kvalitetsmodellen?',
      'Hvad kigger socialtilsynet efter, når de vurderer os?',
      'Hvilke kriterier skal vi opfylde for at blive godkendt?',
      'Hvad er de 7 temaer i kvalitetsmodellen?',
      'Bliver vores bolig og de fysiske rammer vurderet?',
      'Vurderer socialtilsynet vores helbred og trivsel?',
      'Hvordan vurderer socialtilsynet vores kompetencer som familie?',
      'krav til plejefamilier',
      'Hvordan indgår vores familiestruktur i socialtilsynets vurdering?',
      'Skal vi have et stort hus og en lang uddannelse for at blive plejefamilie?',
      'Vi bor i en lille lejlighed – kan det betyde noget for, om vi bliver godkendt?',
    ],
    english: [
      'What do they assess when approving a foster family?',
      'What are the criteria for becoming a foster family?',
      'What does the authority look at when they assess our family?',
    ],
    answer:
      'Socialtilsynet vurderer familien ud fra kvalitetsmodellens 7 temaer, bl.a. familiens kompetencer, sundhed og trivsel, familiestruktur og de fysiske rammer. ' +
      'Vurderingen bygger på ansøgningen, hjemmebesøgene og grundkurset.',
  },
  {
    key: 'afslag-klage',
    category: 'Godkendelse',
    ownerTeam: FAMILIEPLEJE,
    question: 'Kan jeg klage, hvis vi får afslag på godkendelse?',
    phrasings: [
      'Hvad gør vi hvis socialtilsynet siger nej?',
      'Vi har fået afslag som plejefamilie – hvad nu?',
      'Hvordan klager man over socialtilsynets afgørelse?',
      'Hvor finder jeg klagevejledningen til afslaget?',
      'klage over afslag på godkendelse som plejefamilie',
      'Jeg er uenig i socialtilsynets vurdering af os – kan vi anke?',
      'Socialtilsynet har afvist vores ansøgning, kan vi få den prøvet igen?',
      'afslag som plejefamilie',
      'Hvad hvis vi ikke bliver godkendt?',
      'Min mand synes, vi skal give op efter afslaget – kan vi overhovedet klage?',
      'Hvad er klagefristen, når socialtilsynet ikke vil godkende os?',
    ],
    english: [
      'Can I appeal if our approval is refused?',
      'Our foster care application was rejected, what can we do?',
      'What if we are not approved as foster parents?',
    ],
    answer:
      'Ja. En afgørelse om afslag kan påklages. Klagevejledningen står i afgørelsen fra socialtilsynet. ' +
      'Tal gerne med din familieplejekonsulent om, hvad I kan gøre.',
  },
  {
    key: 'husstandsaendringer',
    category: 'Godkendelse',
    ownerTeam: FAMILIEPLEJE,
    question: 'Skal jeg give besked, hvis der sker ændringer i vores husstand?',
    phrasings: [
      'Vi skal flytte, skal socialtilsynet vide det?',
      'Min kæreste flytter ind, hvad gør jeg?',
      'Vi skal skilles – hvad betyder det for vores godkendelse?',
      'Vi har købt nyt hus – skal vi godkendes igen?',
      'Min voksne søn flytter hjem igen, skal jeg melde det?',
      'Jeg er blevet gravid – skal socialtilsynet have besked?',
      'Min ægtefælle er død – skal socialtilsynet orienteres?',
      'Hvilke ændringer i familien skal en plejefamilie melde til socialtilsynet?',
      'Kræver det en ny godkendelse, hvis vi flytter sammen med en ny partner?',
      'ændringer i husstanden',
      'Min gamle far flytter ind hos os – skal socialtilsynet vide det?',
      'Hvilke væsentlige ændringer udløser en ny godkendelse?',
      'Vi får en au pair til at bo hos os – skal vi melde det?',
    ],
    english: [
      'Do I have to report changes in my household?',
      'We are getting divorced, what happens to our approval?',
      'Someone new is moving into our home, do we need to tell anyone?',
    ],
    answer:
      'Ja. Som godkendt plejefamilie skal du give socialtilsynet besked om væsentlige ændringer, fx flytning, nye personer i husstanden eller skilsmisse. ' +
      'Nogle ændringer kræver en ny godkendelse. Giv også din familieplejekonsulent besked.',
  },
  {
    key: 'tilbudsportalen-pladser',
    category: 'Godkendelse',
    ownerTeam: FAMILIEPLEJE,
    question: 'Hvad skal jeg opdatere på Tilbudsportalen?',
    phrasings: [
      'Hvordan melder jeg ledige pladser?',
      'Vi har en ledig plads – hvordan kan kommunerne se det?',
      'Hvordan retter jeg antallet af ledige pladser i Plejeportalen?',
      'Hvad står der om os på Tilbudsportalen?',
      'Skal vi selv holde Tilbudsportalen opdateret?',
      'Plejebarnet er flyttet, og vi har plads igen – hvor melder vi det?',
      'ledige pladser opdatere plejefamilie',
      'ledig plads',
      'Vi er fuldt optaget lige nu – hvordan melder vi, at vi ingen ledige pladser har?',
      'Står vores målgruppe og antal pladser på Tilbudsportalen?',
      'Hvad er Tilbudsportalen?',
    ],
    english: [
      'How do I report free places on Tilbudsportalen?',
      'How do I update our available places?',
      'Where can municipalities see that we have a free place?',
    ],
    answer:
      'Godkendte plejefamilier står på Tilbudsportalen med målgruppe og antal pladser. ' +
      'Du skal holde dine ledige pladser opdateret, så kommunerne kan finde jer. I Plejeportalen kan du også opdatere dine ledige pladser under din familie.',
  },
  {
    key: 'tilsyn',
    category: 'Tilsyn og støtte',
    ownerTeam: FAMILIEPLEJE,
    question: 'Hvor ofte kommer socialtilsynet på tilsynsbesøg?',
    phrasings: [
      'Hvad er driftsorienteret tilsyn?',
      'Hvor mange tilsynsbesøg får vi om året?',
      'Vi er lige blevet godkendt – hvornår kommer socialtilsynet igen?',
      'Hvad sker der på det årlige tilsynsbesøg?',
      'Fører nogen kontrol med os, efter vi er blevet godkendt?',
      'Hvad er løbende tilsyn med plejefamilier?',
      'tilsynsbesøg socialtilsynet hvor tit?',
      'årligt tilsyn',
      'Hvor tit bliver vi tjekket af socialtilsynet, efter vi er godkendt?',
      'Min mand er nervøs for tilsynsbesøget – hvad ser socialtilsynet på?',
    ],
    english: [
      'How often does the social supervisory authority visit?',
      'Will we be inspected after we are approved?',
      'Does the supervisory authority check on us every year?',
    ],
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
    phrasings: [
      'Hvilke slags plejefamilier findes der?',
      'Hvad betyder forstærket plejefamilie?',
      'Hvilken type plejefamilie skal vi søge om at blive?',
      'Hvad er en almen plejefamilie?',
      'Hvad er en specialiseret plejefamilie?',
      'Hvilke børn kan en almen plejefamilie tage?',
      'Må en almen plejefamilie tage akutte anbringelser?',
      'Kan vi tage et barn med svære behov, når vi er godkendt som almen?',
      'almen eller forstærket',
      'Hvilken type plejefamilie kan tage anbringelser af forældre med barn?',
      'Hvilken slags plejefamilie skal man være for at tage børn med store problemer?',
      'Arbejder en specialiseret plejefamilie sammen med psykologer og andre fagfolk?',
    ],
    english: [
      'What types of foster families are there?',
      'What is a specialised foster family?',
      'What is the difference between general and reinforced foster families?',
    ],
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
    phrasings: [
      'Kan bedsteforældre blive plejefamilie for deres barnebarn?',
      'Hvad er slægtspleje?',
      'Kan jeg blive plejefamilie for min søsters barn?',
      'Min nevø skal anbringes – kan han bo hos os?',
      'Hvordan bliver man netværksplejefamilie?',
      'Kan en nær ven af familien blive netværksplejefamilie?',
      'Kan vi tage andre plejebørn, når vi er netværksplejefamilie?',
      'Hvad er netværkspleje?',
      'Skal vi på grundkursus, når vores barnebarn skal bo hos os?',
      'netværksanbringelse',
      'Min kone vil gerne have sin brors datter boende – hvad kræver det af os?',
      'Vi er ikke i familie med barnet, men kender det godt – kan vi være netværksplejefamilie?',
      'Kan barnets pædagog fra børnehaven blive netværksplejefamilie?',
      'Kan en tante eller onkel blive plejefamilie for barnet?',
    ],
    english: [
      'What is kinship care?',
      'Can grandparents foster their grandchild?',
      'Can an aunt or uncle become a kinship foster family?',
    ],
    answer:
      'En netværksplejefamilie er en slægtning eller en anden fra barnets netværk, fx bedsteforældre, en moster eller en nær voksen. ' +
      'Familien godkendes af den anbringende kommune til det ene barn, ikke af socialtilsynet, og kommunen tilbyder grundkursus.',
  },
  {
    key: 'kommunal-plejefamilie',
    category: 'Typer af plejefamilier',
    ownerTeam: FAMILIEPLEJE,
    question: 'Findes kommunale plejefamilier stadig?',
    phrasings: [
      'Hvad skete der med de kommunale plejefamilier?',
      'Vi var godkendt som kommunal plejefamilie – hvad er vi nu?',
      'Hvad svarer en kommunal plejefamilie til i dag?',
      'Er kommunal plejefamilie blevet afskaffet?',
      'Hvornår blev plejefamilietyperne lavet om?',
      'Hvorfor hedder det ikke kommunal plejefamilie længere?',
      'kommunal plejefamilie servicelov § 66',
      'kommunalt godkendt plejefamilie',
      'Kan man stadig søge om at blive kommunal plejefamilie?',
      "Min mor var kommunal plejemor i 90'erne – findes det stadig?",
      'Hvilke plejefamilietyper har der været siden 1. juli 2019?',
    ],
    english: [
      'Do municipal foster families still exist?',
      'What happened to municipal foster families?',
      'Can I still apply to be a municipal foster family?',
    ],
    answer:
      'Nej, ikke som godkendelsestype. Den kommunale plejefamilie var en type efter den gamle servicelov. ' +
      'Siden 1. juli 2019 har der været tre typer: almen, forstærket og specialiseret plejefamilie.',
  },
  {
    key: 'akut-ikke-godkendt',
    category: 'Typer af plejefamilier',
    ownerTeam: MYNDIGHED,
    question: 'Kan et barn anbringes akut hos en familie, der ikke er godkendt?',
    phrasings: [
      'Hvor længe må en ikke-godkendt familie have et barn i en akut situation?',
      'Barnet kom til os akut i nat, og vi er ikke godkendt – hvad nu?',
      'Må vi have et barn boende, før vi er godkendt?',
      'Hvor længe må et barn være hos os uden godkendelse?',
      'akut anbringelse hos ikke-godkendt familie 3 uger',
      'Kan barnets moster tage barnet akut, selvom hun ikke er godkendt?',
      'Kan en akut anbringelse hos en ikke-godkendt familie forlænges ud over 3 uger?',
      'akut uden godkendelse',
      'Kommunen bragte vores barnebarn til os i går – må hun blive, selvom vi ikke er godkendt?',
      'Hvad sker der efter de tre uger, hvis vi stadig ikke er godkendt?',
    ],
    english: [
      'Can a child be placed with an unapproved family in an emergency?',
      'How long can a child stay with us before we are approved?',
      'Can the child stay with us while we wait for approval?',
    ],
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
    phrasings: [
      'Hvordan vælger kommunen hvilken familie et barn skal bo hos?',
      'Hvornår får vi et barn?',
      'Hvornår får vi vores første plejebarn efter godkendelsen?',
      'Hvem bestemmer, hvilket barn vi får?',
      'Bliver søskende anbragt i samme plejefamilie?',
      'Hvordan finder kommunen den rette plejefamilie til et barn?',
      'Vi har været godkendt i et halvt år uden at få et barn – hvorfor?',
      'matchning af plejebarn og plejefamilie',
      'match med plejebarn',
      'Kan vi selv vælge, om vi får en dreng eller en pige?',
      'Hvilke hensyn tager kommunen, når den vælger anbringelsessted efter § 52?',
      'Hvordan bliver vi koblet sammen med det rigtige barn?',
    ],
    english: [
      'How is a child matched with a foster family?',
      'When will we get a foster child?',
      'How do they decide which child comes to us?',
    ],
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
    phrasings: [
      'Hvad står der i min kontrakt som plejefamilie?',
      'Hvilken kommune har jeg kontrakt med?',
      'Hvad indeholder kontrakten med den anbringende kommune?',
      'Vi har plejebørn fra to kommuner – hvem har vi kontrakt med?',
      'Barnet kommer fra en anden kommune end vores – hvem laver aftalen med os?',
      'Jeg forstår ikke min plejekontrakt, hvem kan hjælpe?',
      'Får vi en skriftlig kontrakt, når barnet flytter ind?',
      'plejekontrakt hvem underskriver?',
      'plejekontrakt indhold',
      'Vi har ikke fået nogen kontrakt, selvom barnet er flyttet ind',
      'Hvad skal kontrakten sige om vederlag, udgifter og støtte?',
    ],
    english: [
      'Who signs the contract for a foster placement?',
      'What is in my foster care contract?',
      'Who do we make the foster care agreement with?',
    ],
    answer:
      'Kontrakten indgås med den kommune, der anbringer barnet. Den beskriver bl.a. opgaven, vederlag, udgifter, støtte og opsigelse. ' +
      'Har du spørgsmål til din kontrakt, så kontakt din familieplejekonsulent.',
  },
  {
    key: 'opsigelse',
    category: 'Anbringelse',
    ownerTeam: FAMILIEPLEJE,
    question: 'Hvordan stopper jeg som plejefamilie?',
    phrasings: [
      'Kan jeg opsige kontrakten?',
      'Hvad er opsigelsesvarslet?',
      'Vi vil gerne stoppe som plejefamilie, hvad gør vi?',
      'Hvor lang opsigelse er der i plejekontrakten?',
      'Kan kommunen opsige vores kontrakt?',
      'Vi skal på pension – hvordan afslutter vi at være plejefamilie?',
      'Hvordan siger man op som plejeforælder?',
      'Vi ønsker ikke flere plejebørn – hvordan stopper vi?',
      'stoppe som plejefamilie',
      'Kan vi ikke bare stoppe fra den ene dag til den anden?',
      'Hvordan planlægger vi barnets flytning, når vi har sagt op?',
    ],
    english: [
      'How do I stop being a foster parent?',
      'How much notice do I have to give to stop fostering?',
      'We want to quit fostering, what do we do?',
    ],
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
      'Hvor mange penge får man som plejefamilie om måneden?',
      'Hvad er satsen pr. vederlag i år?',
      'Hvor meget løn får man for at have et plejebarn?',
      'Hvorfor får vi færre vederlag end andre plejefamilier?',
      'Hvor kan jeg se, hvor mange vederlag vi har?',
      'Kan antallet af vederlag ændres, hvis opgaven med barnet bliver større?',
      'plejeløn pr. måned',
      'betaling for plejebarn',
      'Får man penge for at være plejefamilie?',
      'Hvordan fastsættes antallet af vederlag ud fra opgavens omfang?',
      'Stiger vederlaget hvert år?',
    ],
    english: [
      'How much are foster parents paid?',
      'What is the monthly foster care fee?',
      'How is the foster care payment calculated?',
    ],
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
    phrasings: [
      'Er plejevederlag skattepligtigt?',
      'Betaler man ATP af vederlag?',
      'Skal plejelønnen med på forskudsopgørelsen?',
      'Er vederlaget A-indkomst eller B-indkomst?',
      'Skal jeg betale arbejdsmarkedsbidrag af plejeløn?',
      'Hvordan bliver plejelønnen beskattet?',
      'Optjener man ATP som plejefamilie?',
      'Skal vi betale skat af pengene til kost og logi?',
      'skat plejeløn',
      'Er plejelønnen skattefri?',
      'Bliver der trukket skat af vederlaget, før det bliver udbetalt?',
      'Beskattes omkostningsdelen på samme måde som vederlaget?',
    ],
    english: [
      'Is the foster care fee taxable?',
      'Do foster parents pay ATP and labour market contributions?',
      'Do I pay tax on the money I get as a foster parent?',
    ],
    answer:
      'Ja. Vederlaget er skattepligtig A-indkomst, og der betales ATP og arbejdsmarkedsbidrag. ' +
      'Omkostningsdelen (kost og logi m.m.) behandles anderledes. Spørg din familieplejekonsulent eller Skattestyrelsen om netop din situation.',
  },
  {
    key: 'kost-logi',
    category: 'Økonomi',
    ownerTeam: FAMILIEPLEJE,
    question: 'Får vi penge til kost og logi for barnet?',
    phrasings: [
      'Hvad dækker omkostningsbeløbet?',
      'Hvilke udgifter får vi dækket?',
      'Hvor meget får vi pr. døgn til plejebarnets mad?',
      'Får vi mere i kost og logi, når barnet bliver ældre?',
      'Hvad er taksten for kost og logi i familiepleje?',
      'Får vi penge til plejebarnets tøj?',
      'Dækker kommunen transport og fritid for plejebarnet?',
      'omkostningsdækning pr. døgn plejebarn',
      'kostpenge plejebarn',
      'Hvor stort er omkostningsbeløbet for børn under og over 10 år?',
      'Skal vi selv betale for plejebarnets mad og værelse?',
    ],
    english: [
      "Do we get money for the child's food and lodging?",
      'How much do we get per day for board and lodging?',
      "Do we get a daily allowance for the child's food?",
    ],
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
    phrasings: [
      'Hvad får bedsteforældre betalt når barnebarnet bor hos dem?',
      'Vi har vores barnebarn boende – får vi løn for det?',
      'Hvad får en netværksplejefamilie til kost og logi?',
      'Kan jeg få tabt arbejdsfortjeneste som netværksplejefamilie?',
      'Jeg er moster og har min niece boende – hvilke penge kan vi få?',
      'Får slægtspleje samme betaling som almindelige plejefamilier?',
      'Hvorfor får vi som familie til barnet ikke vederlag?',
      'økonomi netværksplejefamilie',
      'betaling netværkspleje',
      'Får en netværksplejefamilie et fast beløb til andre udgifter?',
      'Min mand må gå ned i tid for at passe vores barnebarn – kan vi få dækket den tabte løn?',
    ],
    english: [
      'Are kinship foster carers paid?',
      'Do relatives get paid for caring for a grandchild in care?',
      "What money can family members get for caring for a relative's child?",
    ],
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
      'Plejebarnet vil gå til fodbold – betaler kommunen kontingentet?',
      'Skal vi have en udgift godkendt, før vi køber noget til plejebarnet?',
      'Vi har lagt ud for en computer til plejebarnet – kan vi få pengene igen?',
      'Hvor skal jeg sende kvitteringer for udgifter til plejebarnet?',
      'Plejebarnet skal på lejrskole, hvem betaler?',
      'Hvem betaler plejebarnets konfirmation?',
      'særlige udgifter plejebarn – hvordan søger jeg?',
      'udlæg plejebarn',
      'Hvad hvis vi har købt noget dyrt uden at spørge kommunen først?',
      'Hvordan får vi refunderet udgifter til plejebarnet?',
      'Hvornår skal en særlig udgift forhåndsgodkendes af sagsbehandleren?',
    ],
    english: [
      'Who pays for extra expenses for the foster child?',
      'Who pays for glasses or sports for my foster child?',
      'Do we need approval before buying something expensive for the child?',
    ],
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
    phrasings: [
      'Hvordan bliver man aflastningsfamilie?',
      'Kan vi være både plejefamilie og aflastning?',
      'Hvad laver en aflastningsfamilie?',
      'Hvor mange weekender om måneden har en aflastningsfamilie barnet?',
      'Vi vil gerne hjælpe, men ikke have et barn fast boende – kan vi være aflastning?',
      'Får en aflastningsfamilie vederlag?',
      'Hvad er forskellen på en plejefamilie og en aflastningsfamilie?',
      'Kan vi være aflastning for et barn, der bor hjemme hos sine forældre?',
      'aflastningsfamilie hver anden weekend',
      'weekendfamilie',
      'Vi er pensionister – kan vi blive aflastningsfamilie for et barn?',
      'Kan man have et barn hos sig nogle weekender om måneden uden at være plejefamilie?',
    ],
    english: [
      'What is a respite foster family?',
      'How do I become a respite carer?',
      'Can we look after a child just some weekends a month?',
    ],
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
    phrasings: [
      'Hvad er støtteophold?',
      'Vi har brug for en pause, hvordan får vi aflastning?',
      'Hvem bevilger aflastning til vores plejebarn?',
      'aflastning hvor mange døgn får vi?',
      'Vi kunne godt bruge en weekend fri hver måned – hvordan får vi aflastning bevilget?',
      'Hvad siger Barnets Lov om aflastning?',
      'Kan vi få flere aflastningsdøgn?',
      'Skal sagsbehandleren godkende aflastning?',
      'Hvad er støtteophold efter § 32?',
      'aflastning bevilling',
      'Sagsbehandleren vil ikke give os aflastning – hvad kan vi gøre?',
      'Har vi ret til aflastning som plejefamilie?',
      'Hvordan søger vi om aflastning til vores plejebarn?',
    ],
    english: [
      'Can we get respite care for our foster child?',
      'Who decides how much respite we get?',
      'How do we apply for respite care?',
    ],
    answer:
      'Aflastning hedder i Barnets Lov støtteophold (§ 32, stk. 1, nr. 7). Det er barnets kommune (sagsbehandleren), der bevilger aflastning og hvor mange døgn. ' +
      'Tal med din familieplejekonsulent, hvis I har brug for aflastning. [Barnets Lov § 32](https://www.lovguiden.dk/loven/bekendtgørelse-af-barnets-lov/32)',
  },
  {
    key: 'aflastning-booking',
    category: 'Aflastning',
    ownerTeam: AFLASTNING,
    question: 'Hvordan booker jeg aflastning?',
    phrasings: [
      'Hvordan bestiller jeg en aflastningsweekend?',
      'Hvordan aflyser jeg en aflastning?',
      'Hvordan booker jeg aflastning i Teams?',
      'Hvor kan jeg se vores bookede aflastninger?',
      'Plejebarnet er sygt – hvordan aflyser jeg weekendens aflastning?',
      'Aflastningsstedet har ikke svaret på min booking – hvad nu?',
      'book aflastning næste weekend',
      'Hvor finder jeg ledige aflastningssteder?',
      'Kan jeg booke vores faste aflastningsfamilie i Plejeportalen?',
      'mine aflastninger',
      'Hvordan flytter jeg en aflastning til en anden weekend?',
      'Hvordan kan jeg se, om aflastningsstedet har bekræftet vores booking?',
      'Kan jeg booke aflastning fra telefonen?',
    ],
    english: [
      'How do I book a respite weekend?',
      'How do I cancel a respite booking?',
      'Where can I see our respite bookings?',
    ],
    answer:
      'Når der er bevilget aflastning, kan du booke i Plejeportalen eller i Teams: vælg barn og datoer, se ledige aflastningssteder (jeres faste aflastning først) og bekræft. ' +
      'Aflastningsstedet bekræfter eller afviser, og du får besked. Under "Mine aflastninger" kan du se og aflyse.',
  },
  {
    key: 'aflastning-graense',
    category: 'Aflastning',
    ownerTeam: AFLASTNING,
    question: 'Hvor meget aflastning kan man have, før det er en anbringelse?',
    phrasings: [
      'Hvornår er aflastning ikke længere aflastning?',
      'Er der en øvre grænse for, hvor meget aflastning et barn kan have?',
      'Barnet er i aflastning fra torsdag til mandag hver uge – er det stadig aflastning?',
      'Hvornår bliver aflastning til en anbringelse?',
      'Hvad siger Ankestyrelsen om grænsen for aflastning?',
      'principmeddelelse 44-11 aflastning',
      'Barnet er mere hos aflastningsfamilien end hjemme – er det en anbringelse?',
      'aflastning eller anbringelse',
      'Barnet er hos os halvdelen af ugen som aflastning – er det for meget?',
      'Hvornår skal omfattende aflastning i stedet være en anbringelse uden for hjemmet?',
    ],
    english: [
      'When does respite become a placement?',
      'How much respite is allowed before it counts as a placement?',
      'Can respite be every weekend from Thursday to Monday?',
    ],
    answer:
      'Aflastning er korte, tilbagevendende ophold. Ankestyrelsen har fx vurderet, at ophold fra torsdag til mandag hver uge ikke længere er aflastning (principmeddelelse 44-11). ' +
      'Omfanget bevilges af barnets sagsbehandler. [SL om grænsen mellem aflastning og anbringelse](https://sl.dk/fag-og-viden/arkiv/2020/12/fif-fra-juristen-graensen-mellem-aflastning-og-anbringelse/)',
  },
  {
    key: 'akut-aflastning',
    category: 'Aflastning',
    ownerTeam: AFLASTNING,
    question: 'Kan vi få akut aflastning?',
    phrasings: [
      'Vi kan ikke mere i aften, kan barnet komme et andet sted hen?',
      'Kan vi få aflastning med kort varsel?',
      'Kan vi få et akut aflastningsophold i nat?',
      'akut pusterum plejefamilie',
      'Er der nødaflastning, hvis vi ikke kan klare det i dag?',
      'Hvem ringer jeg til om akut aflastning i weekenden?',
      'Det er helt ude af kontrol derhjemme i aften – kan barnet komme i aflastning?',
      'hurtig aflastning',
      'Kan plejebarnet komme et andet sted hen et par dage allerede fra i morgen?',
      'Hvad hvis vi ikke kan få fat i konsulenten og har brug for aflastning nu?',
    ],
    english: [
      'Can we get emergency respite?',
      'Can we get respite at short notice?',
      'We need a break today, can the child stay somewhere else?',
    ],
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
    phrasings: [
      'Hvordan fungerer samvær?',
      'Hvor tit skal barnet se sine forældre?',
      'Hvem bestemmer, om samværet skal være overvåget?',
      'Må forældrene selv bestemme, hvornår de ser barnet?',
      'Hvor ofte skal vores plejebarn på besøg hos sine forældre?',
      'Har plejebarnet ret til samvær med sine søskende og resten af familien?',
      'Hvad er vores rolle som plejefamilie ved samvær?',
      'Hvad er overvåget samvær?',
      'besøg hos forældrene – hvem beslutter det?',
      'samværsplan',
      'Har bedsteforældrene ret til samvær med deres anbragte barnebarn?',
      'Må vi ikke selv aftale samvær direkte med forældrene?',
      'Hvordan støtter vi plejebarnet før og efter samvær?',
    ],
    english: [
      'Who decides visits with the birth parents?',
      'How often does the child see the birth parents?',
      'Can the grandparents see the child while in care?',
    ],
    answer:
      'Barnet har ret til samvær med sine forældre og netværk. Det er barnets kommune (sagsbehandleren), der træffer afgørelse om samværets omfang og form, fx overvåget samvær. ' +
      'Som plejefamilie støtter du barnet før og efter samvær og deler dine iagttagelser med sagsbehandleren.',
  },
  {
    key: 'samvaer-problemer',
    category: 'Samvær',
    ownerTeam: MYNDIGHED,
    question: 'Hvad gør jeg, hvis samværet går dårligt?',
    phrasings: [
      'Barnet er ked af det efter samvær',
      'Forældrene kommer ikke til samvær',
      'Barnet sover dårligt og er uroligt efter besøg hos sin mor',
      'Plejebarnet vil ikke til samvær længere',
      'Faren aflyser samværet hele tiden',
      'Moren var påvirket til samværet – hvad gør jeg?',
      'Hvordan beskriver jeg, hvad der sker ved samvær?',
      'Kan samværet ændres, hvis det ikke er godt for barnet?',
      'dårligt samvær',
      'Barnet har ondt i maven, hver gang det skal til samvær',
      'Min mand synes, samværet skader barnet – hvem skal vi sige det til?',
    ],
    english: [
      'What if contact visits go badly?',
      'The child is upset after visits with the parents',
      'The parents keep cancelling contact visits',
    ],
    answer:
      'Skriv ned, hvad du ser (uden at vurdere), og fortæl det til barnets sagsbehandler hurtigst muligt. ' +
      'Det er kommunen, der kan ændre samværet. Din familieplejekonsulent kan hjælpe dig med at støtte barnet.',
  },
  {
    key: 'samarbejde-foraeldre',
    category: 'Samvær',
    ownerTeam: FAMILIEPLEJE,
    question: 'Hvordan samarbejder vi med barnets forældre?',
    phrasings: [
      'Må barnets mor ringe til os?',
      'Forældrene er vrede på os, hvad gør vi?',
      'Må vi give barnets forældre vores telefonnummer?',
      'Barnets far skriver til os hele tiden, hvad gør vi?',
      'Hvordan får vi en god relation til plejebarnets biologiske forældre?',
      'Moren taler grimt om os til barnet – hvad gør vi?',
      'Kan vi få hjælp til en konflikt med barnets forældre?',
      'Må vi sende beskeder og billeder fra hverdagen til barnets mor?',
      'konflikt med forældrene',
      'Hvor meget skal vi have med barnets forældre at gøre i hverdagen?',
      'Forældrene ringer flere gange om dagen – må vi sige fra?',
      'Kan familieplejekonsulenten mægle mellem os og de biologiske forældre?',
    ],
    english: [
      'How do we work with the birth parents?',
      'Can the birth mother call us?',
      'How much contact should we have with the birth parents?',
    ],
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
    phrasings: [
      'Er supervision obligatorisk?',
      'Hvem giver supervision til plejefamilier?',
      'Hvor ofte får vi supervision?',
      'Skal vi deltage i supervision, selvom det går godt?',
      'Hvad er supervision for plejefamilier?',
      'Hvem betaler supervisionen?',
      'Kan vi få faglig sparring om plejebarnet?',
      'Hvem aftaler vi supervisionen med?',
      'supervision plejefamilie',
      'Hvad hvis vi ikke har tid til supervision?',
      'Skal min mand også deltage i supervisionen?',
    ],
    english: [
      'Do foster parents get supervision?',
      'How often do we get supervision?',
      'Is supervision compulsory for foster carers?',
    ],
    answer:
      'Ja. Plejefamilier skal deltage i supervision, og det er den anbringende kommune, der tilbyder den. ' +
      'Kontakt din familieplejekonsulent om tid og form. [Plejefamiliebekendtgørelsen § 5](https://www.elov.dk/plejefamiliebekendtgorelsen/paragraf/5/)',
  },
  {
    key: 'efteruddannelse',
    category: 'Tilsyn og støtte',
    ownerTeam: FAMILIEPLEJE,
    question: 'Hvor meget efteruddannelse skal vi tage?',
    phrasings: [
      'Er der krav om kurser hvert år?',
      'Hvor mange kursusdage om året?',
      'Hvilke kurser skal vi tage som godkendt plejefamilie?',
      'Hvor finder vi kurser og temadage for plejefamilier?',
      'Hvem betaler vores efteruddannelse?',
      'efteruddannelse plejefamilie 2 dage om året',
      'Er der kurser for erfarne plejefamilier?',
      'Hvornår er det næste efteruddannelseskursus?',
      'årlige kurser',
      'Skal vi stadig på kursus, når vi har været plejefamilie i mange år?',
      'Tæller en temadag med i de 2 dages efteruddannelse?',
    ],
    english: [
      'How much further training do foster parents need?',
      'How many training days a year do foster parents need?',
      'Do we have to do courses every year?',
    ],
    answer:
      'Plejefamilier skal deltage i efteruddannelse på mindst 2 hele dage om året. Den anbringende kommune tilbyder den. ' +
      'Din familieplejekonsulent kan fortælle om kommende kurser.',
  },
  {
    key: 'foerste-aar',
    category: 'Tilsyn og støtte',
    ownerTeam: FAMILIEPLEJE,
    question: 'Får vi ekstra støtte i starten af en anbringelse?',
    phrasings: [
      'Hvilken hjælp er der det første år med et nyt plejebarn?',
      'Vi har lige fået vores første plejebarn – hvilken støtte kan vi få?',
      'Er der ekstra supervision det første år?',
      'Nyt plejebarn flytter ind i næste uge – får vi ekstra hjælp?',
      'Gælder den ekstra støtte også, når vi får plejebarn nummer to?',
      'Vi er nye plejeforældre og føler os usikre – hvad kan vi få af hjælp?',
      'støtte ved opstart af ny anbringelse',
      'nyt plejebarn støtte',
      'Hvilken hjælp får vi de første måneder, efter barnet er flyttet ind?',
      'Får erfarne plejefamilier også ekstra supervision ved en ny anbringelse?',
    ],
    english: [
      'Is there extra support in the first year of a placement?',
      'What support do new foster parents get?',
      'Do experienced foster parents also get extra help with a new child?',
    ],
    answer:
      'Ja. I det første år af hver ny anbringelse er der ekstra støtte og supervision til plejefamilien. ' +
      'Aftal omfanget med din familieplejekonsulent.',
  },
  {
    key: 'kommunens-besoeg',
    category: 'Tilsyn og støtte',
    ownerTeam: MYNDIGHED,
    question: 'Hvor tit besøger sagsbehandleren barnet?',
    phrasings: [
      'Skal sagsbehandleren tale med barnet alene?',
      'Hvad er børnesamtale?',
      'Hvorfor vil sagsbehandleren tale med barnet uden os?',
      'Hvor mange gange om året kommer barnets rådgiver på besøg?',
      'Skal vi være til stede, når myndighedsrådgiveren taler med plejebarnet?',
      'Kommunens personrettede tilsyn med plejebarnet – hvor tit?',
      'Sagsbehandleren har ikke været her i et år – er det i orden?',
      'besøg af sagsbehandler to gange om året',
      'sagsbehandler besøg',
      'Må vi ikke være med, når sagsbehandleren taler med plejebarnet?',
      'Hvor ofte skal barnets kommune se plejebarnet?',
    ],
    english: [
      'How often does the caseworker visit the child?',
      'Does the caseworker talk to the child alone?',
      'How often does the social worker come to see the child?',
    ],
    answer:
      'Barnets kommune skal besøge barnet mindst to gange om året og tale med barnet, som regel uden plejeforældrene til stede (Barnets Lov § 156, stk. 5). ' +
      '[Barnets Lov § 156](https://www.lovguiden.dk/loven/bekendtgørelse-af-barnets-lov/156)',
  },
  {
    key: 'roller',
    category: 'Tilsyn og støtte',
    ownerTeam: FAMILIEPLEJE,
    question: 'Hvad er forskellen på min familieplejekonsulent og barnets sagsbehandler?',
    phrasings: [
      'Hvem skal jeg kontakte om hvad?',
      'Hvem skal jeg ringe til om samvær, og hvem om supervision?',
      'Hvad laver en familieplejekonsulent?',
      'Hvad er en myndighedsrådgiver?',
      'Hvem har plejebarnets sag?',
      'Hvem er vores faste kontakt i kommunen?',
      'Hvem træffer afgørelserne om plejebarnet?',
      'familieplejekonsulent eller sagsbehandler',
      'Jeg er ny og forstår ikke, hvem der er hvem i kommunen',
      'Hvem har ansvaret for barnet, og hvem har ansvaret for os som familie?',
    ],
    english: [
      'Who do I contact, the consultant or the caseworker?',
      'What does the family care consultant do?',
      'Who is our main contact at the municipality?',
    ],
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
      'Hvad må vi fortælle skolen om plejebarnets baggrund?',
      'Må jeg fortælle min mor, hvorfor barnet er anbragt?',
      'Naboen spørger, hvorfor barnet bor hos os – hvad må jeg sige?',
      'Må plejebarnet være med på billeder på Instagram?',
      'Må vi fortælle fodboldtræneren om plejebarnets diagnose?',
      'Må jeg skrive om plejebarnet i en Facebook-gruppe for plejefamilier?',
      'billeder af plejebarnet',
      'Hvad må jeg ikke sige om plejebarnet?',
      'Må vores egne børn fortælle deres kammerater, hvorfor plejebarnet bor hos os?',
      'Gælder tavshedspligten også oplysninger om barnets forældre?',
    ],
    english: [
      'Do foster parents have a duty of confidentiality?',
      'Can I post photos of my foster child on social media?',
      'What am I allowed to tell others about my foster child?',
    ],
    answer:
      'Ja. Du har tavshedspligt om barnets og familiens forhold. Fortæl kun det, som andre har brug for at vide for at passe på barnet, fx skolen. ' +
      'Del ikke billeder eller oplysninger om barnet på sociale medier uden aftale med sagsbehandleren. Spørg din familieplejekonsulent, hvis du er i tvivl.',
  },
  {
    key: 'underretningspligt',
    category: 'Regler',
    ownerTeam: MYNDIGHED,
    question: 'Hvornår skal jeg lave en underretning?',
    phrasings: [
      'Hvad er skærpet underretningspligt?',
      'Jeg er bekymret for et barn, hvad gør jeg?',
      'Jeg tror, at plejebarnet bliver slået hjemme hos forældrene – hvad gør jeg?',
      'Plejebarnet har fortalt om et overgreb – hvad skal jeg gøre?',
      'Hvordan laver jeg en underretning?',
      'Jeg er bekymret for en kammerat til vores plejebarn',
      'Hvor sender man en underretning hen?',
      'Har plejeforældre pligt til at underrette om omsorgssvigt?',
      'mistanke om vold mod barn',
      'Hvad hvis jeg ikke er sikker på, om min bekymring er alvorlig nok til en underretning?',
      'Jeg har mistanke om omsorgssvigt hos naboens børn – skal jeg gøre noget?',
    ],
    english: [
      'When must I report concerns about a child?',
      'How do I report abuse or neglect of a child?',
      'I am worried a child is being neglected, what should I do?',
    ],
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
    phrasings: [
      'Hvem vælger skole til plejebarnet?',
      'Kan barnet blive i sin gamle skole?',
      'Plejebarnet flytter til os fra en anden by – skal det gå i en ny skole?',
      'Kan plejebarnet fortsætte i sin skole, selvom der er langt?',
      'Hvem beslutter, om plejebarnet skal skifte skole?',
      'Skal vi selv skrive plejebarnet op i en skole?',
      'Vi får et plejebarn midt i skoleåret – hvad med skolen?',
      'skoleskift ved anbringelse',
      'skolevalg plejebarn',
      'Vores barnebarn flytter ind hos os – skal hun skifte skole?',
      'Hvem hjælper plejebarnet med at starte i en ny skole?',
    ],
    english: [
      'Does the foster child have to change school?',
      'Can the foster child stay at the same school?',
      'Who decides which school our foster child goes to?',
    ],
    answer:
      'Barnets Lov § 52 siger, at et skoleskift så vidt muligt skal undgås, når et barn anbringes. ' +
      'Skolevalget aftales med barnets sagsbehandler. Læringskonsulenten kan hjælpe med overgangen til en ny skole.',
  },
  {
    key: 'laeringskonsulent',
    category: 'Skole',
    ownerTeam: LAERING,
    question: 'Hvad kan læringskonsulenten hjælpe med?',
    phrasings: [
      'Hvordan får vi hjælp til plejebarnets skolegang?',
      'Barnet har det svært i skolen',
      'Hvordan får jeg fat i læringskonsulenten?',
      'Plejebarnet vil ikke i skole – hvem kan hjælpe os?',
      'Vores plejebarn trives ikke i klassen',
      'Hvordan sender jeg en anmodning om skolehjælp i Teams?',
      'Plejebarnet har meget fravær fra skolen',
      'skolestøtte til plejebørn',
      'plejebarn mobbet i skolen',
      'Kan læringskonsulenten deltage i et møde med skolen?',
      'Hvad hvis skolen ikke gør nok for vores plejebarn?',
    ],
    english: [
      'Who can help my foster child with school?',
      'How do I contact the learning consultant?',
      'My foster child is struggling at school, who can help?',
    ],
    answer:
      'Læringskonsulenten hjælper og støtter plejebørn og deres plejefamilier med skolegangen, så flere trives, får en stabil skolegang og gennemfører grundskolen. ' +
      'Du kan sende en anmodning til læringskonsulenten i Plejeportalen eller i Teams.',
  },
  {
    key: 'lektier-eksamen',
    category: 'Skole',
    ownerTeam: LAERING,
    question: 'Hvordan kan vi støtte plejebarnet med lektier og afgangsprøven?',
    phrasings: [
      'Barnet er bagud i dansk og matematik',
      'Hvordan hjælper vi plejebarnet med lektierne?',
      'Plejebarnet skal op til 9. klasses prøve – hvordan kan vi støtte?',
      'Vores plejebarn har svært ved at læse',
      'Hvad kan vi gøre, for at plejebarnet består afgangsprøven?',
      'Kan plejebarnet få lektiehjælp?',
      'lektierutiner for plejebørn',
      'karakterer plejebarn',
      'Min mand og jeg er ikke gode til matematik – hvordan hjælper vi med lektierne?',
      'Hvordan motiverer vi plejebarnet til at læse op til prøverne?',
    ],
    english: [
      'How can we help our foster child with homework and exams?',
      'How can we help our foster child pass the final exams?',
      'How do we help our foster child with homework every day?',
    ],
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
      'Hvornår er det næste møde i netværksgruppen?',
      'Vores plejebarn føler sig som den eneste, der er anbragt',
      'Hvad laver de i netværksgrupperne?',
      'Hvem er netværkskonsulenten?',
      'Er der et tilbud, hvor anbragte teenagere kan mødes?',
      'Kan vores plejedatter komme i en gruppe med andre plejebørn?',
      'grupper for plejebørn',
      'Findes der et fællesskab for børn, der bor i plejefamilie?',
      'Er netværksgrupperne for både børn og unge?',
    ],
    english: [
      'Are there groups where foster children meet each other?',
      'How do we sign up for a group for foster children?',
      'Is there a club for kids in foster care?',
    ],
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
    phrasings: [
      'Hvad er ungestøtte?',
      'Kan den unge blive boende hos os efter 18 år?',
      'Hvad er efterværn?',
      'Vores plejesøn fylder 18 til sommer – skal han flytte?',
      'Stopper anbringelsen, når barnet fylder 18?',
      'Hvem beslutter, om den unge kan få ungestøtte?',
      'Hvornår skal vi tale med sagsbehandleren om 18-årsdagen?',
      'Kan den unge få en fast kontaktperson efter 18 år?',
      'Kan vi fortsætte som plejefamilie, når den unge bliver myndig?',
      'efterværn når plejebarnet fylder 18',
      'plejebarn 18 år',
      'Hvornår slutter en anbringelse?',
      'Hvad hvis kommunen ikke vil give ungestøtte?',
    ],
    english: [
      'What happens when a foster child turns 18?',
      'Can the young person stay with us after 18?',
      'Does foster care stop at 18?',
    ],
    answer:
      'Anbringelsen ophører ved 18 år, men den unge kan få ungestøtte (tidligere kaldet efterværn), fx at blive boende i plejefamilien, en fast kontaktperson eller anden støtte. ' +
      'Det afgøres af kommunen efter en konkret vurdering. Tal med barnets sagsbehandler i god tid før 18-årsdagen.',
  },
  {
    key: 'overgang-voksenliv',
    category: 'Efter 18 år',
    ownerTeam: MYNDIGHED,
    question: 'Hvordan forbereder vi den unge på voksenlivet?',
    phrasings: [
      'Hvem laver planen for uddannelse og bolig efter anbringelsen?',
      'Hvordan lærer vi plejebarnet at klare sin egen økonomi?',
      'Hvem hjælper den unge med at finde bolig efter anbringelsen?',
      'Hvad er den koordinerede plan for den unge omkring 18 år?',
      'Vores plejedatter skal flytte hjemmefra – hvordan forbereder vi hende?',
      'Hvad kan vi som plejeforældre gøre for at gøre den unge selvstændig?',
      'Hvornår laver kommunen planen for uddannelse og job?',
      'klar til voksenlivet',
      'Hvordan lærer vi den unge at lave mad og betale regninger?',
      'Skal vi hjælpe den unge med at søge SU og kontakte jobcentret?',
    ],
    english: [
      'How do we prepare the young person for adult life?',
      'Who helps the young person with housing and education after care?',
      'How can we help our teenager learn to live on their own?',
    ],
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
    phrasings: [
      'Må jeg tage plejebarnet med til lægen?',
      'Hvem giver samtykke til operation og medicin?',
      'Plejebarnet har feber – skal jeg melde det til nogen?',
      'Må vi give plejebarnet almindelig medicin, fx panodil?',
      'Plejebarnet er blevet indlagt – hvem skal vide det?',
      'Hvem skal skrive under, når plejebarnet skal opereres?',
      'Kan jeg selv bestille tid hos lægen til plejebarnet?',
      'plejebarn syg samtykke forældremyndighed',
      'plejebarn syg',
      'Må vi tage plejebarnet med på skadestuen?',
      'Hvad hvis forældrene ikke vil give samtykke til en operation?',
      'Hvem skal give lov til, at plejebarnet bliver vaccineret?',
    ],
    english: [
      'What do I do when my foster child is ill?',
      'Who consents to surgery for my foster child?',
      'Can I take my foster child to the doctor?',
    ],
    answer:
      'Ved almindelig sygdom passer du barnet og tager det til læge som dit eget. ' +
      'Større behandlinger, fx operationer, kræver samtykke fra forældremyndighedens indehaver eller kommunen. Giv barnets sagsbehandler besked ved alvorlig sygdom eller indlæggelse.',
  },
  {
    key: 'sygdom-plejeforaelder',
    category: 'Hverdag',
    ownerTeam: FAMILIEPLEJE,
    question: 'Hvad gør vi, hvis jeg som plejeforælder bliver syg?',
    phrasings: [
      'Jeg skal opereres og kan ikke passe barnet',
      'Jeg er sygemeldt med stress – hvem passer plejebarnet?',
      'Hvad sker der med vederlaget, hvis jeg bliver langtidssyg?',
      'Min mand er blevet alvorligt syg – kan vi få hjælp med plejebarnet?',
      'Jeg skal på hospitalet i en uge',
      'Får jeg stadig plejeløn, når jeg er syg?',
      'Kan vi få aflastning, fordi jeg er syg?',
      'plejeforælder sygemeldt',
      'Jeg har brækket benet og kan ikke passe plejebarnet',
      'Må bedstemor passe plejebarnet, mens jeg er syg?',
    ],
    english: [
      'What happens if I as a foster parent get sick?',
      'Who looks after the foster child if I am in hospital?',
      'I am ill and cannot care for the child, what now?',
    ],
    answer:
      'Kontakt din familieplejekonsulent så tidligt som muligt. Sammen finder I en løsning, fx hjælp fra netværket eller aflastning. ' +
      'Hvordan vederlaget påvirkes ved længere sygdom, står i kontrakten.',
  },
  {
    key: 'ferie-med-barnet',
    category: 'Hverdag',
    ownerTeam: MYNDIGHED,
    question: 'Må vi tage plejebarnet med på ferie i udlandet?',
    phrasings: [
      'Skal vi have lov til at rejse med plejebarnet?',
      'Hvordan får plejebarnet et pas?',
      'Skal forældrene spørges, før vi tager plejebarnet med til Spanien?',
      'Hvem skal give samtykke til plejebarnets pas?',
      'Må plejebarnet komme med på skiferie i Norge?',
      'Hvor tidligt skal vi aftale en udlandsrejse med plejebarnet?',
      'Hvad skal vi huske, når vi rejser med plejebarnet?',
      'udlandsrejse med plejebarn',
      'pas til plejebarn',
      'Hvad hvis forældrene ikke vil skrive under på plejebarnets pas?',
      'Må vi tage plejebarnet med på en kort tur til Sverige?',
      'Min kone vil gerne have plejebarnet med til hendes familie i Polen – hvad skal vi gøre?',
    ],
    english: [
      'Can we take our foster child abroad on holiday?',
      'Does my foster child need permission to travel abroad?',
      'Do we need consent to travel abroad with our foster child?',
    ],
    answer:
      'Ja, ofte, men en rejse til udlandet skal aftales med barnets sagsbehandler i god tid, og der kan kræves samtykke fra forældremyndighedens indehaver, fx til pas. ' +
      'Tag sundhedskort og kontaktoplysninger med.',
  },
  {
    key: 'ferie-uden-barnet',
    category: 'Hverdag',
    ownerTeam: AFLASTNING,
    question: 'Kan vi holde ferie uden plejebarnet?',
    phrasings: [
      'Hvem passer barnet når vi skal på ferie alene?',
      'Vi skal på bryllupsrejse – hvor skal plejebarnet være?',
      'Må plejebarnet bo hos vores forældre, mens vi er på ferie?',
      'Kan plejebarnet komme i aflastning, mens vi holder ferie alene?',
      'Vi skal til udlandet uden børn i en uge – hvem passer plejebarnet?',
      'Hvor lang tid før skal vi aftale ferie uden plejebarnet?',
      'Kan vi tage på ferie med vores egne børn uden plejebarnet?',
      'ferie for os voksne',
      'Kan vi tage en forlænget weekend for os selv uden plejebarnet?',
      'Må vi ikke bare lade plejebarnet blive hos nogle venner, mens vi er væk?',
    ],
    english: [
      'Can we go on holiday without the foster child?',
      'Who looks after the foster child when we travel without them?',
      'Can the foster child stay with friends while we travel?',
    ],
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
      'Skal vi fortælle vores forsikringsselskab, at vi er plejefamilie?',
      'Plejebarnet har smadret naboens rude – hvem betaler?',
      'Er plejebarnet dækket af vores indboforsikring?',
      'Plejebarnet har ridset vores bil – dækker kommunen?',
      'Skal vi have en særlig forsikring, når vi får et plejebarn?',
      'forsikring plejebarn skade',
      'skader fra plejebarn',
      'Plejebarnet har smadret vores fjernsyn – kan vi få erstatning?',
      'Hvad hvis vores forsikringsselskab ikke vil dække plejebarnet?',
    ],
    english: [
      'What insurance do foster families need?',
      'Who pays if the foster child breaks something?',
      'Is our foster child covered by our home insurance?',
    ],
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
    phrasings: [
      'Vi overvejer at stoppe anbringelsen',
      'Hvordan undgår vi et sammenbrud?',
      'Vi kan ikke mere – plejebarnet er voldsomt hver dag',
      'Anbringelsen er ved at bryde sammen, hvilken hjælp kan vi få?',
      'Vi er udbrændte som plejeforældre',
      'Hvad er en særlig indsats i udfordrede anbringelser?',
      'Vi er bange for, at anbringelsen ikke holder',
      'Det går rigtig dårligt med plejebarnet – hvem kan hjælpe os, før det er for sent?',
      'sammenbrud i anbringelse',
      'Min mand vil have, at plejebarnet flytter, men jeg vil kæmpe videre',
      'Vi orker ikke mere, men vil ikke give op på plejebarnet',
      'Hvilken støtte har kommunen pligt til at give i en udfordret anbringelse?',
    ],
    english: [
      'What do we do if the placement is breaking down?',
      'We are struggling and about to give up on the placement',
      'We cannot cope with our foster child anymore',
    ],
    answer:
      'Kontakt din familieplejekonsulent med det samme. Kommunen har pligt til at stille den nødvendige støtte til rådighed, fx ekstra supervision, aflastning eller en særlig indsats i udfordrede anbringelser. ' +
      'Jo tidligere I siger til, jo mere kan der gøres. Risikoen for sammenbrud er størst i de første måneder.',
  },
  {
    key: 'akut-uden-for-aabningstid',
    category: 'Krise',
    ownerTeam: FAMILIEPLEJE,
    question: 'Hvem kan jeg ringe til uden for åbningstid?',
    phrasings: [
      'Der er sket noget med barnet i weekenden',
      'Plejebarnet er stukket af om natten',
      'Hvad er nummeret til kommunens døgnvagt?',
      'Hvem hjælper os om natten, hvis noget går galt med plejebarnet?',
      'Plejebarnet er ikke kommet hjem i aften – hvad gør jeg?',
      'Hvornår skal jeg ringe til socialvagten?',
      'Der er krise en søndag, og kommunen har lukket',
      'Hvem kontakter jeg i julen, hvis der sker noget med plejebarnet?',
      'akut hjælp om natten',
      'Hvem tager telefonen i kommunen på en helligdag?',
      'Hvad hvis jeg ikke kan få fat i min konsulent efter fyraften?',
    ],
    english: [
      'Who do I call outside office hours?',
      'My foster child has run away, who do I call?',
      'Who can I call at night or at the weekend?',
    ],
    answer:
      'Uden for åbningstid kan du kontakte kommunens døgnvagt (socialvagt). Nummeret står i din kontrakt eller kan fås hos din familieplejekonsulent. ' +
      'Er barnet eller andre i fare, eller er barnet forsvundet, så ring 112.',
  },
];
