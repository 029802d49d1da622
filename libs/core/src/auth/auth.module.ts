import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AuditModule } from '../audit/audit.module';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { AuthService } from './auth.service';
import { AuthResolver } from './graphql/auth.resolver';
import { LoginRateLimiter } from './login-rate-limiter';
import { PermissionGuard } from './permission.guard';
import { TokenService } from './token.service';

@Module({
  imports: [
    AuditModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.auth.jwtSecret }),
    }),
  ],
  providers: [
    AuthService,
    TokenService,
    LoginRateLimiter,
    AuthResolver,
    { provide: APP_GUARD, useClass: PermissionGuard },
  ],
  exports: [AuthService, TokenService],
})
export class AuthModule {}
