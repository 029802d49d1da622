import { AppError } from '../../errors/app-error';

/** Why an OpenID Connect sign-in failed. Logged and audited; the user only ever sees one Danish message. */
export enum OidcErrorCode {
  NOT_CONFIGURED = 'OIDC.NOT_CONFIGURED',
  DISCOVERY_FAILED = 'OIDC.DISCOVERY_FAILED',
  FLOW_EXPIRED = 'OIDC.FLOW_EXPIRED',
  STATE_MISMATCH = 'OIDC.STATE_MISMATCH',
  ISSUER_MISMATCH = 'OIDC.ISSUER_MISMATCH',
  PROVIDER_ERROR = 'OIDC.PROVIDER_ERROR',
  TOKEN_EXCHANGE_FAILED = 'OIDC.TOKEN_EXCHANGE_FAILED',
  ID_TOKEN_INVALID = 'OIDC.ID_TOKEN_INVALID',
  USERINFO_FAILED = 'OIDC.USERINFO_FAILED',
  NO_VERIFIED_EMAIL = 'OIDC.NO_VERIFIED_EMAIL',
  UNKNOWN_IDENTITY = 'OIDC.UNKNOWN_IDENTITY',
  NOT_STAFF = 'OIDC.NOT_STAFF',
  INACTIVE = 'OIDC.INACTIVE',
  ALREADY_LINKED = 'OIDC.ALREADY_LINKED',
}

const MESSAGE = 'Log ind med organisationskonto mislykkedes.';

export class OidcError extends AppError {
  /**
   * @param reason a fixed, technical phrase for the log (never a token, a claim value or an e-mail address)
   * @param userId the local account involved, when known, for the audit trail
   */
  constructor(
    code: OidcErrorCode,
    readonly reason: string = code,
    readonly userId: string | null = null,
  ) {
    super(code, MESSAGE);
    this.name = 'OidcError';
  }
}
