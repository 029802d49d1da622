import type { CookieOptions, Request, Response } from 'express';
import type { AppConfig } from '../config/app-config';

export const REFRESH_COOKIE = 'pp_refresh';

function options(config: AppConfig, expires?: Date): CookieOptions {
  // httpOnly: scripts never see it; SameSite=Strict: other sites cannot make the browser send it.
  return { httpOnly: true, sameSite: 'strict', secure: config.isProduction, path: '/', expires };
}

export function setRefreshCookie(res: Response, config: AppConfig, token: string, expires: Date): void {
  res.cookie(REFRESH_COOKIE, token, options(config, expires));
}

export function clearRefreshCookie(res: Response, config: AppConfig): void {
  res.clearCookie(REFRESH_COOKIE, options(config));
}

export function readRefreshCookie(req: Request): string | undefined {
  const cookies = req.cookies as Record<string, string> | undefined;
  const value = cookies?.[REFRESH_COOKIE];
  return typeof value === 'string' && value.length > 0 && value.length < 200 ? value : undefined;
}
