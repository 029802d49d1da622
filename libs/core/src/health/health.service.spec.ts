import { HealthCheck, HealthCheckError, HealthCheckErrorCode } from './health-check';
import { HealthService } from './health.service';

// Pure aggregation logic; the real PostgreSQL and Redis checks are covered in health.int-spec.ts.
const up: HealthCheck = { name: 'up', check: () => Promise.resolve() };
const never: HealthCheck = { name: 'slow', check: () => new Promise<void>(() => undefined) };
const leaky: HealthCheck = {
  name: 'leaky',
  check: () => Promise.reject(new Error('connect ECONNREFUSED postgres://admin:secret@db:5432')),
};
const coded: HealthCheck = {
  name: 'coded',
  check: () => Promise.reject(new HealthCheckError(HealthCheckErrorCode.NotInitialized)),
};

describe('HealthService', () => {
  it('is ok with no checks registered', async () => {
    await expect(new HealthService([]).readiness()).resolves.toEqual({ status: 'ok', checks: {} });
  });

  it('is ok when every check passes', async () => {
    await expect(new HealthService([up]).readiness()).resolves.toEqual({
      status: 'ok',
      checks: { up: { status: 'up' } },
    });
  });

  it('fails a check that does not answer in time', async () => {
    const report = await new HealthService([up, never]).readiness(50);
    expect(report).toEqual({
      status: 'error',
      checks: { up: { status: 'up' }, slow: { status: 'down', code: HealthCheckErrorCode.Timeout } },
    });
  });

  it('reports a code, never the driver message', async () => {
    const report = await new HealthService([leaky, coded]).readiness();
    expect(report.checks).toEqual({
      leaky: { status: 'down', code: HealthCheckErrorCode.Unavailable },
      coded: { status: 'down', code: HealthCheckErrorCode.NotInitialized },
    });
    expect(JSON.stringify(report)).not.toContain('secret');
  });
});
