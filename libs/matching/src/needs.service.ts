import { randomUUID } from 'node:crypto';
import { isUUID } from 'class-validator';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import {
  Actor,
  AppError,
  assertInScope,
  AuditService,
  Connection,
  PageArgs,
  paginate,
  scopeQuery,
  isCalendarDate,
} from '@pleje/core';
import { FosterFamily } from '../../recruitment/src/foster-family.entity';
import { CULTURE_TAGS, NEED_TAGS, WISH_TAGS } from './algorithm/vocabulary';
import { locationOfPostalCode } from './geo/postal-codes';
import { MatchingError, MatchingErrorCode } from './matching.exception';
import { NetworkService } from './network.service';
import { NeedStatus, PlacementNeed, SupportLevel } from './placement-need.entity';

export interface NeedData {
  children: { firstName: string; birthDate: string }[];
  supportLevel: SupportLevel;
  needs: string[];
  schoolName?: string | null;
  schoolPostalCode?: string | null;
  schoolLat?: number | null;
  schoolLon?: number | null;
  bioPostalCode?: string | null;
  bioLat?: number | null;
  bioLon?: number | null;
  contactVisitsPerMonth: number;
  languages: string[];
  culture: string[];
  cultureNote?: string | null;
  wishes: string[];
  wishesText?: string | null;
  networkPeople: { name: string; relation: string; applicationId?: string | null }[];
  networkFamilyIds: string[];
  acute: boolean;
  wishedStart?: string | null;
}

/** The caseworker's placement needs: entered, corrected, cancelled. Every read is audited. */
@Injectable()
export class NeedsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly network: NetworkService,
  ) {}

  async list(actor: Actor, page: PageArgs, status?: NeedStatus | null): Promise<Connection<PlacementNeed>> {
    const qb = scopeQuery(this.dataSource.getRepository(PlacementNeed).createQueryBuilder('n'), 'n', actor);
    if (status) qb.andWhere('n.status = :status', { status });
    const result = await paginate(qb, 'n', page);
    await this.audit.recordRead(actor, { entity: 'placement_need', details: { count: result.edges.length } });
    return result;
  }

  async get(actor: Actor, id: string): Promise<PlacementNeed> {
    if (!isUUID(id)) throw AppError.notFound();
    const need = assertInScope(
      actor,
      await this.dataSource.getRepository(PlacementNeed).findOne({ where: { id } }),
    );
    await this.audit.recordRead(actor, {
      entity: 'placement_need',
      entityId: id,
      municipalityId: need.municipalityId,
    });
    return need;
  }

  async create(actor: Actor, data: NeedData): Promise<PlacementNeed> {
    const values = await this.validated(actor, data);
    return this.dataSource.transaction(async (em) => {
      const need = await em.save(
        em.create(PlacementNeed, {
          ...values,
          municipalityId: actor.municipalityId,
          caseworkerId: actor.userId,
        }),
      );
      await this.audit.record(actor, { action: 'CREATE', entity: 'placement_need', entityId: need.id }, em);
      return need;
    });
  }

  async update(actor: Actor, id: string, expectedVersion: number, data: NeedData): Promise<PlacementNeed> {
    const values = await this.validated(actor, data);
    return this.dataSource.transaction(async (em) => {
      const need = assertInScope(
        actor,
        isUUID(id)
          ? await em.findOne(PlacementNeed, { where: { id }, lock: { mode: 'pessimistic_write' } })
          : null,
      );
      if (need.version !== expectedVersion)
        throw new MatchingError(MatchingErrorCode.STALE, 'En anden har ændret behovet imens. Hent det igen.');
      if (need.status !== NeedStatus.WAITING)
        throw new MatchingError(
          MatchingErrorCode.NEED_NOT_WAITING,
          'Barnet er allerede anbragt eller sagen er lukket.',
        );
      // Children keep their ids when the caseworker corrects a name or a date.
      values.children = values.children.map((c, i) => ({ ...c, id: need.children[i]?.id ?? c.id }));
      Object.assign(need, values);
      const saved = await em.save(need);
      await this.audit.record(
        actor,
        { action: 'UPDATE', entity: 'placement_need', entityId: id, details: { fields: Object.keys(data) } },
        em,
      );
      return saved;
    });
  }

  async cancel(actor: Actor, id: string, reason: string): Promise<PlacementNeed> {
    if (!reason.trim()) throw AppError.badInput({ reason: 'Skriv en begrundelse.' });
    return this.dataSource.transaction(async (em) => {
      const need = assertInScope(
        actor,
        isUUID(id)
          ? await em.findOne(PlacementNeed, { where: { id }, lock: { mode: 'pessimistic_write' } })
          : null,
      );
      if (need.status !== NeedStatus.WAITING)
        throw new MatchingError(MatchingErrorCode.NEED_NOT_WAITING, 'Behovet er ikke længere åbent.');
      need.status = NeedStatus.CANCELLED;
      const saved = await em.save(need);
      await em.query(
        `UPDATE match_proposal SET status = 'SUPERSEDED' WHERE need_id = $1 AND status = 'PROPOSED'`,
        [id],
      );
      await this.audit.record(
        actor,
        { action: 'UPDATE', entity: 'placement_need', entityId: id, details: { status: 'CANCELLED' } },
        em,
      );
      return saved;
    });
  }

  /** Server-side validation with Danish messages per field; locations from the shipped postal-code table. */
  private async validated(
    actor: Actor,
    data: NeedData,
  ): Promise<
    Omit<
      PlacementNeed,
      'id' | 'municipalityId' | 'caseworkerId' | 'status' | 'createdAt' | 'updatedAt' | 'version'
    >
  > {
    const fields: Record<string, string> = {};
    if (!data.children.length) fields.children = 'Angiv mindst ét barn.';
    data.children.forEach((c, i) => {
      if (!c.firstName.trim()) fields[`children.${i}.firstName`] = 'Skriv barnets fornavn.';
      if (!isCalendarDate(c.birthDate) || c.birthDate > new Date().toISOString().slice(0, 10))
        fields[`children.${i}.birthDate`] = 'Skriv en gyldig fødselsdato.';
    });
    const unknown = (tags: string[], vocabulary: object) => tags.filter((t) => !(t in vocabulary));
    if (unknown(data.needs, NEED_TAGS).length) fields.needs = 'Vælg behov fra listen.';
    if (unknown(data.culture, CULTURE_TAGS).length) fields.culture = 'Vælg fra listen.';
    if (unknown(data.wishes, WISH_TAGS).length) fields.wishes = 'Vælg ønsker fra listen.';
    if (data.languages.some((l) => !/^[a-z]{2}$/.test(l)))
      fields.languages = 'Angiv sprog med to bogstaver, fx da, ar.';
    if (data.wishedStart && !isCalendarDate(data.wishedStart)) fields.wishedStart = 'Skriv en gyldig dato.';
    const place = (
      code: string | null | undefined,
      lat: number | null | undefined,
      lon: number | null | undefined,
      field: string,
    ) => {
      if (lat != null && lon != null) {
        if (lat < 54 || lat > 58 || lon < 7.5 || lon > 15.5)
          fields[field] = 'Koordinaterne ligger ikke i Danmark.';
        return { lat, lon };
      }
      // The shipped table may not know the code (see geo/README.md): then the place is unknown, not an error,
      // and the explanation says the distance could not be weighed.
      const found = code ? locationOfPostalCode(code) : null;
      return { lat: found?.lat ?? null, lon: found?.lon ?? null };
    };
    const school = place(data.schoolPostalCode, data.schoolLat, data.schoolLon, 'schoolPostalCode');
    const bio = place(data.bioPostalCode, data.bioLat, data.bioLon, 'bioPostalCode');
    const networkFamilyIds = [...new Set(data.networkFamilyIds)];
    if (networkFamilyIds.some((id) => !isUUID(id))) fields.networkFamilyIds = 'Ugyldig familie.';
    else if (networkFamilyIds.length) {
      const found = await this.dataSource.getRepository(FosterFamily).count({
        where: { id: In(networkFamilyIds), municipalityId: actor.municipalityId },
      });
      if (found !== networkFamilyIds.length) fields.networkFamilyIds = 'Vælg godkendte familier i kommunen.';
    }
    const linkedIds = data.networkPeople.map((p) => p.applicationId ?? null);
    const linkable = await this.network.linkableApplicationIds(
      actor.municipalityId,
      linkedIds.filter((id): id is string => !!id && isUUID(id)),
    );
    linkedIds.forEach((id, i) => {
      if (!id) return;
      if (!linkable.has(id))
        fields[`networkPeople.${i}.applicationId`] =
          'Vælg en ansøgning om godkendelse som netværksplejefamilie i kommunen.';
      else if (linkedIds.indexOf(id) !== i)
        fields[`networkPeople.${i}.applicationId`] = 'Ansøgningen er allerede koblet til en anden person.';
    });
    if (Object.keys(fields).length) throw AppError.badInput(fields);
    return {
      children: data.children.map((c) => ({
        id: randomUUID(),
        firstName: c.firstName.trim(),
        birthDate: c.birthDate,
      })),
      supportLevel: data.supportLevel,
      needs: [...new Set(data.needs)],
      schoolName: data.schoolName?.trim() ?? '',
      schoolPostalCode: data.schoolPostalCode ?? null,
      schoolLat: school.lat,
      schoolLon: school.lon,
      bioPostalCode: data.bioPostalCode ?? null,
      bioLat: bio.lat,
      bioLon: bio.lon,
      contactVisitsPerMonth: data.contactVisitsPerMonth,
      languages: [...new Set(data.languages)],
      culture: [...new Set(data.culture)],
      cultureNote: data.cultureNote?.trim() ?? '',
      wishes: [...new Set(data.wishes)],
      wishesText: data.wishesText?.trim() ?? '',
      networkPeople: data.networkPeople.map((p) => ({
        name: p.name.trim(),
        relation: p.relation.trim(),
        applicationId: p.applicationId || null,
      })),
      networkFamilyIds,
      acute: data.acute,
      wishedStart: data.wishedStart ?? null,
    };
  }
}
