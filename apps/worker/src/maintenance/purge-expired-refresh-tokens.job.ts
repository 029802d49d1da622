import { Injectable } from '@nestjs/common';
import { JobHandler } from '@pleje/core';
import { DataSource } from 'typeorm';

const BATCH = 5000;

/**
 * Deletes refresh tokens that expired more than a day ago. Idempotent: a re-run deletes nothing new.
 * The day of grace keeps recently expired rows for reuse detection while an old session is still retried.
 */
@Injectable()
export class PurgeExpiredRefreshTokensJob implements JobHandler<'maintenance.purge-expired-refresh-tokens'> {
  readonly jobName = 'maintenance.purge-expired-refresh-tokens' as const;

  constructor(private readonly dataSource: DataSource) {}

  async handle(): Promise<{ deleted: number }> {
    let deleted = 0;
    // Small batches keep each delete's locks short on a large table.
    for (;;) {
      const [, count] = (await this.dataSource.query(
        `DELETE FROM "refresh_token" WHERE "id" IN (
           SELECT "id" FROM "refresh_token" WHERE "expires_at" < now() - interval '1 day' LIMIT $1
         )`,
        [BATCH],
      )) as [unknown, number];
      deleted += count;
      if (count < BATCH) return { deleted };
    }
  }
}
