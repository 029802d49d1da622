import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReliefBookingNote1795664000000 implements MigrationInterface {
  name = 'ReliefBookingNote1795664000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "relief_booking" ADD "note" character varying(1000)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "relief_booking" DROP COLUMN "note"`);
  }
}
