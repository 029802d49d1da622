import type { CodegenConfig } from '@graphql-codegen/cli';

// Paths are relative to the repository root, where `npm run codegen` runs.
const config: CodegenConfig = {
  schema: 'schema.gql',
  documents: ['apps/portal/src/**/*.{ts,tsx}', '!apps/portal/src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'apps/portal/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
