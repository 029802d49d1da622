import { Inject, Injectable, Logger } from '@nestjs/common';
import { HEALTH_CHECK_TIMEOUT_MS, HEALTH_CHECKS } from './health.constants';
import {
  CheckResult,
  HealthCheck,
  HealthCheckError,
  HealthCheckErrorCode,
  ReadinessReport,
} from './health-check';

@Injectable()
export class HealthService {
  private readonly logger = new Logger(HealthService.name);

  constructor(@Inject(HEALTH_CHECKS) private readonly checks: readonly HealthCheck[]) {}

  async readiness(timeoutMs = HEALTH_CHECK_TIMEOUT_MS): Promise<ReadinessReport> {
    const results = await Promise.all(
      this.checks.map(async (c) => [c.name, await this.run(c, timeoutMs)] as const),
    );
    const checks = Object.fromEntries(results);
    const ok = results.every(([, r]) => r.status === 'up');
    return { status: ok ? 'ok' : 'error', checks };
  }

  private async run(check: HealthCheck, timeoutMs: number): Promise<CheckResult> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new HealthCheckError(HealthCheckErrorCode.Timeout)), timeoutMs);
    });
    try {
      await Promise.race([check.check(), timeout]);
      return { status: 'up' };
    } catch (error) {
      const code = error instanceof HealthCheckError ? error.code : HealthCheckErrorCode.Unavailable;
      // Only the check name and code: driver messages can carry hosts, users or query text.
      this.logger.warn(`Readiness check "${check.name}" failed: ${code}`);
      return { status: 'down', code };
    } finally {
      clearTimeout(timer);
    }
  }
}
