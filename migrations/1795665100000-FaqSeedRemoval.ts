import { MigrationInterface, QueryRunner } from 'typeorm';

/** Seeded synonym groups a consultant deleted, so the seed does not bring them back. */
export class FaqSeedRemoval1795665100000 implements MigrationInterface {
  name = 'FaqSeedRemoval1795665100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "faq_seed_removal" (
                "municipality_id" uuid NOT NULL,
                "term" character varying(100) NOT NULL,
                "removed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_faq_seed_removal" PRIMARY KEY ("municipality_id", "term")
            )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "faq_seed_removal"`);
  }
}
