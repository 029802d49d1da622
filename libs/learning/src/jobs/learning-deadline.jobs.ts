import { Injectable } from '@nestjs/common';
import { JobContext, JobHandler, JobPayload, Role } from '@pleje/core';
import { NotificationsService } from '@pleje/notifications';
import { DataSource } from 'typeorm';
import { LearningEventType } from '../learning-vocabulary';

/** A delayed job may be handed out a little before its time (clocks, the relay's rounding): wait that out. */
const MAX_EARLY_WAIT_MS = 30_000;

async function untilDue(deadlineAt: number): Promise<void> {
  const early = deadlineAt - Date.now();
  if (early > MAX_EARLY_WAIT_MS) throw new Error('LEARNING.JOB_TOO_EARLY');
  if (early > 0) await new Promise((resolve) => setTimeout(resolve, early));
}

/**
 * At the deadline: a request still unclaimed (NEW) or stalled (ASSIGNED, not resolved) escalates to the lead
 * learning consultant from learning_settings, or, with no lead set, to every active learning consultant.
 * Exactly once per deadline, whatever the worker does (restarts, retries, a second replica): the conditional
 * UPDATE of escalated_at is the one winner, and the event and mails commit in its transaction (the mails' dedupe
 * keys hold even if a mail row were somehow written twice). A job for an old deadline finds another deadline_at
 * and does nothing.
 */
@Injectable()
export class EscalateOverdueLearningRequestJob implements JobHandler<'learning.escalate-overdue'> {
  readonly jobName = 'learning.escalate-overdue' as const;

  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  async handle(
    { requestId, deadlineAt }: JobPayload<'learning.escalate-overdue'>,
    _context?: JobContext,
  ): Promise<{ escalated: boolean; recipients: number }> {
    await untilDue(deadlineAt);
    return this.dataSource.transaction(async (em) => {
      const [rows] = (await em.query(
        `UPDATE learning_request SET escalated_at = now()
          WHERE id = $1 AND escalated_at IS NULL AND status IN ('NEW', 'ASSIGNED')
            AND deadline_at IS NOT NULL AND deadline_at <= now()
            AND (extract(epoch FROM deadline_at) * 1000)::bigint = $2
          RETURNING id, municipality_id, status, priority, deadline_at`,
        [requestId, deadlineAt],
      )) as [
        Array<{ id: string; municipality_id: string; status: string; priority: string; deadline_at: Date }>,
        number,
      ];
      const row = rows[0];
      if (!row) return { escalated: false, recipients: 0 };
      const recipients = (await em.query(
        `SELECT u.id FROM learning_settings s JOIN app_user u ON u.id = s.lead_user_id AND u.active
          WHERE s.municipality_id = $1
         UNION
         SELECT u.id FROM app_user u
          WHERE u.municipality_id = $1 AND u.role = $2 AND u.active
            AND NOT EXISTS (SELECT 1 FROM learning_settings s JOIN app_user l ON l.id = s.lead_user_id AND l.active
                             WHERE s.municipality_id = $1)`,
        [row.municipality_id, Role.LEARNING_CONSULTANT],
      )) as Array<{ id: string }>;
      await em.query(
        `INSERT INTO learning_event (request_id, municipality_id, type, actor_id, details)
         VALUES ($1, $2, $3, NULL, $4)`,
        [
          row.id,
          row.municipality_id,
          LearningEventType.ESCALATED,
          JSON.stringify({ deadlineAt, unclaimed: row.status === 'NEW', recipients: recipients.length }),
        ],
      );
      for (const r of recipients)
        await this.notifications.queueEmail(em, {
          recipientUserId: r.id,
          municipalityId: row.municipality_id,
          template: 'learning.escalated',
          params: {
            requestId: row.id,
            priority: row.priority as 'P1' | 'P2' | 'P3' | 'P4',
            deadlineAt: new Date(deadlineAt).toISOString(),
            unclaimed: row.status === 'NEW',
          },
          dedupeKey: `learning-escalation:${row.id}:${deadlineAt}:${r.id}`,
        });
      return { escalated: true, recipients: recipients.length };
    });
  }
}

/** Some hours before the deadline: one mail to the assignee, if the request is still theirs and unresolved. */
@Injectable()
export class RemindLearningAssigneeJob implements JobHandler<'learning.remind-assignee'> {
  readonly jobName = 'learning.remind-assignee' as const;

  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  async handle({
    requestId,
    deadlineAt,
  }: JobPayload<'learning.remind-assignee'>): Promise<{ sent: boolean }> {
    return this.dataSource.transaction(async (em) => {
      const rows = (await em.query(
        `SELECT id, municipality_id, assignee_id FROM learning_request
          WHERE id = $1 AND status = 'ASSIGNED' AND assignee_id IS NOT NULL
            AND (extract(epoch FROM deadline_at) * 1000)::bigint = $2
          FOR UPDATE`,
        [requestId, deadlineAt],
      )) as Array<{ id: string; municipality_id: string; assignee_id: string }>;
      const row = rows[0];
      if (!row) return { sent: false };
      const sent = await this.notifications.queueEmail(em, {
        recipientUserId: row.assignee_id,
        municipalityId: row.municipality_id,
        template: 'learning.deadline-reminder',
        params: { requestId: row.id, deadlineAt: new Date(deadlineAt).toISOString() },
        dedupeKey: `learning-reminder:${row.id}:${deadlineAt}`,
      });
      if (sent)
        await em.query(
          `INSERT INTO learning_event (request_id, municipality_id, type, actor_id, details) VALUES ($1, $2, $3, NULL, NULL)`,
          [row.id, row.municipality_id, LearningEventType.REMINDED],
        );
      return { sent };
    });
  }
}

export const LEARNING_JOB_HANDLERS = [EscalateOverdueLearningRequestJob, RemindLearningAssigneeJob];
