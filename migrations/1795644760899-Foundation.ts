import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795644760899 implements MigrationInterface {
  name = 'Foundation1795644760899';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "audit_event" (
                "id" BIGSERIAL NOT NULL,
                "municipality_id" uuid,
                "actor_user_id" uuid,
                "actor_role" character varying(40),
                "action" character varying(20) NOT NULL,
                "entity" character varying(60) NOT NULL,
                "entity_id" character varying(100),
                "request_id" character varying(64),
                "details" jsonb,
                "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_bd2accfa41c45a8b4bead28ca1" ON "audit_event" ("municipality_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "audit_event_entity" ON "audit_event" ("entity", "entity_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "refresh_token" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "family_id" uuid NOT NULL,
                "token_hash" character(64) NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_f0812282fad2e352cdaf83ef0a9" UNIQUE ("token_hash"),
                CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_6bbe63d2fe75e7f0ba1710351d" ON "refresh_token" ("user_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_eb31f2a7917404a46e17f539f1" ON "refresh_token" ("family_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "municipality" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" character varying(3) NOT NULL,
                "name" character varying(100) NOT NULL,
                "phone" character varying(30),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_f01eb47e7b81481ca5a146a786d" UNIQUE ("code"),
                CONSTRAINT "PK_281ad341f20df7c41b83a182e2a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."user_role" AS ENUM(
                'APPLICANT',
                'FOSTER_PARENT',
                'FAMILY_CONSULTANT',
                'CASEWORKER',
                'NETWORK_CONSULTANT',
                'LEARNING_CONSULTANT',
                'ADMIN'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "app_user" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "municipality_id" uuid NOT NULL,
                "email" character varying(254) NOT NULL,
                "name" character varying(200) NOT NULL,
                "role" "public"."user_role" NOT NULL,
                "password_hash" character varying(200),
                "oidc_issuer" character varying(300),
                "oidc_subject" character varying(300),
                "active" boolean NOT NULL DEFAULT true,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "UQ_3fa909d0e37c531ebc237703391" UNIQUE ("email"),
                CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "app_user_keyset" ON "app_user" ("created_at", "id")`);
    await queryRunner.query(`
            CREATE INDEX "app_user_municipality_keyset" ON "app_user" ("municipality_id", "created_at", "id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "app_user_oidc_identity" ON "app_user" ("oidc_issuer", "oidc_subject")
            WHERE oidc_subject IS NOT NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD CONSTRAINT "FK_6cecf0f20a41280d83a2cbb7390" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    // Hand-written: the audit log is append-only, whatever role the application connects as.
    await queryRunner.query(`
            CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_event"
            FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()
        `);
    // Hand-written: emails are unique regardless of case.
    await queryRunner.query(`
            ALTER TABLE "app_user" ADD CONSTRAINT "app_user_email_lower" CHECK ("email" = lower("email"))
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "app_user_email_lower"`);
    await queryRunner.query(`DROP TRIGGER audit_event_no_update_delete ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION audit_event_append_only()`);
    await queryRunner.query(`
            ALTER TABLE "app_user" DROP CONSTRAINT "FK_6cecf0f20a41280d83a2cbb7390"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."app_user_oidc_identity"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."app_user_municipality_keyset"`);
    await queryRunner.query(`DROP INDEX "public"."app_user_keyset"
        `);
    await queryRunner.query(`
            DROP TABLE "app_user"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."user_role"
        `);
    await queryRunner.query(`
            DROP TABLE "municipality"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_eb31f2a7917404a46e17f539f1"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_6bbe63d2fe75e7f0ba1710351d"
        `);
    await queryRunner.query(`
            DROP TABLE "refresh_token"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."audit_event_entity"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_bd2accfa41c45a8b4bead28ca1"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_event"
        `);
  }
}
