import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { UsersResolver } from './graphql/users.resolver';
import { UsersService } from './users.service';

@Module({ imports: [AuditModule], providers: [UsersService, UsersResolver], exports: [UsersService] })
export class UsersModule {}
