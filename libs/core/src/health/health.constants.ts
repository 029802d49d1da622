/** Injection token for the list of readiness checks an app registered. */
export const HEALTH_CHECKS = Symbol('HEALTH_CHECKS');

/** How long one readiness check may take before it counts as failed; probes must answer fast. */
export const HEALTH_CHECK_TIMEOUT_MS = 2000;
