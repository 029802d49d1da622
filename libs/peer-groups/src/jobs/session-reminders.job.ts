import { Injectable } from '@nestjs/common';
import { JobHandler } from '@pleje/core';
import { NotificationsService } from '@pleje/notifications';
import { TeamsNotifier } from '@pleje/teams';
import { DataSource } from 'typeorm';
import { PeerGroup, PeerSession } from '../peer-group.entity';

/** Meetings starting within this window are reminded: the day before, and never at the last minute. */
const FROM_HOURS = 2;
const TO_HOURS = 26;

interface Due {
  session_id: string;
  participant_id: string;
  recipient: string;
}

/**
 * Reminds each active member's foster family the day before a meeting. "Once" is the mail's dedupe key
 * `peer-reminder:<sessionId>:<participantId>`: a re-run, a second worker, a retry or a restart sends nothing new.
 */
@Injectable()
export class SendPeerSessionRemindersJob implements JobHandler<'peer.send-session-reminders'> {
  readonly jobName = 'peer.send-session-reminders' as const;

  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly teams: TeamsNotifier,
  ) {}

  /** `sent` counts mails; `teams` the Teams messages queued for families with a live Teams chat. */
  async handle(): Promise<{ sent: number; teams: number }> {
    const due = (await this.dataSource.query(
      `SELECT s.id AS session_id, m.participant_id, f.user_id AS recipient
         FROM peer_session s
         JOIN peer_group g ON g.id = s.group_id
         JOIN peer_membership m ON m.group_id = s.group_id AND m.status = 'ACTIVE'
         JOIN peer_participant p ON p.id = m.participant_id
         JOIN foster_family f ON f.id = p.foster_family_id
        WHERE s.cancelled_at IS NULL AND g.status IN ('PLANNED', 'ACTIVE')
          AND s.starts_at > now() + make_interval(hours => $1)
          AND s.starts_at <= now() + make_interval(hours => $2)
        ORDER BY s.starts_at, s.id, m.participant_id`,
      [FROM_HOURS, TO_HOURS],
    )) as Due[];
    let sent = 0;
    let teams = 0;
    for (const row of due) {
      // One short transaction per reminder: the email and Teams rows and their outbox jobs commit together.
      const queued = await this.dataSource.transaction(async (em) => {
        const session = await em.findOne(PeerSession, { where: { id: row.session_id } });
        // Cancelled between the query and now: no reminder.
        if (!session || session.cancelledAt) return false;
        const group = await em.findOneOrFail(PeerGroup, { where: { id: session.groupId } });
        // Also in Teams for a linked family; its own dedupe key, so linking later still gets this reminder.
        const inTeams = await this.teams.queue(em, {
          recipientUserId: row.recipient,
          municipalityId: session.municipalityId,
          kind: 'peer.session-reminder',
          params: {
            sessionId: session.id,
            groupName: group.name,
            startsAt: session.startsAt.toISOString(),
            endsAt: session.endsAt.toISOString(),
            place: session.place,
          },
          dedupeKey: `peer-reminder:${session.id}:${row.participant_id}`,
        });
        if (inTeams) teams += 1;
        return this.notifications.queueEmail(em, {
          recipientUserId: row.recipient,
          municipalityId: session.municipalityId,
          template: 'peer.session-reminder',
          params: {
            sessionId: session.id,
            groupName: group.name,
            startsAt: session.startsAt.toISOString(),
            endsAt: session.endsAt.toISOString(),
            place: session.place,
            transportNote: session.transportNote,
          },
          dedupeKey: `peer-reminder:${session.id}:${row.participant_id}`,
        });
      });
      if (queued) sent += 1;
    }
    return { sent, teams };
  }
}
