import { MigrationInterface, QueryRunner } from 'typeorm';

/** The FAQ question log (with "Hjalp det?") and the "Spørg en konsulent" tickets; faq_owner_team exists already. */
export class FaqSupport1795663345846 implements MigrationInterface {
  name = 'FaqSupport1795663345846';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."faq_channel" AS ENUM('PORTAL', 'TEAMS')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."faq_verdict" AS ENUM('CONFIDENT', 'CLOSE_CALL', 'NOT_CONFIDENT')
        `);
    await queryRunner.query(`
            CREATE TABLE "faq_question" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "municipality_id" uuid NOT NULL,
                "asked_by" uuid,
                "channel" "public"."faq_channel" NOT NULL,
                "text" text,
                "verdict" "public"."faq_verdict" NOT NULL,
                "best_entry_id" uuid,
                "confidence" real,
                "candidate_ids" uuid array NOT NULL DEFAULT '{}',
                "helpful" boolean,
                "rated_entry_id" uuid,
                "rated_at" TIMESTAMP(3) WITH TIME ZONE,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_ed61cb1433527f5841ff662abe2" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "faq_question_text_kept" ON "faq_question" ("created_at")
            WHERE "text" IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "faq_question_by_asker" ON "faq_question" ("asked_by", "created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "faq_question_by_municipality" ON "faq_question" ("municipality_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."faq_ticket_status" AS ENUM('OPEN', 'ASSIGNED', 'ANSWERED', 'CLOSED')
        `);
    await queryRunner.query(`
            CREATE TABLE "faq_ticket" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "municipality_id" uuid NOT NULL,
                "question_id" uuid,
                "asked_by" uuid NOT NULL,
                "channel" "public"."faq_channel" NOT NULL,
                "team" "public"."faq_owner_team" NOT NULL,
                "question" text NOT NULL,
                "status" "public"."faq_ticket_status" NOT NULL DEFAULT 'OPEN',
                "assignee_id" uuid,
                "assigned_at" TIMESTAMP(3) WITH TIME ZONE,
                "answer" text,
                "answered_by" uuid,
                "answered_at" TIMESTAMP(3) WITH TIME ZONE,
                "closed_at" TIMESTAMP(3) WITH TIME ZONE,
                "faq_entry_id" uuid,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "faq_ticket_assigned" CHECK (
                    "status" <> 'ASSIGNED'
                    OR "assignee_id" IS NOT NULL
                ),
                CONSTRAINT "faq_ticket_answered" CHECK (
                    "status" <> 'ANSWERED'
                    OR "answer" IS NOT NULL
                ),
                CONSTRAINT "PK_c78aec6fbadd03161c492def92c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "faq_ticket_question" ON "faq_ticket" ("question_id")
            WHERE "question_id" IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "faq_ticket_by_asker" ON "faq_ticket" ("asked_by", "created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "faq_ticket_queue" ON "faq_ticket" (
                "municipality_id",
                "team",
                "status",
                "created_at"
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "faq_question"
            ADD CONSTRAINT "FK_3f8e661180978ffc421fbc91846" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "faq_question"
            ADD CONSTRAINT "FK_20c0ac2648ac1832a81c5130b87" FOREIGN KEY ("asked_by") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "faq_question"
            ADD CONSTRAINT "FK_ab97a62e659c6e65355bc2b1ad6" FOREIGN KEY ("best_entry_id") REFERENCES "faq_entry"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "faq_question"
            ADD CONSTRAINT "FK_d1612a9446d07f2c3fb0c4d164a" FOREIGN KEY ("rated_entry_id") REFERENCES "faq_entry"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "faq_ticket"
            ADD CONSTRAINT "FK_bcce80d169a8339a6b96c23b4bf" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "faq_ticket"
            ADD CONSTRAINT "FK_7f62a1004202f56d53cf14fb9df" FOREIGN KEY ("question_id") REFERENCES "faq_question"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "faq_ticket"
            ADD CONSTRAINT "FK_82db1e70d82d3d5d2f331012c6b" FOREIGN KEY ("asked_by") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "faq_ticket"
            ADD CONSTRAINT "FK_3524cd2f8d6251ac7882c28e26a" FOREIGN KEY ("assignee_id") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "faq_ticket"
            ADD CONSTRAINT "FK_d0e00c65b0fe3ffb279d0d9f14c" FOREIGN KEY ("answered_by") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "faq_ticket"
            ADD CONSTRAINT "FK_2804efed1527e3fd57ab4f9acd7" FOREIGN KEY ("faq_entry_id") REFERENCES "faq_entry"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "faq_ticket" DROP CONSTRAINT "FK_2804efed1527e3fd57ab4f9acd7"
        `);
    await queryRunner.query(`
            ALTER TABLE "faq_ticket" DROP CONSTRAINT "FK_d0e00c65b0fe3ffb279d0d9f14c"
        `);
    await queryRunner.query(`
            ALTER TABLE "faq_ticket" DROP CONSTRAINT "FK_3524cd2f8d6251ac7882c28e26a"
        `);
    await queryRunner.query(`
            ALTER TABLE "faq_ticket" DROP CONSTRAINT "FK_82db1e70d82d3d5d2f331012c6b"
        `);
    await queryRunner.query(`
            ALTER TABLE "faq_ticket" DROP CONSTRAINT "FK_7f62a1004202f56d53cf14fb9df"
        `);
    await queryRunner.query(`
            ALTER TABLE "faq_ticket" DROP CONSTRAINT "FK_bcce80d169a8339a6b96c23b4bf"
        `);
    await queryRunner.query(`
            ALTER TABLE "faq_question" DROP CONSTRAINT "FK_d1612a9446d07f2c3fb0c4d164a"
        `);
    await queryRunner.query(`
            ALTER TABLE "faq_question" DROP CONSTRAINT "FK_ab97a62e659c6e65355bc2b1ad6"
        `);
    await queryRunner.query(`
            ALTER TABLE "faq_question" DROP CONSTRAINT "FK_20c0ac2648ac1832a81c5130b87"
        `);
    await queryRunner.query(`
            ALTER TABLE "faq_question" DROP CONSTRAINT "FK_3f8e661180978ffc421fbc91846"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."faq_ticket_queue"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."faq_ticket_by_asker"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."faq_ticket_question"
        `);
    await queryRunner.query(`
            DROP TABLE "faq_ticket"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."faq_ticket_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."faq_question_by_municipality"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."faq_question_by_asker"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."faq_question_text_kept"
        `);
    await queryRunner.query(`
            DROP TABLE "faq_question"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."faq_verdict"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."faq_channel"
        `);
  }
}
