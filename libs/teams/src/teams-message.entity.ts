import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Municipality } from '@pleje/core/tenancy/municipality.entity';
import { User } from '@pleje/core/users/user.entity';

export enum TeamsMessageStatus {
  Pending = 'PENDING',
  /** Claimed by a send job; a crashed claim is taken over after a lease (see SendTeamsMessage). */
  Sending = 'SENDING',
  Sent = 'SENT',
  Failed = 'FAILED',
}

/**
 * One proactive Teams message, sent by the bot app through the outbox (like email_message). Holds the kind
 * and its params (ids, dates, place names, at most a child's first name), never a rendered card.
 */
@Entity('teams_message')
@Index('teams_message_dedupe_key', ['dedupeKey'], { unique: true, where: '"dedupe_key" IS NOT NULL' })
export class TeamsMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_id', type: 'uuid', nullable: true })
  municipalityId: string | null;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality | null;

  @Index('teams_message_recipient')
  @Column({ name: 'recipient_user_id', type: 'uuid' })
  recipientUserId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'recipient_user_id' })
  recipient?: User;

  @Column({ type: 'varchar', length: 80 })
  kind: string;

  @Column({ type: 'jsonb' })
  params: Record<string, unknown>;

  @Column({ name: 'dedupe_key', type: 'varchar', length: 200, nullable: true })
  dedupeKey: string | null;

  @Column({
    type: 'enum',
    enum: TeamsMessageStatus,
    enumName: 'teams_message_status',
    default: TeamsMessageStatus.Pending,
  })
  status: TeamsMessageStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'claimed_at', type: 'timestamptz', precision: 3, nullable: true })
  claimedAt: Date | null;

  /** A code (e.g. TEAMS.CONVERSATION_GONE), never a connector reply text. */
  @Column({ name: 'error_code', type: 'varchar', length: 60, nullable: true })
  errorCode: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', precision: 3, nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
