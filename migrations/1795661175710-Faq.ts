import { MigrationInterface, QueryRunner } from 'typeorm';

export class Faq1795661175710 implements MigrationInterface {
  name = 'Faq1795661175710';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Trigram similarity for typo correction (trusted since PG13: the database owner may create it).
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`
            CREATE TYPE "public"."faq_owner_team" AS ENUM(
                'FAMILIEPLEJE',
                'AFLASTNING',
                'LAERING',
                'NETVAERK',
                'MYNDIGHED'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."faq_entry_status" AS ENUM('ACTIVE', 'ARCHIVED')
        `);
    await queryRunner.query(`
            CREATE TABLE "faq_entry" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "municipality_id" uuid NOT NULL,
                "key" character varying(80) NOT NULL,
                "question" character varying(300) NOT NULL,
                "answer" text NOT NULL,
                "phrasings" character varying array NOT NULL DEFAULT '{}',
                "english" character varying array NOT NULL DEFAULT '{}',
                "category" character varying(80) NOT NULL,
                "owner_team" "public"."faq_owner_team" NOT NULL,
                "status" "public"."faq_entry_status" NOT NULL DEFAULT 'ACTIVE',
                "search_title" text NOT NULL DEFAULT '',
                "title_vector" tsvector,
                "body_vector" tsvector,
                "created_by" uuid,
                "updated_by" uuid,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "PK_af327a5dc45629131954cbfde51" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "faq_entry_by_municipality" ON "faq_entry" ("municipality_id", "status", "category")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "faq_entry_key" ON "faq_entry" ("municipality_id", "key")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."faq_change_action" AS ENUM('CREATE', 'UPDATE', 'ARCHIVE')
        `);
    await queryRunner.query(`
            CREATE TABLE "faq_entry_version" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "entry_id" uuid NOT NULL,
                "municipality_id" uuid NOT NULL,
                "version" integer NOT NULL,
                "action" "public"."faq_change_action" NOT NULL,
                "changed_fields" character varying array NOT NULL DEFAULT '{}',
                "changed_by" uuid,
                "changed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "snapshot" jsonb NOT NULL,
                CONSTRAINT "PK_0575826198a7487b6324995ffac" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "faq_entry_version_by_entry" ON "faq_entry_version" ("entry_id", "version")
        `);
    await queryRunner.query(`
            CREATE TABLE "faq_synonym" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "municipality_id" uuid NOT NULL,
                "term" character varying(100) NOT NULL,
                "synonyms" character varying array NOT NULL,
                "updated_by" uuid,
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "PK_146788ad846a93a6b9303eff5e5" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "faq_synonym_term" ON "faq_synonym" ("municipality_id", "term")
        `);
    await queryRunner.query(`
            CREATE TABLE "faq_term" (
                "municipality_id" uuid NOT NULL,
                "term" character varying(200) NOT NULL,
                "ndoc" integer NOT NULL,
                CONSTRAINT "PK_515946bb59c5e29625515785888" PRIMARY KEY ("municipality_id", "term")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "faq_entry"
            ADD CONSTRAINT "FK_7717f6d7b3d7b022b3b55253d60" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "faq_entry_version"
            ADD CONSTRAINT "FK_9dbc01236761193b07b61cf7009" FOREIGN KEY ("entry_id") REFERENCES "faq_entry"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "faq_synonym"
            ADD CONSTRAINT "FK_4ca34a209ef5f77306d8b24f3ec" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    // Indexes TypeORM cannot describe (declared with synchronize: false on the entities).
    await queryRunner.query(
      `CREATE INDEX "faq_entry_title_vector" ON "faq_entry" USING gin ("title_vector")`,
    );
    await queryRunner.query(`CREATE INDEX "faq_entry_body_vector" ON "faq_entry" USING gin ("body_vector")`);
    await queryRunner.query(
      `CREATE INDEX "faq_entry_search_title_trgm" ON "faq_entry" USING gin ("search_title" gin_trgm_ops)`,
    );
    await queryRunner.query(`CREATE INDEX "faq_term_trgm" ON "faq_term" USING gin ("term" gin_trgm_ops)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."faq_term_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."faq_entry_search_title_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."faq_entry_body_vector"`);
    await queryRunner.query(`DROP INDEX "public"."faq_entry_title_vector"`);
    await queryRunner.query(`
            ALTER TABLE "faq_synonym" DROP CONSTRAINT "FK_4ca34a209ef5f77306d8b24f3ec"
        `);
    await queryRunner.query(`
            ALTER TABLE "faq_entry_version" DROP CONSTRAINT "FK_9dbc01236761193b07b61cf7009"
        `);
    await queryRunner.query(`
            ALTER TABLE "faq_entry" DROP CONSTRAINT "FK_7717f6d7b3d7b022b3b55253d60"
        `);
    await queryRunner.query(`
            DROP TABLE "faq_term"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."faq_synonym_term"
        `);
    await queryRunner.query(`
            DROP TABLE "faq_synonym"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."faq_entry_version_by_entry"
        `);
    await queryRunner.query(`
            DROP TABLE "faq_entry_version"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."faq_change_action"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."faq_entry_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."faq_entry_by_municipality"
        `);
    await queryRunner.query(`
            DROP TABLE "faq_entry"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."faq_entry_status"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."faq_owner_team"
        `);
  }
}
