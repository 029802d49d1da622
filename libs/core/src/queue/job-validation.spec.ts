import { z } from 'zod';
import { JOB_NAMES, JOBS } from './job-registry';
import { assertJobId, jobId, validateJob } from './job-validation';
import { QUEUE_SETTINGS } from './queue-names';
import { QueueError, QueueErrorCode } from './queue.error';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof QueueError ? error.code : 'not a QueueError';
  }
  return undefined;
}

describe('job ids', () => {
  it.each(['notify-booking-0b7c', 'purge-refresh-tokens-2026-11-25', 'a', 'x.y_z'])('accepts %s', (id) => {
    expect(codeOf(() => assertJobId(id))).toBeUndefined();
  });

  // ':' is BullMQ's key separator and integer ids collide with its own counters.
  it.each(['a:b', '123', '', '-lead', 'has space', 'æøå', 'x'.repeat(201)])('rejects %j', (id) => {
    expect(codeOf(() => assertJobId(id))).toBe(QueueErrorCode.InvalidJobId);
  });

  it('builds deterministic ids from parts', () => {
    expect(jobId('notify-booking', '7f1d', 2)).toBe('notify-booking-7f1d-2');
    expect(jobId('notify-booking', '7f1d', 2)).toBe(jobId('notify-booking', '7f1d', 2));
    expect(codeOf(() => jobId('x', 'a:b'))).toBe(QueueErrorCode.InvalidJobId);
  });
});

describe('validateJob', () => {
  it('returns the parsed payload of a known job', () => {
    expect(validateJob('maintenance.purge-expired-refresh-tokens', {})).toEqual({});
  });

  it('rejects an unknown job name', () => {
    expect(codeOf(() => validateJob('maintenance.nope', {}))).toBe(QueueErrorCode.UnknownJob);
  });

  it('rejects extra fields, naming the field but never echoing its value', () => {
    let caught: unknown;
    try {
      validateJob('maintenance.purge-expired-refresh-tokens', { cpr: '010101-1234' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(QueueError);
    const error = caught as QueueError;
    expect(error.code).toBe(QueueErrorCode.InvalidPayload);
    expect(error.fields).toEqual({ cpr: 'Feltet er ikke tilladt.' });
    expect(JSON.stringify({ message: error.message, fields: error.fields })).not.toContain('010101');
  });

  it('rejects a payload that is not an object', () => {
    expect(codeOf(() => validateJob('maintenance.purge-expired-refresh-tokens', 'x'))).toBe(
      QueueErrorCode.InvalidPayload,
    );
  });
});

describe('the job registry', () => {
  const ID_LIKE = new Set(['string', 'number', 'int', 'enum', 'literal', 'boolean', 'optional']);

  it.each(JOB_NAMES)('%s has a configured queue and a strict, ids-only payload', (name) => {
    const definition = JOBS[name];
    expect(QUEUE_SETTINGS[definition.queue]).toBeDefined();
    // Strict: unknown keys are rejected, so personal data cannot ride along unnoticed.
    expect(definition.payload.safeParse({ __extra: 1 }).success).toBe(false);
    for (const [field, schema] of Object.entries(definition.payload.shape)) {
      const type = (schema as z.ZodType).def.type;
      expect({ field, type: ID_LIKE.has(type) ? 'id-like' : type }).toEqual({ field, type: 'id-like' });
    }
  });

  it('uses schedule ids that are unique and BullMQ-safe', () => {
    const ids = JOB_NAMES.flatMap((name) => {
      const schedule: { id: string } | undefined = JOBS[name].schedule;
      return schedule ? [schedule.id] : [];
    });
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(codeOf(() => assertJobId(id))).toBeUndefined();
  });

  it('uses queue names that are BullMQ-safe', () => {
    for (const name of Object.keys(QUEUE_SETTINGS)) expect(name).toMatch(/^[a-z][a-z0-9-]*$/);
  });
});
