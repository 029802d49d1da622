import { Actor, AppError, AuditService, dataSourceOptions, OutboxService, Role } from '@pleje/core';
import { NotificationsService } from '@pleje/notifications';
import { TeamsNotifier } from '@pleje/teams';
import { createTestDatabase, insertUser, testConfig, TestDatabase } from '@pleje/testing';
import { DataSource } from 'typeorm';
import { insertFamily } from '../../matching/src/testing/matching-fixtures';
import { linkToTeamsForTest, teamsMessagesLike } from '../../teams/src/testing/teams-fixtures';
import { SendPeerSessionRemindersJob } from './jobs/session-reminders.job';
import { PeerCompositionService } from './peer-composition.service';
import { PeerAudience, PeerGroupStatus } from './peer-group.entity';
import { PeerGroupsService } from './peer-groups.service';
import { PeerAttendanceStatus, PeerMembershipStatus } from './peer-membership.entity';
import { PeerSessionsService } from './peer-sessions.service';

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    return err instanceof AppError ? err.code : `OTHER: ${String(err)}`;
  }
  return 'OK';
}

// Real PostgreSQL; services built by hand like the worker and api build them.
describe('peer groups', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let audit: AuditService;
  let notifications: NotificationsService;
  const teams = new TeamsNotifier(new OutboxService());
  let groups: PeerGroupsService;
  let sessions: PeerSessionsService;
  let composition: PeerCompositionService;
  let m: string;
  let other: string;
  let consultant: Actor;
  let caseworker: Actor;
  let foreignConsultant: Actor;

  const user = (municipalityId: string, role: Role): Promise<Actor> => insertUser(ds, municipalityId, role);

  /** A foster family with its FOSTER_PARENT actor and one child registered by staff. */
  const familyWithChild = async (firstName: string, age = 10, cwRequired = false) => {
    const familyId = await insertFamily(ds, m, {});
    const [f] = await ds.query(`SELECT user_id FROM foster_family WHERE id = $1`, [familyId]);
    const parent: Actor = { userId: f.user_id, municipalityId: m, role: Role.FOSTER_PARENT };
    const year = new Date().getFullYear() - age - 1;
    const child = await groups.registerChild(consultant, {
      firstName,
      birthDate: `${year}-01-15`,
      fosterFamilyId: familyId,
      lat: 56.15,
      lon: 10.2,
      caseworkerConsentRequired: cwRequired,
    });
    return { familyId, parent, child };
  };

  const newGroup = (capacity: number, name = 'Gruppe') =>
    groups.saveGroup(consultant, {
      name,
      audience: PeerAudience.CHILDREN,
      ageMin: 6,
      ageMax: 17,
      capacity,
      status: PeerGroupStatus.ACTIVE,
    });

  const mails = (prefix: string) =>
    ds.query(
      `SELECT recipient_user_id, template, dedupe_key FROM email_message WHERE dedupe_key LIKE $1 ORDER BY dedupe_key`,
      [`${prefix}%`],
    ) as Promise<Array<{ recipient_user_id: string; template: string; dedupe_key: string }>>;

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = testConfig(db.url);
    ds = await new DataSource(dataSourceOptions(config)).initialize();
    audit = new AuditService(ds, config);
    notifications = new NotificationsService(new OutboxService());
    groups = new PeerGroupsService(ds, audit, notifications);
    sessions = new PeerSessionsService(ds, audit, notifications);
    composition = new PeerCompositionService(ds, audit, notifications, groups);
    [{ id: m }] = await ds.query(
      `INSERT INTO municipality (code, name) VALUES ('981', 'Netværkskommune') RETURNING id`,
    );
    [{ id: other }] = await ds.query(
      `INSERT INTO municipality (code, name) VALUES ('982', 'Anden kommune') RETURNING id`,
    );
    consultant = await user(m, Role.NETWORK_CONSULTANT);
    caseworker = await user(m, Role.CASEWORKER);
    foreignConsultant = await user(other, Role.NETWORK_CONSULTANT);
  });
  afterAll(async () => {
    await audit.onApplicationShutdown();
    await ds.destroy();
    await db.drop();
  });

  it('a child becomes active only with the family and, where the case says so, the caseworker', async () => {
    const group = await newGroup(4, 'Samtykke');
    const { parent, child } = await familyWithChild('Alma', 10, true);
    const invited = await groups.invite(consultant, group.id, child.id);
    expect(invited.status).toBe(PeerMembershipStatus.INVITED);
    expect((await mails(`peer-invitation:${invited.id}`)).map((x) => x.recipient_user_id)).toEqual([
      parent.userId,
    ]);
    // Another family cannot answer, and the database itself refuses an active member without consent.
    const stranger = await familyWithChild('Bo');
    expect(await code(groups.respond(stranger.parent, invited.id, true))).toBe('NOT_FOUND');
    await expect(
      ds.query(`UPDATE peer_membership SET status = 'ACTIVE' WHERE id = $1`, [invited.id]),
    ).rejects.toThrow(/peer_membership_consented/);
    const afterFamily = await groups.respond(parent, invited.id, true);
    expect(afterFamily.status).toBe(PeerMembershipStatus.INVITED);
    const awaiting = await groups.consentsAwaiting(caseworker);
    expect(awaiting.map((x) => x.id)).toContain(invited.id);
    // The caseworker cannot look groups up, so the list carries the group's name.
    expect(awaiting.find((x) => x.id === invited.id)?.group?.name).toBe('Samtykke');
    const afterCaseworker = await groups.respond(caseworker, invited.id, true);
    expect(afterCaseworker.status).toBe(PeerMembershipStatus.ACTIVE);
    // Without the caseworker rule the family's yes is enough; the caseworker has nothing to answer.
    const { parent: p2, child: c2 } = await familyWithChild('Carl');
    const m2 = await groups.invite(consultant, group.id, c2.id);
    expect(await code(groups.respond(caseworker, m2.id, true))).toBe('PEER.ILLEGAL_TRANSITION');
    expect((await groups.respond(p2, m2.id, true)).status).toBe(PeerMembershipStatus.ACTIVE);
  });

  it('fills freed places from the waitlist in request order, skipping a must-not partner', async () => {
    const group = await newGroup(2, 'Venteliste');
    const a = await familyWithChild('Asta');
    const b = await familyWithChild('Bjørn');
    const c = await familyWithChild('Clara');
    const d = await familyWithChild('Dan');
    const e = await familyWithChild('Ella');
    const ma = await groups.invite(consultant, group.id, a.child.id);
    const mb = await groups.requestPlace(b.parent, group.id, b.child.id);
    // b asked himself: that is the family's consent, so he is active at once.
    expect([ma.status, mb.status]).toEqual([PeerMembershipStatus.INVITED, PeerMembershipStatus.ACTIVE]);
    await groups.addMustNotPair(consultant, c.child.id, b.child.id, 'Sikkerhed');
    const mc = await groups.requestPlace(c.parent, group.id, c.child.id).catch((err: AppError) => err.code);
    // c must not be with b: refused without naming anyone.
    expect(mc).toBe('PEER.MUST_NOT_PAIR');
    const md = await groups.requestPlace(d.parent, group.id, d.child.id);
    const me = await groups.invite(consultant, group.id, e.child.id);
    expect([md.status, me.status]).toEqual([
      PeerMembershipStatus.WAITLISTED,
      PeerMembershipStatus.WAITLISTED,
    ]);
    expect((await groups.myGroups(e.parent))[0].waitlistPosition).toBe(2);
    // a refuses: d (first in line, already consented) gets the place and is active.
    await groups.respond(a.parent, ma.id, false);
    const detail = await groups.group(consultant, group.id);
    const status = (id: string) => detail.members.find((x) => x.participantId === id)?.status;
    expect(status(d.child.id)).toBe(PeerMembershipStatus.ACTIVE);
    expect(status(e.child.id)).toBe(PeerMembershipStatus.WAITLISTED);
    // b pauses: e is offered the place (invited, waiting for the family's yes).
    const mbPaused = await groups.pause(
      b.parent,
      mb.id,
      new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
    );
    expect(mbPaused.status).toBe(PeerMembershipStatus.PAUSED);
    const after = await groups.group(consultant, group.id);
    expect(after.members.find((x) => x.participantId === e.child.id)?.status).toBe(
      PeerMembershipStatus.INVITED,
    );
    expect((await mails(`peer-invitation:${me.id}`)).length).toBe(1);
    // The pause ends by itself when read after its date: full group, so b is first in line again.
    await ds.query(`UPDATE peer_membership SET paused_until = current_date - 1 WHERE id = $1`, [mb.id]);
    const resumed = await groups.group(consultant, group.id);
    expect(resumed.members.find((x) => x.id === mb.id)?.status).toBe(PeerMembershipStatus.WAITLISTED);
    await groups.leave(d.parent, md.id);
    const final = await groups.group(consultant, group.id);
    // b had asked first and had consented: active again.
    expect(final.members.find((x) => x.id === mb.id)?.status).toBe(PeerMembershipStatus.ACTIVE);
  });

  describe('races for the last place (concurrent transactions on separate connections)', () => {
    /** Statuses of the group's memberships, by participant. */
    const statuses = async (groupId: string) =>
      Object.fromEntries(
        (
          (await ds.query(`SELECT participant_id, status FROM peer_membership WHERE group_id = $1`, [
            groupId,
          ])) as Array<{ participant_id: string; status: string }>
        ).map((r) => [r.participant_id, r.status]),
      );
    const sorted = (xs: string[]) => [...xs].sort();

    it('two families asking for the last place at once: one ACTIVE, the other WAITLISTED, every time', async () => {
      for (let round = 0; round < 6; round += 1) {
        const group = await newGroup(2, `Sidste plads ${round}`);
        const first = await familyWithChild(`Først${round}`);
        await groups.requestPlace(first.parent, group.id, first.child.id);
        const a = await familyWithChild(`Anna${round}`);
        const b = await familyWithChild(`Bent${round}`);
        const [ma, mb] = await Promise.all([
          groups.requestPlace(a.parent, group.id, a.child.id),
          groups.requestPlace(b.parent, group.id, b.child.id),
        ]);
        expect(sorted([ma.status, mb.status])).toEqual([
          PeerMembershipStatus.ACTIVE,
          PeerMembershipStatus.WAITLISTED,
        ]);
        // What the database holds agrees with what the callers were told.
        const now = await statuses(group.id);
        expect([now[a.child.id], now[b.child.id]]).toEqual([ma.status, mb.status]);
        expect(Object.values(now).filter((x) => x === PeerMembershipStatus.ACTIVE)).toHaveLength(2);
      }
    });

    it('six families asking for the last two places at once: two ACTIVE, four WAITLISTED in request order', async () => {
      const group = await newGroup(3, 'To pladser');
      const first = await familyWithChild('Første');
      await groups.requestPlace(first.parent, group.id, first.child.id);
      const families = await Promise.all(
        ['Aske', 'Bodil', 'Cille', 'Dagmar', 'Egon', 'Frida'].map((n) => familyWithChild(n)),
      );
      const results = await Promise.all(
        families.map((f) => groups.requestPlace(f.parent, group.id, f.child.id)),
      );
      expect(results.filter((r) => r.status === PeerMembershipStatus.ACTIVE)).toHaveLength(2);
      expect(results.filter((r) => r.status === PeerMembershipStatus.WAITLISTED)).toHaveLength(4);
      // Whoever got in asked (committed) before everyone on the waitlist.
      const lastIn = Math.max(
        ...results
          .filter((r) => r.status === PeerMembershipStatus.ACTIVE)
          .map((r) => r.requestedAt.getTime()),
      );
      for (const r of results.filter((x) => x.status === PeerMembershipStatus.WAITLISTED))
        expect(r.requestedAt.getTime()).toBeGreaterThanOrEqual(lastIn);
    });

    it('two consultants inviting to the last place at once: one INVITED holds it, the other WAITLISTED; both families then say yes at once', async () => {
      const colleague = await user(m, Role.NETWORK_CONSULTANT);
      for (let round = 0; round < 4; round += 1) {
        const group = await newGroup(2, `Invitation ${round}`);
        const first = await familyWithChild(`Først-inv${round}`);
        await groups.requestPlace(first.parent, group.id, first.child.id);
        const a = await familyWithChild(`Ask${round}`);
        const b = await familyWithChild(`Birk${round}`);
        const [ma, mb] = await Promise.all([
          groups.invite(consultant, group.id, a.child.id),
          groups.invite(colleague, group.id, b.child.id),
        ]);
        expect(sorted([ma.status, mb.status])).toEqual([
          PeerMembershipStatus.INVITED,
          PeerMembershipStatus.WAITLISTED,
        ]);
        // Only the invited family was mailed an invitation.
        const invited = ma.status === PeerMembershipStatus.INVITED ? ma : mb;
        const waiting = invited === ma ? mb : ma;
        expect((await mails(`peer-invitation:${invited.id}`)).length).toBe(1);
        expect((await mails(`peer-invitation:${waiting.id}`)).length).toBe(0);
        // Both families consent at the same moment: the invited child becomes ACTIVE, the other keeps waiting
        // (its yes recorded, so it becomes active as soon as a place is offered).
        const [ra, rb] = await Promise.all([
          groups.respond(a.parent, ma.id, true),
          groups.respond(b.parent, mb.id, true),
        ]);
        const byId = new Map([ra, rb].map((r) => [r.id, r]));
        expect(byId.get(invited.id)?.status).toBe(PeerMembershipStatus.ACTIVE);
        expect(byId.get(waiting.id)?.status).toBe(PeerMembershipStatus.WAITLISTED);
        expect(byId.get(waiting.id)?.familyConsentAt).toBeInstanceOf(Date);
        const now = await statuses(group.id);
        expect(Object.values(now).filter((x) => x === PeerMembershipStatus.ACTIVE)).toHaveLength(2);
      }
    });

    it('a family asking while a consultant invites another child to the last place: exactly one gets it', async () => {
      for (let round = 0; round < 4; round += 1) {
        const group = await newGroup(2, `Blandet ${round}`);
        const first = await familyWithChild(`Først-bl${round}`);
        await groups.requestPlace(first.parent, group.id, first.child.id);
        const asking = await familyWithChild(`Spørger${round}`);
        const invitedChild = await familyWithChild(`Inviteret${round}`);
        const [mAsk, mInv] = await Promise.all([
          groups.requestPlace(asking.parent, group.id, asking.child.id),
          groups.invite(consultant, group.id, invitedChild.child.id),
        ]);
        const holding = [mAsk, mInv].filter((x) =>
          [PeerMembershipStatus.ACTIVE, PeerMembershipStatus.INVITED].includes(x.status),
        );
        expect(holding).toHaveLength(1);
        expect([mAsk, mInv].filter((x) => x.status === PeerMembershipStatus.WAITLISTED)).toHaveLength(1);
      }
    });

    it('family and caseworker consenting to the same invitation at once: ACTIVE with both consents', async () => {
      for (let round = 0; round < 4; round += 1) {
        const group = await newGroup(3, `Dobbelt samtykke ${round}`);
        const { parent, child } = await familyWithChild(`Cw${round}`, 10, true);
        const invited = await groups.invite(consultant, group.id, child.id);
        await Promise.all([
          groups.respond(parent, invited.id, true),
          groups.respond(caseworker, invited.id, true),
        ]);
        const [row] = await ds.query(
          `SELECT status, family_consent_at IS NOT NULL AS family, caseworker_consent_at IS NOT NULL AS cw
             FROM peer_membership WHERE id = $1`,
          [invited.id],
        );
        expect(row).toEqual({ status: PeerMembershipStatus.ACTIVE, family: true, cw: true });
      }
    });

    it('a place freed while a newcomer asks: it goes to the one already waiting, the newcomer waits', async () => {
      for (let round = 0; round < 4; round += 1) {
        const group = await newGroup(2, `Frigjort ${round}`);
        const staying = await familyWithChild(`Bliver${round}`);
        await groups.requestPlace(staying.parent, group.id, staying.child.id);
        const leaving = await familyWithChild(`Går${round}`);
        const mLeaving = await groups.requestPlace(leaving.parent, group.id, leaving.child.id);
        const waiting = await familyWithChild(`Venter${round}`);
        const mWaiting = await groups.requestPlace(waiting.parent, group.id, waiting.child.id);
        expect(mWaiting.status).toBe(PeerMembershipStatus.WAITLISTED);
        const newcomer = await familyWithChild(`Ny${round}`);
        const [, mNew] = await Promise.all([
          groups.leave(leaving.parent, mLeaving.id),
          groups.requestPlace(newcomer.parent, group.id, newcomer.child.id),
        ]);
        expect(mNew.status).toBe(PeerMembershipStatus.WAITLISTED);
        const now = await statuses(group.id);
        expect(now[waiting.child.id]).toBe(PeerMembershipStatus.ACTIVE);
        expect(now[newcomer.child.id]).toBe(PeerMembershipStatus.WAITLISTED);
      }
    });
  });

  it('reminds each active member once the day before, across re-runs and a fresh handler', async () => {
    const group = await newGroup(5, 'Påmindelse');
    const members = [await familyWithChild('Frida'), await familyWithChild('Gustav')];
    for (const x of members) await groups.requestPlace(x.parent, group.id, x.child.id);
    const invitedOnly = await familyWithChild('Hugo');
    await groups.invite(consultant, group.id, invitedOnly.child.id);
    const [s] = await ds.query(
      `INSERT INTO peer_session (municipality_id, group_id, starts_at, ends_at, place, version)
       VALUES ($1, $2, now() + interval '20 hours', now() + interval '22 hours', 'Klubben', 1) RETURNING id`,
      [m, group.id],
    );
    const first = await new SendPeerSessionRemindersJob(ds, notifications, teams).handle();
    await new SendPeerSessionRemindersJob(ds, notifications, teams).handle();
    await Promise.all([
      new SendPeerSessionRemindersJob(ds, notifications, teams).handle(),
      new SendPeerSessionRemindersJob(ds, notifications, teams).handle(),
    ]);
    expect(first.sent).toBe(2);
    const sent = await mails(`peer-reminder:${s.id}:`);
    expect(sent.map((x) => x.recipient_user_id).sort()).toEqual(members.map((x) => x.parent.userId).sort());
    expect(sent.every((x) => x.template === 'peer.session-reminder')).toBe(true);
    const [{ jobs }] = await ds.query(
      `SELECT count(*)::int AS jobs FROM outbox_job o JOIN email_message e ON o.payload->>'emailId' = e.id::text WHERE e.dedupe_key LIKE $1`,
      [`peer-reminder:${s.id}:%`],
    );
    expect(jobs).toBe(2);
  });

  it('also reminds a member linked to Teams in Teams, once across re-runs, without the child', async () => {
    const group = await newGroup(5, 'Teams-påmindelse');
    const linked = await familyWithChild('Lærke');
    const unlinked = await familyWithChild('Mads');
    for (const x of [linked, unlinked]) await groups.requestPlace(x.parent, group.id, x.child.id);
    await linkToTeamsForTest(ds, linked.parent.userId, m);
    const [s] = await ds.query(
      `INSERT INTO peer_session (municipality_id, group_id, starts_at, ends_at, place, version)
       VALUES ($1, $2, now() + interval '20 hours', now() + interval '22 hours', 'Biblioteket', 1) RETURNING id`,
      [m, group.id],
    );
    const runs = await Promise.all([
      new SendPeerSessionRemindersJob(ds, notifications, teams).handle(),
      new SendPeerSessionRemindersJob(ds, notifications, teams).handle(),
    ]);
    await new SendPeerSessionRemindersJob(ds, notifications, teams).handle();
    expect(runs.reduce((n, r) => n + r.teams, 0)).toBe(1);
    const messages = await teamsMessagesLike(ds, `peer-reminder:${s.id}:`);
    expect(messages.map((x) => [x.recipient_user_id, x.kind, x.jobs])).toEqual([
      [linked.parent.userId, 'peer.session-reminder', 1],
    ]);
    expect(messages[0].params).toMatchObject({
      sessionId: s.id,
      groupName: 'Teams-påmindelse',
      place: 'Biblioteket',
    });
    expect(JSON.stringify(messages)).not.toContain('Lærke');
    // The mail still goes to both.
    expect((await mails(`peer-reminder:${s.id}:`)).length).toBe(2);
  });

  it('cancelling a meeting tells every active member once; a second cancel is refused', async () => {
    const group = await newGroup(5, 'Aflysning');
    const members = [
      await familyWithChild('Ib'),
      await familyWithChild('Jens'),
      await familyWithChild('Kaja'),
    ];
    for (const x of members) await groups.requestPlace(x.parent, group.id, x.child.id);
    const [s] = await sessions.createSessions(consultant, {
      groupId: group.id,
      firstDate: '2099-03-03',
      startTime: '16:00',
      endTime: '18:00',
      everyWeeks: 2,
      count: 3,
      place: 'Klubben',
    });
    await sessions.cancelSession(consultant, s.id, 'Facilitatoren er syg');
    expect(await code(sessions.cancelSession(consultant, s.id, 'Igen'))).toBe('PEER.SESSION_CANCELLED');
    const sent = await mails(`peer-session-cancelled:${s.id}:`);
    expect(sent.map((x) => x.recipient_user_id).sort()).toEqual(members.map((x) => x.parent.userId).sort());
  });

  it('reports participation per held meeting and the places taken', async () => {
    const group = await newGroup(4, 'Fremmøde');
    const a = await familyWithChild('Vera');
    const b = await familyWithChild('Willy');
    const c = await familyWithChild('Xenia');
    for (const x of [a, b]) await groups.requestPlace(x.parent, group.id, x.child.id);
    await groups.invite(consultant, group.id, c.child.id);
    const [first, second, future] = await sessions
      .createSessions(consultant, {
        groupId: group.id,
        firstDate: '2024-03-05',
        startTime: '16:00',
        endTime: '18:00',
        everyWeeks: 1,
        count: 2,
        place: 'Klubben',
      })
      .then(async (past) => [
        ...past,
        ...(await sessions.createSessions(consultant, {
          groupId: group.id,
          firstDate: '2099-03-05',
          startTime: '16:00',
          endTime: '18:00',
          everyWeeks: 1,
          count: 1,
          place: 'Klubben',
        })),
      ]);
    await sessions.recordAttendance(consultant, first.id, [
      { participantId: a.child.id, status: PeerAttendanceStatus.PRESENT },
      { participantId: b.child.id, status: PeerAttendanceStatus.ABSENT },
    ]);
    await sessions.recordAttendance(consultant, second.id, [
      { participantId: a.child.id, status: PeerAttendanceStatus.EXCUSED },
      { participantId: b.child.id, status: PeerAttendanceStatus.PRESENT },
    ]);
    const [metrics] = await sessions.metrics(consultant, group.id);
    // Two active and one invited member hold places; the future meeting is not in the chart.
    expect(metrics.placesHeld).toBe(3);
    expect(metrics.sessions.map((x) => x.session.id)).toEqual([first.id, second.id]);
    expect(metrics.sessions.map((x) => x.session.id)).not.toContain(future.id);
    expect(metrics.sessions.map((x) => [x.present, x.absent, x.excused, x.participationRate])).toEqual([
      [1, 1, 0, 0.5],
      [1, 0, 1, 1],
    ]);
  });

  it('proposes only among the children the consultant chose', async () => {
    const kids = [];
    for (const name of ['Yrsa', 'Zakarias', 'Åse', 'Ørjan']) kids.push(await familyWithChild(name, 7));
    const chosen = kids.slice(0, 2).map((k) => k.child.id);
    const proposal = await composition.propose(consultant, { groupSize: 2, participantIds: chosen });
    expect(proposal.groups.flatMap((g) => g.childIds).sort()).toEqual([...chosen].sort());
    expect(proposal.unplaced).toEqual([]);
    expect(await code(composition.propose(consultant, { groupSize: 2, participantIds: [chosen[0]] }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('shows who has left the group once, and not when they are back', async () => {
    const group = await newGroup(4, 'Forladt');
    const a = await familyWithChild('Aksel');
    const b = await familyWithChild('Bodil');
    const ma = await groups.requestPlace(a.parent, group.id, a.child.id);
    const mb = await groups.requestPlace(b.parent, group.id, b.child.id);
    await groups.leave(a.parent, ma.id);
    await groups.leave(consultant, mb.id);
    // Bodil comes back: she is a member again, not a former one.
    await groups.requestPlace(b.parent, group.id, b.child.id);
    const detail = await groups.group(consultant, group.id);
    expect(detail.formerMembers.map((m) => [m.participant?.firstName, m.status])).toEqual([
      ['Aksel', PeerMembershipStatus.LEFT],
    ]);
    expect(detail.members.map((m) => m.participant?.firstName)).toEqual(['Bodil']);
  });

  it("lists the municipality's active foster families by id and name only, audited", async () => {
    const a = await familyWithChild('Nora');
    const inactive = await familyWithChild('Otto');
    await ds.query(`UPDATE foster_family SET active = false WHERE id = $1`, [inactive.familyId]);
    const foreignFamily = await insertFamily(ds, other, {});
    const [{ n: before }] = await ds.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE actor_user_id = $1 AND entity = 'foster_family' AND action = 'READ'`,
      [consultant.userId],
    );
    const list = await groups.fosterFamilies(consultant);
    const ids = list.map((f) => f.id);
    expect(ids).toContain(a.familyId);
    expect(ids).not.toContain(inactive.familyId);
    expect(ids).not.toContain(foreignFamily);
    expect(Object.keys(list[0]!).sort()).toEqual(['displayName', 'id']);
    expect((await groups.fosterFamilies(foreignConsultant)).map((f) => f.id)).toEqual([foreignFamily]);
    const [{ n: after }] = await ds.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE actor_user_id = $1 AND entity = 'foster_family' AND action = 'READ'`,
      [consultant.userId],
    );
    expect(after).toBe(before + 1);
  });

  it('keeps other municipalities and other families out', async () => {
    const group = await newGroup(3, 'Omfang');
    const a = await familyWithChild('Lise');
    const b = await familyWithChild('Mads');
    expect(await code(groups.group(foreignConsultant, group.id))).toBe('NOT_FOUND');
    expect(await code(groups.invite(foreignConsultant, group.id, a.child.id))).toBe('NOT_FOUND');
    // A family asking a place for someone else's child looks like a missing child.
    expect(await code(groups.requestPlace(b.parent, group.id, a.child.id))).toBe('NOT_FOUND');
    const mine = await groups.requestPlace(a.parent, group.id, a.child.id);
    expect(await code(groups.leave(b.parent, mine.id))).toBe('NOT_FOUND');
    expect((await groups.myGroups(b.parent)).map((x) => x.group.id)).not.toContain(group.id);
    expect((await groups.myGroups(a.parent)).map((x) => x.group.id)).toContain(group.id);
  });

  it('rejects bad input with typed errors and writes nothing', async () => {
    const count = async (table: string) =>
      (await ds.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
    const before = [await count('peer_group'), await count('peer_session'), await count('peer_participant')];
    expect(
      await code(
        groups.saveGroup(consultant, {
          name: '',
          audience: PeerAudience.CHILDREN,
          ageMin: 12,
          ageMax: 8,
          capacity: 1,
          status: PeerGroupStatus.PLANNED,
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    const group = (await ds.query(`SELECT id FROM peer_group WHERE municipality_id = $1 LIMIT 1`, [m]))[0].id;
    expect(
      await code(
        sessions.createSessions(consultant, {
          groupId: group,
          firstDate: '2099-02-30x',
          startTime: '18:00',
          endTime: '17:00',
          everyWeeks: 0,
          count: 100,
          place: '',
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    const fam = await insertFamily(ds, m, {});
    expect(
      await code(
        groups.registerChild(consultant, {
          firstName: 'Anna Marie',
          birthDate: '2099-01-01',
          fosterFamilyId: fam,
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(await code(groups.pause(consultant, '00000000-0000-4000-8000-000000000000', 'i morgen'))).toBe(
      'BAD_USER_INPUT',
    );
    expect([await count('peer_group'), await count('peer_session'), await count('peer_participant')]).toEqual(
      before,
    );
  });

  it('proposes groups that keep must-not pairs apart, explains a refused move and confirms as invitations', async () => {
    const kids: Awaited<ReturnType<typeof familyWithChild>>[] = [];
    for (const [k, name] of ['Otto', 'Pia', 'Rasmus', 'Sofie', 'Tobias', 'Ulla'].entries())
      kids.push(await familyWithChild(name, 13 + (k % 2)));
    await groups.addMustNotPair(consultant, kids[0].child.id, kids[1].child.id);
    const proposal = await composition.propose(consultant, { groupSize: 3, ageMin: 13, ageMax: 15 });
    const ids = new Set(kids.map((k) => k.child.id));
    const proposed = proposal.groups.map((g) => g.childIds.filter((id) => ids.has(id)));
    const ofOtto = proposed.findIndex((g) => g.includes(kids[0].child.id));
    expect(proposed[ofOtto]).not.toContain(kids[1].child.id);
    expect(proposal.unplaced).toEqual([]);
    const ofPia = proposal.groups.findIndex((g) => g.childIds.includes(kids[1].child.id));
    const refused = await composition
      .move(consultant, proposal.id, proposal.version, kids[1].child.id, ofOtto)
      .catch((err: AppError) => err);
    expect(refused).toMatchObject({ code: 'PEER.MUST_NOT_PAIR' });
    expect((refused as AppError).message).toMatch(/må ikke være i gruppe/);
    expect(ofPia).not.toBe(ofOtto);
    const created = await composition.confirm(consultant, {
      compositionId: proposal.id,
      expectedVersion: proposal.version,
      namePrefix: 'Unge',
    });
    expect(created.length).toBe(proposal.groups.length);
    const rows = await ds.query(`SELECT status FROM peer_membership WHERE group_id = ANY($1)`, [
      created.map((g) => g.id),
    ]);
    expect(rows.length).toBe(proposal.groups.reduce((s, g) => s + g.childIds.length, 0));
    expect(rows.every((r: { status: string }) => r.status === 'INVITED')).toBe(true);
    expect(
      await code(
        composition.confirm(consultant, {
          compositionId: proposal.id,
          expectedVersion: proposal.version,
          namePrefix: 'x',
        }),
      ),
    ).toBe('PEER.STALE_PROPOSAL');
  });
});
