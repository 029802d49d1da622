import { isUUID } from 'class-validator';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import { Actor, AppError, assertInScope, AuditService, Role } from '@pleje/core';
import { User } from '@pleje/core/users/user.entity';
import {
  FaqChangeAction,
  FaqEntry,
  FaqEntrySnapshot,
  FaqEntryStatus,
  FaqEntryVersion,
  FaqOwnerTeam,
  FaqSynonym,
} from './faq-entry.entity';
import { FaqError, FaqErrorCode } from './faq.exception';
import { indexEntry, lockKnowledgeBase, rebuildVocabulary } from './search/faq-index';
import { fold, sameWordsKey } from './search/text';

export interface FaqEntryInput {
  key?: string | null;
  question: string;
  answer: string;
  phrasings: string[];
  english: string[];
  category: string;
  ownerTeam: FaqOwnerTeam;
}

export interface FaqEntryUpdate extends FaqEntryInput {
  id: string;
  /** The version the consultant edited; a newer one in the database means someone else saved first. */
  version: number;
}

export type FaqEntryVersionWithEditor = FaqEntryVersion & { changedByName: string | null };

export interface FaqSynonymInput {
  id?: string | null;
  term: string;
  synonyms: string[];
  version?: number | null;
}

const KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SNAPSHOT_FIELDS = [
  'key',
  'question',
  'answer',
  'phrasings',
  'english',
  'category',
  'ownerTeam',
  'status',
] as const;

function slug(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

function clean(list: string[]): string[] {
  return [...new Set(list.map((s) => s.trim()).filter(Boolean))];
}

function snapshot(e: FaqEntry): FaqEntrySnapshot {
  return {
    key: e.key,
    question: e.question,
    answer: e.answer,
    phrasings: e.phrasings,
    english: e.english,
    category: e.category,
    ownerTeam: e.ownerTeam,
    status: e.status,
  };
}

function validate(input: FaqEntryInput): FaqEntryInput {
  const fields: Record<string, string> = {};
  const question = input.question?.trim() ?? '';
  const answer = input.answer?.trim() ?? '';
  const category = input.category?.trim() ?? '';
  const phrasings = clean(input.phrasings ?? []);
  const english = clean(input.english ?? []);
  if (question.length < 5 || question.length > 300) fields.question = 'Skriv et spørgsmål på 5 til 300 tegn.';
  if (answer.length < 5 || answer.length > 5000) fields.answer = 'Skriv et svar på 5 til 5.000 tegn.';
  if (!category || category.length > 80) fields.category = 'Vælg en kategori (højst 80 tegn).';
  if (phrasings.length > 20 || phrasings.some((p) => p.length > 300))
    fields.phrasings = 'Højst 20 andre formuleringer på hver højst 300 tegn.';
  if (english.length > 10 || english.some((p) => p.length > 300))
    fields.english = 'Højst 10 engelske formuleringer på hver højst 300 tegn.';
  if (!Object.values(FaqOwnerTeam).includes(input.ownerTeam)) fields.ownerTeam = 'Ukendt team.';
  const key = input.key?.trim() ? input.key.trim() : slug(question);
  if (!KEY.test(key) || key.length > 80)
    fields.key = 'Nøglen må kun indeholde små bogstaver a-z, tal og bindestreger.';
  if (Object.keys(fields).length) throw AppError.badInput(fields);
  return { key, question, answer, category, phrasings, english, ownerTeam: input.ownerTeam };
}

function keyTaken(err: unknown): unknown {
  if (err instanceof QueryFailedError) {
    const driver = err.driverError as { code?: string; constraint?: string };
    if (driver.code === '23505' && driver.constraint === 'faq_entry_key')
      return new FaqError(FaqErrorCode.KEY_TAKEN, 'Der findes allerede et spørgsmål med den nøgle.', {
        key: 'Nøglen er allerede brugt.',
      });
    if (driver.code === '23505' && driver.constraint === 'faq_synonym_term')
      return new FaqError(FaqErrorCode.SYNONYM_EXISTS, 'Ordet har allerede synonymer.', {
        term: 'Ordet har allerede synonymer.',
      });
  }
  return err;
}

/** The knowledge base: family-care consultants write, everyone in the municipality reads active entries. */
@Injectable()
export class FaqService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async entries(actor: Actor, options: { includeArchived?: boolean; category?: string | null } = {}) {
    // Archived entries are the consultants' working material, not answers.
    const archived = options.includeArchived && actor.role === Role.FAMILY_CONSULTANT;
    return this.dataSource.getRepository(FaqEntry).find({
      where: {
        municipalityId: actor.municipalityId,
        ...(archived ? {} : { status: FaqEntryStatus.ACTIVE }),
        ...(options.category ? { category: options.category } : {}),
      },
      order: { category: 'ASC', question: 'ASC' },
    });
  }

  async entry(actor: Actor, id: string): Promise<FaqEntry> {
    const row = assertInScope(
      actor,
      isUUID(id) ? await this.dataSource.getRepository(FaqEntry).findOne({ where: { id } }) : null,
    );
    if (row.status !== FaqEntryStatus.ACTIVE && actor.role !== Role.FAMILY_CONSULTANT)
      throw AppError.notFound();
    return row;
  }

  /** Newest first, each with the editor's name: consultants want to know which colleague to ask. */
  async history(actor: Actor, entryId: string): Promise<FaqEntryVersionWithEditor[]> {
    await this.entry(actor, entryId);
    const versions = await this.dataSource.getRepository(FaqEntryVersion).find({
      where: { entryId, municipalityId: actor.municipalityId },
      order: { version: 'DESC' },
    });
    const ids = [...new Set(versions.map((v) => v.changedBy).filter((id): id is string => !!id))];
    // Only colleagues in the same municipality are named; anyone else (or a deleted user) stays unnamed.
    const users = ids.length
      ? await this.dataSource.getRepository(User).find({
          where: { id: In(ids), municipalityId: actor.municipalityId },
          select: { id: true, name: true },
        })
      : [];
    const names = new Map(users.map((u) => [u.id, u.name]));
    return versions.map((v) =>
      Object.assign(v, { changedByName: v.changedBy ? (names.get(v.changedBy) ?? null) : null }),
    );
  }

  /** `em`: run inside the caller's transaction (a ticket turned into an entry links it in the same commit). */
  async create(actor: Actor, input: FaqEntryInput, em?: EntityManager): Promise<FaqEntry> {
    const valid = validate(input);
    return this.write(
      actor.municipalityId,
      async (em) => {
        const entry = await em.save(
          em.create(FaqEntry, {
            ...valid,
            key: valid.key!,
            municipalityId: actor.municipalityId,
            status: FaqEntryStatus.ACTIVE,
            createdBy: actor.userId,
            updatedBy: actor.userId,
          }),
        );
        await this.afterChange(em, actor, entry, FaqChangeAction.CREATE, [...SNAPSHOT_FIELDS]);
        return entry;
      },
      em,
    );
  }

  async update(actor: Actor, input: FaqEntryUpdate): Promise<FaqEntry> {
    const valid = validate(input);
    return this.write(actor.municipalityId, async (em) => {
      const entry = await this.loadForWrite(em, actor, input.id, input.version);
      if (entry.status === FaqEntryStatus.ARCHIVED)
        throw new FaqError(FaqErrorCode.ARCHIVED, 'Spørgsmålet er arkiveret og kan ikke redigeres.');
      const before = snapshot(entry);
      Object.assign(entry, { ...valid, key: valid.key!, updatedBy: actor.userId });
      const after = snapshot(entry);
      const changed = SNAPSHOT_FIELDS.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
      if (!changed.length) return entry;
      const saved = await em.save(entry);
      await this.afterChange(em, actor, saved, FaqChangeAction.UPDATE, changed);
      return saved;
    });
  }

  /**
   * Adds one phrasing to an active entry without a version from the client: an addition cannot overwrite a
   * colleague's edit, so it is applied to the newest version under the entry's row lock. Already there (the
   * same words, any case or æ/ae spelling): nothing changes. `em`: the caller's transaction.
   */
  async addPhrasing(actor: Actor, entryId: string, text: string, em?: EntityManager): Promise<FaqEntry> {
    const phrasing = text.trim().replace(/\s+/g, ' ');
    if (phrasing.length < 3 || phrasing.length > 300)
      throw AppError.badInput({ phrasing: 'En formulering skal være på 3 til 300 tegn.' });
    return this.write(
      actor.municipalityId,
      async (em) => {
        const entry = assertInScope(
          actor,
          isUUID(entryId)
            ? await em.findOne(FaqEntry, { where: { id: entryId }, lock: { mode: 'pessimistic_write' } })
            : null,
        );
        if (entry.status === FaqEntryStatus.ARCHIVED)
          throw new FaqError(FaqErrorCode.ARCHIVED, 'Spørgsmålet er arkiveret og kan ikke redigeres.');
        const key = sameWordsKey(phrasing);
        if ([entry.question, ...entry.phrasings].some((p) => sameWordsKey(p) === key)) return entry;
        if (entry.phrasings.length >= 20)
          throw new FaqError(
            FaqErrorCode.PHRASINGS_FULL,
            'Spørgsmålet har allerede 20 andre formuleringer. Fjern en i redigeringen først.',
          );
        entry.phrasings = [...entry.phrasings, phrasing];
        entry.updatedBy = actor.userId;
        const saved = await em.save(entry);
        await this.afterChange(em, actor, saved, FaqChangeAction.UPDATE, ['phrasings']);
        return saved;
      },
      em,
    );
  }

  async archive(actor: Actor, id: string, version: number): Promise<FaqEntry> {
    return this.write(actor.municipalityId, async (em) => {
      const entry = await this.loadForWrite(em, actor, id, version);
      if (entry.status === FaqEntryStatus.ARCHIVED) return entry;
      entry.status = FaqEntryStatus.ARCHIVED;
      entry.updatedBy = actor.userId;
      const saved = await em.save(entry);
      await this.afterChange(em, actor, saved, FaqChangeAction.ARCHIVE, ['status']);
      return saved;
    });
  }

  // ---- synonyms ----

  async synonyms(actor: Actor): Promise<FaqSynonym[]> {
    return this.dataSource
      .getRepository(FaqSynonym)
      .find({ where: { municipalityId: actor.municipalityId }, order: { term: 'ASC' } });
  }

  async saveSynonym(actor: Actor, input: FaqSynonymInput): Promise<FaqSynonym> {
    const term = input.term?.trim().toLowerCase() ?? '';
    const synonyms = clean((input.synonyms ?? []).map((s) => s.toLowerCase())).filter((s) => s !== term);
    const fields: Record<string, string> = {};
    if (term.length < 2 || term.length > 100) fields.term = 'Skriv et ord på 2 til 100 tegn.';
    if (!synonyms.length || synonyms.length > 20 || synonyms.some((s) => s.length > 100))
      fields.synonyms = 'Skriv 1 til 20 synonymer på hver højst 100 tegn.';
    if (input.id && !Number.isInteger(input.version)) fields.version = 'Versionen mangler.';
    if (Object.keys(fields).length) throw AppError.badInput(fields);
    return this.dataSource
      .transaction(async (em) => {
        let row: FaqSynonym;
        if (input.id) {
          row = assertInScope(
            actor,
            isUUID(input.id)
              ? await em.findOne(FaqSynonym, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } })
              : null,
          );
          if (row.version !== input.version) throw this.stale();
        } else row = em.create(FaqSynonym, { municipalityId: actor.municipalityId });
        Object.assign(row, { term, synonyms, updatedBy: actor.userId });
        const saved = await em.save(row);
        await this.audit.record(
          actor,
          { action: input.id ? 'UPDATE' : 'CREATE', entity: 'faq_synonym', entityId: saved.id },
          em,
        );
        return saved;
      })
      .catch((e) => {
        throw keyTaken(e);
      });
  }

  async deleteSynonym(actor: Actor, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (em) => {
      const row = assertInScope(actor, isUUID(id) ? await em.findOne(FaqSynonym, { where: { id } }) : null);
      await em.delete(FaqSynonym, { id: row.id });
      // Remembered, so the knowledge-base seed (run at every start and upgrade) does not bring a seeded group back.
      await em.query(
        `INSERT INTO faq_seed_removal (municipality_id, term) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [row.municipalityId, row.term],
      );
      await this.audit.record(actor, { action: 'DELETE', entity: 'faq_synonym', entityId: row.id }, em);
      return true;
    });
  }

  // ---- internals ----

  private stale(): FaqError {
    return new FaqError(
      FaqErrorCode.STALE,
      'En anden har gemt en nyere udgave imens. Hent den nyeste udgave og ret igen.',
    );
  }

  private async write<T>(
    municipalityId: string,
    fn: (em: EntityManager) => Promise<T>,
    outer?: EntityManager,
  ): Promise<T> {
    const run = async (em: EntityManager) => {
      await lockKnowledgeBase(em, municipalityId);
      return fn(em);
    };
    return (outer ? run(outer) : this.dataSource.transaction(run)).catch((e) => {
      throw keyTaken(e);
    });
  }

  private async loadForWrite(
    em: EntityManager,
    actor: Actor,
    id: string,
    version: number,
  ): Promise<FaqEntry> {
    if (!Number.isInteger(version)) throw AppError.badInput({ version: 'Versionen mangler.' });
    const entry = assertInScope(
      actor,
      isUUID(id) ? await em.findOne(FaqEntry, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null,
    );
    if (entry.version !== version) throw this.stale();
    return entry;
  }

  private async afterChange(
    em: EntityManager,
    actor: Actor,
    entry: FaqEntry,
    action: FaqChangeAction,
    changedFields: string[],
  ): Promise<void> {
    await indexEntry(em, entry);
    await rebuildVocabulary(em, entry.municipalityId);
    await em.insert(FaqEntryVersion, {
      entryId: entry.id,
      municipalityId: entry.municipalityId,
      version: entry.version,
      action,
      changedFields,
      changedBy: actor.userId,
      snapshot: snapshot(entry),
    });
    await this.audit.record(
      actor,
      {
        action: action === FaqChangeAction.CREATE ? 'CREATE' : 'UPDATE',
        entity: 'faq_entry',
        entityId: entry.id,
        details: { fields: changedFields },
      },
      em,
    );
  }
}

/** Ids of entries by key, for seeds and the evaluation. */
export async function entryIdsByKey(em: EntityManager, municipalityId: string, keys: string[]) {
  const rows = await em.find(FaqEntry, {
    where: { municipalityId, key: In(keys) },
    select: { id: true, key: true },
  });
  return new Map(rows.map((r) => [r.key, r.id]));
}
