import { isUUID } from 'class-validator';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, AppError, assertInScope, AuditService, scopeQuery, isCalendarDate } from '@pleje/core';
import { copenhagenToday } from '../../recruitment/src/application-form';
import { MatchingError, MatchingErrorCode } from './matching.exception';
import { BREAKDOWN_REASONS, Placement, PlacementEndReason } from './placement.entity';

export interface ScoreBandOutcome {
  band: string;
  placements: number;
  ended: number;
  breakdowns: number;
  breakdownRate: number | null;
}

/** Placements: listed, ended with a coded reason (vacancies given back), and the score-to-breakdown view. */
@Injectable()
export class PlacementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, active: boolean | null = true): Promise<Placement[]> {
    const qb = scopeQuery(this.dataSource.getRepository(Placement).createQueryBuilder('p'), 'p', actor)
      .leftJoinAndSelect('p.need', 'need')
      .leftJoinAndSelect('p.fosterFamily', 'family')
      .orderBy('p.started_on', 'DESC')
      .take(500);
    if (active === true) qb.andWhere('p.ended_on IS NULL');
    if (active === false) qb.andWhere('p.ended_on IS NOT NULL');
    const rows = await qb.getMany();
    await this.audit.recordRead(actor, { entity: 'placement', details: { count: rows.length } });
    return rows;
  }

  /** Ends a placement with a coded reason and gives the family its places back, in one transaction. */
  async end(
    actor: Actor,
    input: {
      id: string;
      expectedVersion: number;
      endedOn: string;
      reason: PlacementEndReason;
      note?: string | null;
    },
  ): Promise<Placement> {
    const fields: Record<string, string> = {};
    if (!isCalendarDate(input.endedOn)) fields.endedOn = 'Skriv en gyldig dato.';
    if (input.reason === PlacementEndReason.OTHER && !input.note?.trim()) fields.note = 'Beskriv årsagen.';
    if (Object.keys(fields).length) throw AppError.badInput(fields);
    return this.dataSource.transaction(async (em) => {
      const placement = assertInScope(
        actor,
        isUUID(input.id)
          ? await em.findOne(Placement, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } })
          : null,
      );
      if (placement.version !== input.expectedVersion)
        throw new MatchingError(
          MatchingErrorCode.STALE,
          'En anden har ændret anbringelsen imens. Hent den igen.',
        );
      if (placement.endedOn)
        throw new MatchingError(MatchingErrorCode.PLACEMENT_ENDED, 'Anbringelsen er allerede afsluttet.');
      if (input.endedOn < placement.startedOn || input.endedOn > copenhagenToday())
        throw AppError.badInput({ endedOn: 'Slutdatoen skal ligge mellem start og i dag.' });
      placement.endedOn = input.endedOn;
      placement.endReason = input.reason;
      placement.endNote = input.note?.trim() || null;
      placement.endedBy = actor.userId;
      const saved = await em.save(placement);
      // The places come back, never above what the family is approved for.
      await em.query(
        `UPDATE foster_family SET vacancies = LEAST(places, vacancies + $2), vacancies_updated_at = now(), version = version + 1
          WHERE id = $1`,
        [placement.fosterFamilyId, placement.childrenCount],
      );
      await this.audit.record(
        actor,
        { action: 'UPDATE', entity: 'placement', entityId: placement.id, details: { ended: input.reason } },
        em,
      );
      return em.findOneOrFail(Placement, {
        where: { id: saved.id },
        relations: { need: true, fosterFamily: true },
      });
    });
  }

  /** How match scores relate to breakdowns (sammenbrud): per score band, placements, ended and broken down. */
  async outcomes(actor: Actor): Promise<ScoreBandOutcome[]> {
    const rows: { band: number; placements: number; ended: number; breakdowns: number }[] =
      await this.dataSource.query(
        `SELECT LEAST(width_bucket(coalesce(match_score, 0), 0, 100, 5), 5) AS band,
              count(*)::int AS placements,
              count(*) FILTER (WHERE ended_on IS NOT NULL)::int AS ended,
              count(*) FILTER (WHERE end_reason = ANY($2::placement_end_reason[]))::int AS breakdowns
         FROM placement WHERE municipality_id = $1 AND match_score IS NOT NULL
        GROUP BY 1 ORDER BY 1`,
        [actor.municipalityId, BREAKDOWN_REASONS],
      );
    await this.audit.recordRead(actor, { entity: 'placement_outcomes' });
    const labels = ['0-20', '20-40', '40-60', '60-80', '80-100'];
    return labels.map((band, i) => {
      const r = rows.find((x) => x.band === i + 1);
      return {
        band,
        placements: r?.placements ?? 0,
        ended: r?.ended ?? 0,
        breakdowns: r?.breakdowns ?? 0,
        breakdownRate: r && r.ended ? Math.round((r.breakdowns / r.ended) * 1000) / 1000 : null,
      };
    });
  }
}
