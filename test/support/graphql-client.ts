/** Minimal GraphQL-over-HTTP client for tests: real HTTP, real cookies. */
export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string; fields?: Record<string, string> } }>;
  setCookie: string[];
}

export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  opts: { token?: string; cookie?: string } = {},
): Promise<GqlResult<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
      ...(opts.cookie ? { cookie: opts.cookie } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: GqlResult['errors'] };
  return {
    status: res.status,
    data: body.data ?? undefined,
    errors: body.errors,
    setCookie: res.headers.getSetCookie(),
  };
}

export const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(input: { email: $email, password: $password }) { accessToken expiresAt user { id email role municipality { id code name } } }
}`;

export async function loginToken(url: string, email: string, password = 'Pleje-demo-2026'): Promise<string> {
  const r = await gql<{ login: { accessToken: string } }>(url, LOGIN, { email, password });
  if (!r.data) throw new Error(`login failed for test user: ${JSON.stringify(r.errors)}`);
  return r.data.login.accessToken;
}
