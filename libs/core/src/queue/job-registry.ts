import { z } from 'zod';
import { QueueName } from './queue-names';

/** A cron schedule the worker upserts on boot (BullMQ 6 job schedulers; `repeat` is gone). */
export interface JobSchedule {
  /** Stable scheduler id: renaming it leaves the old scheduler behind in Redis. */
  id: string;
  /** Cron pattern, evaluated in `tz`. */
  pattern: string;
  tz: string;
}

export interface JobDefinition<S extends z.ZodObject = z.ZodObject> {
  queue: QueueName;
  /**
   * Ids only (uuids, numbers, enum values): BullMQ keeps job data in clear text in Redis, so names,
   * CPR numbers, addresses or message texts never go in. Use `z.strictObject` so extra fields are rejected.
   */
  payload: S;
  schedule?: JobSchedule;
}

function job<S extends z.ZodObject>(definition: JobDefinition<S>): JobDefinition<S> {
  return definition;
}

/**
 * Every job type: name -> queue -> payload validator. Adding a job type = one entry here plus a
 * JobHandler in the context that owns it, registered in the worker app.
 */
export const JOBS = {
  /** Deletes refresh tokens expired more than a day ago (GDPR minimisation; they are useless by then). */
  'maintenance.purge-expired-refresh-tokens': job({
    queue: QueueName.Maintenance,
    payload: z.strictObject({}),
    schedule: { id: 'purge-expired-refresh-tokens', pattern: '15 3 * * *', tz: 'Europe/Copenhagen' },
  }),
  /** Deletes outbox rows dispatched more than a week ago; pending rows are never touched. */
  'maintenance.purge-dispatched-outbox': job({
    queue: QueueName.Maintenance,
    payload: z.strictObject({}),
    schedule: { id: 'purge-dispatched-outbox', pattern: '45 3 * * *', tz: 'Europe/Copenhagen' },
  }),
  /** Sends one email_message row (libs/notifications); written through the outbox with the row itself. */
  'notification.send-email': job({
    queue: QueueName.Notifications,
    payload: z.strictObject({ emailId: z.uuid() }),
  }),
  /** Sends one teams_message row as a proactive Teams message; processed by the bot app (libs/teams, apps/bot). */
  'teams.send-message': job({
    queue: QueueName.Teams,
    payload: z.strictObject({ messageId: z.uuid() }),
  }),
  /** Reminder mails to both sides of a confirmed relief stay about two days ahead; once per booking and side. */
  'relief.send-booking-reminders': job({
    queue: QueueName.Notifications,
    payload: z.strictObject({}),
    schedule: { id: 'relief-booking-reminders', pattern: '20 * * * *', tz: 'Europe/Copenhagen' },
  }),
  /** Reminder mails to the families of active network-group members the day before a meeting; once per member. */
  'peer.send-session-reminders': job({
    queue: QueueName.Notifications,
    payload: z.strictObject({}),
    schedule: { id: 'peer-session-reminders', pattern: '40 * * * *', tz: 'Europe/Copenhagen' },
  }),
  /** Reminder mails for information meetings, course days and home visits starting within 24 hours. */
  'recruitment.send-event-reminders': job({
    queue: QueueName.Recruitment,
    payload: z.strictObject({}),
    schedule: { id: 'recruitment-event-reminders', pattern: '5 * * * *', tz: 'Europe/Copenhagen' },
  }),
  /** One reminder mail for an application draft left untouched for DRAFT_REMINDER_DAYS. */
  'recruitment.send-draft-reminders': job({
    queue: QueueName.Recruitment,
    payload: z.strictObject({}),
    schedule: { id: 'recruitment-draft-reminders', pattern: '0 10 * * *', tz: 'Europe/Copenhagen' },
  }),
  /** Tells the assigned consultant about certificates and documents expiring within 30 days. */
  'recruitment.send-expiry-warnings': job({
    queue: QueueName.Recruitment,
    payload: z.strictObject({}),
    schedule: { id: 'recruitment-expiry-warnings', pattern: '0 7 * * *', tz: 'Europe/Copenhagen' },
  }),
  /** Erases refused and withdrawn applications after RECRUITMENT_RETENTION_DAYS (GDPR storage limitation). */
  'recruitment.erase-expired-applications': job({
    queue: QueueName.Recruitment,
    payload: z.strictObject({}),
    schedule: { id: 'recruitment-erase-expired', pattern: '30 2 * * *', tz: 'Europe/Copenhagen' },
  }),
  /** Erases FAQ question texts and deletes finished tickets after FAQ_QUESTION_RETENTION_DAYS (GDPR). */
  'faq.erase-expired-questions': job({
    queue: QueueName.Maintenance,
    payload: z.strictObject({}),
    schedule: { id: 'faq-erase-expired-questions', pattern: '50 2 * * *', tz: 'Europe/Copenhagen' },
  }),
  /**
   * At a learning request's deadline: escalates it to the lead learning consultant once if still unclaimed or
   * stalled. `deadlineAt` (epoch ms) is the deadline the job was written for; a moved deadline makes it a no-op.
   */
  'learning.escalate-overdue': job({
    queue: QueueName.Learning,
    payload: z.strictObject({ requestId: z.uuid(), deadlineAt: z.number().int().positive() }),
  }),
  /** Some hours before a learning request's deadline: reminds the assignee once (same deadline check). */
  'learning.remind-assignee': job({
    queue: QueueName.Learning,
    payload: z.strictObject({ requestId: z.uuid(), deadlineAt: z.number().int().positive() }),
  }),
};

export type JobName = keyof typeof JOBS;
export type JobPayload<N extends JobName> = z.infer<(typeof JOBS)[N]['payload']>;

export const JOB_NAMES = Object.keys(JOBS) as JobName[];

export function isJobName(name: string): name is JobName {
  return Object.prototype.hasOwnProperty.call(JOBS, name);
}
