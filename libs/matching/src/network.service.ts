import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, AuditService } from '@pleje/core';
import { applicantNameOf, daysSince } from '../../recruitment/src/application-view';
import { Application } from '../../recruitment/src/application.entity';
import {
  ApplicationStatus,
  ApplicationTrack,
  isOpen,
  STATUS_LABEL_DA,
} from '../../recruitment/src/application-status';
import { FosterFamily } from '../../recruitment/src/foster-family.entity';
import type { Evaluation } from './algorithm/types';
import { NetworkPerson, PlacementNeed } from './placement-need.entity';

/** Where someone from the child's network stands on the way to being the child's foster family. */
export enum NetworkStage {
  /** Approved as a foster family (network or otherwise) and named on the need. */
  APPROVED = 'APPROVED',
  /** A network-track application for this child is in progress. */
  IN_APPROVAL = 'IN_APPROVAL',
  /** Named by the caseworker; no application yet. */
  NOT_STARTED = 'NOT_STARTED',
  /** The application was withdrawn or refused. */
  STOPPED = 'STOPPED',
}

export interface NetworkCandidate {
  name: string;
  relation: string;
  stage: NetworkStage;
  /** One Danish sentence: where they are and what happens next. */
  stageText: string;
  applicationId: string | null;
  applicationStatus: ApplicationStatus | null;
  daysInStatus: number | null;
  familyId: string | null;
  /** For an approved family: the family and its evaluation for this need (eligible or not, and why). */
  family: FosterFamily | null;
  evaluation: Evaluation | null;
}

/** A network-track application the caseworker can link to a person on the need. */
export interface NetworkApplicationOption {
  id: string;
  applicantName: string;
  childName: string;
  relation: string;
  status: ApplicationStatus;
  statusLabel: string;
}

interface LinkedApplication {
  id: string;
  status: ApplicationStatus;
  statusChangedAt: Date;
  familyId: string | null;
}

/**
 * The child's own network, first (Barnets Lov: the network is considered before anyone else). People the
 * caseworker names on the need can be linked to a network-track application in recruitment; once that application
 * is approved, its family counts as the child's network family everywhere in matching without anyone editing the
 * need, and until then the ranking shows how far the approval has come.
 */
@Injectable()
export class NetworkService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Open network-track applications in the municipality, for linking a person on the need (audited: names). */
  async applicationOptions(actor: Actor): Promise<NetworkApplicationOption[]> {
    const rows = await this.dataSource
      .getRepository(Application)
      .createQueryBuilder('a')
      .where('a.municipality_id = :m', { m: actor.municipalityId })
      .andWhere('a.track = :track', { track: ApplicationTrack.NETWORK })
      .andWhere('a.status NOT IN (:...closed)', {
        closed: [ApplicationStatus.WITHDRAWN, ApplicationStatus.REFUSED],
      })
      .orderBy('a.created_at', 'DESC')
      .take(200)
      .getMany();
    await this.audit.recordRead(actor, {
      entity: 'application',
      details: { networkOptions: rows.length },
    });
    return rows.map((a) => ({
      id: a.id,
      applicantName: applicantNameOf(a.form),
      childName: a.form.networkChildName?.trim() ?? '',
      relation: a.form.networkChildRelation?.trim() ?? '',
      status: a.status,
      statusLabel: STATUS_LABEL_DA[a.status],
    }));
  }

  /** Approved network families in the municipality, for naming them on a need. */
  async approvedFamilies(actor: Actor): Promise<FosterFamily[]> {
    return this.dataSource
      .getRepository(FosterFamily)
      .createQueryBuilder('f')
      .where('f.municipality_id = :m', { m: actor.municipalityId })
      .andWhere('f.active')
      .andWhere(`'NETVAERK' = ANY(f.approval_types)`)
      .orderBy('f.display_name', 'ASC')
      .take(500)
      .getMany();
  }

  /**
   * Which application ids may be linked from a need of this municipality: network track, any status (a link to an
   * application that was later withdrawn stays valid, so the need can still be edited; the ranking says it stopped).
   */
  async linkableApplicationIds(municipalityId: string, ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM application
        WHERE id = ANY($1::uuid[]) AND municipality_id = $2 AND track = 'NETWORK'`,
      [ids, municipalityId],
    );
    return new Set(rows.map((r) => r.id));
  }

  /**
   * Adds the families of approved, linked applications to each need's network families (in memory; saved with
   * the need when it is saved anyway). One query for all needs.
   */
  async withLinkedFamilies<T extends PlacementNeed>(em: EntityManager, needs: T[]): Promise<T[]> {
    const linked = await this.linkedApplications(
      em,
      needs.flatMap((n) => n.networkPeople),
      needs[0]?.municipalityId,
    );
    for (const need of needs) {
      const extra = need.networkPeople
        .map((p) => (p.applicationId ? linked.get(p.applicationId)?.familyId : null))
        .filter((id): id is string => !!id);
      if (extra.some((id) => !need.networkFamilyIds.includes(id)))
        need.networkFamilyIds = [...new Set([...need.networkFamilyIds, ...extra])];
    }
    return needs;
  }

  /**
   * The child's network as the ranking shows it, before everyone else: every named person with the state of
   * their approval, and every approved network family named on the need with its evaluation (also when a rule
   * stops it for now, so the caseworker sees what is missing instead of the family silently not being there).
   */
  async candidates(
    need: PlacementNeed,
    evaluations: Map<string, { family: FosterFamily; evaluation: Evaluation }>,
  ): Promise<NetworkCandidate[]> {
    const linked = await this.linkedApplications(
      this.dataSource.manager,
      need.networkPeople,
      need.municipalityId,
    );
    const out: NetworkCandidate[] = [];
    const shownFamilies = new Set<string>();
    // An approved candidate carries its family and evaluation, and says whether it can be proposed now.
    const withEvaluation = (c: NetworkCandidate): NetworkCandidate => {
      const found = c.familyId ? evaluations.get(c.familyId) : undefined;
      return found ? { ...c, ...found, stageText: approvedText(found.evaluation) } : c;
    };
    for (const person of need.networkPeople) {
      const app = person.applicationId ? linked.get(person.applicationId) : undefined;
      out.push(withEvaluation(personCandidate(person, app)));
      if (app?.familyId) shownFamilies.add(app.familyId);
    }
    for (const familyId of need.networkFamilyIds) {
      const found = evaluations.get(familyId);
      if (shownFamilies.has(familyId) || !found) continue;
      out.push(
        withEvaluation({
          name: found.family.displayName,
          relation: found.family.networkChildName ? `Netværk for ${found.family.networkChildName}` : '',
          stage: NetworkStage.APPROVED,
          stageText: '',
          applicationId: found.family.applicationId,
          applicationStatus: ApplicationStatus.APPROVED,
          daysInStatus: null,
          familyId,
          family: null,
          evaluation: null,
        }),
      );
    }
    // Approved first: they can be proposed now; then those on their way; the rest last.
    const order = [
      NetworkStage.APPROVED,
      NetworkStage.IN_APPROVAL,
      NetworkStage.NOT_STARTED,
      NetworkStage.STOPPED,
    ];
    return out.sort((a, b) => order.indexOf(a.stage) - order.indexOf(b.stage));
  }

  /**
   * Per need, the people from the child's network whose approval is under way: a consultant deciding on another
   * family should see that the child's own network may soon be able to take the child. One query for all needs.
   */
  async inApprovalByNeed(needs: PlacementNeed[]): Promise<Map<string, NetworkCandidate[]>> {
    const linked = await this.linkedApplications(
      this.dataSource.manager,
      needs.flatMap((n) => n.networkPeople),
      needs[0]?.municipalityId,
    );
    const out = new Map<string, NetworkCandidate[]>();
    for (const need of needs) {
      const pending = need.networkPeople
        .map((p) => personCandidate(p, p.applicationId ? linked.get(p.applicationId) : undefined))
        .filter((c) => c.stage === NetworkStage.IN_APPROVAL);
      out.set(need.id, pending);
    }
    return out;
  }

  private async linkedApplications(
    em: EntityManager,
    people: NetworkPerson[],
    municipalityId: string | undefined,
  ): Promise<Map<string, LinkedApplication>> {
    const ids = [...new Set(people.map((p) => p.applicationId).filter((id): id is string => !!id))];
    if (!ids.length || !municipalityId) return new Map();
    const rows: {
      id: string;
      status: ApplicationStatus;
      status_changed_at: Date;
      family_id: string | null;
    }[] = await em.query(
      `SELECT a.id, a.status, a.status_changed_at, f.id AS family_id
           FROM application a
           LEFT JOIN foster_family f ON f.application_id = a.id AND f.active
          WHERE a.id = ANY($1::uuid[]) AND a.municipality_id = $2`,
      [ids, municipalityId],
    );
    return new Map(
      rows.map((r) => [
        r.id,
        {
          id: r.id,
          status: r.status,
          statusChangedAt: r.status_changed_at,
          familyId: r.status === ApplicationStatus.APPROVED ? r.family_id : null,
        },
      ]),
    );
  }
}

function personCandidate(person: NetworkPerson, app: LinkedApplication | undefined): NetworkCandidate {
  const base = {
    name: person.name,
    relation: person.relation,
    applicationId: app?.id ?? null,
    applicationStatus: app?.status ?? null,
    daysInStatus: app ? daysSince(app.statusChangedAt) : null,
    familyId: app?.familyId ?? null,
    family: null,
    evaluation: null,
  };
  if (!app)
    return {
      ...base,
      stage: NetworkStage.NOT_STARTED,
      stageText:
        'Ikke i gang med en godkendelse. Personen kan søge om at blive netværksplejefamilie for barnet på "Bliv plejefamilie"; kobl ansøgningen til barnet her, når den findes.',
    };
  if (app.familyId)
    return {
      ...base,
      stage: NetworkStage.APPROVED,
      stageText: 'Godkendt som netværksplejefamilie for barnet.',
    };
  if (app.status === ApplicationStatus.APPROVED)
    return {
      ...base,
      stage: NetworkStage.STOPPED,
      stageText: 'Ansøgningen blev godkendt, men familien er ikke længere aktiv som plejefamilie.',
    };
  if (!isOpen(app.status))
    return {
      ...base,
      stage: NetworkStage.STOPPED,
      stageText: `Godkendelsen er stoppet: ${STATUS_LABEL_DA[app.status].toLowerCase()}.`,
    };
  return {
    ...base,
    stage: NetworkStage.IN_APPROVAL,
    stageText: `Under godkendelse som netværksplejefamilie: ${STATUS_LABEL_DA[app.status]} (${dayCount(daysSince(app.statusChangedAt))}).`,
  };
}

function approvedText(evaluation: Evaluation): string {
  return evaluation.eligible
    ? 'Godkendt og kan foreslås nu.'
    : `Godkendt, men kan ikke foreslås endnu: ${evaluation.violations.map((v) => v.explanation).join(' ')}`;
}

const dayCount = (days: number) => (days === 1 ? '1 dag' : `${days} dage`);
