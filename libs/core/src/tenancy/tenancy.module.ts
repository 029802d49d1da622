import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { MunicipalityResolver } from './graphql/municipality.resolver';
import { MunicipalitiesService } from './municipalities.service';

@Module({
  imports: [AuditModule],
  providers: [MunicipalitiesService, MunicipalityResolver],
  exports: [MunicipalitiesService],
})
export class TenancyModule {}
