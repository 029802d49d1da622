import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { seedRecruitment } from './recruitment-seed';

const DAY = 24 * 3600 * 1000;

/** Synthetic households the demo adds (applicant accounts without a password, one per application). */
export const DEMO_SYNTHETIC_APPLICATIONS = 12;

/** 10:00 Copenhagen time `days` from now (rounded to the day), as a Date. */
function at(days: number, hour: number): Date {
  const d = new Date(Date.now() + days * DAY);
  d.setUTCHours(hour - 1, 0, 0, 0); // CET; a demo hour off in summer time is harmless
  return d;
}

async function userId(
  em: EntityManager,
  email: string,
): Promise<{ id: string; municipality_id: string } | undefined> {
  const [row] = await em.query(`SELECT id, municipality_id FROM app_user WHERE email = $1`, [email]);
  return row;
}

/**
 * Recruitment demo data for `npm start`, idempotent: the demo applicant's half-filled draft, an approved family
 * for the demo foster parent, a dozen applications in every stage for the board and the charts, and the
 * coming information meeting and grundkursus days in Aarhus.
 */
export async function seedRecruitmentDemo(dataSource: DataSource): Promise<number> {
  let added = 0;
  await dataSource.transaction(async (em) => {
    const applicant = await userId(em, 'ansoeger@aarhus.example');
    if (
      applicant &&
      !(await em.query(`SELECT 1 FROM application WHERE applicant_user_id = $1`, [applicant.id])).length
    ) {
      const form = {
        applicants: [
          {
            id: randomUUID(),
            firstName: 'Ida',
            lastName: 'Ansøger',
            birthDate: '1986-05-14',
            phone: '20 11 22 33',
          },
        ],
        household: [],
        street: 'Vestergade 4',
        postalCode: '8000',
        city: 'Aarhus C',
        familyTypes: ['AFLASTNING'],
        consentPrivacy: true,
      };
      const [app] = await em.query(
        `INSERT INTO application (municipality_id, applicant_user_id, status, form, last_step, search_text, version)
         VALUES ($1, $2, 'INQUIRY', $3, 'HOME', 'ida ansøger 8000 aarhus c', 1) RETURNING id`,
        [applicant.municipality_id, applicant.id, JSON.stringify(form)],
      );
      await em.query(
        `INSERT INTO application_transition (application_id, municipality_id, to_status, actor_user_id, actor_role)
         VALUES ($1, $2, 'INQUIRY', $3, 'APPLICANT')`,
        [app.id, applicant.municipality_id, applicant.id],
      );
      added++;
    }

    const parent = await userId(em, 'plejefamilie@aarhus.example');
    if (parent && !(await em.query(`SELECT 1 FROM foster_family WHERE user_id = $1`, [parent.id])).length) {
      const form = {
        applicants: [
          {
            id: randomUUID(),
            firstName: 'Mette',
            lastName: 'Lund',
            birthDate: '1975-03-02',
            phone: '30 40 50 60',
          },
          {
            id: randomUUID(),
            firstName: 'Jens',
            lastName: 'Lund',
            birthDate: '1973-11-20',
            phone: '31 41 51 61',
          },
        ],
        household: [],
        street: 'Egevej 7',
        postalCode: '8210',
        city: 'Aarhus V',
        familyTypes: ['ALMEN', 'AFLASTNING'],
        ageMin: 3,
        ageMax: 14,
        childrenCount: 2,
        siblings: true,
        recruitmentSource: 'INFO_MEETING',
        consentCertificates: true,
        consentPrivacy: true,
      };
      const created = new Date(Date.now() - 300 * DAY);
      const [app] = await em.query(
        `INSERT INTO application (municipality_id, applicant_user_id, status, form, search_text, track, submitted_at,
                                  decided_at, status_changed_at, created_at, recruitment_source, family_types, version)
         VALUES ($1, $2, 'APPROVED', $3, 'mette jens lund 8210 aarhus v', 'STANDARD', $4, $5, $5, $4, 'INFO_MEETING',
                 '{ALMEN,AFLASTNING}', 1) RETURNING id`,
        [parent.municipality_id, parent.id, JSON.stringify(form), created, new Date(Date.now() - 120 * DAY)],
      );
      const steps = [
        'INQUIRY',
        'SUBMITTED',
        'HOME_VISIT_1',
        'COURSE_DAYS_1_2',
        'HOME_VISIT_2',
        'COURSE_DAYS_3_4',
        'ASSESSMENT',
        'APPROVED',
      ];
      for (const [i, to] of steps.entries()) {
        await em.query(
          `INSERT INTO application_transition (application_id, municipality_id, from_status, to_status, created_at)
           VALUES ($1, $2, $3, $4, $5)`,
          [
            app.id,
            parent.municipality_id,
            i ? steps[i - 1] : null,
            to,
            new Date(created.getTime() + i * 25 * DAY),
          ],
        );
      }
      await em.query(
        `INSERT INTO foster_family (municipality_id, application_id, user_id, display_name, approval_types, approved_by,
                                    places, vacancies, age_min, age_max, takes_siblings, conditions, postal_code,
                                    approved_at, vacancies_updated_at, version)
         VALUES ($1, $2, $3, 'Familien Lund', '{ALMEN,AFLASTNING}', 'SOCIALTILSYN', 2, 1, 3, 14, true,
                 'Aflastning højst to weekender om måneden', '8210', $4, now(), 1)`,
        [parent.municipality_id, app.id, parent.id, new Date(Date.now() - 120 * DAY)],
      );
      added++;
    }

    const consultant = await userId(em, 'familiekonsulent@aarhus.example');
    if (
      consultant &&
      !(
        await em.query(`SELECT 1 FROM recruitment_event WHERE municipality_id = $1`, [
          consultant.municipality_id,
        ])
      ).length
    ) {
      const events: [string, string, number, number, string, number][] = [
        ['INFO_MEETING', 'Informationsmøde: Bliv plejefamilie', 14, 19, 'Aarhus Rådhus, mødesal 1', 40],
        ['COURSE_DAYS_1_2', 'Grundkursus dag 1-2', 35, 9, 'Familieplejen, Grøndalsvej 2, Aarhus V', 16],
        ['COURSE_DAYS_3_4', 'Grundkursus dag 3-4', 63, 9, 'Familieplejen, Grøndalsvej 2, Aarhus V', 16],
        [
          'NETWORK_COURSE',
          'Kursus for netværksplejefamilier',
          42,
          17,
          'Familieplejen, Grøndalsvej 2, Aarhus V',
          12,
        ],
      ];
      for (const [kind, title, days, hour, place, capacity] of events) {
        await em.query(
          `INSERT INTO recruitment_event (municipality_id, kind, title, starts_at, ends_at, place, capacity, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            consultant.municipality_id,
            kind,
            title,
            at(days, hour),
            at(days, hour + (hour < 12 ? 7 : 2)),
            place,
            capacity,
            consultant.id,
          ],
        );
        added++;
      }
    }
  });
  // A dozen synthetic households in every stage, once (they are recognised by their generated addresses).
  const [{ n }] = await dataSource.query(
    `SELECT count(*)::int AS n FROM app_user WHERE email LIKE 'syntetisk-ansoeger-%@plejeportalen.example'`,
  );
  if (n === 0)
    added += await seedRecruitment(dataSource, { applications: DEMO_SYNTHETIC_APPLICATIONS, seed: 0.7 });
  return added;
}
