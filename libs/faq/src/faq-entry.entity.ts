import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
// Deep import: core's entity list imports this file, so the barrel would be a cycle here.
import { Municipality } from '@pleje/core/tenancy/municipality.entity';

/** The team that owns an entry's content and gets the questions the bot cannot answer about it. */
export enum FaqOwnerTeam {
  FAMILIEPLEJE = 'FAMILIEPLEJE',
  AFLASTNING = 'AFLASTNING',
  LAERING = 'LAERING',
  NETVAERK = 'NETVAERK',
  MYNDIGHED = 'MYNDIGHED',
}

export enum FaqEntryStatus {
  ACTIVE = 'ACTIVE',
  ARCHIVED = 'ARCHIVED',
}

/**
 * One question and its Danish answer in a municipality's knowledge base. The search columns are derived
 * (folded, stemmed) by the service in the same transaction as every write; they are never edited directly.
 */
@Entity('faq_entry')
@Index('faq_entry_key', ['municipalityId', 'key'], { unique: true })
@Index('faq_entry_by_municipality', ['municipalityId', 'status', 'category'])
// GIN indexes TypeORM cannot describe (tsvector and trigram opclasses): created in the migration only.
@Index('faq_entry_title_vector', { synchronize: false })
@Index('faq_entry_body_vector', { synchronize: false })
@Index('faq_entry_search_title_trgm', { synchronize: false })
export class FaqEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  /** Stable slug (e.g. 'vederlag'): seeds are idempotent on it and the evaluation set labels by it. */
  @Column({ type: 'varchar', length: 80 })
  key: string;

  @Column({ type: 'varchar', length: 300 })
  question: string;

  /** Danish; may contain markdown links. */
  @Column({ type: 'text' })
  answer: string;

  /** Other ways to ask the same question (Danish). */
  @Column({ type: 'varchar', array: true, default: () => `'{}'` })
  phrasings: string[];

  /** English phrasings, so a few English questions reach the Danish answer. */
  @Column({ type: 'varchar', array: true, default: () => `'{}'` })
  english: string[];

  @Column({ type: 'varchar', length: 80 })
  category: string;

  @Column({ name: 'owner_team', type: 'enum', enum: FaqOwnerTeam, enumName: 'faq_owner_team' })
  ownerTeam: FaqOwnerTeam;

  @Column({
    type: 'enum',
    enum: FaqEntryStatus,
    enumName: 'faq_entry_status',
    default: FaqEntryStatus.ACTIVE,
  })
  status: FaqEntryStatus;

  /** Folded (æ→ae, ø→oe, å→aa, lower case) question + phrasings + English: the trigram target. */
  @Column({ name: 'search_title', type: 'text', default: '', select: false })
  searchTitle: string;

  /** Danish stems of the folded question and phrasings plus English stems of the English phrasings. */
  @Column({ name: 'title_vector', type: 'tsvector', nullable: true, select: false })
  titleVector: string | null;

  /** Danish stems of the folded answer. */
  @Column({ name: 'body_vector', type: 'tsvector', nullable: true, select: false })
  bodyVector: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}

export enum FaqChangeAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  ARCHIVE = 'ARCHIVE',
}

/** The entry's content after a change. */
export interface FaqEntrySnapshot {
  key: string;
  question: string;
  answer: string;
  phrasings: string[];
  english: string[];
  category: string;
  ownerTeam: FaqOwnerTeam;
  status: FaqEntryStatus;
}

/** Append-only history: who changed which fields when, with the full content after the change. */
@Entity('faq_entry_version')
@Index('faq_entry_version_by_entry', ['entryId', 'version'], { unique: true })
export class FaqEntryVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'entry_id', type: 'uuid' })
  entryId: string;

  @ManyToOne(() => FaqEntry, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entry_id' })
  entry?: FaqEntry;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'enum', enum: FaqChangeAction, enumName: 'faq_change_action' })
  action: FaqChangeAction;

  @Column({ name: 'changed_fields', type: 'varchar', array: true, default: () => `'{}'` })
  changedFields: string[];

  /** Null for the seed. */
  @Column({ name: 'changed_by', type: 'uuid', nullable: true })
  changedBy: string | null;

  @CreateDateColumn({ name: 'changed_at', type: 'timestamptz', precision: 3 })
  changedAt: Date;

  @Column({ type: 'jsonb' })
  snapshot: FaqEntrySnapshot;
}

/** A consultant-kept synonym group: a word or phrase and the words that mean the same, both ways. */
@Entity('faq_synonym')
@Index('faq_synonym_term', ['municipalityId', 'term'], { unique: true })
export class FaqSynonym {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  /** Folded (lower case, æ/ø/å as ae/oe/aa). */
  @Column({ type: 'varchar', length: 100 })
  term: string;

  /** Folded. */
  @Column({ type: 'varchar', array: true })
  synonyms: string[];

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}

/**
 * The knowledge base's vocabulary per municipality (Danish and English stems with document frequency),
 * rebuilt by the service after each write: the target of typo correction and compound checks, and IDF.
 */
@Entity('faq_term')
@Index('faq_term_trgm', { synchronize: false })
export class FaqTerm {
  @Column({ name: 'municipality_id', type: 'uuid', primary: true })
  municipalityId: string;

  @Column({ type: 'varchar', length: 200, primary: true })
  term: string;

  /** Active entries containing the term. */
  @Column({ type: 'integer' })
  ndoc: number;
}

/**
 * A seeded synonym group a consultant deleted: the seed, run again at the next start or upgrade, must not bring
 * it back. Keyed by the group's term.
 */
@Entity('faq_seed_removal')
export class FaqSeedRemoval {
  @Column({ name: 'municipality_id', type: 'uuid', primary: true })
  municipalityId: string;

  @Column({ type: 'varchar', length: 100, primary: true })
  term: string;

  @CreateDateColumn({ name: 'removed_at', type: 'timestamptz', precision: 3 })
  removedAt: Date;
}
