import { Injectable } from '@nestjs/common';
import { JobHandler } from '@pleje/core';
import { NotificationsService } from '@pleje/notifications';
import { DataSource } from 'typeorm';
import { EXPIRY_WARNING_DAYS } from '../application-view';

/**
 * Warns the assigned consultant when certificates or documents of an open application expire within 30 days,
 * once per application and earliest expiry date (a renewed certificate with a new date warns again later).
 */
@Injectable()
export class SendExpiryWarningsJob implements JobHandler<'recruitment.send-expiry-warnings'> {
  readonly jobName = 'recruitment.send-expiry-warnings' as const;

  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  async handle(): Promise<{ warned: number }> {
    const rows: {
      application_id: string;
      municipality_id: string;
      consultant: string;
      count: number;
      first: string;
    }[] = await this.dataSource.query(
      `WITH expiring AS (
         SELECT application_id, expires_on FROM application_requirement
          WHERE expires_on IS NOT NULL AND status IN ('RECEIVED', 'ACCEPTED')
            AND expires_on <= (now() AT TIME ZONE 'Europe/Copenhagen')::date + $1::int
         UNION ALL
         SELECT application_id, expires_on FROM application_document
          WHERE expires_on IS NOT NULL
            AND expires_on <= (now() AT TIME ZONE 'Europe/Copenhagen')::date + $1::int
       )
       SELECT a.id AS application_id, a.municipality_id, a.assigned_consultant_id AS consultant,
              count(*)::int AS count, to_char(min(x.expires_on), 'YYYY-MM-DD') AS first
         FROM expiring x JOIN application a ON a.id = x.application_id
        WHERE a.assigned_consultant_id IS NOT NULL
          AND a.status NOT IN ('INQUIRY', 'APPROVED', 'REFUSED', 'WITHDRAWN')
        GROUP BY a.id`,
      [EXPIRY_WARNING_DAYS],
    );
    let warned = 0;
    for (const r of rows) {
      const queued = await this.dataSource.transaction((em) =>
        this.notifications.queueEmail(em, {
          recipientUserId: r.consultant,
          municipalityId: r.municipality_id,
          template: 'recruitment.expiry-warning',
          params: { applicationId: r.application_id, count: r.count, firstExpiresOn: r.first },
          dedupeKey: `expiry-warning:${r.application_id}:${r.first}`,
        }),
      );
      if (queued) warned++;
    }
    return { warned };
  }
}
