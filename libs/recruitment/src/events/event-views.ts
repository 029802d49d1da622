import { EntityManager } from 'typeorm';
import { ApplicationForm } from '../application-form';
import { RequirementKind } from '../application-requirement.entity';
import {
  HomeVisit,
  RecruitmentEvent,
  RecruitmentEventKind,
  RecruitmentEventSignup,
} from '../recruitment-event.entity';
import {
  HomeVisitModel,
  RecruitmentEventModel,
  RecruitmentEventSignupModel,
} from './graphql/dto/recruitment-event.model';

/** Signups per event, in one query. */
export async function signupCounts(manager: EntityManager, eventIds: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (!eventIds.length) return counts;
  const rows = (await manager.query(
    `SELECT "event_id" AS id, count(*)::int AS n FROM "recruitment_event_signup"
     WHERE "event_id" = ANY($1::uuid[]) GROUP BY "event_id"`,
    [eventIds],
  )) as Array<{ id: string; n: number }>;
  for (const row of rows) counts.set(row.id, row.n);
  return counts;
}

export function toEventModel(event: RecruitmentEvent, signups: number): RecruitmentEventModel {
  return {
    id: event.id,
    kind: event.kind,
    title: event.title,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    place: event.place,
    capacity: event.capacity,
    seatsLeft: event.cancelledAt ? 0 : Math.max(0, event.capacity - signups),
    description: event.description,
    cancelled: event.cancelledAt !== null,
    cancelReason: event.cancelledAt ? event.cancelReason : null,
  };
}

export function toSignupModel(
  signup: RecruitmentEventSignup,
  event: RecruitmentEvent,
  signups: number,
): RecruitmentEventSignupModel {
  return {
    id: signup.id,
    event: toEventModel(event, signups),
    attended: signup.attended,
    createdAt: signup.createdAt,
  };
}

export function toVisitModel(visit: HomeVisit): HomeVisitModel {
  return {
    id: visit.id,
    applicationId: visit.applicationId,
    number: visit.number,
    startsAt: visit.startsAt,
    endsAt: visit.endsAt,
    note: visit.note,
    completedAt: visit.completedAt,
    cancelledAt: visit.cancelledAt,
  };
}

/** Signups (with their events and seat counts) and home visits of one application, oldest first. */
export async function loadCalendar(
  manager: EntityManager,
  applicationId: string,
): Promise<{ signups: RecruitmentEventSignupModel[]; homeVisits: HomeVisitModel[] }> {
  const signups = await manager.find(RecruitmentEventSignup, {
    where: { applicationId },
    relations: { event: true },
  });
  const counts = await signupCounts(
    manager,
    signups.map((s) => s.eventId),
  );
  const visits = await manager.find(HomeVisit, {
    where: { applicationId },
    order: { startsAt: 'ASC' },
  });
  return {
    signups: signups
      .filter((s): s is RecruitmentEventSignup & { event: RecruitmentEvent } => !!s.event)
      .sort((a, b) => a.event.startsAt.getTime() - b.event.startsAt.getTime())
      .map((s) => toSignupModel(s, s.event, counts.get(s.eventId) ?? 0)),
    homeVisits: visits.map(toVisitModel),
  };
}

/** "Anna og Bo": the applicants' first names as the consultant knows the household. */
export function applicantNames(form: ApplicationForm | null | undefined): string {
  const names = (form?.applicants ?? []).map((a) => a?.firstName?.trim()).filter((n): n is string => !!n);
  if (!names.length) return 'Ansøger';
  if (names.length === 1) return names[0] as string;
  return `${names.slice(0, -1).join(', ')} og ${names[names.length - 1]}`;
}

/** The household's address for the home-visit mail; a fallback keeps the mail valid for an odd draft. */
export function homeAddress(form: ApplicationForm | null | undefined): string {
  const street = form?.street?.trim() ?? '';
  const town = [form?.postalCode?.trim(), form?.city?.trim()].filter(Boolean).join(' ');
  const address = [street, town].filter(Boolean).join(', ');
  return address ? address.slice(0, 300) : 'Jeres adresse';
}

/** The checklist line a course kind completes; information meetings complete none. */
export function courseRequirement(kind: RecruitmentEventKind): RequirementKind | null {
  // The network track's own course stands in for grundkursus days 1-2.
  if (kind === RecruitmentEventKind.COURSE_DAYS_1_2 || kind === RecruitmentEventKind.NETWORK_COURSE)
    return RequirementKind.COURSE_DAYS_1_2;
  if (kind === RecruitmentEventKind.COURSE_DAYS_3_4) return RequirementKind.COURSE_DAYS_3_4;
  return null;
}

export function eventMailParams(event: RecruitmentEvent, cancelled = false) {
  return {
    eventId: event.id,
    title: event.title,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    place: event.place,
    sequence: event.sequence,
    ...(cancelled ? { cancelled: true } : {}),
    ...(cancelled && event.cancelReason ? { cancelReason: event.cancelReason } : {}),
  };
}

export function visitMailParams(visit: HomeVisit, form: ApplicationForm, cancelled = false) {
  return {
    visitId: visit.id,
    visitNumber: visit.number as 1 | 2,
    startsAt: visit.startsAt.toISOString(),
    endsAt: visit.endsAt.toISOString(),
    address: homeAddress(form),
    sequence: visit.sequence,
    ...(cancelled ? { cancelled: true } : {}),
  };
}
