export * from './oidc.exception';
export { OidcController, OIDC_FAILURE_REDIRECT } from './oidc.controller';
export { OidcClient } from './oidc-client';
export { OidcIdentityService, verifiedEmail } from './oidc-identity.service';
