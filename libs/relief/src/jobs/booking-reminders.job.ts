import { Injectable } from '@nestjs/common';
import { JobHandler } from '@pleje/core';
import { NotificationsService } from '@pleje/notifications';
import { TeamsNotifier } from '@pleje/teams';
import { DataSource } from 'typeorm';
import { ReliefBooking, ReliefBookingStatus } from '../relief-booking.entity';

/**
 * Stays starting between these many hours ahead are reminded. The job runs hourly, so each stay is seen about
 * 24 times; below 24 hours nothing goes out (a stay confirmed at such short notice is fresh in mind).
 */
const FROM_HOURS = 24;
const TO_HOURS = 48;

export type ReliefReminderRole = 'FAMILY' | 'PROVIDER';

interface Due {
  booking_id: string;
  role: ReliefReminderRole;
  recipient: string;
}

/**
 * Reminds the child's foster family and the relief family about two days before a confirmed stay. "Once" is
 * the email's dedupe key `relief-reminder:<bookingId>:<role>`: a re-run, a second worker, a retry or a restart
 * sends nothing new. A relief unit has no account in the portal, so only the foster family hears about it.
 */
@Injectable()
export class SendReliefBookingRemindersJob implements JobHandler<'relief.send-booking-reminders'> {
  readonly jobName = 'relief.send-booking-reminders' as const;

  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly teams: TeamsNotifier,
  ) {}

  /** `sent` counts mails; `teams` the Teams messages queued for recipients with a live Teams chat. */
  async handle(): Promise<{ sent: number; teams: number }> {
    const due = (await this.dataSource.query(
      `SELECT b."id" AS booking_id, 'FAMILY' AS role, f."user_id" AS recipient, b."starts_at"
       FROM "relief_booking" b
       JOIN "placement" p ON p."id" = b."placement_id"
       JOIN "foster_family" f ON f."id" = p."foster_family_id"
       WHERE b."status" = $1
         AND b."starts_at" > now() + make_interval(hours => $2)
         AND b."starts_at" <= now() + make_interval(hours => $3)
       UNION ALL
       SELECT b."id", 'PROVIDER', f."user_id", b."starts_at"
       FROM "relief_booking" b
       JOIN "relief_provider" r ON r."id" = b."provider_id"
       JOIN "foster_family" f ON f."id" = r."foster_family_id"
       WHERE b."status" = $1
         AND b."starts_at" > now() + make_interval(hours => $2)
         AND b."starts_at" <= now() + make_interval(hours => $3)
       ORDER BY 4, 1, 2`,
      [ReliefBookingStatus.CONFIRMED, FROM_HOURS, TO_HOURS],
    )) as Due[];
    let sent = 0;
    let teams = 0;
    for (const row of due) {
      // One short transaction per reminder: the email and Teams rows and their outbox jobs commit together.
      const queued = await this.dataSource.transaction(async (m) => {
        const booking = await m.findOne(ReliefBooking, {
          where: { id: row.booking_id },
          relations: { provider: true },
        });
        // Cancelled between the query and now: no reminder.
        if (!booking?.provider || booking.status !== ReliefBookingStatus.CONFIRMED) return false;
        // Also in Teams for a linked recipient; its own dedupe key, so linking later still gets this reminder.
        const inTeams = await this.teams.queue(m, {
          recipientUserId: row.recipient,
          municipalityId: booking.municipalityId,
          kind: 'relief.booking-reminder',
          params: {
            bookingId: booking.id,
            role: row.role,
            startsAt: booking.startsAt.toISOString(),
            endsAt: booking.endsAt.toISOString(),
            placeName: booking.provider.name,
          },
          dedupeKey: `relief-reminder:${booking.id}:${row.role}`,
        });
        if (inTeams) teams += 1;
        return this.notifications.queueEmail(m, {
          recipientUserId: row.recipient,
          municipalityId: booking.municipalityId,
          template: 'relief.booking-reminder',
          params: {
            bookingId: booking.id,
            role: row.role,
            startsAt: booking.startsAt.toISOString(),
            endsAt: booking.endsAt.toISOString(),
            placeName: booking.provider.name,
            sequence: booking.version,
          },
          dedupeKey: `relief-reminder:${booking.id}:${row.role}`,
        });
      });
      if (queued) sent += 1;
    }
    return { sent, teams };
  }
}
