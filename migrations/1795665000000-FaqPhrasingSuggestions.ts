import { MigrationInterface, QueryRunner } from 'typeorm';

/** Questions rated 👍 on an answer the search was unsure of become suggested phrasings; this keeps the decision. */
export class FaqPhrasingSuggestions1795665000000 implements MigrationInterface {
  name = 'FaqPhrasingSuggestions1795665000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."faq_phrasing_state" AS ENUM('ACCEPTED', 'DISMISSED')`);
    await queryRunner.query(`ALTER TABLE "faq_question" ADD "phrasing_state" "public"."faq_phrasing_state"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "faq_question" DROP COLUMN "phrasing_state"`);
    await queryRunner.query(`DROP TYPE "public"."faq_phrasing_state"`);
  }
}
