// Three tiers, one run: unit (*.spec.ts), integration (*.int-spec.ts, real PostgreSQL and Redis) and
// end-to-end (test/**/*.e2e-spec.ts: HTTP, the Bot Framework protocol, Chromium).
/** @type {import('jest').Config} */
const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: {
    '^@pleje/core$': '<rootDir>/libs/core/src',
    '^@pleje/core/(.*)$': '<rootDir>/libs/core/src/$1',
    '^@pleje/testing$': '<rootDir>/libs/testing/src',
    '^@pleje/testing/(.*)$': '<rootDir>/libs/testing/src/$1',
    '^@pleje/(notifications|storage|recruitment|matching|relief|learning|peer-groups|teams)$':
      '<rootDir>/libs/$1/src',
  },
  rootDir: __dirname,
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.data/'],
};

module.exports = {
  globalSetup: '<rootDir>/test/setup/global-setup.mjs',
  globalTeardown: '<rootDir>/test/setup/global-teardown.mjs',
  maxWorkers: 2,
  testTimeout: 60000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/apps/**/*.spec.ts',
        '<rootDir>/libs/**/*.spec.ts',
        '<rootDir>/test/**/*.spec.ts',
      ],
      testPathIgnorePatterns: ['/node_modules/', '\\.int-spec\\.ts$', '\\.e2e-spec\\.ts$'],
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/**/*.int-spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/dist/'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
    },
  ],
};
