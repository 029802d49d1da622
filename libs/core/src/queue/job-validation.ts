import { isJobName, JOBS, JobName, JobPayload } from './job-registry';
import { QueueError, QueueErrorCode } from './queue.error';

// BullMQ uses ':' as its key separator and treats integer ids as its own counters.
const JOB_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

/** Throws QueueError(INVALID_JOB_ID) unless `jobId` is a safe, deterministic BullMQ job id. */
export function assertJobId(jobId: string): void {
  if (!JOB_ID.test(jobId) || /^\d+$/.test(jobId)) throw new QueueError(QueueErrorCode.InvalidJobId);
}

/**
 * Builds a deterministic job id from parts, e.g. `jobId('notify-booking', bookingId)` ->
 * `notify-booking-<uuid>`. The same parts always give the same id, which is what makes enqueueing idempotent.
 */
export function jobId(...parts: Array<string | number>): string {
  const id = parts.map(String).join('-');
  assertJobId(id);
  return id;
}

/** Validates a job before it is enqueued or processed; returns the parsed payload (unknown keys rejected). */
export function validateJob<N extends JobName>(name: N, payload: unknown): JobPayload<N>;
export function validateJob(name: string, payload: unknown): Record<string, unknown>;
export function validateJob(name: string, payload: unknown): Record<string, unknown> {
  if (!isJobName(name)) throw new QueueError(QueueErrorCode.UnknownJob);
  const parsed = JOBS[name].payload.safeParse(payload);
  if (!parsed.success) {
    // Field paths and a generic reason only: the rejected values may be exactly the personal data we keep out.
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [issue.path.join('.') || '(rod)'];
      for (const key of keys)
        fields[key] = issue.code === 'unrecognized_keys' ? 'Feltet er ikke tilladt.' : 'Ugyldig værdi.';
    }
    throw new QueueError(QueueErrorCode.InvalidPayload, fields);
  }
  return parsed.data;
}
