/**
 * The approval pipeline in the Danish order (Socialtilsynets godkendelseskoncept, see ANCHORS.md D1/D3):
 * inquiry → application → home visit 1 → grundkursus days 1-2 → home visit 2 → grundkursus days 3-4 →
 * assessment → decision. The network track (one named child) is approved by the municipality itself and is
 * shorter: one home visit and the municipality's course.
 */
export enum ApplicationStatus {
  INQUIRY = 'INQUIRY',
  SUBMITTED = 'SUBMITTED',
  HOME_VISIT_1 = 'HOME_VISIT_1',
  COURSE_DAYS_1_2 = 'COURSE_DAYS_1_2',
  HOME_VISIT_2 = 'HOME_VISIT_2',
  COURSE_DAYS_3_4 = 'COURSE_DAYS_3_4',
  ASSESSMENT = 'ASSESSMENT',
  APPROVED = 'APPROVED',
  REFUSED = 'REFUSED',
  APPEALED = 'APPEALED',
  ON_HOLD = 'ON_HOLD',
  WITHDRAWN = 'WITHDRAWN',
}

export enum ApplicationTrack {
  /** Almen, forstærket, specialiseret or relief family: approved by the socialtilsyn. */
  STANDARD = 'STANDARD',
  /** Network foster family for one named child: approved by the placing municipality. */
  NETWORK = 'NETWORK',
}

const S = ApplicationStatus;

/** The forward path per track; the pipeline board shows these columns in this order. */
export const TRACK_STAGES: Record<ApplicationTrack, readonly ApplicationStatus[]> = {
  [ApplicationTrack.STANDARD]: [
    S.INQUIRY,
    S.SUBMITTED,
    S.HOME_VISIT_1,
    S.COURSE_DAYS_1_2,
    S.HOME_VISIT_2,
    S.COURSE_DAYS_3_4,
    S.ASSESSMENT,
    S.APPROVED,
  ],
  [ApplicationTrack.NETWORK]: [
    S.INQUIRY,
    S.SUBMITTED,
    S.HOME_VISIT_1,
    S.COURSE_DAYS_1_2,
    S.ASSESSMENT,
    S.APPROVED,
  ],
};

/** Every stage in board order (standard track; the network track skips two). */
export const PIPELINE_STAGES = TRACK_STAGES[ApplicationTrack.STANDARD];

export const FINAL_STATUSES: readonly ApplicationStatus[] = [S.APPROVED, S.WITHDRAWN, S.REFUSED];

/** Open = still in progress somewhere; REFUSED is final unless appealed (an appeal reopens it). */
export function isOpen(status: ApplicationStatus): boolean {
  return !FINAL_STATUSES.includes(status);
}

/** Who performs a move: the applicant submits and withdraws; everything else is the consultant's. */
export type MoveActor = 'APPLICANT' | 'CONSULTANT';

/**
 * The legal moves from a status. ON_HOLD returns only to the status it was put on hold from (`heldFrom`).
 * APPROVED is reached only through `approve` (which needs the checklist and creates the family profile).
 */
export function allowedMoves(
  track: ApplicationTrack,
  status: ApplicationStatus,
  actor: MoveActor,
  heldFrom: ApplicationStatus | null = null,
  appealed = false,
): ApplicationStatus[] {
  if (actor === 'APPLICANT') {
    if (status === S.INQUIRY) return [S.SUBMITTED, S.WITHDRAWN];
    if (isOpen(status)) return [S.WITHDRAWN];
    return [];
  }
  if (status === S.INQUIRY) return [S.WITHDRAWN];
  if (status === S.ON_HOLD) return heldFrom ? [heldFrom, S.WITHDRAWN] : [S.WITHDRAWN];
  if (status === S.REFUSED) return appealed ? [] : [S.APPEALED];
  if (status === S.APPEALED) return [S.APPROVED, S.REFUSED];
  if (!isOpen(status)) return [];
  const stages = TRACK_STAGES[track];
  const next = stages[stages.indexOf(status) + 1];
  const moves: ApplicationStatus[] = [];
  if (next) moves.push(next);
  if (status === S.ASSESSMENT) moves.push(S.REFUSED);
  moves.push(S.ON_HOLD, S.WITHDRAWN);
  return moves;
}

export const STATUS_LABEL_DA: Record<ApplicationStatus, string> = {
  [S.INQUIRY]: 'Henvendelse og informationsmøde',
  [S.SUBMITTED]: 'Ansøgning modtaget',
  [S.HOME_VISIT_1]: 'Første hjemmebesøg',
  [S.COURSE_DAYS_1_2]: 'Grundkursus dag 1-2',
  [S.HOME_VISIT_2]: 'Andet hjemmebesøg',
  [S.COURSE_DAYS_3_4]: 'Grundkursus dag 3-4',
  [S.ASSESSMENT]: 'Vurdering',
  [S.APPROVED]: 'Godkendt',
  [S.REFUSED]: 'Afslag',
  [S.APPEALED]: 'Klage over afslag',
  [S.ON_HOLD]: 'Sat i bero',
  [S.WITHDRAWN]: 'Trukket tilbage',
};

/** What the applicant should expect next, shown on their timeline and in the status mail. */
export const NEXT_STEP_DA: Record<ApplicationStatus, string> = {
  [S.INQUIRY]:
    'Udfyld ansøgningen i dit eget tempo. Du kan tilmelde dig et informationsmøde og gemme undervejs.',
  [S.SUBMITTED]:
    'En familieplejekonsulent læser din ansøgning og kontakter dig for at aftale første hjemmebesøg. Upload gerne CV og eksamensbeviser.',
  [S.HOME_VISIT_1]:
    'Vi besøger jer derhjemme og taler om jeres motivation og hverdag. Derefter tilmelder I jer grundkursets første to dage.',
  [S.COURSE_DAYS_1_2]: 'I deltager i grundkursets dag 1 og 2. Begge voksne i husstanden skal deltage.',
  [S.HOME_VISIT_2]: 'Vi kommer på andet hjemmebesøg og følger op på kurset og jeres overvejelser.',
  [S.COURSE_DAYS_3_4]: 'I deltager i grundkursets dag 3 og 4.',
  [S.ASSESSMENT]:
    'Vi samler vurderingen. Når straffe- og børneattester og dokumenter er i orden, træffes afgørelsen.',
  [S.APPROVED]:
    'I er godkendt som plejefamilie. Hold jeres ledige pladser opdateret, så vi kan matche jer med et barn.',
  [S.REFUSED]: 'Du kan klage over afgørelsen. Kontakt din familieplejekonsulent, hvis du har spørgsmål.',
  [S.APPEALED]: 'Din klage behandles. Du hører fra os, når der er en afgørelse.',
  [S.ON_HOLD]: 'Forløbet er sat i bero. Din konsulent kontakter dig, når det kan fortsætte.',
  [S.WITHDRAWN]: 'Ansøgningen er trukket tilbage. Du er velkommen til at søge igen senere.',
};
