import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReliefCalendarFeed1795658486629 implements MigrationInterface {
  name = 'ReliefCalendarFeed1795658486629';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."relief_calendar_feed_owner_kind" AS ENUM('FAMILY', 'PROVIDER')
        `);
    await queryRunner.query(`
            CREATE TABLE "relief_calendar_feed" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "municipality_id" uuid NOT NULL,
                "owner_kind" "public"."relief_calendar_feed_owner_kind" NOT NULL,
                "owner_id" uuid NOT NULL,
                "token_hash" character(64) NOT NULL,
                "created_by" uuid NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "revoked_at" TIMESTAMP(3) WITH TIME ZONE,
                "revoked_by" uuid,
                CONSTRAINT "PK_09c53e812cce8154bbb629da11b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "relief_calendar_feed_by_owner" ON "relief_calendar_feed" ("municipality_id", "owner_kind", "owner_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "relief_calendar_feed_token" ON "relief_calendar_feed" ("token_hash")
        `);
    await queryRunner.query(`
            ALTER TABLE "relief_calendar_feed"
            ADD CONSTRAINT "FK_c0b4a4c3ddbc2b12377b7925a76" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "relief_calendar_feed" DROP CONSTRAINT "FK_c0b4a4c3ddbc2b12377b7925a76"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."relief_calendar_feed_token"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."relief_calendar_feed_by_owner"
        `);
    await queryRunner.query(`
            DROP TABLE "relief_calendar_feed"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."relief_calendar_feed_owner_kind"
        `);
  }
}
