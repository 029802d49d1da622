import { INestApplication } from '@nestjs/common';
import {
  Actor,
  AppConfig,
  AuditService,
  dataSourceOptions,
  JobQueues,
  OutboxService,
  QueueName,
  QueueService,
  Role,
} from '@pleje/core';
import { NotificationsService } from '@pleje/notifications';
import { createTestDatabase, insertUser, testConfig, TestDatabase } from '@pleje/testing';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { createWorkerApp } from '../../../../apps/worker/src/create-worker-app';
import { LearningCategory, LearningHoldReason, LearningUrgency } from '../learning-vocabulary';
import { LearningService } from '../learning.service';
import { DEFAULT_TRIAGE_RULES } from '../triage';
import { EscalateOverdueLearningRequestJob, RemindLearningAssigneeJob } from './learning-deadline.jobs';

const ASK = {
  childPseudonym: 'Ali',
  category: LearningCategory.ABSENCE,
  description: 'Drengen er ikke kommet i skole i to uger.',
  urgency: LearningUrgency.HIGH,
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Real PostgreSQL, real Redis and the real worker app (BullMQ delayed jobs through the outbox relay).
describe('learning deadlines: escalation exactly once', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let ds: DataSource;
  let audit: AuditService;
  let queues: JobQueues;
  let learning: LearningService;
  let notifications: NotificationsService;
  let municipalityId: string;
  let caseworker: Actor;
  let consultants: Actor[];
  const apps: INestApplication[] = [];

  const user = (role: Role): Promise<Actor> => insertUser(ds, municipalityId, role, 'X');
  const startWorker = async () => {
    const app = await createWorkerApp(config, { relay: { pollIntervalMs: 50 } });
    apps.push(app);
    await app.init();
    return app;
  };
  const until = async <T>(probe: () => Promise<T | null | undefined>, ms = 15_000): Promise<T> => {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = await probe();
      if (value) return value;
      if (Date.now() > deadline) throw new Error('timed out');
      await sleep(50);
    }
  };
  const escalations = async (requestId: string) => ({
    events: (
      await ds.query(
        `SELECT count(*)::int AS n FROM learning_event WHERE request_id = $1 AND type = 'ESCALATED'`,
        [requestId],
      )
    )[0].n as number,
    mails: (
      await ds.query(
        `SELECT recipient_user_id FROM email_message WHERE template = 'learning.escalated' AND params->>'requestId' = $1 ORDER BY 1`,
        [requestId],
      )
    ).map((m: { recipient_user_id: string }) => m.recipient_user_id) as string[],
  });

  beforeAll(async () => {
    db = await createTestDatabase();
    config = testConfig(db.url, { REDIS_PREFIX: db.name });
    ds = await new DataSource(dataSourceOptions(config)).initialize();
    audit = new AuditService(ds, config);
    queues = new JobQueues(config);
    const outbox = new OutboxService();
    notifications = new NotificationsService(outbox);
    learning = new LearningService(ds, audit, outbox, notifications);
    [{ id: municipalityId }] = await ds.query(
      `INSERT INTO municipality (code, name) VALUES ('995', 'Fristkommune') RETURNING id`,
    );
    caseworker = await user(Role.CASEWORKER);
    consultants = [await user(Role.LEARNING_CONSULTANT), await user(Role.LEARNING_CONSULTANT)];
  });
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((app) => app.close().catch(() => undefined)));
  });
  afterAll(async () => {
    for (const name of [QueueName.Learning, QueueName.Notifications])
      await queues
        .get(name)
        .obliterate({ force: true })
        .catch(() => undefined);
    await queues.close();
    await audit.onApplicationShutdown();
    await ds.destroy();
    await db.drop();
  });

  it('across a worker restart, a second handler instance and a retried job: one escalation, one mail each', async () => {
    const r = await learning.create(caseworker, ASK);
    const deadline = new Date(Date.now() + 3000);
    await learning.retriage(consultants[0], r.id, { deadlineAt: deadline });
    const payload = { requestId: r.id, deadlineAt: deadline.getTime() };

    // Worker A hands the delayed job to Redis, then stops before the deadline (a deploy, a crash).
    const a = await startWorker();
    await until(async () => {
      const [row] = await ds.query(`SELECT dispatched_at FROM outbox_job WHERE job_id = $1`, [
        `learning-escalate-${r.id}-${deadline.getTime()}`,
      ]);
      return row?.dispatched_at;
    });
    await a.close();
    apps.splice(apps.indexOf(a), 1);
    expect((await escalations(r.id)).events).toBe(0);

    // Worker B comes up and a second handler instance (another replica) races it for the same deadline.
    await startWorker();
    const replica = new EscalateOverdueLearningRequestJob(ds, notifications);
    const [replicaResult, escalatedAt] = await Promise.all([
      (async () => {
        await sleep(Math.max(0, deadline.getTime() - Date.now()));
        return replica.handle(payload);
      })(),
      until(async () => {
        const [row] = await ds.query(`SELECT escalated_at FROM learning_request WHERE id = $1`, [r.id]);
        return row?.escalated_at as Date | null;
      }),
    ]);
    const lagMs = escalatedAt.getTime() - deadline.getTime();
    expect(lagMs).toBeGreaterThanOrEqual(0);
    expect(lagMs).toBeLessThan(5000);

    // The same job retried (at-least-once delivery) and processed by worker B: a no-op.
    await new QueueService(queues).enqueue('learning.escalate-overdue', payload, { jobId: `retry-${r.id}` });
    const retried = await until(async () => {
      const job: Job | undefined = await queues.get(QueueName.Learning).getJob(`retry-${r.id}`);
      return job && (await job.getState()) === 'completed' ? job : null;
    });
    const retriedJob = await queues.get(QueueName.Learning).getJob(retried.id ?? '');
    expect(retriedJob?.returnvalue).toEqual({ escalated: false, recipients: 0 });

    const after = await escalations(r.id);
    expect(after.events).toBe(1);
    // No lead set: every active learning consultant gets it, once each.
    expect(after.mails).toEqual(consultants.map((c) => c.userId).sort());
    // Exactly one of the worker and the replica did it.
    expect([replicaResult.escalated].filter(Boolean).length).toBeLessThanOrEqual(1);
  }, 30_000);

  it('a job for a deadline that moved (hold, resume) does nothing; with a lead set only the lead is told', async () => {
    const job = new EscalateOverdueLearningRequestJob(ds, notifications);
    const r = await learning.create(caseworker, ASK);
    await learning.reassign(consultants[0], r.id, consultants[0].userId);
    const first = new Date(Date.now() + 200);
    await learning.retriage(consultants[0], r.id, { deadlineAt: first });
    await learning.hold(consultants[0], r.id, LearningHoldReason.SCHOOL);
    await sleep(300);
    expect(await job.handle({ requestId: r.id, deadlineAt: first.getTime() })).toEqual({
      escalated: false,
      recipients: 0,
    });
    const resumed = await learning.resume(consultants[0], r.id);
    expect(resumed.deadlineAt!.getTime()).toBeGreaterThan(Date.now() + 3_000_000);
    expect(await job.handle({ requestId: r.id, deadlineAt: first.getTime() })).toEqual({
      escalated: false,
      recipients: 0,
    });
    expect((await escalations(r.id)).events).toBe(0);

    await learning.saveSettings(consultants[0], {
      leadUserId: consultants[1].userId,
      rules: DEFAULT_TRIAGE_RULES,
    });
    const second = new Date(Date.now() + 200);
    await learning.retriage(consultants[0], r.id, { deadlineAt: second });
    // Handed out early: the handler waits for the deadline itself.
    expect(await job.handle({ requestId: r.id, deadlineAt: second.getTime() })).toEqual({
      escalated: true,
      recipients: 1,
    });
    expect((await escalations(r.id)).mails).toEqual([consultants[1].userId]);
    // Resolved requests never escalate.
    await learning.resolve(consultants[0], r.id, 'ADVICE_GIVEN' as never);
    expect((await job.handle({ requestId: r.id, deadlineAt: second.getTime() })).escalated).toBe(false);
  });

  it('reminds the assignee once before the deadline, and not for an old deadline', async () => {
    const remind = new RemindLearningAssigneeJob(ds, notifications);
    const r = await learning.create(caseworker, ASK);
    const taken = await learning.reassign(consultants[0], r.id, consultants[0].userId);
    const deadlineAt = taken!.deadlineAt!.getTime();
    expect(await remind.handle({ requestId: r.id, deadlineAt })).toEqual({ sent: true });
    expect(await remind.handle({ requestId: r.id, deadlineAt })).toEqual({ sent: false });
    expect(await remind.handle({ requestId: r.id, deadlineAt: deadlineAt - 1000 })).toEqual({ sent: false });
    const mails = await ds.query(
      `SELECT recipient_user_id FROM email_message WHERE template = 'learning.deadline-reminder' AND params->>'requestId' = $1`,
      [r.id],
    );
    expect(mails).toEqual([{ recipient_user_id: consultants[0].userId }]);
  });
});
