import { isUUID } from 'class-validator';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, AppError, assertInScope, AuditService, Role } from '@pleje/core';
import { FosterFamily } from '../../recruitment/src/foster-family.entity';
import { CULTURE_TAGS, FEATURE_TAGS, NEED_TAGS } from './algorithm/vocabulary';
import { FamilyMatchProfile } from './family-match-profile.entity';
import { locationOfPostalCode } from './geo/postal-codes';
import { MatchingError, MatchingErrorCode } from './matching.exception';

/** What the family says about itself (the foster parent, or the consultant on its behalf). */
export interface FamilyOwnData {
  experience: string[];
  languages: string[];
  culture: string[];
  features: string[];
  otherChildrenBirthDates: string[];
  prefAgeMin: number | null;
  prefAgeMax: number | null;
  prefNeedsAble: string[];
  prefNeedsExcluded: string[];
  prefSiblings: boolean | null;
}

/** The consultant's judgment; null = no judgment, the family's own preference is used. */
export interface AssessmentData {
  assessedAgeMin: number | null;
  assessedAgeMax: number | null;
  assessedNeedsAble: string[] | null;
  assessedNeedsExcluded: string[] | null;
  assessedSiblings: boolean | null;
  lat?: number | null;
  lon?: number | null;
}

@Injectable()
export class FamilyProfilesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(actor: Actor, familyId: string): Promise<{ family: FosterFamily; profile: FamilyMatchProfile }> {
    const family = await this.family(actor, familyId);
    await this.audit.recordRead(actor, { entity: 'family_match_profile', entityId: family.id });
    return { family, profile: await this.profileOf(family) };
  }

  async mine(actor: Actor): Promise<{ family: FosterFamily; profile: FamilyMatchProfile } | null> {
    const family = await this.dataSource
      .getRepository(FosterFamily)
      .findOne({ where: { userId: actor.userId, active: true } });
    return family ? { family, profile: await this.profileOf(family) } : null;
  }

  /** The family's own answers: by the foster parent for their own family, or by a consultant. */
  async updateOwn(actor: Actor, familyId: string, expectedVersion: number, data: FamilyOwnData) {
    const fields = validateTags(data);
    if (data.prefAgeMin != null && data.prefAgeMax != null && data.prefAgeMin > data.prefAgeMax)
      fields.prefAgeMax = 'Højeste alder skal være mindst den laveste.';
    if (data.otherChildrenBirthDates.some((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d)))
      fields.otherChildrenBirthDates = 'Skriv datoer som åååå-mm-dd.';
    if (Object.keys(fields).length) throw AppError.badInput(fields);
    return this.write(actor, familyId, expectedVersion, { ...data }, 'own');
  }

  /** The consultant's judgment of the family (wins over the family's own preference where set). */
  async assess(actor: Actor, familyId: string, expectedVersion: number, data: AssessmentData) {
    const fields: Record<string, string> = {};
    const unknownNeed = (tags: string[] | null) => (tags ?? []).some((t) => !(t in NEED_TAGS));
    if (unknownNeed(data.assessedNeedsAble)) fields.assessedNeedsAble = 'Vælg behov fra listen.';
    if (unknownNeed(data.assessedNeedsExcluded)) fields.assessedNeedsExcluded = 'Vælg behov fra listen.';
    if (
      data.assessedAgeMin != null &&
      data.assessedAgeMax != null &&
      data.assessedAgeMin > data.assessedAgeMax
    )
      fields.assessedAgeMax = 'Højeste alder skal være mindst den laveste.';
    if (Object.keys(fields).length) throw AppError.badInput(fields);
    return this.write(actor, familyId, expectedVersion, { ...data }, 'assessment');
  }

  private async write(
    actor: Actor,
    familyId: string,
    expectedVersion: number,
    values: Partial<FamilyMatchProfile>,
    what: string,
  ) {
    return this.dataSource.transaction(async (em) => {
      const family = await this.family(actor, familyId);
      if (actor.role === Role.FOSTER_PARENT && family.userId !== actor.userId) throw AppError.notFound();
      await em.query(
        `INSERT INTO family_match_profile (foster_family_id, municipality_id, version) VALUES ($1, $2, 1)
         ON CONFLICT (foster_family_id) DO NOTHING`,
        [family.id, family.municipalityId],
      );
      const profile = await em.findOneOrFail(FamilyMatchProfile, {
        where: { fosterFamilyId: family.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (profile.version !== expectedVersion)
        throw new MatchingError(MatchingErrorCode.STALE, 'Profilen er ændret imens. Hent den igen.');
      Object.assign(profile, values);
      const saved = await em.save(profile);
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          entity: 'family_match_profile',
          entityId: family.id,
          details: { what, fields: Object.keys(values) },
        },
        em,
      );
      return { family, profile: saved };
    });
  }

  private async family(actor: Actor, id: string): Promise<FosterFamily> {
    const family = isUUID(id)
      ? await this.dataSource.getRepository(FosterFamily).findOne({ where: { id } })
      : null;
    if (actor.role === Role.FOSTER_PARENT) {
      if (!family || family.userId !== actor.userId) throw AppError.notFound();
      return family;
    }
    return assertInScope(actor, family);
  }

  /** A family without a profile yet gets an unsaved one located at its postal code (version 0 = not saved). */
  private async profileOf(family: FosterFamily): Promise<FamilyMatchProfile> {
    const found = await this.dataSource
      .getRepository(FamilyMatchProfile)
      .findOne({ where: { fosterFamilyId: family.id } });
    if (found) return found;
    const place = family.postalCode ? locationOfPostalCode(family.postalCode) : null;
    return this.dataSource.getRepository(FamilyMatchProfile).create({
      fosterFamilyId: family.id,
      municipalityId: family.municipalityId,
      lat: place?.lat ?? null,
      lon: place?.lon ?? null,
      experience: [],
      languages: [],
      culture: [],
      features: [],
      otherChildrenBirthDates: [],
      prefAgeMin: null,
      prefAgeMax: null,
      prefNeedsAble: [],
      prefNeedsExcluded: [],
      prefSiblings: null,
      assessedAgeMin: null,
      assessedAgeMax: null,
      assessedNeedsAble: null,
      assessedNeedsExcluded: null,
      assessedSiblings: null,
      version: 0,
    });
  }
}

function validateTags(data: FamilyOwnData): Record<string, string> {
  const fields: Record<string, string> = {};
  const bad = (tags: string[], vocabulary: object) => tags.some((t) => !(t in vocabulary));
  if (bad(data.experience, NEED_TAGS)) fields.experience = 'Vælg fra listen.';
  if (bad(data.prefNeedsAble, NEED_TAGS)) fields.prefNeedsAble = 'Vælg fra listen.';
  if (bad(data.prefNeedsExcluded, NEED_TAGS)) fields.prefNeedsExcluded = 'Vælg fra listen.';
  if (bad(data.culture, CULTURE_TAGS)) fields.culture = 'Vælg fra listen.';
  if (bad(data.features, FEATURE_TAGS)) fields.features = 'Vælg fra listen.';
  if (data.languages.some((l) => !/^[a-z]{2}$/.test(l)))
    fields.languages = 'Angiv sprog med to bogstaver, fx da, ar.';
  return fields;
}
