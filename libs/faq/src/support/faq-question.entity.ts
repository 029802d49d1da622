import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
// Deep imports: core's entity list imports this file, so the barrels would be a cycle here.
import { Municipality } from '@pleje/core/tenancy/municipality.entity';
import { User } from '@pleje/core/users/user.entity';
import type { FaqVerdict } from '../faq-answer.service';
import { FaqEntry } from '../faq-entry.entity';

/** Where a question was asked; a ticket's answer goes back the same way. */
export enum FaqChannel {
  PORTAL = 'PORTAL',
  TEAMS = 'TEAMS',
}

/** What a consultant did with the question as a suggested phrasing of the entry its asker chose. */
export enum FaqPhrasingState {
  ACCEPTED = 'ACCEPTED',
  DISMISSED = 'DISMISSED',
}

// The verdict enum lives with the answer service (which imports the core barrel); its values are repeated here.
const VERDICTS: FaqVerdict[] = ['CONFIDENT', 'CLOSE_CALL', 'NOT_CONFIDENT'] as FaqVerdict[];

/**
 * One question put to the knowledge base and what it answered: the improvement report counts these. The text
 * may hold personal data (parents type what is on their mind), so it is erased after the retention period
 * (FAQ_QUESTION_RETENTION_DAYS) and never logged; the verdict, entries and rating stay for the statistics.
 */
@Entity('faq_question')
@Index('faq_question_by_municipality', ['municipalityId', 'createdAt'])
@Index('faq_question_by_asker', ['askedBy', 'createdAt'])
@Index('faq_question_text_kept', ['createdAt'], { where: `"text" IS NOT NULL` })
export class FaqQuestion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  /** Null for a Teams user not linked to a portal account (or an erased account). */
  @Column({ name: 'asked_by', type: 'uuid', nullable: true })
  askedBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'asked_by' })
  asker?: User;

  @Column({ type: 'enum', enum: FaqChannel, enumName: 'faq_channel' })
  channel: FaqChannel;

  /** Null once erased by the retention job. */
  @Column({ type: 'text', nullable: true })
  text: string | null;

  @Column({ type: 'enum', enum: VERDICTS, enumName: 'faq_verdict' })
  verdict: FaqVerdict;

  @Column({ name: 'best_entry_id', type: 'uuid', nullable: true })
  bestEntryId: string | null;

  @ManyToOne(() => FaqEntry, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'best_entry_id' })
  bestEntry?: FaqEntry;

  /** The best entry's confidence (0..1); null when nothing matched. */
  @Column({ type: 'real', nullable: true })
  confidence: number | null;

  /** Every entry shown (best and runners-up): a rating must be about one of them. */
  @Column({ name: 'candidate_ids', type: 'uuid', array: true, default: () => `'{}'` })
  candidateIds: string[];

  /** "Hjalp det?": null until the asker answers. */
  @Column({ type: 'boolean', nullable: true })
  helpful: boolean | null;

  @Column({ name: 'rated_entry_id', type: 'uuid', nullable: true })
  ratedEntryId: string | null;

  @ManyToOne(() => FaqEntry, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'rated_entry_id' })
  ratedEntry?: FaqEntry;

  @Column({ name: 'rated_at', type: 'timestamptz', precision: 3, nullable: true })
  ratedAt: Date | null;

  /** Null while the question may still be suggested as a new phrasing of the entry rated 👍. */
  @Column({
    name: 'phrasing_state',
    type: 'enum',
    enum: FaqPhrasingState,
    enumName: 'faq_phrasing_state',
    nullable: true,
  })
  phrasingState: FaqPhrasingState | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
