import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig, AuditService, InjectConfig, JobHandler } from '@pleje/core';
import { FILE_STORAGE, FileStorage } from '@pleje/storage';
import { DataSource } from 'typeorm';

const BATCH = 200;

/**
 * GDPR storage limitation: refused and withdrawn applications are erased RECRUITMENT_RETENTION_DAYS after they
 * closed, with their history, messages, checklist, documents (rows and files) and, when it has nothing else,
 * the applicant's account. An appeal reopens a refusal (closed_at cleared), so it is never erased mid-appeal.
 * Approved applications are kept: they are the foster family's approval record.
 */
@Injectable()
export class EraseExpiredApplicationsJob implements JobHandler<'recruitment.erase-expired-applications'> {
  readonly jobName = 'recruitment.erase-expired-applications' as const;
  private readonly logger = new Logger(EraseExpiredApplicationsJob.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async handle(): Promise<{ applications: number; accounts: number; files: number }> {
    let applications = 0;
    let accounts = 0;
    let files = 0;
    for (;;) {
      const due: { id: string; municipality_id: string; applicant_user_id: string }[] =
        await this.dataSource.query(
          `SELECT id, municipality_id, applicant_user_id FROM application
          WHERE status IN ('REFUSED', 'WITHDRAWN') AND closed_at IS NOT NULL
            AND closed_at < now() - make_interval(days => $1)
          ORDER BY closed_at LIMIT $2`,
          [this.config.recruitment.retentionDays, BATCH],
        );
      if (!due.length) break;
      for (const app of due) {
        const result = await this.dataSource.transaction(async (em) => {
          const keys: { storage_key: string }[] = await em.query(
            `SELECT storage_key FROM application_document WHERE application_id = $1`,
            [app.id],
          );
          // Cascades to transitions, messages, checklist, document rows, event signups and home visits.
          const [, deleted] = (await em.query(
            `DELETE FROM application WHERE id = $1 AND status IN ('REFUSED', 'WITHDRAWN') AND closed_at IS NOT NULL`,
            [app.id],
          )) as [unknown, number];
          if (!deleted) return { erased: false, keys: [], account: false };
          // The account goes too when it is only an applicant's and holds nothing else (mail log and tokens cascade).
          const [, removedUser] = (await em.query(
            `DELETE FROM app_user u WHERE u.id = $1 AND u.role = 'APPLICANT'
               AND NOT EXISTS (SELECT 1 FROM application a WHERE a.applicant_user_id = u.id)`,
            [app.applicant_user_id],
          )) as [unknown, number];
          await this.audit.record(
            null,
            {
              action: 'DELETE',
              entity: 'application',
              entityId: app.id,
              municipalityId: app.municipality_id,
              details: { reason: 'retention', documents: keys.length, account: removedUser > 0 },
            },
            em,
          );
          return { erased: true, keys: keys.map((k) => k.storage_key), account: removedUser > 0 };
        });
        if (result.erased) applications++;
        if (result.account) accounts++;
        // Files after commit: a failed delete leaves an unreachable file, never a row pointing at nothing.
        for (const key of result.keys) {
          try {
            await this.storage.delete(key);
            files++;
          } catch {
            this.logger.warn(`could not delete an erased document's file (application ${app.id})`);
          }
        }
      }
    }
    return { applications, accounts, files };
  }
}
