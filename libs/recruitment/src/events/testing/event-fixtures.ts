import { randomUUID } from 'node:crypto';
import { Actor, Role } from '@pleje/core';
import { insertMunicipality, insertUser } from '@pleje/testing';
import { DataSource } from 'typeorm';
import { ApplicationStatus, ApplicationTrack } from '../../application-status';
import { RecruitmentEventKind } from '../../recruitment-event.entity';

/**
 * Test rows written straight to the database, independent of the application form's submit code: a
 * municipality, consultants and applicants with an application in a given status and track.
 */
export { insertMunicipality, insertUser };

export interface TestApplicant {
  actor: Actor;
  applicationId: string;
  applicantIds: string[];
}

/** An APPLICANT account with one application; with `requirements` the course and home-visit lines submit creates. */
export async function insertApplicant(
  ds: DataSource,
  municipalityId: string,
  options: {
    status?: ApplicationStatus;
    track?: ApplicationTrack;
    firstNames?: string[];
    requirements?: boolean;
    /** An existing APPLICANT account (e.g. a demo user who can log in); default: a new one. */
    actor?: Actor;
  } = {},
): Promise<TestApplicant> {
  const status = options.status ?? ApplicationStatus.SUBMITTED;
  const track = options.track ?? ApplicationTrack.STANDARD;
  const names = options.firstNames ?? ['Anna', 'Bo'];
  const actor = options.actor ?? (await insertUser(ds, municipalityId, Role.APPLICANT, names.join(' og ')));
  const applicants = names.map((firstName) => ({ id: randomUUID(), firstName, lastName: 'Test' }));
  const form = { applicants, street: 'Testvej 1', postalCode: '8000', city: 'Aarhus C' };
  const [row] = (await ds.query(
    `INSERT INTO "application" ("municipality_id", "applicant_user_id", "form", "status", "track", "version")
     VALUES ($1, $2, $3, $4, $5, 1) RETURNING "id"`,
    [municipalityId, actor.userId, JSON.stringify(form), status, track],
  )) as Array<{ id: string }>;
  const applicationId = row!.id;
  if (options.requirements !== false) {
    const lines: Array<[string, string, string]> = [];
    for (const a of applicants) {
      lines.push(['COURSE_DAYS_1_2', a.id, a.firstName]);
      if (track === ApplicationTrack.STANDARD) lines.push(['COURSE_DAYS_3_4', a.id, a.firstName]);
    }
    lines.push(['HOME_VISIT_1', '', '']);
    if (track === ApplicationTrack.STANDARD) lines.push(['HOME_VISIT_2', '', '']);
    for (const [kind, subjectId, subjectName] of lines)
      await ds.query(
        `INSERT INTO "application_requirement" ("application_id", "municipality_id", "kind", "subject_id", "subject_name")
         VALUES ($1, $2, $3, $4, $5)`,
        [applicationId, municipalityId, kind, subjectId, subjectName],
      );
  }
  return { actor, applicationId, applicantIds: applicants.map((a) => a.id) };
}

export const HOUR = 3600 * 1000;

/** An event starting `inHours` from now (negative = in the past), bypassing the service's future-only rule. */
export async function insertEvent(
  ds: DataSource,
  municipalityId: string,
  options: {
    kind?: RecruitmentEventKind;
    inHours?: number;
    capacity?: number;
    cancelled?: boolean;
    title?: string;
  } = {},
): Promise<string> {
  const startsAt = new Date(Date.now() + (options.inHours ?? 24 * 7) * HOUR);
  const [row] = (await ds.query(
    `INSERT INTO "recruitment_event" ("municipality_id", "kind", "title", "starts_at", "ends_at", "place", "capacity", "cancelled_at")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING "id"`,
    [
      municipalityId,
      options.kind ?? RecruitmentEventKind.INFO_MEETING,
      options.title ?? 'Informationsmøde om at blive plejefamilie',
      startsAt,
      new Date(startsAt.getTime() + 2 * HOUR),
      'Rådhuset, mødelokale 2',
      options.capacity ?? 30,
      options.cancelled ? new Date() : null,
    ],
  )) as Array<{ id: string }>;
  return row!.id;
}

export async function requirementStatuses(
  ds: DataSource,
  applicationId: string,
  kind: string,
): Promise<string[]> {
  const rows = (await ds.query(
    `SELECT "status" FROM "application_requirement" WHERE "application_id" = $1 AND "kind" = $2 ORDER BY "subject_id"`,
    [applicationId, kind],
  )) as Array<{ status: string }>;
  return rows.map((r) => r.status);
}

export async function emailRows(
  ds: DataSource,
  template: string,
): Promise<Array<{ recipient_user_id: string; params: Record<string, unknown>; dedupe_key: string | null }>> {
  return ds.query(
    `SELECT "recipient_user_id", "params", "dedupe_key" FROM "email_message" WHERE "template" = $1 ORDER BY "created_at", "id"`,
    [template],
  );
}
