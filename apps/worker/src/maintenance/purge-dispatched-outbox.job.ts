import { Injectable } from '@nestjs/common';
import { JobHandler } from '@pleje/core';
import { DataSource } from 'typeorm';

const BATCH = 5000;

/** Deletes outbox rows dispatched more than 7 days ago; pending rows are never touched. Idempotent. */
@Injectable()
export class PurgeDispatchedOutboxJob implements JobHandler<'maintenance.purge-dispatched-outbox'> {
  readonly jobName = 'maintenance.purge-dispatched-outbox' as const;

  constructor(private readonly dataSource: DataSource) {}

  async handle(): Promise<{ deleted: number }> {
    let deleted = 0;
    for (;;) {
      const [, count] = (await this.dataSource.query(
        `DELETE FROM "outbox_job" WHERE "id" IN (
           SELECT "id" FROM "outbox_job"
            WHERE "dispatched_at" IS NOT NULL AND "dispatched_at" < now() - interval '7 days'
            LIMIT $1
         )`,
        [BATCH],
      )) as [unknown, number];
      deleted += count;
      if (count < BATCH) return { deleted };
    }
  }
}
