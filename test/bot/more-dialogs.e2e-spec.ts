import { INestApplication } from '@nestjs/common';
import { Actor, Role } from '@pleje/core';
import { NEXT_STEP_DA, ApplicationStatus } from '@pleje/recruitment';
import { PeerAudience, PeerGroupsService, PeerGroupStatus } from '@pleje/peer-groups';
import { TeamsLinkService } from '@pleje/teams';
import { DataSource } from 'typeorm';
import { botTexts } from '../../apps/bot/src/conversation/bot-texts';
import { groupsTexts } from '../../apps/bot/src/conversation/groups/groups-texts';
import { schoolTexts } from '../../apps/bot/src/conversation/school/school-texts';
import { statusTexts } from '../../apps/bot/src/conversation/status/status-texts';
import {
  insertApplicant,
  insertEvent,
  insertUser,
} from '../../libs/recruitment/src/events/testing/event-fixtures';
import { placedChild } from '../../libs/relief/src/feeds/testing/relief-fixtures';
import { FakeBotConnector } from '../support/fake-bot-connector';
import { aarhusId } from '../support/relief-bot-fixtures';
import { BotHarness, startBotHarness } from '../support/bot-harness';
import type { TestApi } from '../support/test-api';
import { postActivity, teamsActivities } from '../support/teams-activities';

/**
 * "status", "grupper", "skole" and the help card per role over the Bot Framework protocol (`expectReplies`):
 * linked users of each role, the replies and cards, and the rows the school request writes (or does not).
 */

const bot = { id: '28:00000000-0000-0000-0000-00000000b08', name: 'Plejeportalen' };
const tenant = { id: '00000000-0000-0000-0000-0000000000ab' };
const DAY = 86_400_000;

interface CardJson {
  body: Array<Record<string, unknown>>;
  actions: Array<{ type: string; title: string; url?: string; data?: Record<string, unknown> }>;
}
interface ReplyActivity {
  type: string;
  text?: string;
  attachments?: Array<{ contentType: string; content: CardJson }>;
}

let harness: BotHarness;
let api: TestApi;
let botApp: INestApplication;
let botUrl: string;
let connector: FakeBotConnector;
let ds: DataSource;
let municipalityId: string;

beforeAll(async () => {
  harness = await startBotHarness();
  ({ api, botApp, botUrl, connector, ds } = harness);
  municipalityId = await aarhusId(ds);
});

afterAll(() => harness?.close());

const teamsChat = teamsActivities({
  bot,
  tenant,
  serviceUrl: () => connector.url,
  activityIdPrefix: '2900000000',
  userPrefix: 'more-',
});

function teamsUser(name: string) {
  const { activity } = teamsChat(name);
  return {
    say: (text: string) => post(activity({ type: 'message', text })),
    /** A card button: Teams sends the button's data merged with the card's inputs as `value`, without text. */
    press: (value: Record<string, unknown>) => post(activity({ type: 'message', value })),
  };
}

async function post(body: Record<string, unknown>): Promise<ReplyActivity> {
  const replies = await postActivity<ReplyActivity>(botUrl, body);
  expect(replies).toHaveLength(1);
  return replies[0];
}

const cardOf = (reply: ReplyActivity): CardJson => {
  const card = reply.attachments?.[0]?.content;
  if (!card) throw new Error(`no card in reply: ${reply.text ?? ''}`);
  expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5', lang: 'da' });
  return card;
};
const texts = (card: CardJson) => JSON.stringify(card);
const input = (card: CardJson, id: string) => card.body.find((e) => e.id === id) as Record<string, unknown>;
const sendButton = (card: CardJson) => {
  const b = card.actions.find((a) => a.type === 'Action.Submit' && a.data?.action === 'school.send');
  if (!b?.data) throw new Error('no send button');
  return b.data;
};

async function link(user: ReturnType<typeof teamsUser>, actor: Actor) {
  const { code } = await botApp.get(TeamsLinkService).createLinkCode(actor);
  const reply = await user.say(`forbind ${code}`);
  expect(reply.text).toContain('Nu er du forbundet til Plejeportalen som');
}

/** The command words on the help card: its fact titles, which must match its imBack buttons one to one. */
function helpTopics(reply: ReplyActivity): string[] {
  const card = cardOf(reply);
  const facts = (
    card.body.find((e) => e.type === 'FactSet') as { facts: Array<{ title: string }> }
  ).facts.map((f) => f.title);
  const buttons = card.actions.flatMap((a) =>
    a.type === 'Action.Submit' && a.data && 'command' in a.data ? [String(a.data.command)] : [],
  );
  expect(buttons).toEqual(facts);
  return facts;
}

async function fosterParent(firstName: string) {
  const child = await placedChild(ds, municipalityId, firstName);
  const actor: Actor = { userId: child.familyUserId, municipalityId, role: Role.FOSTER_PARENT };
  return { child, actor };
}

describe('"hjælp" per role', () => {
  it('lists what each role can do: applicant, foster parent, staff, and unlinked', async () => {
    const applicant = teamsUser('help-applicant');
    await link(applicant, (await insertApplicant(ds, municipalityId)).actor);
    expect(helpTopics(await applicant.say('hjælp'))).toEqual(['spørgsmål', 'status', 'konsulent']);

    const parent = teamsUser('help-parent');
    await link(parent, (await fosterParent('Hjalte')).actor);
    expect(helpTopics(await parent.say('hjælp'))).toEqual([
      'spørgsmål',
      'aflastning',
      'mine',
      'grupper',
      'skole',
      'konsulent',
    ]);

    const caseworker = teamsUser('help-caseworker');
    await link(caseworker, await insertUser(ds, municipalityId, Role.CASEWORKER));
    expect(helpTopics(await caseworker.say('hjælp'))).toEqual(['spørgsmål', 'skole', 'konsulent']);

    const stranger = teamsUser('help-stranger');
    const reply = await stranger.say('hjælp');
    expect(helpTopics(reply)).toEqual(['spørgsmål', 'konsulent']);
    expect(texts(cardOf(reply))).toContain(botTexts.link.notLinkedHint);
  });
});

describe('"status" for applicants', () => {
  it('shows the status label, what happens next and the next booked appointment, with a link to /ansoegning', async () => {
    const { actor, applicationId } = await insertApplicant(ds, municipalityId, {
      status: ApplicationStatus.HOME_VISIT_1,
    });
    // A cancelled meeting sooner than the home visit, and a meeting later: the home visit is next.
    for (const [inHours, cancelled] of [
      [3 * 24, true],
      [10 * 24, false],
    ] as const) {
      const eventId = await insertEvent(ds, municipalityId, { inHours, cancelled });
      await ds.query(
        `INSERT INTO recruitment_event_signup (event_id, application_id, municipality_id) VALUES ($1, $2, $3)`,
        [eventId, applicationId, municipalityId],
      );
    }
    const visitAt = new Date(Date.now() + 5 * DAY);
    await ds.query(
      `INSERT INTO home_visit (application_id, municipality_id, number, starts_at, ends_at) VALUES ($1, $2, 1, $3, $4)`,
      [applicationId, municipalityId, visitAt, new Date(visitAt.getTime() + 2 * 3_600_000)],
    );
    const user = teamsUser('status-applicant');
    await link(user, actor);

    const card = cardOf(await user.say('status'));
    expect(card.body[0]).toMatchObject({ text: statusTexts.heading });
    const all = texts(card);
    expect(all).toContain('Første hjemmebesøg (siden i dag)');
    expect(all).toContain(NEXT_STEP_DA[ApplicationStatus.HOME_VISIT_1]);
    expect(all).toContain(statusTexts.homeVisit(1));
    expect(all).not.toContain('Rådhuset');
    expect(card.actions).toContainEqual({
      type: 'Action.OpenUrl',
      title: statusTexts.open,
      url: `${api.config.publicUrl}/ansoegning`,
    });

    // The visit is cancelled: the meeting in ten days is next, with its place.
    await ds.query(`UPDATE home_visit SET cancelled_at = now() WHERE application_id = $1`, [applicationId]);
    const after = texts(cardOf(await user.say('Status?')));
    expect(after).toContain('Informationsmøde om at blive plejefamilie');
    expect(after).toContain('Rådhuset, mødelokale 2');
    expect(after).not.toContain(statusTexts.homeVisit(1));
  });

  it('says so plainly without an application, to a foster parent, and asks an unlinked user to link', async () => {
    const noApplication = teamsUser('status-none');
    await link(noApplication, await insertUser(ds, municipalityId, Role.APPLICANT));
    expect((await noApplication.say('status')).text).toBe(statusTexts.noApplication);

    const parent = teamsUser('status-parent');
    await link(parent, (await fosterParent('Sofus')).actor);
    expect((await parent.say('status')).text).toBe(statusTexts.onlyApplicants);

    expect((await teamsUser('status-stranger').say('status')).text).toBe(botTexts.link.needsLink);
  });
});

describe('"grupper" for foster parents', () => {
  it("lists the children's next meetings with date, place and transport, cancelled ones marked", async () => {
    const groups = botApp.get(PeerGroupsService);
    const consultant = await insertUser(ds, municipalityId, Role.NETWORK_CONSULTANT);
    const { child, actor } = await fosterParent('Ida');
    const participant = await groups.registerChild(consultant, {
      firstName: 'Ida',
      birthDate: `${new Date().getFullYear() - 11}-01-15`,
      fosterFamilyId: child.familyId,
      lat: 56.15,
      lon: 10.2,
      caseworkerConsentRequired: false,
    });
    const group = await groups.saveGroup(consultant, {
      name: 'Mellemgruppen Viby',
      audience: PeerAudience.CHILDREN,
      ageMin: 6,
      ageMax: 17,
      capacity: 8,
      status: PeerGroupStatus.ACTIVE,
    });
    await groups.requestPlace(actor, group.id, participant.id);
    await ds.query(
      `INSERT INTO peer_session (municipality_id, group_id, starts_at, ends_at, place, transport_note, version)
       VALUES ($1, $2, now() + interval '3 days', now() + interval '3 days 2 hours', 'Klubhuset, Viby Torv 2', 'Taxa bestilles af kommunen', 1)`,
      [municipalityId, group.id],
    );
    await ds.query(
      `INSERT INTO peer_session (municipality_id, group_id, starts_at, ends_at, place, cancelled_at, cancel_reason, version)
       VALUES ($1, $2, now() + interval '10 days', now() + interval '10 days 2 hours', 'Biblioteket', now(), 'Lederen er syg', 1)`,
      [municipalityId, group.id],
    );
    const user = teamsUser('groups-parent');
    await link(user, actor);

    const card = cardOf(await user.say('grupper'));
    const all = texts(card);
    expect(all).toContain('Ida – Mellemgruppen Viby');
    expect(all).toContain(groupsTexts.membership.ACTIVE);
    expect(all).toContain('Klubhuset, Viby Torv 2');
    expect(all).toContain('Taxa bestilles af kommunen');
    expect(all).toContain(groupsTexts.cancelled);
    expect(all).toContain(groupsTexts.cancelledBecause('Lederen er syg'));
    // The meetings in date order: the cancelled one after the coming one.
    expect(all.indexOf('Klubhuset')).toBeLessThan(all.indexOf(groupsTexts.cancelled));
  });

  it('says so plainly when the children are in no group, and refuses an applicant', async () => {
    const parent = teamsUser('groups-none');
    await link(parent, (await fosterParent('Otto')).actor);
    expect((await parent.say('netværksgrupper')).text).toBe(groupsTexts.none);

    const applicant = teamsUser('groups-applicant');
    await link(applicant, (await insertApplicant(ds, municipalityId)).actor);
    expect((await applicant.say('grupper')).text).toBe(groupsTexts.onlyFosterParents);
  });
});

describe('"skole": a learning-consultant request from a card', () => {
  const requests = async (userId: string) =>
    (await ds.query(
      `SELECT placement_id, category, urgency, description FROM learning_request WHERE requested_by = $1`,
      [userId],
    )) as Array<{ placement_id: string; category: string; urgency: string; description: string }>;

  it("offers the family's child, Danish categories and urgencies; bad input is refused with nothing written; one request per card", async () => {
    const { child, actor } = await fosterParent('Mads');
    const user = teamsUser('school-parent');
    await link(user, actor);

    const card = cardOf(await user.say('skole'));
    expect(card.body[0]).toMatchObject({ text: schoolTexts.heading });
    expect(input(card, 'child').choices).toEqual([{ title: 'Mads', value: `${child.placementId}/c1` }]);
    const categories = input(card, 'category').choices as Array<{ title: string; value: string }>;
    expect(categories).toContainEqual({ title: 'Fravær', value: 'ABSENCE' });
    expect(categories).toContainEqual({ title: 'Lektiehjælp', value: 'HOMEWORK_SUPPORT' });
    expect(input(card, 'urgency').choices).toContainEqual({ title: 'Haster', value: 'HIGH' });
    const send = sendButton(card);

    // Bad input: no category and too short a text. The card comes back with Danish problems; nothing is written.
    const bad = await user.press({
      ...send,
      child: `${child.placementId}/c1`,
      description: 'Hjælp',
      urgency: 'NORMAL',
    });
    expect(bad.text).toContain(schoolTexts.chooseCategory);
    expect(bad.text).toContain(schoolTexts.descriptionMissing);
    expect(input(cardOf(bad), 'description').value).toBe('Hjælp');
    // A child of another family is not on offer.
    const other = await fosterParent('Fremmed');
    const foreign = await user.press({
      ...send,
      child: `${other.child.placementId}/c1`,
      category: 'ABSENCE',
      description: 'Mads er ikke kommet i skole i to uger.',
      urgency: 'HIGH',
    });
    expect(foreign.text).toContain(schoolTexts.chooseChild);
    // The service's own rule, in Danish: no CPR numbers in the case.
    const cpr = await user.press({
      ...send,
      child: `${child.placementId}/c1`,
      category: 'ABSENCE',
      description: 'Mads (010203-1234) er ikke kommet i skole.',
      urgency: 'HIGH',
    });
    expect(cpr.text).toContain('Skriv ikke CPR-numre i sagen.');
    expect(await requests(actor.userId)).toEqual([]);

    // Two taps on the same card's button at once: one request, the other tap is told it was sent.
    const good = {
      ...send,
      child: `${child.placementId}/c1`,
      category: 'ABSENCE',
      description: 'Mads er ikke kommet i skole i to uger.',
      urgency: 'HIGH',
    };
    const replies = await Promise.all([user.press(good), user.press(good)]);
    const sent = replies.filter((r) => r.text?.startsWith('Henvendelsen er sendt — svar senest '));
    expect(sent).toHaveLength(1);
    expect(replies.filter((r) => r.text === schoolTexts.alreadySent)).toHaveLength(1);
    const confirmation = texts(cardOf(sent[0]));
    expect(confirmation).toContain('Fravær');
    expect(confirmation).toContain('Haster');
    expect(await requests(actor.userId)).toEqual([
      {
        placement_id: child.placementId,
        category: 'ABSENCE',
        urgency: 'HIGH',
        description: 'Mads er ikke kommet i skole i to uger.',
      },
    ]);
    // The deadline in the reply is the one the triage set.
    const [{ deadline_at }] = (await ds.query(
      `SELECT deadline_at FROM learning_request WHERE requested_by = $1`,
      [actor.userId],
    )) as Array<{ deadline_at: Date }>;
    expect(sent[0].text).toContain(
      new Intl.DateTimeFormat('da-DK', {
        timeZone: 'Europe/Copenhagen',
        day: 'numeric',
        month: 'long',
      }).format(deadline_at),
    );
  });

  it('refuses an applicant and asks an unlinked user to link', async () => {
    const applicant = teamsUser('school-applicant');
    await link(applicant, (await insertApplicant(ds, municipalityId)).actor);
    expect((await applicant.say('skole')).text).toBe(schoolTexts.notAllowed);
    const stranger = teamsUser('school-stranger');
    expect((await stranger.say('skole')).text).toBe(botTexts.link.needsLink);
    expect((await stranger.press({ action: 'school.send', token: 'x' })).text).toBe(botTexts.link.needsLink);
  });
});
