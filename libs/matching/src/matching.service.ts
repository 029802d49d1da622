import { isUUID } from 'class-validator';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { Actor, AppError, assertInScope, AuditService } from '@pleje/core';
import { ageOn, copenhagenToday } from '../../recruitment/src/application-form';
import { FosterFamily } from '../../recruitment/src/foster-family.entity';
import { assignBatch, evaluate, rank } from './algorithm';
import type { Evaluation, FactorKey, FamilyInput, Weights } from './algorithm/types';
import { DEFAULT_WEIGHTS, FACTOR_KEYS } from './algorithm/vocabulary';
import { MatchBatch, MatchProposal, ProposalStatus } from './match-proposal.entity';
import { MatchingError, MatchingErrorCode } from './matching.exception';
import { MatchingWeights } from './matching-weights.entity';
import { NetworkCandidate, NetworkService } from './network.service';
import { NeedStatus, PlacementNeed } from './placement-need.entity';
import { Placement } from './placement.entity';
import { needInput } from './to-algorithm';

export interface RankedFamily {
  family: FosterFamily;
  evaluation: Evaluation;
}

/**
 * Ranking, batch proposals and their decisions. The rules and the optimisation are the pure functions in
 * ./algorithm; this service loads the data, keeps the municipality's scope and makes acceptance atomic.
 */
@Injectable()
export class MatchingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly network: NetworkService,
  ) {}

  async weights(actor: Actor): Promise<Weights> {
    const row = await this.dataSource
      .getRepository(MatchingWeights)
      .findOne({ where: { municipalityId: actor.municipalityId } });
    return { ...DEFAULT_WEIGHTS, ...(row?.weights ?? {}) };
  }

  async setWeights(actor: Actor, weights: Partial<Record<FactorKey, number>>): Promise<Weights> {
    const merged = { ...(await this.weights(actor)), ...weights } as Weights;
    const fields: Record<string, string> = {};
    for (const key of FACTOR_KEYS)
      if (!Number.isFinite(merged[key]) || merged[key] < 0 || merged[key] > 100)
        fields[key] = 'Vægten skal være mellem 0 og 100.';
    if (!Object.keys(fields).length && FACTOR_KEYS.every((k) => merged[k] === 0))
      fields[FACTOR_KEYS[0]] = 'Mindst én faktor skal have en vægt over 0.';
    if (Object.keys(fields).length) throw AppError.badInput(fields);
    await this.dataSource.transaction(async (em) => {
      await em.upsert(
        MatchingWeights,
        { municipalityId: actor.municipalityId, weights: merged, updatedBy: actor.userId },
        ['municipalityId'],
      );
      await this.audit.record(
        actor,
        { action: 'UPDATE', entity: 'matching_weights', details: { fields: Object.keys(weights) } },
        em,
      );
    });
    return merged;
  }

  /**
   * Every approved family with room in the municipality, checked against the need; network first, then by score.
   * `network` is the child's own network before everyone else: named people and how far their approval has come,
   * and every network family named on the need with its evaluation, also when a rule stops it for now.
   */
  async rankForNeed(
    actor: Actor,
    needId: string,
    limit = 20,
  ): Promise<{
    need: PlacementNeed;
    ranked: RankedFamily[];
    considered: number;
    network: NetworkCandidate[];
  }> {
    // The need, the weights and the family list are read at the same time; the families are filtered for the need after.
    const [need, weights, all] = await Promise.all([
      this.loadNeed(this.dataSource.manager, actor, needId),
      this.weights(actor),
      this.candidates(actor.municipalityId),
    ]);
    const families = forNeed(all, need);
    const today = copenhagenToday();
    const ranked = rank(needInput(need), families, weights, today, limit);
    const rankedIds = new Set(ranked.map((e) => e.familyId));
    // Network families the ranking left out (full, too young, inactive …) are evaluated one by one to say why.
    const missingNetwork = need.networkFamilyIds.filter((id) => !rankedIds.has(id));
    const networkEvaluations = await Promise.all(
      missingNetwork.map(async (id) =>
        evaluate(needInput(need), await familyInputById(this.dataSource.manager, id), weights, today),
      ),
    );
    // Only the shown families are loaded whole (names, places, conditions).
    const shownIds = [...rankedIds, ...missingNetwork];
    const [shown] = await Promise.all([
      shownIds.length
        ? this.dataSource.getRepository(FosterFamily).find({ where: { id: In(shownIds) } })
        : Promise.resolve([]),
      this.audit.recordRead(actor, {
        entity: 'placement_need',
        entityId: need.id,
        details: { ranking: ranked.length },
      }),
    ]);
    const byId = new Map(shown.map((f) => [f.id, f]));
    const evaluations = new Map<string, RankedFamily>();
    for (const e of [...ranked, ...networkEvaluations]) {
      const family = byId.get(e.familyId);
      if (family && need.networkFamilyIds.includes(e.familyId))
        evaluations.set(e.familyId, { family, evaluation: e });
    }
    return {
      need,
      ranked: ranked.map((e) => ({ family: byId.get(e.familyId)!, evaluation: e })),
      considered: families.length,
      network: await this.network.candidates(need, evaluations),
    };
  }

  /** One family for one need, with its full evaluation (also for families that break a hard rule: it says which). */
  async evaluateFamily(actor: Actor, needId: string, familyId: string): Promise<RankedFamily> {
    const need = await this.loadNeed(this.dataSource.manager, actor, needId);
    const family = await this.loadFamily(this.dataSource.manager, actor, familyId);
    const input = await familyInputById(this.dataSource.manager, family.id);
    const evaluation = evaluate(needInput(need), input, await this.weights(actor), copenhagenToday());
    return { family, evaluation };
  }

  /** The caseworker suggests one family from the ranked list; a consultant decides. */
  async propose(actor: Actor, needId: string, familyId: string): Promise<MatchProposal> {
    const weights = await this.weights(actor);
    return this.dataSource.transaction(async (em) => {
      const need = await this.loadNeed(em, actor, needId);
      if (need.status !== NeedStatus.WAITING)
        throw new MatchingError(
          MatchingErrorCode.NEED_NOT_WAITING,
          'Barnet er allerede anbragt eller sagen er lukket.',
        );
      const family = await this.loadFamily(em, actor, familyId);
      const evaluation = evaluate(
        needInput(need),
        await familyInputById(em, family.id),
        weights,
        copenhagenToday(),
      );
      if (!evaluation.eligible) throw notEligible(evaluation);
      const existing = await em.findOne(MatchProposal, {
        where: { needId, fosterFamilyId: familyId, status: ProposalStatus.PROPOSED },
      });
      if (existing) return existing;
      const proposal = await em.save(
        em.create(MatchProposal, {
          municipalityId: need.municipalityId,
          needId,
          fosterFamilyId: familyId,
          score: evaluation.score,
          network: evaluation.network,
          evaluation,
          createdBy: actor.userId,
        }),
      );
      await this.audit.record(
        actor,
        { action: 'CREATE', entity: 'match_proposal', entityId: proposal.id },
        em,
      );
      return proposal;
    });
  }

  /**
   * All waiting children against all families with room, solved exactly (see algorithm/assignment.ts). Earlier
   * open batch proposals are replaced by the new ones; proposals the caseworker made by hand stay.
   */
  async runBatch(actor: Actor): Promise<{
    batch: MatchBatch;
    proposals: MatchProposal[];
    unassigned: PlacementNeed[];
    unassignedReasons: { need: PlacementNeed; eligibleFamilies: number; reason: string }[];
  }> {
    const started = Date.now();
    const weights = await this.weights(actor);
    const needs = await this.dataSource.getRepository(PlacementNeed).find({
      where: { municipalityId: actor.municipalityId, status: NeedStatus.WAITING },
      order: { createdAt: 'ASC' },
    });
    await this.network.withLinkedFamilies(this.dataSource.manager, needs);
    const families = await this.candidates(actor.municipalityId);
    const today = copenhagenToday();
    const result = assignBatch(needs.map(needInput), families, weights, today);
    const needById = new Map(needs.map((n) => [n.id, n]));
    const familyById = new Map(families.map((f) => [f.id, f]));
    return this.dataSource.transaction(async (em) => {
      await em.query(
        `UPDATE match_proposal SET status = 'SUPERSEDED' WHERE municipality_id = $1 AND status = 'PROPOSED' AND batch_id IS NOT NULL`,
        [actor.municipalityId],
      );
      const batch = await em.save(
        em.create(MatchBatch, {
          municipalityId: actor.municipalityId,
          createdBy: actor.userId,
          needsCount: needs.length,
          familiesCount: families.length,
          assignedCount: result.assignments.length,
          totalScore: result.totalScore,
          durationMs: Date.now() - started,
        }),
      );
      // The hand-made proposal for a pair the batch also chose is replaced by the batch's (one statement).
      await em.query(
        `UPDATE match_proposal SET status = 'SUPERSEDED'
          WHERE status = 'PROPOSED' AND (need_id, foster_family_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))`,
        [result.assignments.map((a) => a.needId), result.assignments.map((a) => a.familyId)],
      );
      const proposals = result.assignments.map((a) => {
        const evaluation = evaluate(
          needInput(needById.get(a.needId)!),
          familyById.get(a.familyId)!,
          weights,
          today,
        );
        return em.create(MatchProposal, {
          municipalityId: actor.municipalityId,
          batchId: batch.id,
          needId: a.needId,
          fosterFamilyId: a.familyId,
          score: evaluation.score,
          network: evaluation.network,
          evaluation,
          status: ProposalStatus.PROPOSED,
          createdBy: actor.userId,
        });
      });
      // One multi-row INSERT … RETURNING for all proposals.
      if (proposals.length) await em.insert(MatchProposal, proposals);
      await this.audit.record(
        actor,
        {
          action: 'CREATE',
          entity: 'match_batch',
          entityId: batch.id,
          details: { needs: needs.length, assigned: proposals.length },
        },
        em,
      );
      const unassigned = result.unassigned.map((id) => needById.get(id)!);
      return {
        batch,
        proposals,
        unassigned,
        unassignedReasons: unassigned.map((need) => {
          const eligibleFamilies = result.eligibleFamilies[need.id] ?? 0;
          return { need, eligibleFamilies, reason: unassignedReason(eligibleFamilies) };
        }),
      };
    });
  }

  async proposals(
    actor: Actor,
    status: ProposalStatus | null = ProposalStatus.PROPOSED,
    needId?: string | null,
  ): Promise<MatchProposal[]> {
    const qb = this.dataSource
      .getRepository(MatchProposal)
      .createQueryBuilder('p')
      .leftJoinAndSelect('p.need', 'need')
      .leftJoinAndSelect('p.fosterFamily', 'family')
      .where('p.municipality_id = :m', { m: actor.municipalityId })
      .orderBy('p.network', 'DESC')
      .addOrderBy('p.score', 'DESC')
      .take(500);
    if (status) qb.andWhere('p.status = :status', { status });
    if (needId) qb.andWhere('p.need_id = :needId', { needId });
    const rows = await qb.getMany();
    await this.audit.recordRead(actor, { entity: 'match_proposal', details: { count: rows.length } });
    return rows;
  }

  /**
   * Acceptance creates the placement and takes the family's vacancies in one transaction. The family row is
   * locked first, so two acceptances for the same family serialise and the second sees the vacancies taken.
   */
  async accept(actor: Actor, proposalId: string, reason: string): Promise<Placement> {
    // A placement is a decision about a child: the consultant writes down why, as when declining.
    if (!reason.trim()) throw AppError.badInput({ reason: 'Skriv hvorfor forslaget godkendes.' });
    return this.dataSource.transaction(async (em) => {
      const proposal = await this.lockProposal(em, actor, proposalId);
      const family = await em.findOne(FosterFamily, {
        where: { id: proposal.fosterFamilyId },
        lock: { mode: 'pessimistic_write' },
      });
      const need = await em.findOne(PlacementNeed, {
        where: { id: proposal.needId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!family || !need) throw AppError.notFound();
      await this.network.withLinkedFamilies(em, [need]);
      if (need.status !== NeedStatus.WAITING)
        throw new MatchingError(
          MatchingErrorCode.NEED_NOT_WAITING,
          'Barnet er allerede anbragt eller sagen er lukket.',
        );
      // The rules are checked again on today's data: vacancies may have gone since the proposal was made.
      const evaluation = evaluate(
        needInput(need),
        await familyInputById(em, family.id),
        await this.weights(actor),
        copenhagenToday(),
      );
      if (!evaluation.eligible) throw notEligible(evaluation);
      const size = need.children.length;
      family.vacancies -= size;
      family.vacanciesUpdatedAt = new Date();
      await em.save(family);
      need.status = NeedStatus.PLACED;
      await em.save(need);
      proposal.status = ProposalStatus.ACCEPTED;
      proposal.decidedBy = actor.userId;
      proposal.decidedAt = new Date();
      proposal.reason = reason.trim();
      await em.save(proposal);
      await em.query(
        `UPDATE match_proposal SET status = 'SUPERSEDED' WHERE need_id = $1 AND status = 'PROPOSED' AND id <> $2`,
        [need.id, proposal.id],
      );
      const placement = await em.save(
        em.create(Placement, {
          municipalityId: need.municipalityId,
          needId: need.id,
          fosterFamilyId: family.id,
          proposalId: proposal.id,
          childrenCount: size,
          matchScore: evaluation.score,
          startedOn:
            need.wishedStart && need.wishedStart > copenhagenToday() ? need.wishedStart : copenhagenToday(),
          createdBy: actor.userId,
        }),
      );
      await this.audit.record(
        actor,
        {
          action: 'CREATE',
          entity: 'placement',
          entityId: placement.id,
          details: { proposal: proposal.id, children: size },
        },
        em,
      );
      placement.need = need;
      placement.fosterFamily = family;
      return placement;
    });
  }

  async decline(actor: Actor, proposalId: string, reason: string): Promise<MatchProposal> {
    if (!reason.trim()) throw AppError.badInput({ reason: 'Skriv hvorfor forslaget afvises.' });
    return this.dataSource.transaction(async (em) => {
      const proposal = await this.lockProposal(em, actor, proposalId);
      proposal.status = ProposalStatus.DECLINED;
      proposal.decidedBy = actor.userId;
      proposal.decidedAt = new Date();
      proposal.reason = reason.trim();
      const saved = await em.save(proposal);
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          entity: 'match_proposal',
          entityId: proposal.id,
          details: { status: 'DECLINED' },
        },
        em,
      );
      return saved;
    });
  }

  /** Attaches need and family to proposals that do not carry them (fresh from a batch or a decision). */
  async withRelations(actor: Actor, rows: MatchProposal[]): Promise<void> {
    const missing = rows.filter((r) => !r.need || !r.fosterFamily);
    if (!missing.length) return;
    const [needs, families] = await Promise.all([
      this.dataSource.getRepository(PlacementNeed).find({
        where: { id: In(missing.map((r) => r.needId)), municipalityId: actor.municipalityId },
      }),
      this.dataSource.getRepository(FosterFamily).find({
        where: { id: In(missing.map((r) => r.fosterFamilyId)), municipalityId: actor.municipalityId },
      }),
    ]);
    for (const r of missing) {
      r.need = needs.find((n) => n.id === r.needId);
      r.fosterFamily = families.find((f) => f.id === r.fosterFamilyId);
    }
  }

  private async lockProposal(em: EntityManager, actor: Actor, id: string): Promise<MatchProposal> {
    const proposal = assertInScope(
      actor,
      isUUID(id)
        ? await em.findOne(MatchProposal, { where: { id }, lock: { mode: 'pessimistic_write' } })
        : null,
    );
    if (proposal.status !== ProposalStatus.PROPOSED)
      throw new MatchingError(MatchingErrorCode.PROPOSAL_DECIDED, 'Forslaget er allerede behandlet.');
    return proposal;
  }

  /** The need in the actor's municipality, with the families of its approved, linked network applications. */
  private async loadNeed(em: EntityManager, actor: Actor, id: string): Promise<PlacementNeed> {
    const need = assertInScope(actor, isUUID(id) ? await em.findOne(PlacementNeed, { where: { id } }) : null);
    const [withNetwork] = await this.network.withLinkedFamilies(em, [need]);
    return withNetwork;
  }

  private async loadFamily(em: EntityManager, actor: Actor, id: string): Promise<FosterFamily> {
    return assertInScope(actor, isUUID(id) ? await em.findOne(FosterFamily, { where: { id } }) : null);
  }

  /**
   * Active families with room, as algorithm inputs, in one statement. Vacancies and the approved age range are
   * filtered in SQL (network families of the need always pass); the algorithm checks every rule again.
   */
  /**
   * Active families with room, as algorithm inputs. The list per municipality is kept in memory and reused while
   * a fingerprint of the family and profile rows (count, versions, last change) is unchanged: one small aggregate
   * query instead of reading and parsing thousands of rows per ranking. Any write to a family or its profile
   * raises a version, so the next ranking reloads; acceptance re-checks every rule on the row itself anyway.
   */
  private async candidates(municipalityId: string): Promise<FamilyInput[]> {
    const [fp] = (await this.dataSource.query(
      `SELECT count(*)::int AS n, coalesce(sum(f.version), 0)::text AS fv, max(f.updated_at) AS fu,
              coalesce(sum(p.version), 0)::text AS pv, max(p.updated_at) AS pu
         FROM foster_family f LEFT JOIN family_match_profile p ON p.foster_family_id = f.id
        WHERE f.municipality_id = $1 AND f.active`,
      [municipalityId],
    )) as Record<string, unknown>[];
    const fingerprint = JSON.stringify(fp);
    let cached = this.familyCache.get(municipalityId);
    if (!cached || cached.fingerprint !== fingerprint) {
      const rows: CandidateRow[] = await this.dataSource.query(
        `${CANDIDATE_SELECT} WHERE f.municipality_id = $1 AND f.active AND f.vacancies >= 1`,
        [municipalityId],
      );
      cached = { fingerprint, families: rows.map(candidateInput) };
      this.familyCache.set(municipalityId, cached);
    }
    return cached.families;
  }

  private readonly familyCache = new Map<string, { fingerprint: string; families: FamilyInput[] }>();
}

/** Cheap pre-filter for one need (room for the whole group, the approved ages); the algorithm checks every rule. */
function forNeed(families: FamilyInput[], need: PlacementNeed): FamilyInput[] {
  const today = copenhagenToday();
  const ages = need.children.map((c) => ageOn(c.birthDate, today) ?? 0);
  const youngest = Math.min(...ages);
  const oldest = Math.max(...ages);
  const network = new Set(need.networkFamilyIds);
  return families.filter(
    (f) =>
      f.vacancies >= need.children.length &&
      (network.has(f.id) || (f.ageMin <= youngest && f.ageMax >= oldest)),
  );
}

const CANDIDATE_SELECT = `
  SELECT f.id, f.approval_types, f.network_child_name, f.vacancies, f.age_min, f.age_max, f.takes_siblings,
         p.lat, p.lon, p.experience, p.languages, p.culture, p.features,
         p.other_children_birth_dates::text[] AS other_children_birth_dates,
         p.pref_age_min, p.pref_age_max, p.pref_needs_able, p.pref_needs_excluded, p.pref_siblings,
         p.assessed_age_min, p.assessed_age_max, p.assessed_needs_able, p.assessed_needs_excluded, p.assessed_siblings
    FROM foster_family f LEFT JOIN family_match_profile p ON p.foster_family_id = f.id`;

/** One family as an algorithm input (also inactive or full ones: the rules then say why not). */
async function familyInputById(em: EntityManager, id: string): Promise<FamilyInput> {
  const [row] = (await em.query(`${CANDIDATE_SELECT} WHERE f.id = $1`, [id])) as CandidateRow[];
  return candidateInput(row);
}

interface CandidateRow {
  id: string;
  approval_types: string[];
  network_child_name: string | null;
  vacancies: number;
  age_min: number;
  age_max: number;
  takes_siblings: boolean;
  lat: number | null;
  lon: number | null;
  experience: string[] | null;
  languages: string[] | null;
  culture: string[] | null;
  features: string[] | null;
  other_children_birth_dates: string[] | null;
  pref_age_min: number | null;
  pref_age_max: number | null;
  pref_needs_able: string[] | null;
  pref_needs_excluded: string[] | null;
  pref_siblings: boolean | null;
  assessed_age_min: number | null;
  assessed_age_max: number | null;
  assessed_needs_able: string[] | null;
  assessed_needs_excluded: string[] | null;
  assessed_siblings: boolean | null;
}

function candidateInput(r: CandidateRow): FamilyInput {
  return {
    id: r.id,
    approvalTypes: r.approval_types,
    networkChildName: r.network_child_name,
    vacancies: r.vacancies,
    ageMin: r.age_min,
    ageMax: r.age_max,
    takesSiblings: r.takes_siblings,
    location: r.lat === null || r.lon === null ? null : { lat: r.lat, lon: r.lon },
    experience: r.experience ?? [],
    languages: r.languages ?? [],
    culture: r.culture ?? [],
    features: r.features ?? [],
    otherChildrenBirthDates: r.other_children_birth_dates ?? [],
    familyPreferences: {
      ageMin: r.pref_age_min,
      ageMax: r.pref_age_max,
      needsAble: r.pref_needs_able ?? [],
      needsExcluded: r.pref_needs_excluded ?? [],
      siblings: r.pref_siblings,
    },
    consultantAssessment: {
      ageMin: r.assessed_age_min,
      ageMax: r.assessed_age_max,
      needsAble: r.assessed_needs_able,
      needsExcluded: r.assessed_needs_excluded,
      siblings: r.assessed_siblings,
    },
  };
}

/** Why a waiting child got no proposal in a batch round, in Danish. */
export function unassignedReason(eligibleFamilies: number): string {
  if (eligibleFamilies === 0)
    return 'Ingen familie med plads opfylder kravene (godkendelse, ledige pladser, alder, søskende og udelukkede behov).';
  const families = eligibleFamilies === 1 ? 'Én familie kan' : `${eligibleFamilies} familier kan`;
  return `${families} tage barnet, men har fået et andet barn i denne runde. En familie får højst én ny anbringelse pr. runde; kør fordelingen igen, når forslagene er behandlet.`;
}

function notEligible(evaluation: Evaluation): MatchingError {
  return new MatchingError(
    MatchingErrorCode.NOT_ELIGIBLE,
    `Familien kan ikke tage barnet: ${evaluation.violations.map((v) => v.explanation).join(' ')}`,
  );
}
