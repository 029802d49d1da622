import { MigrationInterface, QueryRunner } from 'typeorm';

export class Relief1795657801318 implements MigrationInterface {
  name = 'Relief1795657801318';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Trusted since PostgreSQL 13: the database owner may create it; needed for uuid = in the exclusion constraints.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`
            CREATE TYPE "public"."relief_provider_kind" AS ENUM('FAMILY', 'UNIT')
        `);
    await queryRunner.query(`
            CREATE TABLE "relief_provider" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "municipality_id" uuid NOT NULL,
                "kind" "public"."relief_provider_kind" NOT NULL,
                "foster_family_id" uuid,
                "name" character varying(200) NOT NULL,
                "capacity" integer NOT NULL,
                "age_min" integer NOT NULL,
                "age_max" integer NOT NULL,
                "needs_excluded" character varying array NOT NULL DEFAULT '{}',
                "lat" double precision,
                "lon" double precision,
                "active" boolean NOT NULL DEFAULT true,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "relief_provider_kind" CHECK (
                    ("kind" = 'FAMILY') = ("foster_family_id" IS NOT NULL)
                ),
                CONSTRAINT "relief_provider_ages" CHECK (
                    "age_min" >= 0
                    AND "age_max" <= 17
                    AND "age_min" <= "age_max"
                ),
                CONSTRAINT "relief_provider_capacity" CHECK ("capacity" >= 1),
                CONSTRAINT "PK_7bd0b63d8caa937368235b8d03f" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "relief_provider_family" ON "relief_provider" ("foster_family_id")
            WHERE foster_family_id IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "relief_provider_by_municipality" ON "relief_provider" ("municipality_id", "active")
        `);
    await queryRunner.query(`
            CREATE TABLE "relief_availability" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "provider_id" uuid NOT NULL,
                "weekday" integer NOT NULL,
                "start_time" TIME NOT NULL,
                "end_time" TIME NOT NULL,
                CONSTRAINT "relief_availability_times" CHECK ("end_time" > "start_time"),
                CONSTRAINT "relief_availability_weekday" CHECK (
                    "weekday" BETWEEN 1 AND 7
                ),
                CONSTRAINT "PK_36d12b919a2498a63b81a066fc7" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "relief_availability_by_provider" ON "relief_availability" ("provider_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "relief_blocked_period" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "provider_id" uuid NOT NULL,
                "from_date" date NOT NULL,
                "to_date" date NOT NULL,
                "reason" character varying(200) NOT NULL DEFAULT '',
                CONSTRAINT "relief_blocked_dates" CHECK ("to_date" >= "from_date"),
                CONSTRAINT "PK_f632a768702845adf80b41bc046" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "relief_blocked_by_provider" ON "relief_blocked_period" ("provider_id", "from_date")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."relief_booking_status" AS ENUM(
                'REQUESTED',
                'CONFIRMED',
                'COMPLETED',
                'DECLINED',
                'CANCELLED'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "relief_booking" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "municipality_id" uuid NOT NULL,
                "placement_id" uuid NOT NULL,
                "provider_id" uuid NOT NULL,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "days" integer NOT NULL,
                "single_place" boolean NOT NULL,
                "status" "public"."relief_booking_status" NOT NULL,
                "acute" boolean NOT NULL DEFAULT false,
                "series_id" uuid,
                "override_reason" character varying(1000),
                "requested_by" uuid,
                "requested_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "confirmed_by" uuid,
                "confirmed_at" TIMESTAMP(3) WITH TIME ZONE,
                "declined_by" uuid,
                "declined_at" TIMESTAMP(3) WITH TIME ZONE,
                "cancelled_by" uuid,
                "cancelled_at" TIMESTAMP(3) WITH TIME ZONE,
                "status_reason" character varying(1000),
                "completed_by" uuid,
                "completed_at" TIMESTAMP(3) WITH TIME ZONE,
                "version" integer NOT NULL,
                CONSTRAINT "relief_booking_valid" CHECK ("ends_at" > "starts_at"),
                CONSTRAINT "relief_booking_child_no_overlap" EXCLUDE USING gist (
                    "placement_id" WITH =,
                    tstzrange("starts_at", "ends_at", '[)') WITH &&
                )
                WHERE ("status" IN ('REQUESTED', 'CONFIRMED')),
                    CONSTRAINT "relief_booking_no_overlap" EXCLUDE USING gist (
                        "provider_id" WITH =,
                        tstzrange("starts_at", "ends_at", '[)') WITH &&
                    )
                WHERE (
                        ("status" IN ('REQUESTED', 'CONFIRMED'))
                        AND "single_place"
                    ),
                    CONSTRAINT "PK_343abb7e001043a9a096eda31bf" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "relief_booking_by_municipality" ON "relief_booking" ("municipality_id", "starts_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "relief_booking_by_placement" ON "relief_booking" ("placement_id", "starts_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "relief_booking_by_provider" ON "relief_booking" ("provider_id", "starts_at")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."relief_grant_period" AS ENUM('MONTH', 'QUARTER', 'YEAR')
        `);
    await queryRunner.query(`
            CREATE TABLE "relief_grant" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "municipality_id" uuid NOT NULL,
                "placement_id" uuid NOT NULL,
                "days_per_period" integer NOT NULL,
                "period" "public"."relief_grant_period" NOT NULL,
                "valid_from" date NOT NULL,
                "valid_to" date,
                "set_by" uuid,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "relief_grant_dates" CHECK (
                    "valid_to" IS NULL
                    OR "valid_to" >= "valid_from"
                ),
                CONSTRAINT "relief_grant_days" CHECK ("days_per_period" >= 0),
                CONSTRAINT "PK_5723c4f48b1527205f512671435" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "relief_grant_by_placement" ON "relief_grant" ("placement_id", "valid_from")
        `);
    await queryRunner.query(`
            ALTER TABLE "relief_provider"
            ADD CONSTRAINT "FK_1dad5117a7bbd034bc5420ebd1c" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "relief_provider"
            ADD CONSTRAINT "FK_4515639779fb4b64ca591ab0dc9" FOREIGN KEY ("foster_family_id") REFERENCES "foster_family"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "relief_availability"
            ADD CONSTRAINT "FK_67caeb6fb66c65b6a64878cf3b5" FOREIGN KEY ("provider_id") REFERENCES "relief_provider"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "relief_blocked_period"
            ADD CONSTRAINT "FK_0439b985e81185ffcadbf61f39f" FOREIGN KEY ("provider_id") REFERENCES "relief_provider"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "relief_booking"
            ADD CONSTRAINT "FK_9fcf9803d2e1165b2f7af2f30dd" FOREIGN KEY ("placement_id") REFERENCES "placement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "relief_booking"
            ADD CONSTRAINT "FK_bd8a2c8dd3a3e20f8d1e16cfe41" FOREIGN KEY ("provider_id") REFERENCES "relief_provider"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "relief_grant"
            ADD CONSTRAINT "FK_54f0ef93d154eaff538f604066c" FOREIGN KEY ("placement_id") REFERENCES "placement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "relief_grant" DROP CONSTRAINT "FK_54f0ef93d154eaff538f604066c"
        `);
    await queryRunner.query(`
            ALTER TABLE "relief_booking" DROP CONSTRAINT "FK_bd8a2c8dd3a3e20f8d1e16cfe41"
        `);
    await queryRunner.query(`
            ALTER TABLE "relief_booking" DROP CONSTRAINT "FK_9fcf9803d2e1165b2f7af2f30dd"
        `);
    await queryRunner.query(`
            ALTER TABLE "relief_blocked_period" DROP CONSTRAINT "FK_0439b985e81185ffcadbf61f39f"
        `);
    await queryRunner.query(`
            ALTER TABLE "relief_availability" DROP CONSTRAINT "FK_67caeb6fb66c65b6a64878cf3b5"
        `);
    await queryRunner.query(`
            ALTER TABLE "relief_provider" DROP CONSTRAINT "FK_4515639779fb4b64ca591ab0dc9"
        `);
    await queryRunner.query(`
            ALTER TABLE "relief_provider" DROP CONSTRAINT "FK_1dad5117a7bbd034bc5420ebd1c"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."relief_grant_by_placement"
        `);
    await queryRunner.query(`
            DROP TABLE "relief_grant"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."relief_grant_period"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."relief_booking_by_provider"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."relief_booking_by_placement"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."relief_booking_by_municipality"
        `);
    await queryRunner.query(`
            DROP TABLE "relief_booking"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."relief_booking_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."relief_blocked_by_provider"
        `);
    await queryRunner.query(`
            DROP TABLE "relief_blocked_period"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."relief_availability_by_provider"
        `);
    await queryRunner.query(`
            DROP TABLE "relief_availability"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."relief_provider_by_municipality"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."relief_provider_family"
        `);
    await queryRunner.query(`
            DROP TABLE "relief_provider"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."relief_provider_kind"
        `);
  }
}
