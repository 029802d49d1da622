import { MigrationInterface, QueryRunner } from 'typeorm';

/** The email log sent by the worker through the outbox (libs/notifications). Reviewed: generated SQL, unchanged. */
export class EmailMessage1795651714621 implements MigrationInterface {
  name = 'EmailMessage1795651714621';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."email_status" AS ENUM('PENDING', 'SENT', 'FAILED')
        `);
    await queryRunner.query(`
            CREATE TABLE "email_message" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "municipality_id" uuid,
                "recipient_user_id" uuid NOT NULL,
                "template" character varying(80) NOT NULL,
                "params" jsonb NOT NULL,
                "dedupe_key" character varying(200),
                "status" "public"."email_status" NOT NULL DEFAULT 'PENDING',
                "attempts" integer NOT NULL DEFAULT '0',
                "last_error_code" character varying(60),
                "sent_at" TIMESTAMP(3) WITH TIME ZONE,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_9fe3a0a31f2ffe66dd976851792" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "email_message_recipient" ON "email_message" ("recipient_user_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "email_message_dedupe_key" ON "email_message" ("dedupe_key")
            WHERE "dedupe_key" IS NOT NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "email_message"
            ADD CONSTRAINT "FK_4742cb265a88c3820d9ea0668e1" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "email_message"
            ADD CONSTRAINT "FK_efbc8a6cace678c8facbd1f3184" FOREIGN KEY ("recipient_user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "email_message" DROP CONSTRAINT "FK_efbc8a6cace678c8facbd1f3184"
        `);
    await queryRunner.query(`
            ALTER TABLE "email_message" DROP CONSTRAINT "FK_4742cb265a88c3820d9ea0668e1"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."email_message_dedupe_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."email_message_recipient"
        `);
    await queryRunner.query(`
            DROP TABLE "email_message"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."email_status"
        `);
  }
}
