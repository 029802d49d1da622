import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DCLinter } from 'dclint';
import { loadConfig } from '@pleje/core';
import { ComposeInterpolationError, interpolate, readCompose } from './compose-file';
import { dockerfileStages, lintDockerfile } from './dockerfile-lint';

// No Docker engine runs here, so the deployment files are checked statically: the Compose file
// against the Compose specification (dclint), the Dockerfile with a linter, and both against the
// real build output paths and the real config schema.

const ROOT = resolve(__dirname, '../..');
const DOCKERFILE = join(ROOT, 'docker/Dockerfile');
const COMPOSE = join(ROOT, 'docker/compose.yaml');

const APP_COMMANDS = {
  api: 'dist/apps/api/src/main.js',
  worker: 'dist/apps/worker/src/main.js',
  bot: 'dist/apps/bot/src/main.js',
  migrate: 'dist/libs/core/src/database/migrate.js',
} as const;

const PRODUCTION_ENV = {
  POSTGRES_PASSWORD: 'a-url-safe-password',
  PUBLIC_URL: 'https://plejeportalen.example.dk',
  JWT_SECRET: 'x'.repeat(48),
  MICROSOFT_APP_ID: '00000000-0000-0000-0000-000000000001',
  MICROSOFT_APP_PASSWORD: 'bot-password',
  MICROSOFT_APP_TENANT_ID: '00000000-0000-0000-0000-000000000002',
  SMTP_URL: 'smtp://mail.kommune.example:587',
};

const REQUIRED_VARIABLES = Object.keys(PRODUCTION_ENV);

function dclint(path: string) {
  // Every rule on: an empty rules object enables each rule at its default level.
  const linter = new DCLinter({ rules: {}, quiet: false, debug: false, exclude: [] });
  const [result] = linter.lintFiles([path], false);
  if (!result) throw new Error(`dclint returned no result for ${path}`);
  return result;
}

/** dist/<path>.js comes from <path>.ts through tsconfig.build.json (outDir dist, root = repo root). */
function sourceOf(distPath: string): string {
  return distPath.replace(/^dist\//, '').replace(/\.js$/, '.ts');
}

describe('docker/Dockerfile', () => {
  const content = readFileSync(DOCKERFILE, 'utf8');
  const stages = dockerfileStages(content);
  const runtime = stages.at(-1)!;

  it('passes the Dockerfile linter with no problem', () => {
    expect(lintDockerfile(content)).toEqual([]);
  });

  it('has a linter that reports the problems it is meant to catch', () => {
    const bad = [
      'FROM node:latest',
      'ADD . /app',
      'RUN apt-get install -y curl',
      'RUN npm install && curl -s https://example.invalid | sh',
      'ENV JWT_SECRET=abc',
      'USER root',
      'CMD node dist/apps/api/src/main.js',
      'FRM broken',
    ].join('\n');
    const codes = lintDockerfile(bad).map((p) => p.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'DL3007',
        'DL3020',
        'DL3015',
        'DL3009',
        'PLEJE.NPM_CI',
        'DL4006',
        'SecretsUsedInArgOrEnv',
        'DL3002',
        'DL3025',
        'PLEJE.NO_HEALTHCHECK',
      ]),
    );
    expect(codes.some((c) => c.startsWith('DFU.'))).toBe(true);
    expect(lintDockerfile('FROM node\nCMD ["node"]').map((p) => p.code)).toEqual(
      expect.arrayContaining(['DL3006', 'PLEJE.NO_USER']),
    );
  });

  it('builds in stages from node:20-bookworm-slim', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) {
      const external = stage.image && !stages.some((s) => s.name === stage.image);
      if (external) expect(stage.image).toBe('node:20-bookworm-slim');
    }
    const build = stages.find((s) =>
      s.instructions.some((i) => i.keyword === 'RUN' && i.args.includes('npm run build')),
    );
    expect(build).toBeDefined();
    const buildRuns = stages
      .filter((s) => s.name === build!.name || s.name === build!.image)
      .flatMap((s) => s.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args));
    expect(buildRuns).toContain('npm ci');
  });

  it('ships only dist, production node_modules and package.json, as a non-root user in production mode', () => {
    const copies = runtime.instructions.filter((i) => i.keyword === 'COPY' || i.keyword === 'ADD');
    expect(copies.every((c) => c.keyword === 'COPY' && c.flags.some((f) => f.startsWith('--from=')))).toBe(
      true,
    );
    const targets = copies.map((c) => c.args.split(/\s+/).filter((a) => !a.startsWith('--')));
    expect(targets.map(([, dest]) => dest).sort()).toEqual(['./dist', './node_modules', './package.json']);

    const depsStageName = copies
      .find((c) => c.args.includes('node_modules'))!
      .flags[0]!.replace('--from=', '');
    const depsStage = stages.find((s) => s.name === depsStageName)!;
    expect(
      depsStage.instructions.some((i) => i.keyword === 'RUN' && /\bnpm ci --omit=dev\b/.test(i.args)),
    ).toBe(true);

    const env = runtime.instructions.filter((i) => i.keyword === 'ENV').map((i) => i.args);
    expect(env.join(' ')).toMatch(/\bNODE_ENV=production\b/);
    const user = runtime.instructions.filter((i) => i.keyword === 'USER').at(-1);
    expect(user?.args).toBe('node');
  });

  it('checks /health/live and starts the api by default', () => {
    const healthcheck = runtime.instructions.find((i) => i.keyword === 'HEALTHCHECK');
    expect(healthcheck?.args).toContain('/health/live');
    const cmd = runtime.instructions.filter((i) => i.keyword === 'CMD').at(-1);
    expect(JSON.parse(cmd!.args)).toEqual(['node', APP_COMMANDS.api]);
  });

  it('has a HEALTHCHECK command that passes on a live app and fails on a dead one', async () => {
    const healthcheck = runtime.instructions.find((i) => i.keyword === 'HEALTHCHECK')!;
    const [binary, ...args] = JSON.parse(healthcheck.args.replace(/^.*?CMD\s+/s, '')) as string[];
    expect(binary).toBe('node');
    const server = createServer((req, res) => {
      res.writeHead(req.url === '/health/live' && healthy ? 200 : 503).end();
    });
    let healthy = true;
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = String((server.address() as AddressInfo).port);
    const run = (env: Record<string, string>) =>
      new Promise<number>((r) => {
        execFile(process.execPath, args, { env: { ...process.env, ...env }, timeout: 10000 }, (error) =>
          r(error ? Number(error.code ?? 1) : 0),
        );
      });
    try {
      expect(await run({ HEALTH_PORT: port })).toBe(0);
      healthy = false;
      expect(await run({ HEALTH_PORT: port })).toBe(1);
    } finally {
      await new Promise((r) => server.close(r));
    }
    // Nothing listening at all: unhealthy, not a hang.
    expect(await run({ HEALTH_PORT: port })).toBe(1);
  });

  it('copies only files that exist in the build context', () => {
    const fromContext = stages
      .flatMap((s) => s.instructions)
      .filter((i) => i.keyword === 'COPY' && !i.flags.some((f) => f.startsWith('--from=')))
      .flatMap((i) =>
        i.args
          .split(/\s+/)
          .filter((a) => !a.startsWith('--'))
          .slice(0, -1),
      );
    expect(fromContext.length).toBeGreaterThan(0);
    for (const src of fromContext) expect(existsSync(join(ROOT, src))).toBe(true);
  });

  it('keeps local state and secrets out of the build context', () => {
    const ignored = readFileSync(join(ROOT, '.dockerignore'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    expect(ignored).toEqual(expect.arrayContaining(['.git', '**/node_modules', 'dist', '.data', '.env']));
  });
});

describe('docker/compose.yaml', () => {
  const compose = readCompose(COMPOSE);
  const services = compose.services;

  it('is valid against the Compose specification and passes every dclint rule', () => {
    const result = dclint(COMPOSE);
    expect(result.messages).toEqual([]);
    expect(result.errorCount).toBe(0);
  });

  it('is checked by a validator that rejects a file breaking the specification', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pleje-compose-'));
    try {
      const broken = join(dir, 'compose.yaml');
      writeFileSync(
        broken,
        'name: broken\nservices:\n  api:\n    image: node:20\n    depends_on:\n      db:\n        condition: when_ready\n',
      );
      const result = dclint(broken);
      expect(result.messages.map((m) => m.rule)).toContain('invalid-schema');
      expect(result.errorCount).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('defines postgres, redis, migrate, api, worker, bot and the load balancer', () => {
    expect(Object.keys(services).sort()).toEqual([
      'api',
      'bot',
      'lb',
      'migrate',
      'postgres',
      'redis',
      'worker',
    ]);
  });

  it('runs PostgreSQL 17 and Redis 7 with volumes and health checks', () => {
    const { postgres, redis } = services;
    expect(postgres!.image).toMatch(/^postgres:17\b/);
    expect(postgres!.volumes).toEqual(
      expect.arrayContaining([expect.stringMatching(/:\/var\/lib\/postgresql\/data$/)]),
    );
    expect(postgres!.healthcheck?.test?.join(' ')).toContain('pg_isready');

    expect(redis!.image).toMatch(/^redis:7\b/);
    expect(redis!.volumes).toEqual(expect.arrayContaining([expect.stringMatching(/:\/data$/)]));
    expect(redis!.healthcheck?.test?.join(' ')).toContain('ping');
    // BullMQ loses jobs when Redis evicts keys, and without AOF a restart loses the queue.
    expect(redis!.command?.join(' ')).toContain('--maxmemory-policy noeviction');
    expect(redis!.command?.join(' ')).toContain('--appendonly yes');
  });

  it('migrates once, after PostgreSQL is healthy, and starts the apps only after that', () => {
    const { migrate } = services;
    expect(migrate!.command).toEqual(['node', APP_COMMANDS.migrate]);
    expect(migrate!.depends_on?.postgres?.condition).toBe('service_healthy');
    expect(migrate!.build).toEqual({ context: '..', dockerfile: 'docker/Dockerfile' });
    for (const app of ['api', 'worker', 'bot'] as const) {
      expect(services[app]!.command).toEqual(['node', APP_COMMANDS[app]]);
      expect(services[app]!.depends_on?.migrate?.condition).toBe('service_completed_successfully');
      // One image for all: the migrate service builds it, the apps run the same tag.
      expect(services[app]!.image).toBe(migrate!.image);
    }
  });

  it('refers to the real built entry points', () => {
    const buildConfig = JSON.parse(readFileSync(join(ROOT, 'tsconfig.build.json'), 'utf8')) as {
      compilerOptions: { outDir: string };
      include: string[];
    };
    expect(buildConfig.compilerOptions.outDir).toBe('./dist');
    for (const distPath of Object.values(APP_COMMANDS)) {
      const source = sourceOf(distPath);
      expect({ source, exists: existsSync(join(ROOT, source)) }).toEqual({ source, exists: true });
      const included = buildConfig.include.some((glob) =>
        source.startsWith(glob.replace(/\/?\*.*$/, '').replace(/\/$/, '') + '/'),
      );
      expect({ source, included }).toEqual({ source, included: true });
    }
  });

  it('publishes the api on 3000 and the bot on 3978 behind the load balancer', () => {
    expect(services.api!.expose).toEqual(['3000']);
    expect(services.bot!.expose).toEqual(['3978']);
    expect(services.lb!.ports).toEqual([expect.stringMatching(/^127\.0\.0\.1:.*:8080$/)]);
    const nginx = readFileSync(join(ROOT, 'docker/nginx.conf'), 'utf8');
    expect(nginx).toMatch(/location = \/api\/messages \{[^}]*http:\/\/bot:3978/);
    expect(nginx).toMatch(/location \/ \{[^}]*http:\/\/api:3000/);
  });

  it('stops with the Danish message when a required variable is missing', () => {
    for (const name of REQUIRED_VARIABLES) {
      const env: Record<string, string | undefined> = { ...PRODUCTION_ENV, [name]: undefined };
      expect(() => readCompose(COMPOSE, env)).toThrow(ComposeInterpolationError);
      expect(() => readCompose(COMPOSE, env)).toThrow(new RegExp(`^${name}: Sæt ${name}`));
    }
  });

  it('gives every app an environment the real config accepts in production', () => {
    const resolved = readCompose(COMPOSE, PRODUCTION_ENV);
    for (const app of ['api', 'worker', 'bot', 'migrate'] as const) {
      const env = resolved.services[app]!.environment!;
      const config = loadConfig(env);
      expect(config.isProduction).toBe(true);
      expect(config.database.url).toBe('postgres://pleje:a-url-safe-password@postgres:5432/plejeportalen');
      expect(config.redis.url).toBe('redis://redis:6379');
      expect(config.publicUrl).toBe(PRODUCTION_ENV.PUBLIC_URL);
      expect(config.bot.tenantId).toBe(PRODUCTION_ENV.MICROSOFT_APP_TENANT_ID);
    }
    const health = (app: string) => resolved.services[app]!.environment!.HEALTH_PORT;
    const ports = loadConfig(resolved.services.api!.environment!).ports;
    expect([health('api'), health('worker'), health('bot')]).toEqual(
      [ports.api, ports.worker, ports.bot].map(String),
    );
    expect(loadConfig(resolved.services.api!.environment!).trustProxy).toBe(true);
  });

  it('interpolates like Compose', () => {
    expect(interpolate('${A:-x}-${B-y}-$$A-$A', { A: 'a', B: '' })).toBe('a--$A-a');
    expect(interpolate('${A:-x}', { A: '' })).toBe('x');
    expect(() => interpolate('${A:?mangler}', { A: '' })).toThrow('A: mangler');
    expect(interpolate('${A?ok}', { A: '' })).toBe('');
  });
});

describe('.ci/run', () => {
  const path = join(ROOT, '.ci/run');
  const script = readFileSync(path, 'utf8');

  it('is an executable bash script that stops on the first error', () => {
    expect(statSync(path).mode & 0o111).not.toBe(0);
    expect(script.startsWith('#!/usr/bin/env bash\n')).toBe(true);
    expect(script).toMatch(/^set -euo pipefail$/m);
  });

  it('installs redis-server and chromium when missing, then runs npm ci and exactly npm test', () => {
    expect(script).toMatch(/command -v redis-server .*missing\+=\(redis-server\)/);
    expect(script).toMatch(/command -v chromium .*missing\+=\(chromium/);
    const commands = script
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /^npm /.test(l));
    expect(commands).toEqual(['npm ci --no-audit --no-fund', 'npm test 2>&1 | tee "$test_log"']);
  });
});
