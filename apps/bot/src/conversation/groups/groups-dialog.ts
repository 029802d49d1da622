import { Injectable } from '@nestjs/common';
import { Actor, AppConfig, InjectConfig, Role } from '@pleje/core';
import { MyGroup, PeerGroupsService, PeerMembershipStatus, PeerSession } from '@pleje/peer-groups';
import { BotReply, CardElement } from '../adaptive-card';
import { dialogCard, formatSpan } from '../card-kit';
import { groupsTexts as t } from './groups-texts';

/** Meetings shown per group (the service returns the next three). */
const SESSIONS_PER_GROUP = 3;

/** One group with everyone of the family in it (two siblings in one group make one entry). */
interface GroupEntry {
  groupName: string;
  who: string[];
  statusLine: string;
  sessions: PeerSession[];
}

function statusLine(g: MyGroup): string {
  if (g.membership.status === PeerMembershipStatus.WAITLISTED && g.waitlistPosition !== null)
    return t.waitlist(g.waitlistPosition);
  return t.membership[g.membership.status] ?? '';
}

function sessionElement(s: PeerSession): CardElement {
  const cancelled = s.cancelledAt !== null;
  return {
    type: 'Container',
    separator: true,
    spacing: 'small',
    items: [
      {
        type: 'TextBlock',
        text: cancelled
          ? `~~${formatSpan(s.startsAt, s.endsAt)}~~ **${t.cancelled}**`
          : formatSpan(s.startsAt, s.endsAt),
        weight: cancelled ? 'default' : 'bolder',
        wrap: true,
      },
      cancelled
        ? {
            type: 'TextBlock',
            text: s.cancelReason ? t.cancelledBecause(s.cancelReason) : t.cancelled,
            wrap: true,
            isSubtle: true,
            spacing: 'none',
          }
        : {
            type: 'FactSet',
            facts: [
              { title: t.place, value: s.place },
              ...(s.transportNote ? [{ title: t.transport, value: s.transportNote }] : []),
            ],
          },
    ],
  };
}

/**
 * "grupper" for foster parents: the next network-group meetings of the family's children, read through the
 * same PeerGroupsService as the portal (first names only, cancelled meetings marked as such).
 */
@Injectable()
export class GroupsDialog {
  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly groups: PeerGroupsService,
  ) {}

  async show(actor: Actor): Promise<BotReply> {
    if (actor.role !== Role.FOSTER_PARENT) return { text: t.onlyFosterParents };
    const mine = await this.groups.myGroups(actor);
    if (!mine.length) return { text: t.none };
    const entries = new Map<string, GroupEntry>();
    for (const g of mine) {
      const who = g.membership.participant?.firstName ?? t.family;
      const entry = entries.get(g.group.id);
      if (entry) {
        if (!entry.who.includes(who)) entry.who.push(who);
        continue;
      }
      entries.set(g.group.id, {
        groupName: g.group.name,
        who: [who],
        statusLine: statusLine(g),
        sessions: g.nextSessions.slice(0, SESSIONS_PER_GROUP),
      });
    }
    const body: CardElement[] = [...entries.values()].map((e) => ({
      type: 'Container',
      separator: true,
      spacing: 'medium',
      items: [
        { type: 'TextBlock', text: t.inGroup(e.who.join(' og '), e.groupName), weight: 'bolder', wrap: true },
        { type: 'TextBlock', text: e.statusLine, isSubtle: true, spacing: 'none', wrap: true },
        ...(e.sessions.length
          ? e.sessions.map(sessionElement)
          : [{ type: 'TextBlock' as const, text: t.noSessions, wrap: true }]),
      ],
    }));
    return {
      card: dialogCard(t.heading, body, [
        { type: 'Action.OpenUrl', title: t.open, url: `${this.config.publicUrl}/netvaerksgrupper` },
      ]),
    };
  }
}
