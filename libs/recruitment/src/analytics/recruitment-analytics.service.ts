import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, AppError, AuditService } from '@pleje/core';
import { RecruitmentSource } from '../application-form';
import { ApplicationStatus, PIPELINE_STAGES, STATUS_LABEL_DA } from '../application-status';
import {
  AgeBand,
  FunnelStage,
  RecruitmentAnalytics,
  RecruitmentAnalyticsArgs,
  SourceResult,
} from '../graphql/dto/analytics.model';

export const RECRUITMENT_SOURCE_LABEL_DA: Record<RecruitmentSource, string> = {
  [RecruitmentSource.WEBSITE]: 'Kommunens hjemmeside',
  [RecruitmentSource.SOCIAL_MEDIA]: 'Sociale medier',
  [RecruitmentSource.INFO_MEETING]: 'Informationsmøde',
  [RecruitmentSource.FRIENDS_FAMILY]: 'Venner eller familie',
  [RecruitmentSource.OTHER_FOSTER_FAMILY]: 'Andre plejefamilier',
  [RecruitmentSource.NEWSPAPER_RADIO]: 'Avis eller radio',
  [RecruitmentSource.EVENT]: 'Arrangement',
  [RecruitmentSource.OTHER]: 'Andet',
};
export const UNKNOWN_SOURCE_LABEL_DA = 'Ikke oplyst';
export const AGE_BANDS = ['18-29', '30-39', '40-49', '50-59', '60+'] as const;

/** The longest window one request may aggregate; the indexes make longer ones possible, not useful. */
const MAX_RANGE_DAYS = 3660;

interface MoveRow {
  kind: 'pass' | 'stay';
  from_status: ApplicationStatus;
  to_status: ApplicationStatus | null;
  n: number | null;
  median_hours: number | null;
}

interface SourceRow {
  source: string | null;
  applications: number;
  submitted: number;
  approved: number;
  refused: number;
  withdrawn: number;
}

interface SubmittedRow {
  median_seconds: number | null;
  a18: number;
  a30: number;
  a40: number;
  a50: number;
  a60: number;
}

const SOURCES = Object.values(RecruitmentSource) as string[];
const round1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * Funnel, durations, sources and ages for the applications a municipality received in a period. Four
 * aggregate queries run side by side on their own pool connections, each reading one covering index
 * (application_analytics, application_transition_analytics); only aggregates come back to Node.
 */
@Injectable()
export class RecruitmentAnalyticsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async analytics(
    actor: Actor,
    args: RecruitmentAnalyticsArgs = {},
    now: Date = new Date(),
  ): Promise<RecruitmentAnalytics> {
    const { from, to } = this.period(args, now);
    const params = [actor.municipalityId, from, to];
    const [moves, sources, submitted] = await Promise.all([
      this.moves(params),
      this.dataSource.query<SourceRow[]>(SOURCES_SQL, params),
      this.dataSource.query<SubmittedRow[]>(SUBMITTED_SQL, params),
    ]);

    const totals = sources.reduce(
      (t, r) => ({
        applications: t.applications + r.applications,
        approved: t.approved + r.approved,
        refused: t.refused + r.refused,
        withdrawn: t.withdrawn + r.withdrawn,
      }),
      { applications: 0, approved: 0, refused: 0, withdrawn: 0 },
    );
    const ages = submitted[0];
    const result: RecruitmentAnalytics = {
      from,
      to,
      ...totals,
      funnel: funnel(totals.applications, moves),
      medianDaysToApproval: ages?.median_seconds == null ? null : round1(Number(ages.median_seconds) / 86400),
      bySource: bySource(sources),
      ageDistribution: AGE_BANDS.map((band, i): AgeBand => ({
        band,
        count: ages ? [ages.a18, ages.a30, ages.a40, ages.a50, ages.a60][i] : 0,
      })),
    };
    await this.audit.recordRead(actor, {
      entity: 'recruitment_analytics',
      details: { from: from.toISOString(), to: to.toISOString(), applications: totals.applications },
    });
    return result;
  }

  /**
   * When one municipality holds most of the table, the planner's default random_page_cost (4, spinning disks)
   * makes it read the wide transition heap instead of the narrow covering index: a third slower, measured.
   */
  private moves(params: unknown[]): Promise<MoveRow[]> {
    return this.dataSource.transaction('READ COMMITTED', async (em) => {
      await em.query('SET LOCAL random_page_cost = 1.1');
      return em.query<MoveRow[]>(MOVES_SQL, params);
    });
  }

  private period(args: RecruitmentAnalyticsArgs, now: Date): { from: Date; to: Date } {
    const to = args.to ?? now;
    const from = args.from ?? new Date(new Date(to).setUTCMonth(to.getUTCMonth() - 12));
    if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()))
      throw AppError.badInput({ from: 'Angiv en gyldig dato.' });
    if (from >= to) throw AppError.badInput({ from: 'Startdatoen skal ligge før slutdatoen.' });
    if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86400000)
      throw AppError.badInput({ from: 'Vælg en periode på højst 10 år.' });
    return { from, to };
  }
}

/**
 * Reached per stage from the forward moves: a move from stage i to stage j passes every stage after i up to j,
 * which counts the network track's two skipped stages as passed. Moves from ON_HOLD (back to where it was)
 * are not forward moves; an approval after an appeal moves on from the assessment. Every application
 * started as an inquiry.
 */
function funnel(applications: number, moves: MoveRow[]): FunnelStage[] {
  const index = (s: ApplicationStatus | null): number =>
    s === ApplicationStatus.APPEALED
      ? PIPELINE_STAGES.indexOf(ApplicationStatus.ASSESSMENT)
      : s === null
        ? -1
        : PIPELINE_STAGES.indexOf(s);
  const reached = PIPELINE_STAGES.map((_, i) => (i === 0 ? applications : 0));
  const medianHours = new Map<ApplicationStatus, number>();
  for (const m of moves) {
    if (m.kind === 'stay') {
      if (m.median_hours != null) medianHours.set(m.from_status, Number(m.median_hours));
      continue;
    }
    const from = index(m.from_status);
    const to = index(m.to_status);
    if (from < 0 || to <= from) continue;
    for (let i = from + 1; i <= to; i++) reached[i] += m.n ?? 0;
  }
  return PIPELINE_STAGES.map((status, i) => {
    const hours = medianHours.get(status);
    return {
      status,
      label: STATUS_LABEL_DA[status],
      reached: reached[i],
      conversionFromPrevious: i === 0 || reached[i - 1] === 0 ? null : reached[i] / reached[i - 1],
      medianDaysInStage: hours === undefined ? null : round1(hours / 24),
    };
  });
}

/** Every source in the form's order (zeros too, so charts stay comparable), then "not stated" if any. */
function bySource(rows: SourceRow[]): SourceResult[] {
  const bySourceKey = new Map(rows.map((r) => [r.source, r]));
  const line = (source: RecruitmentSource | null, label: string): SourceResult => {
    const r = bySourceKey.get(source);
    return {
      source,
      label,
      applications: r?.applications ?? 0,
      submitted: r?.submitted ?? 0,
      approved: r?.approved ?? 0,
    };
  };
  const known = Object.values(RecruitmentSource).map((s) => line(s, RECRUITMENT_SOURCE_LABEL_DA[s]));
  // A value outside the enum (an old form) is reported as not stated rather than dropped.
  const unknown = rows
    .filter((r) => r.source === null || !SOURCES.includes(r.source))
    .reduce<SourceResult>(
      (u, r) => ({
        ...u,
        applications: u.applications + r.applications,
        submitted: u.submitted + r.submitted,
        approved: u.approved + r.approved,
      }),
      { source: null, label: UNKNOWN_SOURCE_LABEL_DA, applications: 0, submitted: 0, approved: 0 },
    );
  return unknown.applications > 0 ? [...known, unknown] : known;
}

// $1 municipality, $2 from (inclusive), $3 to (exclusive): the applications created in the period.

/**
 * Forward moves per (from, to) and the median stay per stage left. The stay is bucketed in whole hours by
 * the trigger, so the median comes from a histogram (hash aggregate, no sort of every move): the middle
 * one or two buckets of the cumulative counts, as percentile_cont would interpolate them.
 */
const MOVES_SQL = `
  WITH moves AS (
    SELECT from_status, to_status, hours_in_from_status AS hours, count(*)::int AS n
      FROM application_transition
     WHERE municipality_id = $1 AND application_created_at >= $2 AND application_created_at < $3
       AND from_status IS NOT NULL
     GROUP BY 1, 2, 3
  ),
  hist AS (
    SELECT from_status, hours, sum(n) AS n FROM moves WHERE hours IS NOT NULL GROUP BY 1, 2
  ),
  cumulative AS (
    SELECT from_status, hours,
           sum(n) OVER (PARTITION BY from_status ORDER BY hours) AS upto,
           sum(n) OVER (PARTITION BY from_status) AS total
      FROM hist
  )
  SELECT 'pass' AS kind, from_status, to_status, sum(n)::int AS n, NULL::float8 AS median_hours
    FROM moves GROUP BY from_status, to_status
  UNION ALL
  SELECT 'stay', from_status, NULL, NULL,
         (min(hours) FILTER (WHERE upto >= div(total + 1, 2)) + min(hours) FILTER (WHERE upto >= div(total, 2) + 1)) / 2.0
    FROM cumulative GROUP BY from_status`;

const SOURCES_SQL = `
  SELECT recruitment_source AS source,
         count(*)::int AS applications,
         count(submitted_at)::int AS submitted,
         count(*) FILTER (WHERE status = 'APPROVED')::int AS approved,
         count(*) FILTER (WHERE status = 'REFUSED')::int AS refused,
         count(*) FILTER (WHERE status = 'WITHDRAWN')::int AS withdrawn
    FROM application
   WHERE municipality_id = $1 AND created_at >= $2 AND created_at < $3
   GROUP BY recruitment_source`;

/**
 * The applicants' ages on the day of submission (Danish date) in bands, and the median submission →
 * decision time of the approved. A birth date falls in "30-39" when it is on or before the submission day
 * 30 years back and after the day 40 years back: calendar years, leap days included, as ageOn() counts
 * them. Those cut-off days are worked out once per calendar day of the period (arrays indexed by day), not
 * once per applicant; a form has one or two applicants, so both birth dates are read without unnest.
 */
const SUBMITTED_SQL = `
  WITH days AS (
    SELECT ($2::timestamptz AT TIME ZONE 'Europe/Copenhagen')::date AS first_day
  ),
  cutoffs AS (
    SELECT array_agg((g - interval '30 years')::date ORDER BY g) AS y30,
           array_agg((g - interval '40 years')::date ORDER BY g) AS y40,
           array_agg((g - interval '50 years')::date ORDER BY g) AS y50,
           array_agg((g - interval '60 years')::date ORDER BY g) AS y60
      FROM days, generate_series(days.first_day::timestamp,
                                 (greatest(now(), $3::timestamptz) AT TIME ZONE 'Europe/Copenhagen')::date + 1,
                                 interval '1 day') AS g
  )
  SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY date_part('epoch', decided_at - submitted_at))
           FILTER (WHERE status = 'APPROVED' AND decided_at IS NOT NULL) AS median_seconds,
         (count(*) FILTER (WHERE b1 > y30) + count(*) FILTER (WHERE b2 > y30))::int AS a18,
         (count(*) FILTER (WHERE b1 <= y30 AND b1 > y40) + count(*) FILTER (WHERE b2 <= y30 AND b2 > y40))::int AS a30,
         (count(*) FILTER (WHERE b1 <= y40 AND b1 > y50) + count(*) FILTER (WHERE b2 <= y40 AND b2 > y50))::int AS a40,
         (count(*) FILTER (WHERE b1 <= y50 AND b1 > y60) + count(*) FILTER (WHERE b2 <= y50 AND b2 > y60))::int AS a50,
         (count(*) FILTER (WHERE b1 <= y60) + count(*) FILTER (WHERE b2 <= y60))::int AS a60
    FROM (
      SELECT s.status, s.submitted_at, s.decided_at, s.b1, s.b2,
             c.y30[s.day] AS y30, c.y40[s.day] AS y40, c.y50[s.day] AS y50, c.y60[s.day] AS y60
        FROM (
          SELECT status, submitted_at, decided_at,
                 applicant_birth_dates[1] AS b1, applicant_birth_dates[2] AS b2,
                 (submitted_at AT TIME ZONE 'Europe/Copenhagen')::date - (SELECT first_day FROM days) + 1 AS day
            FROM application
           WHERE municipality_id = $1 AND created_at >= $2 AND created_at < $3 AND submitted_at IS NOT NULL
          -- OFFSET 0 keeps the planner from inlining the day into every FILTER (8 time-zone conversions a row).
          OFFSET 0
        ) s, cutoffs c
      OFFSET 0
    ) t`;
