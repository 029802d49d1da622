import { MigrationInterface, QueryRunner } from 'typeorm';

export class Learning1795661198830 implements MigrationInterface {
  name = 'Learning1795661198830';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."learning_category" AS ENUM(
                'ABSENCE',
                'SCHOOL_CHANGE',
                'LEARNING_DIFFICULTIES',
                'SPECIAL_NEEDS_SUPPORT',
                'YOUTH_EDUCATION_TRANSITION',
                'EXAMS',
                'HOMEWORK_SUPPORT',
                'OTHER'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."learning_urgency" AS ENUM('LOW', 'NORMAL', 'HIGH', 'ACUTE')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."learning_priority" AS ENUM('P1', 'P2', 'P3', 'P4')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."learning_status" AS ENUM(
                'NEW',
                'ASSIGNED',
                'ON_HOLD',
                'RESOLVED',
                'CLOSED'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."learning_hold_reason" AS ENUM('SCHOOL', 'FAMILY')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."learning_outcome" AS ENUM(
                'SCHOOL_PLAN_AGREED',
                'SCHOOL_CHANGE_AVOIDED',
                'SUPPORT_GRANTED',
                'ATTENDANCE_IMPROVED',
                'EXAM_SUPPORT_ARRANGED',
                'YOUTH_EDUCATION_STARTED',
                'ADVICE_GIVEN',
                'REFERRED',
                'NO_ACTION_NEEDED'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "learning_request" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "municipality_id" uuid NOT NULL,
                "placement_id" uuid,
                "child_ref" character varying(64),
                "child_pseudonym" character varying(60),
                "requested_by" uuid NOT NULL,
                "requester_role" "public"."user_role" NOT NULL,
                "category" "public"."learning_category" NOT NULL,
                "description" character varying(4000) NOT NULL,
                "urgency" "public"."learning_urgency" NOT NULL,
                "risk_signals" character varying array NOT NULL DEFAULT '{}',
                "absence_percent" smallint,
                "priority" "public"."learning_priority" NOT NULL,
                "deadline_at" TIMESTAMP(3) WITH TIME ZONE,
                "hold_remaining_ms" bigint,
                "status" "public"."learning_status" NOT NULL,
                "hold_reason" "public"."learning_hold_reason",
                "assignee_id" uuid,
                "assigned_at" TIMESTAMP(3) WITH TIME ZONE,
                "first_assigned_at" TIMESTAMP(3) WITH TIME ZONE,
                "queued_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "outcome" "public"."learning_outcome",
                "resolved_at" TIMESTAMP(3) WITH TIME ZONE,
                "closed_at" TIMESTAMP(3) WITH TIME ZONE,
                "escalated_at" TIMESTAMP(3) WITH TIME ZONE,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "learning_request_resolved" CHECK (
                    "status" NOT IN ('RESOLVED', 'CLOSED')
                    OR "outcome" IS NOT NULL
                ),
                CONSTRAINT "learning_request_absence" CHECK (
                    "absence_percent" IS NULL
                    OR (
                        "absence_percent" >= 0
                        AND "absence_percent" <= 100
                    )
                ),
                CONSTRAINT "learning_request_child" CHECK (
                    ("placement_id" IS NOT NULL) <> ("child_pseudonym" IS NOT NULL)
                ),
                CONSTRAINT "PK_c3bb16a0ae0b127df404ac30437" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "learning_request_by_assignee" ON "learning_request" ("assignee_id", "status")
        `);
    await queryRunner.query(`
            CREATE INDEX "learning_request_by_requester" ON "learning_request" ("requested_by", "created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "learning_request_by_municipality" ON "learning_request" ("municipality_id", "status", "created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "learning_request_queue" ON "learning_request" ("municipality_id", "priority", "queued_at", "id")
            WHERE "status" = 'NEW'
        `);
    await queryRunner.query(`
            CREATE TABLE "learning_attachment" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "request_id" uuid NOT NULL,
                "municipality_id" uuid NOT NULL,
                "file_name" character varying(200) NOT NULL,
                "mime_type" character varying(100) NOT NULL,
                "size_bytes" integer NOT NULL,
                "sha256" character varying(64) NOT NULL,
                "storage_key" character varying(300) NOT NULL,
                "uploaded_by" uuid NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_d5c557a4923bb581b99d47e358e" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "learning_attachment_by_request" ON "learning_attachment" ("request_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."learning_event_type" AS ENUM(
                'CREATED',
                'TRIAGED',
                'ASSIGNED',
                'RELEASED',
                'HELD',
                'RESUMED',
                'RESOLVED',
                'CLOSED',
                'REOPENED',
                'NOTE_ADDED',
                'REPLIED',
                'REQUESTER_MESSAGE',
                'ATTACHMENT_ADDED',
                'REMINDED',
                'ESCALATED'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "learning_event" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "request_id" uuid NOT NULL,
                "municipality_id" uuid NOT NULL,
                "type" "public"."learning_event_type" NOT NULL,
                "actor_id" uuid,
                "details" jsonb,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_20b28c750ed9e8a07cb98536802" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "learning_event_by_type" ON "learning_event" ("municipality_id", "type", "created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "learning_event_by_request" ON "learning_event" ("request_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."learning_note_kind" AS ENUM('INTERNAL', 'REPLY', 'REQUESTER')
        `);
    await queryRunner.query(`
            CREATE TABLE "learning_note" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "request_id" uuid NOT NULL,
                "municipality_id" uuid NOT NULL,
                "kind" "public"."learning_note_kind" NOT NULL,
                "author_id" uuid NOT NULL,
                "author_role" "public"."user_role" NOT NULL,
                "body" character varying(4000) NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_8e4a8483bb310f78683125bc879" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "learning_note_by_request" ON "learning_note" ("request_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "learning_settings" (
                "municipality_id" uuid NOT NULL,
                "lead_user_id" uuid,
                "rules" jsonb NOT NULL,
                "updated_by" uuid,
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "PK_6dd271b56d214a32f5a3e6f67f5" PRIMARY KEY ("municipality_id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "learning_request"
            ADD CONSTRAINT "FK_ff9e32f8fc8abe884509948bac3" FOREIGN KEY ("placement_id") REFERENCES "placement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "learning_attachment"
            ADD CONSTRAINT "FK_e6b2740f45c5bccc5c40e975a3b" FOREIGN KEY ("request_id") REFERENCES "learning_request"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "learning_event"
            ADD CONSTRAINT "FK_041e71fc38ee4897d91f29d3bd9" FOREIGN KEY ("request_id") REFERENCES "learning_request"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "learning_note"
            ADD CONSTRAINT "FK_8706ed6e116b659182a383f6ec8" FOREIGN KEY ("request_id") REFERENCES "learning_request"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "learning_note" DROP CONSTRAINT "FK_8706ed6e116b659182a383f6ec8"
        `);
    await queryRunner.query(`
            ALTER TABLE "learning_event" DROP CONSTRAINT "FK_041e71fc38ee4897d91f29d3bd9"
        `);
    await queryRunner.query(`
            ALTER TABLE "learning_attachment" DROP CONSTRAINT "FK_e6b2740f45c5bccc5c40e975a3b"
        `);
    await queryRunner.query(`
            ALTER TABLE "learning_request" DROP CONSTRAINT "FK_ff9e32f8fc8abe884509948bac3"
        `);
    await queryRunner.query(`
            DROP TABLE "learning_settings"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."learning_note_by_request"
        `);
    await queryRunner.query(`
            DROP TABLE "learning_note"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."learning_note_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."learning_event_by_request"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."learning_event_by_type"
        `);
    await queryRunner.query(`
            DROP TABLE "learning_event"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."learning_event_type"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."learning_attachment_by_request"
        `);
    await queryRunner.query(`
            DROP TABLE "learning_attachment"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."learning_request_queue"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."learning_request_by_municipality"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."learning_request_by_requester"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."learning_request_by_assignee"
        `);
    await queryRunner.query(`
            DROP TABLE "learning_request"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."learning_outcome"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."learning_hold_reason"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."learning_status"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."learning_priority"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."learning_urgency"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."learning_category"
        `);
  }
}
