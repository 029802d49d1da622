import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import type { CookieOptions } from 'express';
import type { AppConfig } from '../../config/app-config';

export const FLOW_COOKIE = 'pp_oidc';
export const FLOW_TTL_MS = 10 * 60 * 1000;
const VERSION = 'v1';
// Binds the ciphertext to its purpose: a blob sealed for anything else never opens as a flow state.
const AAD = Buffer.from('plejeportalen:oidc-flow:v1');

/** What the callback needs to finish the flow; kept client-side so any api replica can finish it. */
export interface OidcFlowState {
  state: string;
  nonce: string;
  /** PKCE code_verifier (RFC 7636): 43 characters of base64url. */
  verifier: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

const random = (): string => randomBytes(32).toString('base64url');

export function createFlowState(now = Date.now()): OidcFlowState {
  return { state: random(), nonce: random(), verifier: random(), expiresAt: now + FLOW_TTL_MS };
}

export function pkceChallenge(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

function flowKey(secret: string): Buffer {
  // A key of its own, derived from the shared secret, so the JWT signing key is never used for encryption.
  return Buffer.from(hkdfSync('sha256', secret, 'plejeportalen', 'oidc-flow-cookie', 32));
}

/**
 * Encrypted, not just signed (AES-256-GCM): the PKCE verifier and nonce must stay secret from anything
 * that can read the browser's cookies, yet the cookie must be self-contained for a stateless api.
 */
export function sealFlowState(flow: OidcFlowState, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', flowKey(secret), iv);
  cipher.setAAD(AAD);
  const ct = Buffer.concat([cipher.update(JSON.stringify(flow), 'utf8'), cipher.final()]);
  return [
    VERSION,
    iv.toString('base64url'),
    ct.toString('base64url'),
    cipher.getAuthTag().toString('base64url'),
  ].join('.');
}

/** The flow state, or null when the cookie is missing, forged, altered or older than ten minutes. */
export function openFlowState(
  sealed: string | undefined,
  secret: string,
  now = Date.now(),
): OidcFlowState | null {
  if (typeof sealed !== 'string' || sealed.length > 1000) return null;
  const [version, iv, ct, tag, ...rest] = sealed.split('.');
  if (version !== VERSION || !iv || !ct || !tag || rest.length > 0) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', flowKey(secret), Buffer.from(iv, 'base64url'));
    decipher.setAAD(AAD);
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    const json = Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
    const flow = JSON.parse(json) as Partial<OidcFlowState>;
    if (
      typeof flow.state !== 'string' ||
      typeof flow.nonce !== 'string' ||
      typeof flow.verifier !== 'string' ||
      typeof flow.expiresAt !== 'number'
    ) {
      return null;
    }
    if (flow.expiresAt <= now) return null;
    return flow as OidcFlowState;
  } catch {
    return null;
  }
}

export function flowCookieOptions(config: AppConfig): CookieOptions {
  // SameSite=Lax, not Strict: the callback is a top-level navigation coming from the identity provider's site.
  return {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.isProduction,
    path: '/auth/oidc',
    maxAge: FLOW_TTL_MS,
  };
}
