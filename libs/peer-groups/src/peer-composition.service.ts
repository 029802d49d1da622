import { isUUID } from 'class-validator';
import { Injectable } from '@nestjs/common';
import { NotificationsService } from '@pleje/notifications';
import { DataSource, EntityManager, In } from 'typeorm';
import { Actor, AppError, assertInScope, AuditService } from '@pleje/core';
import { ageInYears } from '../../matching/src/algorithm/context';
import { checkComposition, describeGroups, moveProblems, proposeGroups } from './composition';
import { ChildPair, CompositionChild } from './composition/types';
import { PeerComposition, PeerCompositionStatus } from './peer-composition.entity';
import { PeerAudience, PeerGroup, PeerGroupStatus } from './peer-group.entity';
import { PeerError, PeerErrorCode } from './peer-groups.exception';
import { PeerGroupsService } from './peer-groups.service';
import { localToday, queueInvitationMail } from './peer-membership-rules';
import { PeerMembership, PeerMembershipStatus } from './peer-membership.entity';
import { PeerParticipant } from './peer-participant.entity';

export interface ProposeInput {
  groupSize: number;
  ageMin?: number | null;
  ageMax?: number | null;
  /** Also regroup children who are in a group now (default: only children without a group). */
  includeGrouped?: boolean | null;
  /** Only these children (the consultant's choice among the eligible); default: every eligible child. */
  participantIds?: string[] | null;
}

export interface ConfirmInput {
  compositionId: string;
  expectedVersion: number;
  namePrefix: string;
  facilitatorId?: string | null;
  /** Places per group; at least each group's size (default: the desired group size). */
  capacity?: number | null;
}

/** The consultant's proposals: ask for one, move children between its groups, confirm it into real groups. */
@Injectable()
export class PeerCompositionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly groups: PeerGroupsService,
  ) {}

  async propose(actor: Actor, input: ProposeInput): Promise<PeerComposition> {
    const fields: Record<string, string> = {};
    if (!Number.isInteger(input.groupSize) || input.groupSize < 2 || input.groupSize > 30)
      fields.groupSize = 'En gruppe skal have mellem 2 og 30 børn.';
    if (input.ageMin != null && input.ageMax != null && input.ageMin > input.ageMax)
      fields.ageMax = 'Alder fra må ikke være over alder til.';
    if (
      input.participantIds != null &&
      (input.participantIds.length < 2 ||
        input.participantIds.length > 5000 ||
        input.participantIds.some((id) => !isUUID(id)))
    )
      fields.participantIds = 'Vælg mindst to børn.';
    if (Object.keys(fields).length) throw AppError.badInput(fields);
    return this.dataSource.transaction(async (em) => {
      await this.groups.syncPlacementChildren(em, actor.municipalityId);
      const today = localToday();
      let children = (await this.groups.eligibleChildren(em, actor.municipalityId)).filter((c) => {
        const age = ageInYears(c.birthDate as string, today);
        return (input.ageMin == null || age >= input.ageMin) && (input.ageMax == null || age <= input.ageMax);
      });
      if (input.participantIds) {
        const chosen = new Set(input.participantIds);
        children = children.filter((c) => chosen.has(c.id));
      }
      if (!input.includeGrouped) {
        const grouped: { participant_id: string }[] = await em.query(
          `SELECT DISTINCT m.participant_id FROM peer_membership m JOIN peer_group g ON g.id = m.group_id
            WHERE m.municipality_id = $1 AND g.status <> 'CLOSED' AND m.status IN ('INVITED', 'ACTIVE', 'PAUSED', 'WAITLISTED')`,
          [actor.municipalityId],
        );
        const busy = new Set(grouped.map((g) => g.participant_id));
        children = children.filter((c) => !busy.has(c.id));
      }
      const input2 = await this.algorithmInput(em, children);
      const result = proposeGroups({ ...input2, groupSize: input.groupSize, seed: 1 });
      const problems = checkComposition(input2, result);
      // A broken hard rule here is a bug: refuse rather than show a proposal that puts a child at risk.
      if (problems.length) throw new Error(`composition broke ${problems.length} hard rules`);
      const saved = await em.save(
        em.create(PeerComposition, {
          municipalityId: actor.municipalityId,
          groupSize: input.groupSize,
          groups: result.groups,
          unplaced: result.unplaced,
          cost: result.cost,
          createdBy: actor.userId,
        }),
      );
      await this.audit.record(
        actor,
        {
          action: 'CREATE',
          entity: 'peer_composition',
          entityId: saved.id,
          details: {
            children: children.length,
            groups: result.groups.length,
            unplaced: result.unplaced.length,
          },
        },
        em,
      );
      return saved;
    });
  }

  async composition(actor: Actor, id: string): Promise<PeerComposition> {
    const row = assertInScope(
      actor,
      isUUID(id) ? await this.dataSource.getRepository(PeerComposition).findOne({ where: { id } }) : null,
    );
    await this.audit.recordRead(actor, { entity: 'peer_composition', entityId: id });
    return row;
  }

  /** Moves a child to another proposed group; refused, with the reason in Danish, if a hard rule would break. */
  async move(
    actor: Actor,
    id: string,
    expectedVersion: number,
    participantId: string,
    toGroup: number,
  ): Promise<PeerComposition> {
    return this.dataSource.transaction(async (em) => {
      const c = await this.lockedDraft(em, actor, id, expectedVersion);
      const ids = c.groups.map((g) => g.childIds);
      const mustNot = await this.mustNotPairsAmong(em, ids.flat());
      const problems = moveProblems(ids, participantId, toGroup, mustNot);
      const must = problems.filter((p) => p.kind === 'MUST_NOT');
      if (
        problems.some(
          (p) => p.kind === 'UNKNOWN_CHILD' || p.kind === 'UNKNOWN_GROUP' || p.kind === 'ALREADY_THERE',
        )
      )
        throw AppError.badInput({ toGroup: 'Vælg et barn i forslaget og en anden gruppe i forslaget.' });
      if (must.length)
        throw new PeerError(
          PeerErrorCode.MUST_NOT_PAIR,
          `Barnet må ikke være i gruppe ${toGroup + 1} sammen med ${must.length === 1 ? 'et af børnene' : `${must.length} af børnene`} dér (sikkerhedshensyn).`,
          Object.fromEntries(
            must.map((p) => [
              `participant.${'otherId' in p ? p.otherId : ''}`,
              'Må ikke være i samme gruppe.',
            ]),
          ),
        );
      const alone = problems.find((p) => p.kind === 'LEAVES_ALONE');
      if (alone)
        throw new PeerError(
          PeerErrorCode.LEAVES_ALONE,
          'Flytningen ville efterlade ét barn alene i sin gruppe. Flyt det andet barn først, eller vælg en anden gruppe.',
          { [`participant.${'otherId' in alone ? alone.otherId : ''}`]: 'Ville stå alene.' },
        );
      const next = ids.map((g) => g.filter((x) => x !== participantId));
      next[toGroup].push(participantId);
      const children = await em.find(PeerParticipant, { where: { id: In(next.flat()) } });
      const input = await this.algorithmInput(em, children);
      const described = describeGroups(input, next);
      c.groups = described.groups;
      c.cost = described.cost;
      const saved = await em.save(c);
      await this.audit.record(
        actor,
        { action: 'UPDATE', entity: 'peer_composition', entityId: c.id, details: { moved: 1 } },
        em,
      );
      return saved;
    });
  }

  /** Creates the groups (PLANNED) and invites every child (INVITED: no child joins before the consents). */
  async confirm(actor: Actor, input: ConfirmInput): Promise<PeerGroup[]> {
    const prefix = (input.namePrefix ?? '').trim();
    if (!prefix || prefix.length > 80)
      throw AppError.badInput({ namePrefix: 'Skriv et navn på højst 80 tegn.' });
    return this.dataSource.transaction(async (em) => {
      const c = await this.lockedDraft(em, actor, input.compositionId, input.expectedVersion);
      if (!c.groups.length) throw AppError.badInput({ compositionId: 'Forslaget har ingen grupper.' });
      const biggest = Math.max(...c.groups.map((g) => g.childIds.length));
      const capacity = input.capacity ?? Math.max(c.groupSize, biggest);
      if (!Number.isInteger(capacity) || capacity < biggest || capacity > 50)
        throw AppError.badInput({ capacity: `Vælg mellem ${biggest} og 50 pladser.` });
      // Must-not pairs may have been entered since the proposal was made: check again before anyone is invited.
      const ids = c.groups.map((g) => g.childIds);
      const mustNot = await this.mustNotPairsAmong(em, ids.flat());
      const children = await em.find(PeerParticipant, { where: { id: In(ids.flat()) } });
      const problems = checkComposition(
        { children: children.map((p) => ({ id: p.id, age: 0, lat: null, lon: null })), mustNot },
        { groups: c.groups, unplaced: [] },
      );
      if (problems.length || children.length !== ids.flat().length)
        throw new PeerError(
          PeerErrorCode.STALE_PROPOSAL,
          'Forslaget passer ikke længere (en "må ikke være sammen"-regel eller et barn er ændret). Lav et nyt forslag.',
        );
      const created: PeerGroup[] = [];
      const now = new Date();
      for (const [k, g] of c.groups.entries()) {
        const group = await em.save(
          em.create(PeerGroup, {
            municipalityId: actor.municipalityId,
            name: `${prefix} ${k + 1}`.slice(0, 100),
            audience: PeerAudience.CHILDREN,
            ageMin: Math.floor(g.ageMin),
            ageMax: Math.floor(g.ageMax),
            areaName: '',
            lat: g.lat,
            lon: g.lon,
            facilitatorId: input.facilitatorId && isUUID(input.facilitatorId) ? input.facilitatorId : null,
            capacity,
            status: PeerGroupStatus.PLANNED,
            createdBy: actor.userId,
          }),
        );
        for (const id of g.childIds) {
          const child = children.find((x) => x.id === id) as PeerParticipant;
          const m = await em.save(
            em.create(PeerMembership, {
              municipalityId: actor.municipalityId,
              groupId: group.id,
              participantId: id,
              status: PeerMembershipStatus.INVITED,
              requestedAt: now,
              caseworkerConsentRequired: child.caseworkerConsentRequired,
            }),
          );
          await queueInvitationMail(em, this.notifications, group, m, false);
        }
        created.push(group);
      }
      c.status = PeerCompositionStatus.CONFIRMED;
      c.confirmedAt = now;
      await em.save(c);
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          entity: 'peer_composition',
          entityId: c.id,
          details: { confirmed: created.length },
        },
        em,
      );
      return created;
    });
  }

  private async lockedDraft(
    em: EntityManager,
    actor: Actor,
    id: string,
    expectedVersion: number,
  ): Promise<PeerComposition> {
    const c = assertInScope(
      actor,
      isUUID(id)
        ? await em.findOne(PeerComposition, { where: { id }, lock: { mode: 'pessimistic_write' } })
        : null,
    );
    if (c.status !== PeerCompositionStatus.DRAFT || c.version !== expectedVersion)
      throw new PeerError(
        PeerErrorCode.STALE_PROPOSAL,
        'Forslaget er ændret eller bekræftet i mellemtiden. Hent det igen.',
      );
    return c;
  }

  private async mustNotPairsAmong(em: EntityManager, ids: string[]): Promise<ChildPair[]> {
    if (!ids.length) return [];
    const rows: { a: string; b: string }[] = await em.query(
      `SELECT participant_a_id AS a, participant_b_id AS b FROM peer_must_not_pair
        WHERE participant_a_id = ANY($1) AND participant_b_id = ANY($1)`,
      [ids],
    );
    return rows.map((r) => [r.a, r.b] as const);
  }

  /** Children, their must-not pairs and their earlier group mates (both were active in the same group). */
  private async algorithmInput(
    em: EntityManager,
    children: PeerParticipant[],
  ): Promise<{ children: CompositionChild[]; mustNot: ChildPair[]; earlierMates: ChildPair[] }> {
    const ids = children.map((c) => c.id);
    const today = localToday();
    const mates: { a: string; b: string }[] = ids.length
      ? await em.query(
          `SELECT DISTINCT a.participant_id AS a, b.participant_id AS b
             FROM peer_membership a
             JOIN peer_membership b ON b.group_id = a.group_id AND b.participant_id > a.participant_id
            WHERE a.participant_id = ANY($1) AND b.participant_id = ANY($1)
              AND a.activated_at IS NOT NULL AND b.activated_at IS NOT NULL`,
          [ids],
        )
      : [];
    return {
      children: children.map((c) => ({
        id: c.id,
        age: ageInYears(c.birthDate as string, today),
        lat: c.lat,
        lon: c.lon,
      })),
      mustNot: await this.mustNotPairsAmong(em, ids),
      earlierMates: mates.map((r) => [r.a, r.b] as const),
    };
  }
}
