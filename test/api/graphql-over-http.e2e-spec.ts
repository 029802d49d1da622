import { auditServer } from 'graphql-http';
import { startApiForTest, TestApi } from '../support/test-api';

// The graphql-http server audit: the GraphQL over HTTP spec's MUST requirements, against the real api.
describe('GraphQL over HTTP conformance (graphql-http audit)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApiForTest({ seed: false });
  });
  afterAll(() => api.close());

  it('passes every MUST audit', async () => {
    const results = await auditServer({ url: `${api.url}/graphql` });
    const failedMust = results.filter((r) => r.status !== 'ok' && r.name.startsWith('MUST'));
    expect(failedMust.map((r) => `${r.name}: ${r.status === 'ok' ? '' : r.reason}`)).toEqual([]);
    expect(results.filter((r) => r.name.startsWith('MUST')).length).toBeGreaterThan(10);
  });
});
