import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReliefRequestWindows1795661369037 implements MigrationInterface {
  name = 'ReliefRequestWindows1795661369037';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."relief_window_status" AS ENUM('OPEN', 'ALLOCATED', 'CANCELLED')
        `);
    await queryRunner.query(`
            CREATE TABLE "relief_request_window" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "municipality_id" uuid NOT NULL,
                "title" character varying(200) NOT NULL,
                "starts_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "closes_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "status" "public"."relief_window_status" NOT NULL DEFAULT 'OPEN',
                "opened_by" uuid NOT NULL,
                "allocated_by" uuid,
                "allocated_at" TIMESTAMP(3) WITH TIME ZONE,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "relief_request_window_valid" CHECK (
                    "ends_at" > "starts_at"
                    AND "closes_at" <= "starts_at"
                ),
                CONSTRAINT "PK_387fd5575e5cebb35afb06c92bf" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "relief_request_window_by_municipality" ON "relief_request_window" ("municipality_id", "starts_at")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."relief_window_request_status" AS ENUM(
                'PENDING',
                'ALLOCATED',
                'NOT_ALLOCATED',
                'WITHDRAWN'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "relief_window_request" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "window_id" uuid NOT NULL,
                "municipality_id" uuid NOT NULL,
                "placement_id" uuid NOT NULL,
                "starts_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "preferred_provider_id" uuid,
                "note" character varying(1000) NOT NULL DEFAULT '',
                "status" "public"."relief_window_request_status" NOT NULL DEFAULT 'PENDING',
                "requested_by" uuid NOT NULL,
                "requested_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "priority_rank" integer,
                "strained" boolean,
                "prior_days" integer,
                "booking_id" uuid,
                "outcome_reason" character varying(500),
                "version" integer NOT NULL,
                CONSTRAINT "relief_window_request_valid" CHECK ("ends_at" > "starts_at"),
                CONSTRAINT "PK_9afac3e7dffb6de3d01101c4b3a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "relief_window_request_by_placement" ON "relief_window_request" ("placement_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "relief_window_request_one_per_child" ON "relief_window_request" ("window_id", "placement_id")
            WHERE "status" <> 'WITHDRAWN'
        `);
    await queryRunner.query(`
            ALTER TABLE "relief_grant"
            ADD "strained" boolean NOT NULL DEFAULT false
        `);
    await queryRunner.query(`
            ALTER TABLE "relief_window_request"
            ADD CONSTRAINT "FK_5e24f28d7beb0159685934cd04b" FOREIGN KEY ("window_id") REFERENCES "relief_request_window"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "relief_window_request"
            ADD CONSTRAINT "FK_ffb347cd942e6720dea3c241c50" FOREIGN KEY ("placement_id") REFERENCES "placement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "relief_window_request"
            ADD CONSTRAINT "FK_36956a29a09ef74ce2b758a518e" FOREIGN KEY ("preferred_provider_id") REFERENCES "relief_provider"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "relief_window_request"
            ADD CONSTRAINT "FK_7159c7a6c90fdca8de5269cf02a" FOREIGN KEY ("booking_id") REFERENCES "relief_booking"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "relief_window_request" DROP CONSTRAINT "FK_7159c7a6c90fdca8de5269cf02a"
        `);
    await queryRunner.query(`
            ALTER TABLE "relief_window_request" DROP CONSTRAINT "FK_36956a29a09ef74ce2b758a518e"
        `);
    await queryRunner.query(`
            ALTER TABLE "relief_window_request" DROP CONSTRAINT "FK_ffb347cd942e6720dea3c241c50"
        `);
    await queryRunner.query(`
            ALTER TABLE "relief_window_request" DROP CONSTRAINT "FK_5e24f28d7beb0159685934cd04b"
        `);
    await queryRunner.query(`
            ALTER TABLE "relief_grant" DROP COLUMN "strained"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."relief_window_request_one_per_child"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."relief_window_request_by_placement"
        `);
    await queryRunner.query(`
            DROP TABLE "relief_window_request"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."relief_window_request_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."relief_request_window_by_municipality"
        `);
    await queryRunner.query(`
            DROP TABLE "relief_request_window"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."relief_window_status"
        `);
  }
}
