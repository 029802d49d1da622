import { MigrationInterface, QueryRunner } from 'typeorm';

export class PeerGroups1795661266345 implements MigrationInterface {
  name = 'PeerGroups1795661266345';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."peer_composition_status" AS ENUM('DRAFT', 'CONFIRMED')
        `);
    await queryRunner.query(`
            CREATE TABLE "peer_composition" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "municipality_id" uuid NOT NULL,
                "group_size" integer NOT NULL,
                "groups" jsonb NOT NULL,
                "unplaced" jsonb NOT NULL,
                "cost" double precision NOT NULL,
                "status" "public"."peer_composition_status" NOT NULL DEFAULT 'DRAFT',
                "created_by" uuid,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "confirmed_at" TIMESTAMP(3) WITH TIME ZONE,
                "version" integer NOT NULL,
                CONSTRAINT "PK_51e4b25e6510f10ef06f435406c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "peer_composition_by_municipality" ON "peer_composition" ("municipality_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."peer_audience" AS ENUM('CHILDREN', 'FOSTER_PARENTS')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."peer_group_status" AS ENUM('PLANNED', 'ACTIVE', 'PAUSED', 'CLOSED')
        `);
    await queryRunner.query(`
            CREATE TABLE "peer_group" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "municipality_id" uuid NOT NULL,
                "name" character varying(100) NOT NULL,
                "audience" "public"."peer_audience" NOT NULL,
                "age_min" integer,
                "age_max" integer,
                "area_name" character varying(100) NOT NULL DEFAULT '',
                "lat" double precision,
                "lon" double precision,
                "facilitator_id" uuid,
                "capacity" integer NOT NULL,
                "status" "public"."peer_group_status" NOT NULL DEFAULT 'PLANNED',
                "created_by" uuid,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "peer_group_ages" CHECK (
                    "age_min" IS NULL
                    OR "age_max" IS NULL
                    OR "age_min" <= "age_max"
                ),
                CONSTRAINT "peer_group_capacity" CHECK (
                    "capacity" >= 2
                    AND "capacity" <= 50
                ),
                CONSTRAINT "PK_e351b1c386fb75193da6eed58df" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "peer_group_by_municipality" ON "peer_group" ("municipality_id", "status")
        `);
    await queryRunner.query(`
            CREATE TABLE "peer_session" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "municipality_id" uuid NOT NULL,
                "group_id" uuid NOT NULL,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "place" character varying(200) NOT NULL,
                "transport_note" character varying(500) NOT NULL DEFAULT '',
                "series_id" uuid,
                "cancelled_at" TIMESTAMP(3) WITH TIME ZONE,
                "cancelled_by" uuid,
                "cancel_reason" character varying(500),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "peer_session_valid" CHECK ("ends_at" > "starts_at"),
                CONSTRAINT "PK_2719627db45780810973dcf3b75" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "peer_session_by_start" ON "peer_session" ("starts_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "peer_session_by_group" ON "peer_session" ("group_id", "starts_at")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."peer_participant_kind" AS ENUM('CHILD', 'FOSTER_FAMILY')
        `);
    await queryRunner.query(`
            CREATE TABLE "peer_participant" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "municipality_id" uuid NOT NULL,
                "kind" "public"."peer_participant_kind" NOT NULL,
                "foster_family_id" uuid NOT NULL,
                "placement_id" uuid,
                "child_key" character varying(64),
                "first_name" character varying(100),
                "birth_date" date,
                "lat" double precision,
                "lon" double precision,
                "caseworker_consent_required" boolean NOT NULL DEFAULT false,
                "created_by" uuid,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "peer_participant_child" CHECK (
                    "kind" <> 'CHILD'
                    OR (
                        "first_name" IS NOT NULL
                        AND "birth_date" IS NOT NULL
                    )
                ),
                CONSTRAINT "PK_b061c584d21f0a8be13ce6d485d" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "peer_participant_by_municipality" ON "peer_participant" ("municipality_id", "kind")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "peer_participant_family_member" ON "peer_participant" ("foster_family_id")
            WHERE "kind" = 'FOSTER_FAMILY'
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "peer_participant_placement_child" ON "peer_participant" ("placement_id", "child_key")
            WHERE "placement_id" IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE TABLE "peer_must_not_pair" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "municipality_id" uuid NOT NULL,
                "participant_a_id" uuid NOT NULL,
                "participant_b_id" uuid NOT NULL,
                "note" character varying(300) NOT NULL DEFAULT '',
                "created_by" uuid,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "peer_must_not_pair_order" CHECK ("participant_a_id" < "participant_b_id"),
                CONSTRAINT "PK_efef0dd5e2e0a9125c28390b613" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "peer_must_not_pair_by_b" ON "peer_must_not_pair" ("participant_b_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "peer_must_not_pair_unique" ON "peer_must_not_pair" ("participant_a_id", "participant_b_id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."peer_membership_status" AS ENUM(
                'INVITED',
                'ACTIVE',
                'WAITLISTED',
                'PAUSED',
                'LEFT',
                'DECLINED'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "peer_membership" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "municipality_id" uuid NOT NULL,
                "group_id" uuid NOT NULL,
                "participant_id" uuid NOT NULL,
                "status" "public"."peer_membership_status" NOT NULL,
                "requested_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "family_consent_at" TIMESTAMP(3) WITH TIME ZONE,
                "family_consent_by" uuid,
                "caseworker_consent_required" boolean NOT NULL DEFAULT false,
                "caseworker_consent_at" TIMESTAMP(3) WITH TIME ZONE,
                "caseworker_consent_by" uuid,
                "refused_at" TIMESTAMP(3) WITH TIME ZONE,
                "refused_by" uuid,
                "offered_at" TIMESTAMP(3) WITH TIME ZONE,
                "activated_at" TIMESTAMP(3) WITH TIME ZONE,
                "paused_until" date,
                "left_at" TIMESTAMP(3) WITH TIME ZONE,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "peer_membership_paused" CHECK (
                    "status" <> 'PAUSED'
                    OR "paused_until" IS NOT NULL
                ),
                CONSTRAINT "peer_membership_consented" CHECK (
                    "status" NOT IN ('ACTIVE', 'PAUSED')
                    OR (
                        "family_consent_at" IS NOT NULL
                        AND (
                            NOT "caseworker_consent_required"
                            OR "caseworker_consent_at" IS NOT NULL
                        )
                    )
                ),
                CONSTRAINT "PK_de48ebd615ecae5627072215678" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "peer_membership_by_participant" ON "peer_membership" ("participant_id", "status")
        `);
    await queryRunner.query(`
            CREATE INDEX "peer_membership_by_group" ON "peer_membership" ("group_id", "status", "requested_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "peer_membership_current" ON "peer_membership" ("group_id", "participant_id")
            WHERE "status" IN ('INVITED', 'ACTIVE', 'WAITLISTED', 'PAUSED')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."peer_attendance_status" AS ENUM('PRESENT', 'ABSENT', 'EXCUSED')
        `);
    await queryRunner.query(`
            CREATE TABLE "peer_attendance" (
                "session_id" uuid NOT NULL,
                "participant_id" uuid NOT NULL,
                "municipality_id" uuid NOT NULL,
                "status" "public"."peer_attendance_status" NOT NULL,
                "recorded_by" uuid,
                "recorded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_0b2c15e5a0c0a419bbb3206a588" PRIMARY KEY ("session_id", "participant_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "peer_attendance_by_participant" ON "peer_attendance" ("participant_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_group"
            ADD CONSTRAINT "FK_9d6dc5cc948b61a173f7d1547ac" FOREIGN KEY ("facilitator_id") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_session"
            ADD CONSTRAINT "FK_29fb7bd0b3cdd5544fac74db548" FOREIGN KEY ("group_id") REFERENCES "peer_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_participant"
            ADD CONSTRAINT "FK_0343baf2e5d2bd43485e4992a2b" FOREIGN KEY ("foster_family_id") REFERENCES "foster_family"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_participant"
            ADD CONSTRAINT "FK_d5473f768acbc8cf761be1756b6" FOREIGN KEY ("placement_id") REFERENCES "placement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_must_not_pair"
            ADD CONSTRAINT "FK_75dd7bb805ca68600e2e2dab75c" FOREIGN KEY ("participant_a_id") REFERENCES "peer_participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_must_not_pair"
            ADD CONSTRAINT "FK_b630d1960971de8b3f5b4410365" FOREIGN KEY ("participant_b_id") REFERENCES "peer_participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_membership"
            ADD CONSTRAINT "FK_6c759e0cff6d79145f1dd01f401" FOREIGN KEY ("group_id") REFERENCES "peer_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_membership"
            ADD CONSTRAINT "FK_48afe767ee5f8b5454c7f14b585" FOREIGN KEY ("participant_id") REFERENCES "peer_participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_attendance"
            ADD CONSTRAINT "FK_2380fac35bcb26bbcca59dd49e5" FOREIGN KEY ("session_id") REFERENCES "peer_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_attendance"
            ADD CONSTRAINT "FK_cd7572ceada8774872551b48310" FOREIGN KEY ("participant_id") REFERENCES "peer_participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "peer_attendance" DROP CONSTRAINT "FK_cd7572ceada8774872551b48310"
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_attendance" DROP CONSTRAINT "FK_2380fac35bcb26bbcca59dd49e5"
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_membership" DROP CONSTRAINT "FK_48afe767ee5f8b5454c7f14b585"
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_membership" DROP CONSTRAINT "FK_6c759e0cff6d79145f1dd01f401"
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_must_not_pair" DROP CONSTRAINT "FK_b630d1960971de8b3f5b4410365"
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_must_not_pair" DROP CONSTRAINT "FK_75dd7bb805ca68600e2e2dab75c"
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_participant" DROP CONSTRAINT "FK_d5473f768acbc8cf761be1756b6"
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_participant" DROP CONSTRAINT "FK_0343baf2e5d2bd43485e4992a2b"
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_session" DROP CONSTRAINT "FK_29fb7bd0b3cdd5544fac74db548"
        `);
    await queryRunner.query(`
            ALTER TABLE "peer_group" DROP CONSTRAINT "FK_9d6dc5cc948b61a173f7d1547ac"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."peer_attendance_by_participant"
        `);
    await queryRunner.query(`
            DROP TABLE "peer_attendance"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."peer_attendance_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."peer_membership_current"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."peer_membership_by_group"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."peer_membership_by_participant"
        `);
    await queryRunner.query(`
            DROP TABLE "peer_membership"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."peer_membership_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."peer_must_not_pair_unique"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."peer_must_not_pair_by_b"
        `);
    await queryRunner.query(`
            DROP TABLE "peer_must_not_pair"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."peer_participant_placement_child"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."peer_participant_family_member"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."peer_participant_by_municipality"
        `);
    await queryRunner.query(`
            DROP TABLE "peer_participant"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."peer_participant_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."peer_session_by_group"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."peer_session_by_start"
        `);
    await queryRunner.query(`
            DROP TABLE "peer_session"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."peer_group_by_municipality"
        `);
    await queryRunner.query(`
            DROP TABLE "peer_group"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."peer_group_status"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."peer_audience"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."peer_composition_by_municipality"
        `);
    await queryRunner.query(`
            DROP TABLE "peer_composition"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."peer_composition_status"
        `);
  }
}
