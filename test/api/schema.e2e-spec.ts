import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { startApiForTest, TestApi } from '../support/test-api';

// schema.gql is committed: the portal's typed operations are generated from it. `npm run schema` rewrites it.
const FILE = resolve(__dirname, '../../schema.gql');

describe('committed schema.gql', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApiForTest({ seed: false });
  });
  afterAll(() => api.close());

  it('matches the schema the api serves', () => {
    const printed = `${printSchema(lexicographicSortSchema(api.app.get(GraphQLSchemaHost).schema))}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(FILE, printed);
    expect(readFileSync(FILE, 'utf8')).toBe(printed);
  });
});
