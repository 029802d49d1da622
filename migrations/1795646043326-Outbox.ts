import { MigrationInterface, QueryRunner } from 'typeorm';

/** The transactional outbox for BullMQ jobs (libs/core/src/queue). Reviewed: generated SQL, minus a spurious drop of app_user_email_lower. */
export class Outbox1795646043326 implements MigrationInterface {
  name = 'Outbox1795646043326';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "outbox_job" (
                "id" BIGSERIAL NOT NULL,
                "job_name" character varying(100) NOT NULL,
                "job_id" character varying(200) NOT NULL,
                "payload" jsonb NOT NULL,
                "run_at" TIMESTAMP WITH TIME ZONE,
                "available_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "attempts" integer NOT NULL DEFAULT '0',
                "last_error" character varying(60),
                "dispatched_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_fca572df71a1e08db50f81f7617" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "outbox_job_dispatched" ON "outbox_job" ("dispatched_at")
            WHERE "dispatched_at" IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "outbox_job_pending_job_id" ON "outbox_job" ("job_id")
            WHERE "dispatched_at" IS NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "outbox_job_pending" ON "outbox_job" ("available_at", "id")
            WHERE "dispatched_at" IS NULL
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."outbox_job_pending"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."outbox_job_pending_job_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."outbox_job_dispatched"
        `);
    await queryRunner.query(`
            DROP TABLE "outbox_job"
        `);
  }
}
