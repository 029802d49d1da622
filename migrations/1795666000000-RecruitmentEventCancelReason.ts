import { MigrationInterface, QueryRunner } from 'typeorm';

/** Why a meeting or course was cancelled, written by staff for the households signed up (mail and status page). */
export class RecruitmentEventCancelReason1795666000000 implements MigrationInterface {
  name = 'RecruitmentEventCancelReason1795666000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "recruitment_event" ADD "cancel_reason" character varying(500)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "recruitment_event" DROP COLUMN "cancel_reason"`);
  }
}
