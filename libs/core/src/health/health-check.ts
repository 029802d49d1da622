/** Codes a failed check reports; never the driver's message, which can name hosts or users. */
export enum HealthCheckErrorCode {
  Timeout = 'HEALTH.TIMEOUT',
  Unavailable = 'HEALTH.UNAVAILABLE',
  NotInitialized = 'HEALTH.NOT_INITIALIZED',
}

export class HealthCheckError extends Error {
  constructor(readonly code: HealthCheckErrorCode) {
    super(code);
    this.name = 'HealthCheckError';
  }
}

/** One dependency an app needs before it can serve traffic. */
export interface HealthCheck {
  readonly name: string;
  /** Resolves when the dependency answers; rejects (ideally with HealthCheckError) otherwise. */
  check(): Promise<void>;
}

export type CheckResult = { status: 'up' } | { status: 'down'; code: HealthCheckErrorCode };

export interface ReadinessReport {
  status: 'ok' | 'error';
  checks: Record<string, CheckResult>;
}
