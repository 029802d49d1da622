import { Module } from '@nestjs/common';

/** Information meetings, grundkursus sessions and home visits, with calendar invitations. */
@Module({})
export class RecruitmentEventsModule {}
