import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, AppError, AuditService } from '@pleje/core';
import { LearningOutcome, LearningPriority } from './learning-vocabulary';

export interface LearningDashboard {
  from: Date;
  to: Date;
  /** Open requests (new, assigned, on hold) per priority, now. */
  backlog: Array<{ priority: LearningPriority; open: number; unassigned: number; overdue: number }>;
  /** Created → first taken, for requests first taken in the range; hours. */
  waitingHoursMedian: number | null;
  waitingHoursP90: number | null;
  /** Requests taken in the range (the sample behind the waiting times). */
  taken: number;
  /** Deadlines that passed unresolved in the range (each escalation is one missed deadline). */
  deadlinesMissed: number;
  /** Requests still open whose deadline has passed, now. */
  overdueNow: number;
  created: number;
  resolved: number;
  outcomes: Array<{ outcome: LearningOutcome; count: number }>;
}

const MAX_RANGE_DAYS = 800;

/** The learning consultants' figures for a date range: what the municipality reports on initiative 10. */
@Injectable()
export class LearningDashboardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async dashboard(actor: Actor, from: Date, to: Date): Promise<LearningDashboard> {
    if (!(from instanceof Date) || Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to <= from)
      throw AppError.badInput({ to: 'Slutdatoen skal ligge efter startdatoen.' });
    if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000)
      throw AppError.badInput({ from: 'Vælg højst to år ad gangen.' });
    const m = actor.municipalityId;
    const [backlog, waiting, missed, counts, outcomes] = await Promise.all([
      this.dataSource.query(
        `SELECT p.priority,
                count(r.id)::int AS open,
                count(r.id) FILTER (WHERE r.status = 'NEW')::int AS unassigned,
                count(r.id) FILTER (WHERE r.deadline_at < now())::int AS overdue
           FROM unnest(enum_range(NULL::learning_priority)) AS p(priority)
           LEFT JOIN learning_request r
             ON r.priority = p.priority AND r.municipality_id = $1 AND r.status IN ('NEW', 'ASSIGNED', 'ON_HOLD')
          GROUP BY p.priority ORDER BY p.priority`,
        [m],
      ) as Promise<Array<{ priority: LearningPriority; open: number; unassigned: number; overdue: number }>>,
      this.dataSource.query(
        `SELECT count(*)::int AS taken,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_assigned_at - created_at)) / 3600 AS median,
                percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM first_assigned_at - created_at)) / 3600 AS p90
           FROM learning_request
          WHERE municipality_id = $1 AND first_assigned_at >= $2 AND first_assigned_at < $3`,
        [m, from, to],
      ) as Promise<Array<{ taken: number; median: number | null; p90: number | null }>>,
      this.dataSource.query(
        `SELECT count(*)::int AS missed FROM learning_event
          WHERE municipality_id = $1 AND type = 'ESCALATED' AND created_at >= $2 AND created_at < $3`,
        [m, from, to],
      ) as Promise<Array<{ missed: number }>>,
      this.dataSource.query(
        `SELECT count(*) FILTER (WHERE created_at >= $2 AND created_at < $3)::int AS created,
                count(*) FILTER (WHERE resolved_at >= $2 AND resolved_at < $3)::int AS resolved,
                count(*) FILTER (WHERE status IN ('NEW', 'ASSIGNED') AND deadline_at < now())::int AS overdue
           FROM learning_request WHERE municipality_id = $1`,
        [m, from, to],
      ) as Promise<Array<{ created: number; resolved: number; overdue: number }>>,
      this.dataSource.query(
        `SELECT outcome, count(*)::int AS count FROM learning_request
          WHERE municipality_id = $1 AND outcome IS NOT NULL AND resolved_at >= $2 AND resolved_at < $3
          GROUP BY outcome ORDER BY count DESC, outcome`,
        [m, from, to],
      ) as Promise<Array<{ outcome: LearningOutcome; count: number }>>,
    ]);
    await this.audit.recordRead(actor, { entity: 'learning_dashboard' });
    const round = (x: number | null) => (x === null ? null : Math.round(Number(x) * 10) / 10);
    return {
      from,
      to,
      backlog,
      waitingHoursMedian: round(waiting[0].median),
      waitingHoursP90: round(waiting[0].p90),
      taken: waiting[0].taken,
      deadlinesMissed: missed[0].missed,
      overdueNow: counts[0].overdue,
      created: counts[0].created,
      resolved: counts[0].resolved,
      outcomes,
    };
  }
}
