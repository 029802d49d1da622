import { gql, loginToken } from '../support/graphql-client';
import { startApiForTest, TestApi } from '../support/test-api';

describe('GraphQL limits and DataLoader batching', () => {
  let api: TestApi;
  let admin: string;
  beforeAll(async () => {
    api = await startApiForTest({ env: { GRAPHQL_MAX_DEPTH: '4' } });
    admin = await loginToken(api.url, 'admin@plejeportalen.example');
  });
  afterAll(() => api.close());

  it('refuses a query deeper than the limit before running it', async () => {
    const deep = `{ users(first: 1) { edges { node { municipality { id } } } } }`;
    const r = await gql(api.url, deep, {}, { token: admin });
    expect(r.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.data ?? null).toBeNull();
  });

  it('refuses a query above the cost limit, and lets a full page of a wide type through', async () => {
    const wide = `{ users(first: 100) { edges { cursor node { id email name role active createdAt } } pageInfo { endCursor hasNextPage } } }`;
    expect((await gql(api.url, wide, {}, { token: admin })).errors).toBeUndefined();
    const fields = Array.from(
      { length: 60 },
      (_, i) => `u${i}: users(first: 100) { edges { node { id email } } }`,
    ).join(' ');
    const r = await gql(api.url, `{ ${fields} }`, {}, { token: admin });
    expect(r.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.errors?.[0].message).toMatch(/Query Cost limit/);
  });

  it('caps page sizes with a Danish field message', async () => {
    const r = await gql(api.url, `{ municipalities(first: 101) { edges { cursor } } }`, {}, { token: admin });
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].extensions?.fields).toEqual({ first: 'first må højst være 100' });
  });

  it('refuses too many aliases (batching attacks on login)', async () => {
    const many = Array.from({ length: 20 }, (_, i) => `a${i}: publicConfig { oidcEnabled }`).join(' ');
    const r = await gql(api.url, `{ ${many} }`);
    expect(r.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('pages with opaque cursors and no overlap', async () => {
    const q = `query($after: String) { municipalities(first: 2, after: $after) { edges { cursor node { code } } pageInfo { endCursor hasNextPage } } }`;
    type Page = {
      municipalities: {
        edges: Array<{ node: { code: string } }>;
        pageInfo: { endCursor: string; hasNextPage: boolean };
      };
    };
    const p1 = await gql<Page>(api.url, q, {}, { token: admin });
    expect(p1.data?.municipalities.pageInfo.hasNextPage).toBe(true);
    const p2 = await gql<Page>(
      api.url,
      q,
      { after: p1.data?.municipalities.pageInfo.endCursor },
      { token: admin },
    );
    const codes = [...(p1.data?.municipalities.edges ?? []), ...(p2.data?.municipalities.edges ?? [])].map(
      (e) => e.node.code,
    );
    expect(new Set(codes).size).toBe(3);
    expect(p2.data?.municipalities.pageInfo.hasNextPage).toBe(false);
    const bad = await gql(api.url, q, { after: 'not-a-cursor' }, { token: admin });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('N+1: a list with a nested relation costs a fixed number of queries', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApiForTest();
  });
  afterAll(() => api.close());

  it('loads all municipalities of a 9-user page in one batched query', async () => {
    const admin = await loginToken(api.url, 'admin@plejeportalen.example');
    const statements: string[] = [];
    // Count the SQL statements the request runs by wrapping the DataSource's query runners.
    const runner = api.dataSource;
    const original = runner.createQueryRunner.bind(runner);
    runner.createQueryRunner = ((...args: Parameters<typeof original>) => {
      const qr = original(...args);
      const q = qr.query.bind(qr);
      qr.query = ((sql: string, ...rest: unknown[]) => {
        statements.push(sql);
        return (q as (...a: unknown[]) => unknown)(sql, ...rest);
      }) as typeof qr.query;
      return qr;
    }) as typeof runner.createQueryRunner;
    const r = await gql<{ users: { edges: unknown[] } }>(
      api.url,
      `{ users(first: 50) { edges { node { id municipality { id name } } } } }`,
      {},
      { token: admin },
    );
    runner.createQueryRunner = original;
    expect(r.data?.users.edges.length).toBe(9);
    const municipalityQueries = statements.filter((s) => /FROM "municipality"/.test(s));
    expect(municipalityQueries.length).toBe(1);
  });
});

describe('production GraphQL surface', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApiForTest({
      seed: false,
      env: {
        NODE_ENV: 'production',
        MICROSOFT_APP_ID: '00000000-0000-0000-0000-000000000001',
        MICROSOFT_APP_PASSWORD: 'x',
        MICROSOFT_APP_TENANT_ID: '00000000-0000-0000-0000-000000000002',
        SMTP_URL: 'smtp://127.0.0.1:2525',
      },
    });
  });
  afterAll(() => api.close());

  it('has introspection off', async () => {
    const r = await gql(api.url, `{ __schema { types { name } } }`);
    expect(r.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('serves no sandbox or landing page on GET /graphql', async () => {
    const res = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    const body = await res.text();
    expect(body).not.toMatch(/graphiql|sandbox|playground/i);
  });

  it('hides field suggestions that would leak the schema', async () => {
    const r = await gql(api.url, `{ publicConfi { oidcEnabled } }`);
    expect(r.errors?.[0].message).not.toMatch(/Did you mean/);
  });
});
