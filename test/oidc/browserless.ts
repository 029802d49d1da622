/**
 * A browser without a browser: fetch with a cookie jar per origin and redirects followed by hand, so a
 * test can see (and tamper with) every hop of an OpenID Connect flow.
 */
export class CookieJar {
  private readonly jars = new Map<string, Map<string, string>>();

  store(url: string, setCookie: string[]): void {
    const origin = new URL(url).origin;
    const jar = this.jars.get(origin) ?? new Map<string, string>();
    this.jars.set(origin, jar);
    for (const header of setCookie) {
      const [pair, ...attributes] = header.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => {
        const [key, val = ''] = a.trim().split('=');
        if (key.toLowerCase() === 'max-age') return Number(val) <= 0;
        if (key.toLowerCase() === 'expires') return new Date(val).getTime() <= Date.now();
        return false;
      });
      if (expired || value === '') jar.delete(name);
      else jar.set(name, value);
    }
  }

  header(url: string): string {
    const jar = this.jars.get(new URL(url).origin);
    return jar ? [...jar].map(([k, v]) => `${k}=${v}`).join('; ') : '';
  }

  get(url: string, name: string): string | undefined {
    return this.jars.get(new URL(url).origin)?.get(name);
  }
}

export interface Hop {
  url: string;
  status: number;
  location?: string;
  setCookie: string[];
  body: string;
}

export class Browserless {
  readonly jar = new CookieJar();
  readonly hops: Hop[] = [];

  async visit(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Hop> {
    const cookie = this.jar.header(url);
    const res = await fetch(url, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      headers: {
        accept: 'text/html,application/json',
        ...(cookie ? { cookie } : {}),
        ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
    });
    const setCookie = res.headers.getSetCookie();
    this.jar.store(url, setCookie);
    const location = res.headers.get('location');
    const hop: Hop = {
      url,
      status: res.status,
      location: location ? new URL(location, url).toString() : undefined,
      setCookie,
      body: await res.text(),
    };
    this.hops.push(hop);
    return hop;
  }
}

const unescapeHtml = (s: string): string =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#x2F;/gi, '/')
    .replace(/&#x3D;/gi, '=')
    .replace(/&quot;/g, '"');

/** The first form on an oidc-provider devInteractions page: where it posts and which prompt it answers. */
export function readForm(html: string, base: string): { action: string; prompt: string } | null {
  const action = /<form[^>]*action="([^"]+)"/i.exec(html)?.[1];
  const prompt = /name="prompt" value="([a-z]+)"/i.exec(html)?.[1];
  return action && prompt ? { action: new URL(unescapeHtml(action), base).toString(), prompt } : null;
}
