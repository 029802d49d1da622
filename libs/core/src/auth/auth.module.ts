import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditModule } from '../audit/audit.module';
import { AuthService } from './auth.service';
import { AuthResolver } from './graphql/auth.resolver';
import { LoginRateLimiter } from './login-rate-limiter';
import { OidcClient, OidcController, OidcIdentityService } from './oidc';
import { PermissionGuard } from './permission.guard';
import { TokenService } from './token.service';

@Module({
  imports: [AuditModule],
  // OIDC staff sign-in: the controller answers 404 unless config.oidc is set, and nothing calls out before then.
  controllers: [OidcController],
  providers: [
    AuthService,
    OidcClient,
    OidcIdentityService,
    TokenService,
    LoginRateLimiter,
    AuthResolver,
    { provide: APP_GUARD, useClass: PermissionGuard },
  ],
  exports: [AuthService, TokenService, LoginRateLimiter],
})
export class AuthModule {}
