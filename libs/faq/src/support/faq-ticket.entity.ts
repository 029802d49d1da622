import {
  Check,
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
// Deep imports: core's entity list imports this file, so the barrels would be a cycle here.
import { Municipality } from '@pleje/core/tenancy/municipality.entity';
import { User } from '@pleje/core/users/user.entity';
import { FaqEntry, FaqOwnerTeam } from '../faq-entry.entity';
import { FaqChannel, FaqQuestion } from './faq-question.entity';

/** open → assigned → answered → closed (closing is also allowed before an answer, e.g. a duplicate). */
export enum FaqTicketStatus {
  OPEN = 'OPEN',
  ASSIGNED = 'ASSIGNED',
  ANSWERED = 'ANSWERED',
  CLOSED = 'CLOSED',
}

/**
 * "Spørg en konsulent": a question the bot could not (or should not) answer, routed by its team to the
 * consultants of that team. One ticket per logged question (a double click does not make two).
 */
@Entity('faq_ticket')
@Index('faq_ticket_queue', ['municipalityId', 'team', 'status', 'createdAt'])
@Index('faq_ticket_by_asker', ['askedBy', 'createdAt'])
@Index('faq_ticket_question', ['questionId'], { unique: true, where: `"question_id" IS NOT NULL` })
@Check('faq_ticket_answered', `"status" <> 'ANSWERED' OR "answer" IS NOT NULL`)
@Check('faq_ticket_assigned', `"status" <> 'ASSIGNED' OR "assignee_id" IS NOT NULL`)
export class FaqTicket {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  @Column({ name: 'question_id', type: 'uuid', nullable: true })
  questionId: string | null;

  @ManyToOne(() => FaqQuestion, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'question_id' })
  loggedQuestion?: FaqQuestion;

  /** The asker; an erased account takes its tickets with it. */
  @Column({ name: 'asked_by', type: 'uuid' })
  askedBy: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'asked_by' })
  asker?: User;

  @Column({ type: 'enum', enum: FaqChannel, enumName: 'faq_channel' })
  channel: FaqChannel;

  @Column({ type: 'enum', enum: FaqOwnerTeam, enumName: 'faq_owner_team' })
  team: FaqOwnerTeam;

  /** The question as the asker wrote it (Danish, free text; may hold personal data). */
  @Column({ type: 'text' })
  question: string;

  @Column({
    type: 'enum',
    enum: FaqTicketStatus,
    enumName: 'faq_ticket_status',
    default: FaqTicketStatus.OPEN,
  })
  status: FaqTicketStatus;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assignee_id' })
  assignee?: User;

  @Column({ name: 'assigned_at', type: 'timestamptz', precision: 3, nullable: true })
  assignedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  answer: string | null;

  @Column({ name: 'answered_by', type: 'uuid', nullable: true })
  answeredBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'answered_by' })
  answerer?: User;

  @Column({ name: 'answered_at', type: 'timestamptz', precision: 3, nullable: true })
  answeredAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', precision: 3, nullable: true })
  closedAt: Date | null;

  /** The knowledge-base entry made from the answer ("Gem som nyt spørgsmål i vidensbasen"). */
  @Column({ name: 'faq_entry_id', type: 'uuid', nullable: true })
  faqEntryId: string | null;

  @ManyToOne(() => FaqEntry, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'faq_entry_id' })
  faqEntry?: FaqEntry;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
