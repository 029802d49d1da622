// The access token lives in memory only: never in localStorage, where any injected script could read it.
// The long-lived refresh token is an httpOnly cookie the browser sends with `credentials: 'include'`.
let accessToken: string | null = null;

export function setAccessToken(token: string | null): void {
  accessToken = token;
}

export function getAccessToken(): string | null {
  return accessToken;
}
