import { isUUID } from 'class-validator';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  Actor,
  AppError,
  assertInScope,
  AuditService,
  Connection,
  PageArgs,
  paginate,
  Role,
  scopeQuery,
} from '@pleje/core';
import { FamilyType } from './application-form';
import { FosterFamily } from './foster-family.entity';
import { RecruitmentError, RecruitmentErrorCode } from './recruitment.exception';

export interface UpdateFosterFamily {
  id: string;
  expectedVersion: number;
  approvalTypes: FamilyType[];
  places: number;
  ageMin: number;
  ageMax: number;
  takesSiblings: boolean;
  conditions: string;
  active: boolean;
}

/** Approved families: the profile matching and relief read, and the vacancies the family keeps current. */
@Injectable()
export class FosterFamiliesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, page: PageArgs, withVacancies = false): Promise<Connection<FosterFamily>> {
    const qb = scopeQuery(
      this.dataSource.getRepository(FosterFamily).createQueryBuilder('f'),
      'f',
      actor,
    ).andWhere('f.active');
    if (withVacancies) qb.andWhere('f.vacancies > 0');
    const result = await paginate(qb, 'f', page);
    await this.audit.recordRead(actor, { entity: 'foster_family', details: { count: result.edges.length } });
    return result;
  }

  async get(actor: Actor, id: string): Promise<FosterFamily> {
    if (!isUUID(id)) throw AppError.notFound();
    const family = assertInScope(
      actor,
      await this.dataSource.getRepository(FosterFamily).findOne({ where: { id } }),
    );
    await this.audit.recordRead(actor, {
      entity: 'foster_family',
      entityId: id,
      municipalityId: family.municipalityId,
    });
    return family;
  }

  async mine(actor: Actor): Promise<FosterFamily | null> {
    return this.dataSource
      .getRepository(FosterFamily)
      .findOne({ where: { userId: actor.userId, active: true } });
  }

  /** The family (or its consultant) says how many places are free now; never more than approved. */
  async updateVacancies(
    actor: Actor,
    id: string,
    expectedVersion: number,
    vacancies: number,
  ): Promise<FosterFamily> {
    return this.dataSource.transaction(async (em) => {
      const family = await em.findOne(FosterFamily, { where: { id }, lock: { mode: 'pessimistic_write' } });
      const own = actor.role === Role.FOSTER_PARENT ? family?.userId === actor.userId : true;
      if (!family || !own) throw AppError.notFound();
      assertInScope(actor, family);
      if (family.version !== expectedVersion)
        throw new RecruitmentError(
          RecruitmentErrorCode.STALE,
          'Oplysningerne er ændret imens. Hent dem igen.',
        );
      if (vacancies > family.places)
        throw new RecruitmentError(
          RecruitmentErrorCode.VACANCIES_INVALID,
          `I er godkendt til ${family.places} plads${family.places === 1 ? '' : 'er'}.`,
          { vacancies: `Højst ${family.places}.` },
        );
      family.vacancies = vacancies;
      family.vacanciesUpdatedAt = new Date();
      const saved = await em.save(family);
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          entity: 'foster_family',
          entityId: id,
          municipalityId: family.municipalityId,
          details: { fields: ['vacancies'] },
        },
        em,
      );
      return saved;
    });
  }

  /** The consultant changes the approval profile (a change of approval is recorded in the audit log). */
  async update(actor: Actor, input: UpdateFosterFamily): Promise<FosterFamily> {
    if (input.ageMin > input.ageMax)
      throw AppError.badInput({ ageMax: 'Højeste alder skal være mindst den laveste alder.' });
    return this.dataSource.transaction(async (em) => {
      const family = assertInScope(
        actor,
        await em.findOne(FosterFamily, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } }),
      );
      if (family.version !== input.expectedVersion)
        throw new RecruitmentError(
          RecruitmentErrorCode.STALE,
          'Oplysningerne er ændret imens. Hent dem igen.',
        );
      family.approvalTypes = [...new Set(input.approvalTypes)];
      family.places = input.places;
      family.vacancies = Math.min(family.vacancies, input.places);
      family.ageMin = input.ageMin;
      family.ageMax = input.ageMax;
      family.takesSiblings = input.takesSiblings;
      family.conditions = input.conditions.trim();
      family.active = input.active;
      const saved = await em.save(family);
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          entity: 'foster_family',
          entityId: family.id,
          municipalityId: family.municipalityId,
          details: {
            fields: ['approvalTypes', 'places', 'ageMin', 'ageMax', 'takesSiblings', 'conditions', 'active'],
          },
        },
        em,
      );
      return saved;
    });
  }
}
