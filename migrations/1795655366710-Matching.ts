import { MigrationInterface, QueryRunner } from 'typeorm';

export class Matching1795655366710 implements MigrationInterface {
  name = 'Matching1795655366710';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "family_match_profile" (
                "foster_family_id" uuid NOT NULL,
                "municipality_id" uuid NOT NULL,
                "lat" double precision,
                "lon" double precision,
                "experience" character varying array NOT NULL DEFAULT '{}',
                "languages" character varying array NOT NULL DEFAULT '{}',
                "culture" character varying array NOT NULL DEFAULT '{}',
                "features" character varying array NOT NULL DEFAULT '{}',
                "other_children_birth_dates" date array NOT NULL DEFAULT '{}',
                "pref_age_min" integer,
                "pref_age_max" integer,
                "pref_needs_able" character varying array NOT NULL DEFAULT '{}',
                "pref_needs_excluded" character varying array NOT NULL DEFAULT '{}',
                "pref_siblings" boolean,
                "assessed_age_min" integer,
                "assessed_age_max" integer,
                "assessed_needs_able" character varying array,
                "assessed_needs_excluded" character varying array,
                "assessed_siblings" boolean,
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "PK_a08504e368b9c1c8149615bb618" PRIMARY KEY ("foster_family_id")
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."support_level" AS ENUM('ALMEN', 'FORSTAERKET', 'SPECIALISERET')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."need_status" AS ENUM('WAITING', 'PLACED', 'CANCELLED')
        `);
    await queryRunner.query(`
            CREATE TABLE "placement_need" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "municipality_id" uuid NOT NULL,
                "caseworker_id" uuid,
                "children" jsonb NOT NULL,
                "support_level" "public"."support_level" NOT NULL,
                "needs" character varying array NOT NULL DEFAULT '{}',
                "school_name" character varying(200) NOT NULL DEFAULT '',
                "school_postal_code" character varying(4),
                "school_lat" double precision,
                "school_lon" double precision,
                "bio_postal_code" character varying(4),
                "bio_lat" double precision,
                "bio_lon" double precision,
                "contact_visits_per_month" integer NOT NULL DEFAULT '0',
                "languages" character varying array NOT NULL DEFAULT '{}',
                "culture" character varying array NOT NULL DEFAULT '{}',
                "culture_note" character varying(1000) NOT NULL DEFAULT '',
                "wishes" character varying array NOT NULL DEFAULT '{}',
                "wishes_text" character varying(2000) NOT NULL DEFAULT '',
                "network_people" jsonb NOT NULL,
                "network_family_ids" uuid array NOT NULL DEFAULT '{}',
                "acute" boolean NOT NULL DEFAULT false,
                "wished_start" date,
                "status" "public"."need_status" NOT NULL DEFAULT 'WAITING',
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "placement_need_visits" CHECK (
                    "contact_visits_per_month" >= 0
                    AND "contact_visits_per_month" <= 31
                ),
                CONSTRAINT "PK_7ae71ec264bfc8d669338d4f399" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "placement_need_waiting" ON "placement_need" ("municipality_id", "status", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "match_batch" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "municipality_id" uuid NOT NULL,
                "created_by" uuid,
                "needs_count" integer NOT NULL,
                "families_count" integer NOT NULL,
                "assigned_count" integer NOT NULL,
                "total_score" double precision NOT NULL,
                "duration_ms" integer NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_6f94d290754689a71f3075db451" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "match_batch_by_municipality" ON "match_batch" ("municipality_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."proposal_status" AS ENUM('PROPOSED', 'ACCEPTED', 'DECLINED', 'SUPERSEDED')
        `);
    await queryRunner.query(`
            CREATE TABLE "match_proposal" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "municipality_id" uuid NOT NULL,
                "batch_id" uuid,
                "need_id" uuid NOT NULL,
                "foster_family_id" uuid NOT NULL,
                "score" double precision NOT NULL,
                "network" boolean NOT NULL DEFAULT false,
                "evaluation" jsonb NOT NULL,
                "status" "public"."proposal_status" NOT NULL DEFAULT 'PROPOSED',
                "created_by" uuid,
                "decided_by" uuid,
                "decided_at" TIMESTAMP(3) WITH TIME ZONE,
                "reason" character varying(1000),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_bb37f294b8a20b3bcf62c2a750c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "match_proposal_by_municipality" ON "match_proposal" ("municipality_id", "status", "created_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "match_proposal_open" ON "match_proposal" ("need_id", "foster_family_id")
            WHERE status = 'PROPOSED'
        `);
    await queryRunner.query(`
            CREATE TABLE "matching_weights" (
                "municipality_id" uuid NOT NULL,
                "weights" jsonb NOT NULL,
                "updated_by" uuid,
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_9af3a5f2e325a45c3b2b16a2454" PRIMARY KEY ("municipality_id")
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."placement_end_reason" AS ENUM(
                'HOME',
                'ADULTHOOD',
                'PLANNED_MOVE',
                'BREAKDOWN_FAMILY',
                'BREAKDOWN_CHILD',
                'BREAKDOWN_MUNICIPALITY',
                'OTHER'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "placement" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "municipality_id" uuid NOT NULL,
                "need_id" uuid NOT NULL,
                "foster_family_id" uuid NOT NULL,
                "proposal_id" uuid,
                "children_count" integer NOT NULL,
                "match_score" double precision,
                "started_on" date NOT NULL,
                "ended_on" date,
                "end_reason" "public"."placement_end_reason",
                "end_note" character varying(1000),
                "created_by" uuid,
                "ended_by" uuid,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "PK_4f8b29ee2db5213bcb38b6c71c4" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "placement_by_municipality" ON "placement" ("municipality_id", "started_on")
        `);
    await queryRunner.query(`
            CREATE INDEX "placement_by_family" ON "placement" ("foster_family_id", "ended_on")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "placement_active_need" ON "placement" ("need_id")
            WHERE ended_on IS NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "family_match_profile"
            ADD CONSTRAINT "FK_a08504e368b9c1c8149615bb618" FOREIGN KEY ("foster_family_id") REFERENCES "foster_family"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "placement_need"
            ADD CONSTRAINT "FK_4027d1c04ec3c41500864d261db" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "placement_need"
            ADD CONSTRAINT "FK_c8e3593c9c65ba962b167fa6e35" FOREIGN KEY ("caseworker_id") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "match_proposal"
            ADD CONSTRAINT "FK_dd4dc399ceef97345046101c846" FOREIGN KEY ("batch_id") REFERENCES "match_batch"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "match_proposal"
            ADD CONSTRAINT "FK_3324bd02f226e672c31b5ba38d7" FOREIGN KEY ("need_id") REFERENCES "placement_need"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "match_proposal"
            ADD CONSTRAINT "FK_7d690f64a87a85504d04f9fe040" FOREIGN KEY ("foster_family_id") REFERENCES "foster_family"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "placement"
            ADD CONSTRAINT "FK_7ae71ec264bfc8d669338d4f399" FOREIGN KEY ("need_id") REFERENCES "placement_need"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "placement"
            ADD CONSTRAINT "FK_7501f48ab82f3aed9a7d2c198b3" FOREIGN KEY ("foster_family_id") REFERENCES "foster_family"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "placement" DROP CONSTRAINT "FK_7501f48ab82f3aed9a7d2c198b3"
        `);
    await queryRunner.query(`
            ALTER TABLE "placement" DROP CONSTRAINT "FK_7ae71ec264bfc8d669338d4f399"
        `);
    await queryRunner.query(`
            ALTER TABLE "match_proposal" DROP CONSTRAINT "FK_7d690f64a87a85504d04f9fe040"
        `);
    await queryRunner.query(`
            ALTER TABLE "match_proposal" DROP CONSTRAINT "FK_3324bd02f226e672c31b5ba38d7"
        `);
    await queryRunner.query(`
            ALTER TABLE "match_proposal" DROP CONSTRAINT "FK_dd4dc399ceef97345046101c846"
        `);
    await queryRunner.query(`
            ALTER TABLE "placement_need" DROP CONSTRAINT "FK_c8e3593c9c65ba962b167fa6e35"
        `);
    await queryRunner.query(`
            ALTER TABLE "placement_need" DROP CONSTRAINT "FK_4027d1c04ec3c41500864d261db"
        `);
    await queryRunner.query(`
            ALTER TABLE "family_match_profile" DROP CONSTRAINT "FK_a08504e368b9c1c8149615bb618"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."placement_active_need"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."placement_by_family"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."placement_by_municipality"
        `);
    await queryRunner.query(`
            DROP TABLE "placement"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."placement_end_reason"
        `);
    await queryRunner.query(`
            DROP TABLE "matching_weights"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."match_proposal_open"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."match_proposal_by_municipality"
        `);
    await queryRunner.query(`
            DROP TABLE "match_proposal"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."proposal_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."match_batch_by_municipality"
        `);
    await queryRunner.query(`
            DROP TABLE "match_batch"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."placement_need_waiting"
        `);
    await queryRunner.query(`
            DROP TABLE "placement_need"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."need_status"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."support_level"
        `);
    await queryRunner.query(`
            DROP TABLE "family_match_profile"
        `);
  }
}
