import { NotificationsService } from '@pleje/notifications';
import { EntityManager, In, LessThanOrEqual } from 'typeorm';
import { localParts } from '../../relief/src/local-time';
import { PeerGroup } from './peer-group.entity';
import { HOLDS_PLACE, PeerMembership, PeerMembershipStatus } from './peer-membership.entity';

/** Today's date in Danish local time: pauses end on a local date. */
export function localToday(now = new Date()): string {
  return localParts(now).date;
}

export function hasRequiredConsents(m: PeerMembership): boolean {
  return !!m.familyConsentAt && (!m.caseworkerConsentRequired || !!m.caseworkerConsentAt);
}

/** Participant ids with a must-not pair to `participantId` among `others`. */
export async function mustNotAmong(
  em: EntityManager,
  participantId: string,
  others: string[],
): Promise<string[]> {
  if (!others.length) return [];
  const rows: { other: string }[] = await em.query(
    `SELECT CASE WHEN participant_a_id = $1 THEN participant_b_id ELSE participant_a_id END AS other
       FROM peer_must_not_pair
      WHERE (participant_a_id = $1 AND participant_b_id = ANY($2)) OR (participant_b_id = $1 AND participant_a_id = ANY($2))`,
    [participantId, others],
  );
  return rows.map((r) => r.other);
}

/** Members who are in the group now or coming back (a must-not partner of any of them must not join). */
export async function presentMemberIds(em: EntityManager, groupId: string): Promise<string[]> {
  const rows = await em.find(PeerMembership, {
    where: {
      groupId,
      status: In([PeerMembershipStatus.INVITED, PeerMembershipStatus.ACTIVE, PeerMembershipStatus.PAUSED]),
    },
  });
  return rows.map((r) => r.participantId);
}

export async function placesHeld(em: EntityManager, groupId: string): Promise<number> {
  return em.count(PeerMembership, { where: { groupId, status: In(HOLDS_PLACE) } });
}

export async function lockGroup(em: EntityManager, groupId: string): Promise<PeerGroup | null> {
  return em.findOne(PeerGroup, { where: { id: groupId }, lock: { mode: 'pessimistic_write' } });
}

/** Moves an INVITED member on to ACTIVE once every required consent is in; the database check backs this up. */
export function activateIfConsented(m: PeerMembership, now = new Date()): void {
  if (m.status !== PeerMembershipStatus.INVITED || !hasRequiredConsents(m)) return;
  m.status = PeerMembershipStatus.ACTIVE;
  m.activatedAt ??= now;
}

export async function familyUserOf(em: EntityManager, participantId: string): Promise<string | null> {
  const [row]: { user_id: string }[] = await em.query(
    `SELECT f.user_id FROM peer_participant p JOIN foster_family f ON f.id = p.foster_family_id WHERE p.id = $1`,
    [participantId],
  );
  return row?.user_id ?? null;
}

export async function queueInvitationMail(
  em: EntityManager,
  notifications: NotificationsService,
  group: PeerGroup,
  m: PeerMembership,
  fromWaitlist: boolean,
): Promise<void> {
  const recipient = await familyUserOf(em, m.participantId);
  if (!recipient) return;
  await notifications.queueEmail(em, {
    recipientUserId: recipient,
    municipalityId: group.municipalityId,
    template: 'peer.invitation',
    params: {
      membershipId: m.id,
      groupName: group.name,
      fromWaitlist,
      alreadyActive: m.status === PeerMembershipStatus.ACTIVE,
    },
    dedupeKey: `peer-invitation:${m.id}`,
  });
}

/**
 * Gives free places to the waitlist in order of request time, skipping anyone who must not be with a present
 * member (they keep their turn). Call under the group's row lock, after a place was freed.
 */
export async function offerFreePlaces(
  em: EntityManager,
  notifications: NotificationsService,
  group: PeerGroup,
  now = new Date(),
): Promise<PeerMembership[]> {
  const offered: PeerMembership[] = [];
  let free = group.capacity - (await placesHeld(em, group.id));
  if (free <= 0) return offered;
  const waiting = await em.find(PeerMembership, {
    where: { groupId: group.id, status: PeerMembershipStatus.WAITLISTED },
    order: { requestedAt: 'ASC', id: 'ASC' },
  });
  for (const m of waiting) {
    if (free <= 0) break;
    if ((await mustNotAmong(em, m.participantId, await presentMemberIds(em, group.id))).length) continue;
    m.status = PeerMembershipStatus.INVITED;
    m.offeredAt = now;
    activateIfConsented(m, now);
    await em.save(m);
    await queueInvitationMail(em, notifications, group, m, true);
    offered.push(m);
    free--;
  }
  return offered;
}

/**
 * Pauses end by themselves on their date (checked lazily whenever groups are read or changed): the member is
 * ACTIVE again if a place is free, otherwise first in line (the original request time keeps their turn).
 */
export async function resumeDuePauses(
  em: EntityManager,
  notifications: NotificationsService,
  municipalityId: string,
  now = new Date(),
): Promise<number> {
  const due = await em.find(PeerMembership, {
    where: {
      municipalityId,
      status: PeerMembershipStatus.PAUSED,
      pausedUntil: LessThanOrEqual(localToday(now)),
    },
    order: { requestedAt: 'ASC' },
  });
  let resumed = 0;
  for (const d of due) {
    const group = await lockGroup(em, d.groupId);
    const m = await em.findOne(PeerMembership, { where: { id: d.id }, lock: { mode: 'pessimistic_write' } });
    if (!group || !m || m.status !== PeerMembershipStatus.PAUSED) continue;
    const free = group.capacity - (await placesHeld(em, group.id));
    m.status = free > 0 ? PeerMembershipStatus.ACTIVE : PeerMembershipStatus.WAITLISTED;
    m.pausedUntil = null;
    await em.save(m);
    resumed++;
  }
  return resumed;
}
