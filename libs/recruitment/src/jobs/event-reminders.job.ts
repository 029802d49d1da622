import { Injectable } from '@nestjs/common';
import { JobHandler } from '@pleje/core';
import { NotificationsService } from '@pleje/notifications';
import { DataSource } from 'typeorm';
import { ApplicationForm } from '../application-form';
import { HomeVisit, RecruitmentEvent } from '../recruitment-event.entity';
import { eventMailParams, visitMailParams } from '../events/event-views';

/** How far ahead a reminder goes out; the job runs hourly, so each appointment is seen about 24 times. */
const WINDOW_HOURS = 24;

interface SignupDue {
  signup_id: string;
  recipient: string;
  event_id: string;
}

interface VisitDue {
  visit_id: string;
  recipient: string;
  form: ApplicationForm;
}

/**
 * Reminds households the day before an information meeting, course day or home visit. "Once" is the
 * email's dedupe key (signup or visit id plus SEQUENCE): a re-run, a second worker or a restart sends
 * nothing new, while a moved appointment (higher sequence) gets a fresh reminder.
 */
@Injectable()
export class SendEventRemindersJob implements JobHandler<'recruitment.send-event-reminders'> {
  readonly jobName = 'recruitment.send-event-reminders' as const;

  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  async handle(): Promise<{ events: number; visits: number }> {
    let events = 0;
    let visits = 0;
    const signups = (await this.dataSource.query(
      `SELECT s."id" AS signup_id, a."applicant_user_id" AS recipient, e."id" AS event_id
       FROM "recruitment_event_signup" s
       JOIN "recruitment_event" e ON e."id" = s."event_id"
       JOIN "application" a ON a."id" = s."application_id"
       WHERE e."cancelled_at" IS NULL
         AND e."starts_at" > now() AND e."starts_at" <= now() + make_interval(hours => $1)
         AND a."status" NOT IN ('WITHDRAWN', 'REFUSED')
       ORDER BY e."starts_at", s."id"`,
      [WINDOW_HOURS],
    )) as SignupDue[];
    for (const due of signups) {
      // One short transaction per mail: the email row and its outbox job commit together.
      const sent = await this.dataSource.transaction(async (m) => {
        const event = await m.findOne(RecruitmentEvent, { where: { id: due.event_id } });
        if (!event || event.cancelledAt) return false;
        return this.notifications.queueEmail(m, {
          recipientUserId: due.recipient,
          municipalityId: event.municipalityId,
          template: 'recruitment.event-reminder',
          params: eventMailParams(event),
          dedupeKey: `event-reminder:${due.signup_id}:${event.sequence}`,
        });
      });
      if (sent) events += 1;
    }

    const due = (await this.dataSource.query(
      `SELECT v."id" AS visit_id, a."applicant_user_id" AS recipient, a."form"
       FROM "home_visit" v JOIN "application" a ON a."id" = v."application_id"
       WHERE v."cancelled_at" IS NULL AND v."completed_at" IS NULL
         AND v."starts_at" > now() AND v."starts_at" <= now() + make_interval(hours => $1)
         AND a."status" NOT IN ('WITHDRAWN', 'REFUSED')
       ORDER BY v."starts_at", v."id"`,
      [WINDOW_HOURS],
    )) as VisitDue[];
    for (const row of due) {
      const sent = await this.dataSource.transaction(async (m) => {
        const visit = await m.findOne(HomeVisit, { where: { id: row.visit_id } });
        if (!visit || visit.cancelledAt || visit.completedAt) return false;
        // There is no separate reminder template for visits: the appointment mail again, same UID and
        // sequence, so the calendar entry is untouched and the household sees time and address once more.
        return this.notifications.queueEmail(m, {
          recipientUserId: row.recipient,
          municipalityId: visit.municipalityId,
          template: 'recruitment.home-visit',
          params: visitMailParams(visit, row.form),
          dedupeKey: `visit-reminder:${visit.id}:${visit.sequence}`,
        });
      });
      if (sent) visits += 1;
    }
    return { events, visits };
  }
}
