import { MigrationInterface, QueryRunner } from 'typeorm';

export class Teams1795662104961 implements MigrationInterface {
  name = 'Teams1795662104961';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "teams_conversation" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "service_url" character varying(500) NOT NULL,
                "conversation_id" character varying(500) NOT NULL,
                "bot_id" character varying(200) NOT NULL,
                "channel_user_id" character varying(200) NOT NULL,
                "tenant_id" character varying(64),
                "channel_id" character varying(40) NOT NULL,
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "gone_at" TIMESTAMP(3) WITH TIME ZONE,
                CONSTRAINT "PK_099ebc528fb6a52c9dffee2fce9" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "teams_conversation_user" ON "teams_conversation" ("user_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "teams_link_code" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "code_hash" character(64) NOT NULL,
                "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP(3) WITH TIME ZONE,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_b04e6f37b843b525a53655e8c32" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "teams_link_code_user" ON "teams_link_code" ("user_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "teams_link_code_unused" ON "teams_link_code" ("code_hash")
            WHERE "used_at" IS NULL
        `);
    await queryRunner.query(`
            CREATE TABLE "teams_link" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "municipality_id" uuid NOT NULL,
                "channel_user_id" character varying(200) NOT NULL,
                "aad_object_id" character varying(64),
                "tenant_id" character varying(64),
                "linked_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_36c16f1c76fd343c6dc841d10f9" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "teams_link_channel_user" ON "teams_link" ("channel_user_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "teams_link_user" ON "teams_link" ("user_id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."teams_message_status" AS ENUM('PENDING', 'SENDING', 'SENT', 'FAILED')
        `);
    await queryRunner.query(`
            CREATE TABLE "teams_message" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "municipality_id" uuid,
                "recipient_user_id" uuid NOT NULL,
                "kind" character varying(80) NOT NULL,
                "params" jsonb NOT NULL,
                "dedupe_key" character varying(200),
                "status" "public"."teams_message_status" NOT NULL DEFAULT 'PENDING',
                "attempts" integer NOT NULL DEFAULT '0',
                "claimed_at" TIMESTAMP(3) WITH TIME ZONE,
                "error_code" character varying(60),
                "sent_at" TIMESTAMP(3) WITH TIME ZONE,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_4a9c5d27d55e46d8f4532cbae98" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "teams_message_recipient" ON "teams_message" ("recipient_user_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "teams_message_dedupe_key" ON "teams_message" ("dedupe_key")
            WHERE "dedupe_key" IS NOT NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "teams_conversation"
            ADD CONSTRAINT "FK_4e4d019ac2b550b54b2a415cb05" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "teams_link_code"
            ADD CONSTRAINT "FK_717bbf1d600e9a3a174d3417f50" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "teams_link"
            ADD CONSTRAINT "FK_1f1ae78b2b850f81e4e81ed7b08" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "teams_link"
            ADD CONSTRAINT "FK_c6c03cfb17ccac709995299f086" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "teams_message"
            ADD CONSTRAINT "FK_cbf0633878fcc7f0e3d867d122f" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "teams_message"
            ADD CONSTRAINT "FK_546d4894621fd0baef06686e4fc" FOREIGN KEY ("recipient_user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "teams_message" DROP CONSTRAINT "FK_546d4894621fd0baef06686e4fc"
        `);
    await queryRunner.query(`
            ALTER TABLE "teams_message" DROP CONSTRAINT "FK_cbf0633878fcc7f0e3d867d122f"
        `);
    await queryRunner.query(`
            ALTER TABLE "teams_link" DROP CONSTRAINT "FK_c6c03cfb17ccac709995299f086"
        `);
    await queryRunner.query(`
            ALTER TABLE "teams_link" DROP CONSTRAINT "FK_1f1ae78b2b850f81e4e81ed7b08"
        `);
    await queryRunner.query(`
            ALTER TABLE "teams_link_code" DROP CONSTRAINT "FK_717bbf1d600e9a3a174d3417f50"
        `);
    await queryRunner.query(`
            ALTER TABLE "teams_conversation" DROP CONSTRAINT "FK_4e4d019ac2b550b54b2a415cb05"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."teams_message_dedupe_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."teams_message_recipient"
        `);
    await queryRunner.query(`
            DROP TABLE "teams_message"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."teams_message_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."teams_link_user"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."teams_link_channel_user"
        `);
    await queryRunner.query(`
            DROP TABLE "teams_link"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."teams_link_code_unused"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."teams_link_code_user"
        `);
    await queryRunner.query(`
            DROP TABLE "teams_link_code"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."teams_conversation_user"
        `);
    await queryRunner.query(`
            DROP TABLE "teams_conversation"
        `);
  }
}
