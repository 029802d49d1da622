import { Role } from '@pleje/core';
import ICAL from 'ical.js';
import { insertApplicant } from '../../libs/recruitment/src/events/testing/event-fixtures';
import { gql, loginToken } from '../support/graphql-client';
import { startApiForTest, TestApi } from '../support/test-api';

const HOUR = 3600 * 1000;

const CREATE = `mutation($input: CreateRecruitmentEventInput!) {
  createRecruitmentEvent(input: $input) { id kind title startsAt endsAt place capacity seatsLeft description cancelled }
}`;
const PUBLIC_LIST = `query($m: ID!, $kind: RecruitmentEventKind) {
  recruitmentEvents(municipalityId: $m, kind: $kind) { id title seatsLeft cancelled }
}`;
const SIGN_UP = `mutation($id: ID!) { signUpForRecruitmentEvent(eventId: $id) { id attended event { id seatsLeft } } }`;
const MY_CALENDAR = `{ myRecruitmentCalendar { signups { id event { id title } } homeVisits { id number } } }`;
const INVITATION = `query($kind: CalendarItemKind!, $id: ID!) { calendarInvitation(kind: $kind, id: $id) }`;
const STAFF_LIST = `{ staffRecruitmentEvents { event { id title } signups { applicationId applicantName attended } } }`;
const APPLICATION_CALENDAR = `query($id: ID!) { applicationCalendar(applicationId: $id) { signups { id } homeVisits { id } } }`;
const SCHEDULE_VISIT = `mutation($input: ScheduleHomeVisitInput!) { scheduleHomeVisit(input: $input) { id number startsAt } }`;

describe('recruitment events over real HTTP', () => {
  let api: TestApi;
  let aarhusId: string;
  let consultant: string;
  let norddjursConsultant: string;
  let applicant: string;
  let applicationId: string;

  beforeAll(async () => {
    api = await startApiForTest();
    const [m] = (await api.dataSource.query(`SELECT id FROM municipality WHERE code = '751'`)) as Array<{
      id: string;
    }>;
    aarhusId = m!.id;
    const [u] = (await api.dataSource.query(
      `SELECT id FROM app_user WHERE email = 'ansoeger@aarhus.example'`,
    )) as Array<{ id: string }>;
    // The demo applicant gets a submitted application straight in the database (the form flow is tested elsewhere).
    const household = await insertApplicant(api.dataSource, aarhusId, {
      actor: { userId: u!.id, municipalityId: aarhusId, role: Role.APPLICANT },
      firstNames: ['Ida', 'Kim'],
    });
    applicationId = household.applicationId;
    consultant = await loginToken(api.url, 'familiekonsulent@aarhus.example');
    norddjursConsultant = await loginToken(api.url, 'familiekonsulent@norddjurs.example');
    applicant = await loginToken(api.url, 'ansoeger@aarhus.example');
  });
  afterAll(() => api.close());

  const eventCount = async (): Promise<number> =>
    (
      (await api.dataSource.query(`SELECT count(*)::int AS n FROM recruitment_event`)) as Array<{ n: number }>
    )[0]!.n;

  it('an applicant signs up for a consultant’s meeting and downloads the invitation', async () => {
    const startsAt = new Date(Date.now() + 7 * 24 * HOUR);
    const created = await gql<{ createRecruitmentEvent: { id: string; seatsLeft: number } }>(
      api.url,
      CREATE,
      {
        input: {
          kind: 'INFO_MEETING',
          title: 'Informationsmøde: Bliv plejefamilie',
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(),
          place: 'Aarhus Rådhus, lokale 1',
          capacity: 20,
          description: 'Kom og hør om at blive plejefamilie.',
        },
      },
      { token: consultant },
    );
    expect(created.errors).toBeUndefined();
    const eventId = created.data!.createRecruitmentEvent.id;
    expect(created.data!.createRecruitmentEvent.seatsLeft).toBe(20);

    // The public list needs no login and shows the seats.
    const listed = await gql<{ recruitmentEvents: Array<{ id: string; seatsLeft: number }> }>(
      api.url,
      PUBLIC_LIST,
      {
        m: aarhusId,
      },
    );
    expect(listed.data?.recruitmentEvents.map((e) => e.id)).toContain(eventId);

    const signup = await gql<{ signUpForRecruitmentEvent: { id: string; event: { seatsLeft: number } } }>(
      api.url,
      SIGN_UP,
      { id: eventId },
      { token: applicant },
    );
    expect(signup.errors).toBeUndefined();
    expect(signup.data!.signUpForRecruitmentEvent.event.seatsLeft).toBe(19);

    const mine = await gql<{ myRecruitmentCalendar: { signups: Array<{ event: { id: string } }> } }>(
      api.url,
      MY_CALENDAR,
      {},
      { token: applicant },
    );
    expect(mine.data?.myRecruitmentCalendar.signups.map((s) => s.event.id)).toEqual([eventId]);

    const ics = await gql<{ calendarInvitation: string }>(
      api.url,
      INVITATION,
      { kind: 'EVENT', id: eventId },
      { token: applicant },
    );
    expect(ics.errors).toBeUndefined();
    const root = new ICAL.Component(ICAL.parse(ics.data!.calendarInvitation));
    const vevent = root.getFirstSubcomponent('vevent');
    expect(vevent?.getFirstPropertyValue('summary')).toBe('Informationsmøde: Bliv plejefamilie');
    expect(vevent?.getFirstPropertyValue('location')).toBe('Aarhus Rådhus, lokale 1');

    // The invitation mail is queued with the signup.
    const [mail] = (await api.dataSource.query(
      `SELECT count(*)::int AS n FROM email_message WHERE template = 'recruitment.event-invitation' AND params->>'eventId' = $1`,
      [eventId],
    )) as Array<{ n: number }>;
    expect(mail!.n).toBe(1);

    // The consultant sees the household by first names only.
    const staff = await gql<{
      staffRecruitmentEvents: Array<{ event: { id: string }; signups: Array<{ applicantName: string }> }>;
    }>(api.url, STAFF_LIST, {}, { token: consultant });
    const row = staff.data?.staffRecruitmentEvents.find((e) => e.event.id === eventId);
    expect(row?.signups).toEqual([{ applicationId, applicantName: 'Ida og Kim', attended: null }]);
  });

  it('another municipality’s consultant can see neither the event’s signups, the invitation nor the calendar', async () => {
    const [event] = (await api.dataSource.query(
      `SELECT id FROM recruitment_event WHERE municipality_id = $1 LIMIT 1`,
      [aarhusId],
    )) as Array<{ id: string }>;
    const staff = await gql<{ staffRecruitmentEvents: Array<{ event: { id: string } }> }>(
      api.url,
      STAFF_LIST,
      {},
      { token: norddjursConsultant },
    );
    expect(staff.data?.staffRecruitmentEvents.map((e) => e.event.id)).not.toContain(event!.id);
    const ics = await gql(
      api.url,
      INVITATION,
      { kind: 'EVENT', id: event!.id },
      { token: norddjursConsultant },
    );
    expect(ics.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(ics.data ?? null).toBeNull();
    const calendar = await gql(
      api.url,
      APPLICATION_CALENDAR,
      { id: applicationId },
      { token: norddjursConsultant },
    );
    expect(calendar.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const visit = await gql(
      api.url,
      SCHEDULE_VISIT,
      {
        input: {
          applicationId,
          number: 1,
          startsAt: new Date(Date.now() + 48 * HOUR).toISOString(),
          endsAt: new Date(Date.now() + 49 * HOUR).toISOString(),
        },
      },
      { token: norddjursConsultant },
    );
    expect(visit.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const own = await gql(api.url, APPLICATION_CALENDAR, { id: applicationId }, { token: consultant });
    expect(own.errors).toBeUndefined();
  });

  it('bad input gives BAD_USER_INPUT with Danish field messages and changes nothing', async () => {
    const before = await eventCount();
    const startsAt = new Date(Date.now() + 24 * HOUR);
    const base = {
      kind: 'COURSE_DAYS_1_2',
      title: 'Grundkursus',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + HOUR).toISOString(),
      place: 'Kursuscenteret',
      capacity: 10,
    };
    const capacity = await gql(api.url, CREATE, { input: { ...base, capacity: 0 } }, { token: consultant });
    expect(capacity.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(capacity.errors?.[0]?.extensions?.fields).toEqual({
      capacity: 'Antal pladser skal være et helt tal mellem 1 og 500.',
    });

    const times = await gql(
      api.url,
      CREATE,
      { input: { ...base, title: '   ', endsAt: new Date(startsAt.getTime() - HOUR).toISOString() } },
      { token: consultant },
    );
    expect(times.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(times.errors?.[0]?.extensions?.fields).toEqual({
      title: 'Skriv en titel.',
      endsAt: 'Sluttidspunktet skal ligge efter starttidspunktet.',
    });
    expect(await eventCount()).toBe(before);

    const visit = await gql(
      api.url,
      SCHEDULE_VISIT,
      {
        input: {
          applicationId,
          number: 3,
          startsAt: startsAt.toISOString(),
          endsAt: startsAt.toISOString(),
        },
      },
      { token: consultant },
    );
    expect(visit.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(visit.errors?.[0]?.extensions?.fields).toEqual({ number: 'Vælg 1. eller 2. hjemmebesøg.' });
    const [visits] = (await api.dataSource.query(`SELECT count(*)::int AS n FROM home_visit`)) as Array<{
      n: number;
    }>;
    expect(visits!.n).toBe(0);
  });
});
