import { Injectable } from '@nestjs/common';
import { AppConfig, InjectConfig, JobHandler } from '@pleje/core';
import { NotificationsService } from '@pleje/notifications';
import { DataSource } from 'typeorm';

const BATCH = 500;

/**
 * One reminder for a draft left untouched for DRAFT_REMINDER_DAYS (7 by default). "One" is the email's dedupe
 * key: a re-run, a second worker or a restart sends nothing new, and a draft saved again later is not reminded twice.
 */
@Injectable()
export class SendDraftRemindersJob implements JobHandler<'recruitment.send-draft-reminders'> {
  readonly jobName = 'recruitment.send-draft-reminders' as const;

  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async handle(): Promise<{ reminded: number }> {
    const due: { id: string; municipality_id: string; applicant_user_id: string }[] =
      await this.dataSource.query(
        `SELECT a.id, a.municipality_id, a.applicant_user_id
         FROM application a JOIN app_user u ON u.id = a.applicant_user_id
        WHERE a.status = 'INQUIRY' AND u.active
          AND a.updated_at < now() - make_interval(days => $1)
          AND NOT EXISTS (SELECT 1 FROM email_message e WHERE e.dedupe_key = 'draft-reminder:' || a.id::text)
        ORDER BY a.updated_at LIMIT $2`,
        [this.config.recruitment.draftReminderDays, BATCH],
      );
    let reminded = 0;
    for (const row of due) {
      const queued = await this.dataSource.transaction((em) =>
        this.notifications.queueEmail(em, {
          recipientUserId: row.applicant_user_id,
          municipalityId: row.municipality_id,
          template: 'recruitment.draft-reminder',
          params: {},
          dedupeKey: `draft-reminder:${row.id}`,
        }),
      );
      if (queued) reminded++;
    }
    return { reminded };
  }
}
