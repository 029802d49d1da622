import { Module } from '@nestjs/common';
import { AuditModule } from '@pleje/core';
import { ReliefResolver } from './graphql/relief.resolver';
import { ReliefService } from './relief.service';

/** Relief (aflastning): providers, grants, search and bookings that never overbook. */
@Module({
  imports: [AuditModule],
  providers: [ReliefService, ReliefResolver],
  exports: [ReliefService],
})
export class ReliefModule {}
